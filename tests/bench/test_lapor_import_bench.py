"""The SP4N-LAPOR! import's speed (issue 11, item 4: any import) beside `pengaduan import` of
the same reports and the plain executemany limit, all measured in the same run from the same
database as it was before:

- LAPOR!: N reports of the dashboard's export, all new (each with LAPOR!'s status, so each new
  complaint gets its note), imported by core.lapor_import;
- ours: the same N reports in our own columns (channel lapor, the same tracking IDs), imported
  by core.importer (`pengaduan import`), into another copy;
- the limit: plain executemany of the very rows the LAPOR! import wrote (tests/bench/
  insert_limit.py), indexes kept or built again after (the quicker counts).

A second measurement imports half matching reports (noted) and half new, beside ours. Each
prints wall and CPU seconds (CPU: on SQLite all the work is in this process, so that ratio holds
on a loaded machine) with the load beside them; nothing fails on time.

Run: python -m pytest -m bench -s tests/bench/test_lapor_import_bench.py. PENGADUAN_BENCH_LAPOR
sets N (20,000). The engine fixture's database (SQLite, and PostgreSQL when PENGADUAN_TEST_PG is
set) first holds N demo complaints. Into a large database, copied first and never written:
PENGADUAN_BENCH_DIR (its pengaduan-bench-1000000.db, or PENGADUAN_BENCH_LAPOR_SIZE's) and
PENGADUAN_BENCH_PG (a PostgreSQL database nobody else is connected to: copied with CREATE
DATABASE ... TEMPLATE)."""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core.db import create_db_engine, reading
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.importer import import_file
from pengaduan_desktop.core.lapor_import import import_lapor
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.schema import init_database
from tests.bench.insert_limit import WAYS, Snapshot, measure_load
from tests.bench.measure import report

SIZE = int(os.environ.get("PENGADUAN_BENCH_LAPOR", "20000"))
LARGE = os.environ.get("PENGADUAN_BENCH_LAPOR_SIZE", "1000000")
FOLDER = Path(os.environ.get("PENGADUAN_BENCH_DIR", "/nonexistent"))
PG_URL = os.environ.get("PENGADUAN_BENCH_PG", "")
# Into a large database the limit keeps the indexes only (building them all again reads the
# whole table: minutes), as tests/bench/test_import_speed.py does.
LARGE_WAYS = tuple(os.environ.get("PENGADUAN_BENCH_LIMIT_1M", "kept").split(","))
OURS = ["received_at", "channel", "form", "name", "email", "service", "category", "summary",
        "description", "lapor_tracking_id"]  # fmt: skip
LAPOR = ["ID Tracking", "Tanggal Laporan", "Judul Laporan", "Isi Laporan", "Kategori",
         "Nama Pelapor", "Email Pelapor", "Status", "Tindak Lanjut"]  # fmt: skip


