"""`pengaduan lapor`: the SP4N-LAPOR! steps, the CSV for the LAPOR! administrator, and the
import of the LAPOR! dashboard's export, run as a separate program."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select

from pengaduan_desktop.core.db import create_db_engine, reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.schema import init_database
from tests.e2e.test_cli import run
from tests.helpers import PASSWORD, account_at, complaint

HEADER = ["No", "ID Tracking", "Tanggal Laporan", "Judul Laporan", "Isi Laporan", "Kategori",
          "Nama Pelapor", "Email Pelapor", "Status", "Tindak Lanjut",
          "Instansi Terdisposisi"]  # fmt: skip
ROWS = [
    [1, "LPR-1001", "20/05/2026 09:15", "Pembayaran honor terlambat", "Honor belum dibayar.",
     "Keuangan", "Rudi", "rudi@contoh.id", "Proses", "Sedang diperiksa", "BKAD"],
    [2, "LPR-1002", "21/05/2026 10:00", "SP2D belum terbit", "Sudah tiga minggu.",
     "", "", "", "Belum Terverifikasi", "", "BKAD"],
    [3, "LPR-1003", "22/05/2026 11:30", "Pajak kendaraan", "Denda pajak.", "Pajak",
     "Ani", "", "Terverifikasi", "", "BKAD"],
]  # fmt: skip


def lapor(*args: str, db: str):  # type: ignore[no-untyped-def]
    return run("--user", "pengelola", "lapor", *args, db=db,
               env={"PENGADUAN_PASSWORD": PASSWORD})  # fmt: skip


def prepared(url: str) -> None:
    account_at(url, "pengelola")
    engine = create_db_engine(url)
    init_database(engine)
    register(engine, complaint(channel="lapor", form="tertulis", lapor_tracking_id="LPR-1001"))
    engine.dispose()


def counts(url: str) -> tuple[int, int]:
    engine = create_db_engine(url)
    with reading(engine) as session:
        found = (session.scalar(select(func.count()).select_from(Complaint)) or 0,
                 session.scalar(select(func.count()).select_from(Event)) or 0)  # fmt: skip
    engine.dispose()
    return found


def write_csv(path: Path, rows: list[list[object]], delimiter: str = ";") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([HEADER, *rows])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def test_the_dashboard_export_updates_and_creates(sqlite_url: str, tmp_path: Path) -> None:
    prepared(sqlite_url)
    book = Workbook()
    for row in [HEADER, *ROWS]:
        book.active.append(row)
    book.save(tmp_path / "lapor.xlsx")
    first = lapor("impor", str(tmp_path / "lapor.xlsx"), db=sqlite_url)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == ["baru ADU-2026-000002", "baru ADU-2026-000003",
                                         "diperbarui ADU-2026-000001"]  # fmt: skip
    assert "2 pengaduan baru, 1 diperbarui, 0 tanpa perubahan." in first.stderr
    # Its steps, as `pengaduan import` says them.
    assert first.stderr.splitlines()[:2] == ["memeriksa 3 baris…", "menyimpan 2 pengaduan baru…"]
    engine = create_db_engine(sqlite_url)
    with reading(engine) as session:
        made = {c.lapor_tracking_id: c for c in session.scalars(select(Complaint))}
        assert made["LPR-1002"].anonymous and made["LPR-1002"].category == "Lainnya"
        assert made["LPR-1003"].complainant.address == "Melalui akun SP4N-LAPOR!"
        assert made["LPR-1002"].channel == "lapor" and made["LPR-1003"].status == "diterima"
        note = session.scalars(select(Event.text).where(
            Event.complaint_id == made["LPR-1001"].id, Event.kind == "note")).one()  # fmt: skip
    engine.dispose()
    assert note == "Dari SP4N-LAPOR!: status Proses; tindak lanjut: Sedang diperiksa"
    # The same file again: nothing new, nothing noted twice.
    before = counts(sqlite_url)
    again = lapor("impor", str(write_csv(tmp_path / "lapor.csv", ROWS)), db=sqlite_url)
    assert again.returncode == 0, again.stderr
    assert "0 pengaduan baru, 0 diperbarui, 3 tanpa perubahan." in again.stderr
    assert counts(sqlite_url) == before


def test_bad_rows_are_named_and_nothing_is_imported(sqlite_url: str, tmp_path: Path) -> None:
    prepared(sqlite_url)
    before = counts(sqlite_url)
    bad = [ROWS[1], [4, "LPR-1004", "kemarin", "Judul", "", "", "Budi", "", "", "", ""],
           [5, "LPR-1002", "21/05/2026", "Ganda", "", "", "", "", "", "", ""]]  # fmt: skip
    result = lapor("impor", str(write_csv(tmp_path / "buruk.csv", bad)), db=sqlite_url)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines.pop(0) == "memeriksa 3 baris…"
    assert lines[0].startswith("baris 3: Tanggal Laporan: tanggal tidak valid")
    assert lines[1] == "baris 4: ID Tracking LPR-1002 sama dengan baris 2"
    assert lines[-1] == "galat: 2 baris ditolak, tidak ada yang diimpor"
    assert counts(sqlite_url) == before
    # In English: core's sentences (each row's, and the galat: line's); the command line's
    # own words and the file's column names stay.
    english = run("--lang", "en", "--user", "pengelola", "lapor", "impor",
                  str(tmp_path / "buruk.csv"), db=sqlite_url,
                  env={"PENGADUAN_PASSWORD": PASSWORD})  # fmt: skip
    assert english.returncode == 1
    lines = english.stderr.splitlines()[1:]
    assert lines[0].startswith("row 3: Tanggal Laporan: the date is not valid")
    assert lines[1] == "row 4: ID Tracking LPR-1002 is the same as row 2"
    assert lines[-1] == "galat: 2 rows refused, nothing was imported"
    headless = tmp_path / "tanpa.csv"
    headless.write_text("Judul Laporan;Isi Laporan\nA;B\n", encoding="utf-8")
    missing = lapor("impor", str(headless), db=sqlite_url)
    assert missing.returncode == 1
    assert (
        missing.stderr.strip() == "galat: kolom SP4N-LAPOR! tidak ada: ID Tracking, Tanggal Laporan"
    )


def test_steps_and_the_administrators_csv(sqlite_url: str, tmp_path: Path) -> None:
    prepared(sqlite_url)
    held = lapor("tunda", "ADU-2026-000001", "--menunggu", "Salinan SP2D", db=sqlite_url)
    assert held.returncode == 0, held.stderr
    assert held.stdout.startswith("ADU-2026-000001: Tunda, batas waktu 03-06-2026")
    again = lapor("tunda", "ADU-2026-000001", "--menunggu", "lagi", db=sqlite_url)
    assert again.returncode == 1
    assert (
        again.stderr.strip() == "galat: Tunda tidak dapat dilakukan pada pengaduan berstatus tunda"
    )
    resumed = lapor("lanjutkan", "ADU-2026-000001", "--keterangan", "Diterima", db=sqlite_url)
    assert resumed.returncode == 0, resumed.stderr
    nameless = lapor("teruskan", "ADU-2026-000001", "--instansi", " ", "--alasan", "x",
                     db=sqlite_url)  # fmt: skip
    assert nameless.stderr.strip() == "galat: nama instansi tujuan wajib diisi"
    sent = lapor("teruskan", "ADU-2026-000001", "--instansi", "Bapenda Provinsi Kalimantan Barat",
                 "--alasan", "Urusan pajak daerah", db=sqlite_url)  # fmt: skip
    assert sent.returncode == 0 and "Diteruskan" in sent.stdout
    out = tmp_path / "lapor-tl.csv"
    exported = lapor("ekspor", "-o", str(out), db=sqlite_url)
    assert exported.returncode == 0, exported.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][:5] == ["No", "ID Tracking LAPOR!", "Nomor pengaduan BKAD", "Tanggal",
                           "Aksi di LAPOR!"]  # fmt: skip
    assert [r[4] for r in rows[1:]] == ["Tunda", "Verifikasi (lanjutan tunda)",
                                        "Bukan wewenang (teruskan ke instansi)"]  # fmt: skip
    assert rows[3][1:3] == ["LPR-1001", "ADU-2026-000001"]
    assert rows[3][5:7] == ["Diteruskan kepada Bapenda Provinsi Kalimantan Barat: Urusan pajak "
                            "daerah", "Bapenda Provinsi Kalimantan Barat"]  # fmt: skip
    assert "exported" not in out.read_text(encoding="utf-8-sig")


def test_an_id_recorded_with_lapor_or_hash_is_the_same_report(
    sqlite_url: str, tmp_path: Path
) -> None:
    """Intake reads "#N", "LAPOR-N" and "N" as one ID: so does the import (no second
    complaint), and a new row like an earlier complaint is said as `pengaduan import` says it."""
    account_at(sqlite_url, "pengelola")
    engine = create_db_engine(sqlite_url)
    init_database(engine)
    register(engine, complaint(channel="lapor", form="tertulis",
                               lapor_tracking_id="LAPOR-2026198802"))  # fmt: skip
    register(engine, complaint(channel="lapor", form="tertulis", lapor_tracking_id="#2026198803",
                               summary="Pembayaran honor terlambat tiga bulan"))  # fmt: skip
    engine.dispose()
    rows = [[1, "2026198802", "20/05/2026 09:15", "Honor", "", "", "", "", "Proses", "", ""],
            [2, "LAPOR-2026198803", "20/05/2026 09:15", "Honor", "", "", "", "", "", "", ""],
            [3, "2026198804", "25/05/2026 10:00", "Pembayaran honor terlambat tiga bulan",
             "", "", "", "", "", "", ""]]  # fmt: skip
    before = counts(sqlite_url)[0]
    result = lapor("impor", str(write_csv(tmp_path / "dashboard.csv", rows)), db=sqlite_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["baru ADU-2026-000003", "diperbarui ADU-2026-000001"]
    assert counts(sqlite_url)[0] == before + 1
    assert "baris 4: mirip pengaduan sebelumnya ADU-2026-000002 (perihal mirip)" in result.stderr
    like = [*rows[2][:1], "2026198805", *rows[2][2:]]  # another row like it, in English
    english = run("--lang", "en", "--user", "pengelola", "lapor", "impor",
                  str(write_csv(tmp_path / "en.csv", [like])), db=sqlite_url,
                  env={"PENGADUAN_PASSWORD": PASSWORD})  # fmt: skip
    assert english.returncode == 0, english.stderr
    assert ("row 2: resembles an earlier complaint: ADU-2026-000002 (similar subject)"
            in english.stderr), english.stderr  # fmt: skip
    # The same ID twice in one file, in two forms, is refused as a repeated row.
    twice = [rows[2], [4, "#2026198804", "25/05/2026 10:00", "Lagi", "", "", "", "", "", "", ""]]
    again = lapor("impor", str(write_csv(tmp_path / "dua.csv", twice)), db=sqlite_url)
    assert again.returncode == 1
    assert "baris 3: ID Tracking #2026198804 sama dengan baris 2" in again.stderr
