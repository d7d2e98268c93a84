import csv
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.importer import COLUMNS, ImportFailed, import_file
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.vocabulary import EventKind

GOOD = {
    "received_at": "2026-03-02", "channel": "email", "form": "tertulis", "name": "Lim Acui",
    "id_type": "KTP", "id_number": "6172011203850007", "phone": "0561-736541",
    "email": "lim@contoh.id", "address": "Jl. Diponegoro 1, Singkawang",
    "service": "Pelayanan Informasi Keuangan Daerah", "category": "Informasi pelayanan",
    "summary": "Dokumen APBD tidak tersedia", "description": "", "lapor_tracking_id": "",
    "anonymous": "tidak", "confidential": "ya", "status": "", "closed_at": "", "result": "",
}  # fmt: skip
CLOSED = GOOD | {
    "received_at": "2026-03-03T09:15:00+07:00", "channel": "lapor",
    "lapor_tracking_id": "LAPOR-778899", "status": "selesai",
    "closed_at": "2026-03-05T14:00:00+07:00", "result": "Dokumen telah diunggah.",
}  # fmt: skip
BAD_DATE = GOOD | {"received_at": "02/03/2026"}
BAD_NIK = GOOD | {"id_number": "6172013203850007", "channel": "faks"}


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[dict[str, str]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(list(COLUMNS))
    for row in rows:
        sheet.append([row[c] for c in COLUMNS])
    book.save(path)
    return path


def write_json(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("writer", [write_csv, write_xlsx, write_json])
def test_import_every_format(engine: Engine, tmp_path: Path, writer) -> None:
    path = writer(tmp_path / f"data.{writer.__name__[6:]}", [GOOD, CLOSED])
    numbers = import_file(engine, path)
    assert numbers == ["ADU-2026-000001", "ADU-2026-000002"]
    with reading(engine) as session:
        closed = session.scalars(select(Complaint).where(Complaint.status == "selesai")).one()
        assert closed.lapor_tracking_id == "LAPOR-778899"
        assert closed.result == "Dokumen telah diunggah."
        assert [e.kind for e in closed.events] == [EventKind.RECEIVED, EventKind.RESOLVED]
        first = session.scalars(select(Complaint).where(Complaint.channel == "email")).one()
        assert first.received_at.hour == 1  # a bare date is 08:00 WIB = 01:00 UTC
        assert first.confidential and not first.anonymous
        # The phone both ways: normalised for the search box, as written for documents.
        assert (first.complainant.phone, first.complainant.phone_typed) == (
            "+62561736541", "0561-736541")  # fmt: skip


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_bad_rows_import_nothing_and_are_all_named(engine: Engine, tmp_path: Path, writer) -> None:
    path = writer(tmp_path / f"data.{writer.__name__[6:]}", [GOOD, BAD_DATE, CLOSED, BAD_NIK])
    with pytest.raises(ImportFailed) as caught:
        import_file(engine, path)
    problems = caught.value.problems
    assert len(problems) == 2
    assert problems[0].startswith("baris 3:") and "received_at" in problems[0]
    assert problems[1].startswith("baris 5:") and "id_number" in problems[1]
    with reading(engine) as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 0
        assert session.scalar(select(func.count()).select_from(Event)) == 0


def test_unsupported_and_empty_files(sqlite_engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("a")
    with pytest.raises(ImportFailed, match="tidak didukung"):
        import_file(sqlite_engine, tmp_path / "x.txt")
    with pytest.raises(ImportFailed, match="tidak ditemukan"):
        import_file(sqlite_engine, tmp_path / "missing.csv")
    with pytest.raises(ImportFailed, match="tidak berisi"):
        import_file(sqlite_engine, write_json(tmp_path / "empty.json", []))
    with pytest.raises(ImportFailed, match="kolom tidak dikenal: warna"):
        import_file(sqlite_engine, write_json(tmp_path / "odd.json", [GOOD | {"warna": "x"}]))