def _write(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([header, *rows])
    return path


def _report(i: int) -> dict[str, str]:
    """Report number i, as both files say it."""
    return {"id": f"LPR-B{i}", "at": f"{1 + i % 28:02d}/0{1 + i % 9}/2026 09:00",
            "title": f"Pencairan dana nomor {i} terlambat", "text": "Isi laporan.",
            "name": f"Pelapor {i}", "email": f"p{i}@contoh.id"}  # fmt: skip


def lapor_file(path: Path, count: int, first: int = 0) -> Path:
    return _write(path, LAPOR, [[
        r["id"], r["at"], r["title"], r["text"], "Keuangan", r["name"], r["email"], "Proses",
        f"Tindak lanjut {i}",
    ] for i in range(first, first + count) for r in [_report(i)]])  # fmt: skip


def ours_file(path: Path, count: int, first: int = 0) -> Path:
    """The same reports in our own import's columns, as the LAPOR! import maps them."""
    return _write(path, OURS, [[
        r["at"], "lapor", "tertulis", r["name"], r["email"],
        "Belum ditentukan (dari SP4N-LAPOR!)", "Keuangan", r["title"], r["text"], r["id"],
    ] for i in range(first, first + count) for r in [_report(i)]])  # fmt: skip


def _timed(work: Callable[[], Any]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def _load() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def _seconds(wall: float, cpu: float) -> str:
    return f"{wall:8.2f} s wall {cpu:8.2f} s CPU"


def lapor_beside_ours(url: str, folder: Path, count: int, first: int = 0,
                      ways: tuple[str, ...] = WAYS) -> dict[str, float]:  # fmt: skip
    """`count` new reports (numbered from `first`) imported by the LAPOR! import into one copy
    of the database at `url` and by our import into another, beside the limit. The database
    at `url` itself is not written."""
    lapor, ours = lapor_file(folder / "lapor.csv", count, first), ours_file(
        folder / "kita.csv", count, first)  # fmt: skip
    _warm_up(folder)
    copies = Snapshot(url, folder)
    copies.take("lapor", "ours")
    done: list[Any] = []
    try:
        target = create_db_engine(copies.copies["lapor"])
        figures = measure_load(target, folder, lambda e: done.append(import_lapor(e, lapor, None)),
                               ways)  # fmt: skip
        target.dispose()
        peer = create_db_engine(copies.copies["ours"])
        ours_wall, ours_cpu = _timed(lambda: done.append(import_file(peer, ours)))
        peer.dispose()
    finally:
        copies.drop()
    assert len(done[0].created) == count and len(done[1]) == count
    figures.update(lapor=figures["ours"], lapor_cpu=figures["ours_cpu"], peer=ours_wall,
                   peer_cpu=ours_cpu, peer_ratio=figures["ours"] / ours_wall,
                   peer_cpu_ratio=figures["ours_cpu"] / ours_cpu if ours_cpu else 0.0)  # fmt: skip
    backend = "postgresql" if url.startswith("postgresql") else "sqlite"
    report(f"LAPOR! import of {count:,} new reports ({backend})", [
        ("LAPOR! import", _seconds(figures["lapor"], figures["lapor_cpu"])),
        ("pengaduan import, same reports", _seconds(ours_wall, ours_cpu)),
        ("limit: executemany, indexes kept", _limit(figures, "kept")),
        ("limit: executemany, indexes built after", _limit(figures, "rebuilt")),
        ("ratio LAPOR! / pengaduan import (wall, CPU)",
         f"{figures['peer_ratio']:8.2f} {figures['peer_cpu_ratio']:8.2f}"),
        ("ratio LAPOR! / limit (wall, CPU)",
         f"{figures['ratio']:8.2f} {figures['cpu_ratio']:8.2f}"),
        ("load (uptime)", _load()),
    ])  # fmt: skip
    return figures


def _warm_up(folder: Path) -> None:
    """Both imports once on a scratch database first, so that neither pays alone for what the
    process does the first time (importing modules, the holiday calendar)."""
    scratch = folder / "warm-up.db"
    engine = create_db_engine(f"sqlite:///{scratch}")
    try:
        init_database(engine)
        import_lapor(engine, lapor_file(folder / "warm-lapor.csv", 3), None)
        import_file(engine, ours_file(folder / "warm-kita.csv", 3, 3))
    finally:
        engine.dispose()
        scratch.unlink(missing_ok=True)


def _limit(figures: dict[str, float], way: str) -> str:
    return _seconds(figures[way], figures[f"{way}_cpu"]) if way in figures else "not measured"


def matched_beside_ours(engine: Engine, folder: Path, count: int) -> dict[str, float]:
    """Half the reports recorded before (each gets LAPOR!'s note), half new, beside our
    import of `count` new rows; both into the engine's database."""
    import_file(engine, ours_file(folder / "ada.csv", count // 2, 10 * count))
    lapor = lapor_file(folder / "campur.csv", count, 10 * count)
    ours = ours_file(folder / "baru.csv", count, 20 * count)
    done: list[Any] = []
    lapor_wall, lapor_cpu = _timed(lambda: done.append(import_lapor(engine, lapor, None)))
    ours_wall, ours_cpu = _timed(lambda: done.append(import_file(engine, ours)))
    assert len(done[0].updated) == count // 2 and len(done[0].created) == count - count // 2
    report(f"LAPOR! import of {count:,} reports, half noted ({engine.dialect.name})", [
        ("LAPOR! import (half new, half noted)", _seconds(lapor_wall, lapor_cpu)),
        ("pengaduan import (all new), same run", _seconds(ours_wall, ours_cpu)),
        ("ratio LAPOR! / pengaduan import (wall, CPU)",
         f"{lapor_wall / ours_wall:8.2f} {lapor_cpu / ours_cpu if ours_cpu else 0.0:8.2f}"),
        ("load (uptime)", _load()),
    ])  # fmt: skip
    return {"lapor": lapor_wall, "ours": ours_wall}


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


@pytest.mark.bench
def test_lapor_import_speed(engine: Engine, tmp_path: Path) -> None:
    generate(engine, SIZE, seed=1)
    url = _url(engine)
    engine.dispose()
    lapor_beside_ours(url, tmp_path, SIZE)
    matched_beside_ours(engine, tmp_path, SIZE)


@pytest.mark.bench
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_lapor_import_into_a_large_database(backend: str, tmp_path: Path) -> None:
    source = FOLDER / f"pengaduan-bench-{LARGE}.db"
    if backend == "sqlite" and not source.exists():
        pytest.skip(f"PENGADUAN_BENCH_DIR holds no {source.name}")
    if backend == "postgresql" and not PG_URL:
        pytest.skip("PENGADUAN_BENCH_PG names no database")
    url = f"sqlite:///{source}" if backend == "sqlite" else PG_URL
    reader = create_db_engine(url)
    with reading(reader) as session:  # numbered after every complaint there
        present = session.scalar(select(func.max(Complaint.id))) or 0
    reader.dispose()
    lapor_beside_ours(url, tmp_path, SIZE, first=present, ways=LARGE_WAYS)


def test_small_pass_keeps_the_lapor_benchmark_working(engine: Engine, tmp_path: Path) -> None:
    """At a small size, on both backends: the three loads wrote the same reports, the copies
    are gone, and the half-noted import notes each report once."""
    generate(engine, 30, seed=1)
    url = _url(engine)
    engine.dispose()
    figures = lapor_beside_ours(url, tmp_path, 40)
    assert figures["lapor"] > 0 and figures["peer"] > 0 and figures["limit"] > 0
    assert not list(tmp_path.glob("limit-*.db"))  # SQLite: every copy removed
    with reading(engine) as session:  # the database measured from was not written
        assert session.scalar(select(func.count()).select_from(Complaint)) == 30
    notes = select(func.count()).select_from(Event).where(Event.kind == "note")
    with reading(engine) as session:
        before = session.scalar(notes)
    matched_beside_ours(engine, tmp_path, 40)
    with reading(engine) as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 30 + 20 + 20 + 40
        assert session.scalar(notes) == before + 40
