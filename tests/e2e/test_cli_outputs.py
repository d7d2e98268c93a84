"""Issue 10 at the command line: every damaged database gives one `galat:` line and exit 1 and
stays byte for byte as it was; hostile names export as text; `report` writes its files all or
none; a read-only database gets no receipt; no message shows a password."""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from pengaduan_desktop.core.db import create_db_engine, writing
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.schema import SCHEMA_HEAD, init_database
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from tests.e2e.test_cli import run
from tests.helpers import complaint, fill_office, pdf_text
from tests.unit.test_outputs import HYPERLINK, damage_file, damage_table

COMMANDS = [("init",), ("calendar", "list", "2026"), ("audit", "verify"),
            ("report", "--month", "2026-05", "-o", "laporan.pdf")]  # fmt: skip


def _fingerprint(path: Path) -> tuple[str, int, list[str]]:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def _ready(folder: Path, complaints: int = 0) -> Path:
    folder.mkdir()
    path = folder / "pengaduan.db"
    engine = create_db_engine(f"sqlite:///{path}")
    init_database(engine)
    fill_office(engine)
    for day in range(complaints):
        register(engine, complaint(received_at=datetime(2026, 5, 4 + day, 9, tzinfo=LOCAL_TZ)))
    engine.dispose()
    return path


def _one_line(result, *words: str) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("galat: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("how", "words"),
    [("terpotong", "terpotong"), ("pdf", "bukan basis data"), ("teks", "bukan basis data"),
     ("rusak", "rusak"), ("lain", "program lain"), ("baru", "revisi skema 0099")],
)  # fmt: skip
def test_a_damaged_database_gets_one_line_and_stays_untouched(
    tmp_path: Path, how: str, words: str
) -> None:
    path = _ready(tmp_path / "db")
    damage_file(path, how)
    before = _fingerprint(path)
    for command in COMMANDS:
        args = [a if a != "laporan.pdf" else str(tmp_path / "laporan.pdf") for a in command]
        _one_line(run(*args, "--db", f"sqlite:///{path}"), str(path), words)
        assert _fingerprint(path) == before, command  # no byte, no mtime, no -wal/-shm changed
    assert not (tmp_path / "laporan.pdf").exists()


def test_damage_deep_in_the_file_gets_one_line(tmp_path: Path) -> None:
    """The header and the schema are sound; a table's page is not: found when it is read."""
    path = _ready(tmp_path / "db")
    damage_table(path, "audit_entry")
    before = _fingerprint(path)
    _one_line(run("audit", "verify", "--db", f"sqlite:///{path}"), str(path), "rusak")
    assert _fingerprint(path) == before


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "kosong.db"
    path.touch()
    result = run("init", "--db", f"sqlite:///{path}")
    assert result.returncode == 0 and f"revisi {SCHEMA_HEAD}" in result.stdout, result.stderr


def test_a_newer_revision_on_postgresql_hides_the_password(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the SQLite file is tested above")
    secret = "Sandi-Rahasia-77"
    url = db_url.replace("://postgres@", f"://postgres:{secret}@")  # trust: any password works
    assert run("init", "--db", url).returncode == 0
    # A write the database refuses (or the program does): one line, no password, no value.
    long_city = "Pontianak Rahasia " * 30
    refused = _one_line(run("office", "set", "kota", long_city, db=url))
    assert secret not in refused and long_city.strip() not in refused
    engine = create_db_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0099'")
    engine.dispose()
    line = _one_line(run("calendar", "list", "2026", "--db", url), "revisi skema 0099", "***")
    assert secret not in line
    missing = url.replace("/t_", "/tidak_ada_")  # a database that does not exist
    assert secret not in _one_line(run("init", "--db", missing))
    garbled = f"postgresql://postgres:{secret}@db:bukan-port/x"
    assert secret not in _one_line(run("init", "--db", garbled))


@pytest.mark.parametrize("month", ["0001-01", "1999-12", "9999-01", "2026-13"])
def test_a_month_out_of_range_gets_one_line(sqlite_url: str, tmp_path: Path, month: str) -> None:
    _one_line(run("report", "--month", month, "-o", str(tmp_path / "x.pdf"), db=sqlite_url),
              "bulan")  # fmt: skip
    assert not (tmp_path / "x.pdf").exists()


def _hostile(path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{path}")
    with writing(engine) as session:
        session.execute(update(Complaint).where(Complaint.id == 1)
                        .values(complainant_name=HYPERLINK, summary="@SUM(A1)\x07"))  # fmt: skip
        session.execute(update(Complaint).where(Complaint.id == 2)
                        .values(complainant_name="Ani\x1b Lestari", summary="-2+3"))  # fmt: skip
    engine.dispose()


def test_report_writes_hostile_names_as_text(tmp_path: Path) -> None:
    path = _ready(tmp_path / "db", complaints=3)
    _hostile(path)
    url = f"sqlite:///{path}"
    out = tmp_path / "out"
    out.mkdir()
    pdf, xlsx, data = out / "laporan.pdf", out / "data.xlsx", out / "data.csv"
    result = run("report", "--month", "2026-05", "-o", str(pdf), "--xlsx", str(xlsx),
                 "--csv", str(data), "--delimiter", ";", db=url)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(pdf), str(xlsx), str(data)]  # every file written
    assert "laporan" in pdf_text(pdf.read_bytes()).lower()
    sheet = load_workbook(xlsx)["Pengaduan"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert {HYPERLINK, "Ani Lestari", "@SUM(A1)", "-2+3"} <= {c.value for c in cells}
    with zipfile.ZipFile(xlsx) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
    table = list(csv.reader(io.StringIO(data.read_text("utf-8-sig")), delimiter=";"))
    assert [table[1][4], table[1][8]] == ["'" + HYPERLINK, "'@SUM(A1)"]
    assert (table[2][4], table[2][8]) == ("Ani Lestari", "'-2+3")
    assert sorted(p.name for p in out.iterdir()) == ["data.csv", "data.xlsx", "laporan.pdf"]


def test_report_writes_all_or_none(tmp_path: Path) -> None:
    """Older files stay as they were when the report cannot be written whole: here the
    database refuses (opened read-only), after every file was rendered and staged."""
    path = _ready(tmp_path / "db", complaints=2)
    out = tmp_path / "out"
    out.mkdir()
    pdf, xlsx, data = out / "laporan.pdf", out / "data.xlsx", out / "data.csv"
    pdf.write_bytes(b"laporan lama")
    data.write_bytes(b"data lama")
    url = f"sqlite:///{path}"
    assert run("report", "--month", "2026-05", "-o", str(out / "x.pdf"), db=url).returncode == 0
    (out / "x.pdf").unlink()
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    failed = run("report", "--month", "2026-05", "-o", str(pdf), "--xlsx", str(xlsx),
                 "--csv", str(data), "--db", read_only, db=url)  # fmt: skip
    _one_line(failed, "hanya dapat dibaca")
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing new, nothing lost


def test_receipt_against_a_read_only_database_writes_no_pdf(tmp_path: Path) -> None:
    path = _ready(tmp_path / "db", complaints=1)
    url = f"sqlite:///{path}"
    assert run("receipt", "ADU-2026-000001", "-o", str(tmp_path / "a.pdf"), db=url).returncode == 0
    target = tmp_path / "b.pdf"
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    _one_line(run("receipt", "ADU-2026-000001", "-o", str(target), "--db", read_only, db=url),
              "hanya dapat dibaca")  # fmt: skip
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "db"]
