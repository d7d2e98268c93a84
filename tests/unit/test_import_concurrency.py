"""A large import leaves the other desks free: it reads and checks the whole file without the
write lock, then writes in one short transaction, so a save at another desk (its own engine, as
another program would have) during the import lands, and the numbering stays gapless."""

from __future__ import annotations

import csv
import threading
from collections import defaultdict
from pathlib import Path

from sqlalchemy import Engine, select

from pengaduan_desktop.core.db import create_db_engine, reading
from pengaduan_desktop.core.importer import COLUMNS, import_file
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from tests.helpers import complaint

BIG = 20_000


def big_file(path: Path, count: int, first: int = 0) -> Path:
    """`count` different complaints as the office's Excel writes them (`;`, dd/mm/yyyy), each
    with its own phone number, so that the duplicate check has work to do (numbered from
    `first`: files of different `first` repeat no one)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(COLUMNS)
        for i in range(first, first + count):
            when = f"{1 + i % 28:02d}/{1 + i % 10:02d}/2026 {8 + i % 8:02d}:{i % 60:02d}"
            row = {
                "received_at": when,
                "channel": "telepon", "form": "lisan", "name": f"Pengadu {i}",
                "phone": f"0812{i:08d}", "address": f"Jl. Ahmad Yani No. {i}, Pontianak",
                "service": "Pelayanan Informasi Keuangan Daerah",
                "category": "Informasi pelayanan", "summary": f"Perihal nomor {i}, tahap {i % 7}",
                "description": "Uraian pengaduan;\nbaris kedua.",
            }  # fmt: skip
            writer.writerow([row.get(c, "") for c in COLUMNS])
    return path


def test_another_desk_saves_while_a_large_import_runs(engine: Engine, tmp_path: Path) -> None:
    path = big_file(tmp_path / "besar.csv", BIG)
    url = engine.url.render_as_string(hide_password=False)
    saved: dict[str, str] = {}
    failures: list[BaseException] = []
    desks: list[threading.Thread] = []

    def other_desk(step: str) -> None:
        other = create_db_engine(url)  # another desk: its own engine and connections
        try:
            saved[step] = register(
                other, complaint(summary=f"Disimpan saat {step}")
            ).tracking_number
        except BaseException as exc:
            failures.append(exc)
        finally:
            other.dispose()

    def note(text: str) -> None:
        # A save while the file is checked (the import holds no lock) and one as it writes.
        step = text.split(" ", 1)[0]
        if step in ("memeriksa", "menyimpan"):
            desk = threading.Thread(target=other_desk, args=(step,))
            desk.start()
            desks.append(desk)

    numbers = import_file(engine, path, note=note)
    for desk in desks:
        desk.join()
    assert failures == []
    assert len(numbers) == BIG and set(saved) == {"memeriksa", "menyimpan"}
    with reading(engine) as session:
        rows = session.execute(
            select(Complaint.year, Complaint.sequence, Complaint.tracking_number)
        )
        by_year: dict[int, list[int]] = defaultdict(list)
        every = []
        for year, sequence, number in rows:
            by_year[year].append(sequence)
            every.append(number)
    assert len(every) == BIG + 2 and set(numbers) | set(saved.values()) == set(every)
    for sequences in by_year.values():
        assert sorted(sequences) == list(range(1, len(sequences) + 1))  # unique, gapless
