"""The command line, run as a separate program the way an administrator runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import OFFICIALS, PASSWORD, account_at, fill_office_at, logo_png, pdf_text

GOOD_ROW = {
    "received_at": "2026-05-24T10:30:00", "channel": "tatap_muka", "form": "lisan",
    "name": "Bong Fui Lin", "id_type": "SIM", "id_number": "1234-5678-9012",
    "phone": "0812 1111 2222",
    "service": "Pelayanan Hibah dan Bantuan Sosial", "category": "Waktu penyelesaian",
    "summary": "Hibah belum cair",
}  # fmt: skip


# The commands that write, and the role that may: the office's settings and the retention are
# the administrator's (core.permissions), the rest the Pejabat Pengelola's.
WRITES = {
    "import": "pengelola",
    "receipt": "pengelola",
    "letter": "pengelola",
    "report": "pengelola",
    "complainant": "pengelola",
    "office": "admin",
    "retention": "admin",
}  # office, retention: only `set` writes
_READY: set[tuple[str, str]] = set()  # databases that hold the test account of a role


def run(*args: str, db: str | None = None, env: dict[str, str] | None = None):
    """The program with these arguments; a command that writes acts as the role that may
    (`--user pengelola` or `--user admin`, the password in PENGADUAN_PASSWORD) unless the test
    names a user."""
    full_env = {**os.environ, **(env or {})}
    if db:
        full_env["PENGADUAN_DB"] = db
        if args and args[0] in WRITES and "--user" not in args:
            role = WRITES[args[0]]
            if (db, role) not in _READY:
                account_at(db, role)
                _READY.add((db, role))
            args = ("--user", role, *args)
            full_env.setdefault("PENGADUAN_PASSWORD", PASSWORD)
    return subprocess.run(
        [sys.executable, "-m", "pengaduan_desktop", *args],
        capture_output=True, text=True, env=full_env,
    )  # fmt: skip


def test_init_is_repeatable(db_url: str) -> None:
    for _ in range(2):
        result = run("init", db=db_url)
        assert result.returncode == 0, result.stderr
        assert "Basis data siap" in result.stdout


def test_calendar_due_and_list(sqlite_url: str) -> None:
    due = run("calendar", "due", "2026-05-24", db=sqlite_url)
    assert (due.returncode, due.stdout.strip()) == (0, "2026-06-03")
    assert run("calendar", "due", "2026-05-24", "--days", "1", db=sqlite_url).stdout.strip() == (
        "2026-05-25"
    )
    listing = run("calendar", "list", "2026", db=sqlite_url)
    assert listing.returncode == 0
    assert "2026-12-24\tKamis\tcuti bersama\tCuti Bersama Hari Raya Natal" in listing.stdout
    assert "2026-03-19\tKamis\tlibur nasional\tHari Suci Nyepi" in listing.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("calendar", "due", "24-05-2026"), "tanggal tidak valid"),
        (("calendar", "due", "2026-05-24", "--days", "0"), "--days"),
        (("receipt", "ADU-2026-000042", "-o", "x.pdf"), "tidak ditemukan"),
        (("import", "nothing.csv"), "tidak ditemukan"),
        (("demo", "--count", "0"), "--count"),
    ],
)
def test_bad_input_is_one_clear_line_and_nonzero(
    sqlite_url: str, args: tuple[str, ...], message: str
) -> None:
    result = run(*args, db=sqlite_url)
    assert result.returncode == 1
    assert result.stderr.startswith("galat: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_database_url_is_reported(tmp_path: Path) -> None:
    result = run("init", db="mysql://nobody@localhost/x")
    assert result.returncode == 1 and "tidak didukung" in result.stderr


def test_import_then_receipt(db_url: str, tmp_path: Path) -> None:
    source = tmp_path / "old.json"
    source.write_text(json.dumps([GOOD_ROW, GOOD_ROW | {"name": "Utin Rahmah", "summary": "Lain"}]))
    result = run("import", str(source), db=db_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ADU-2026-000001", "ADU-2026-000002"]
    fill_office_at(db_url)
    out = tmp_path / "tanda-bukti.pdf"
    result = run("receipt", "ADU-2026-000002", "-o", str(out), db=db_url)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out.read_bytes())
    assert "Utin Rahmah" in text and "Rabu, 3 Juni 2026" in text


def test_bad_import_names_rows_and_writes_nothing(sqlite_url: str, tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    rows = [GOOD_ROW, GOOD_ROW | {"channel": "merpati"}, GOOD_ROW | {"phone": "abc"}]
    source.write_text(json.dumps(rows))
    result = run("import", str(source), db=sqlite_url)
    assert result.returncode == 1
    assert "objek ke-2: channel" in result.stderr and "objek ke-3: phone" in result.stderr
    assert result.stdout == ""
    receipt = run("receipt", "ADU-2026-000001", "-o", str(tmp_path / "r.pdf"), db=sqlite_url)
    assert receipt.returncode == 1 and not (tmp_path / "r.pdf").exists()


def test_demo_fills_the_database(sqlite_url: str, tmp_path: Path) -> None:
    result = run("demo", "--count", "300", "--seed", "7", db=sqlite_url)
    assert result.returncode == 0, result.stderr
    from sqlalchemy import func, select

    from pengaduan_desktop.core.db import create_db_engine, reading
    from pengaduan_desktop.core.identity import parse_nik
    from pengaduan_desktop.core.models import Complainant, Complaint, Event

    engine = create_db_engine(sqlite_url)
    with reading(engine) as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 300
        statuses = set(session.scalars(select(Complaint.status).distinct()))
        assert {"selesai", "ditolak"} <= statuses
        assert statuses & {"diterima", "diverifikasi", "didisposisikan", "ditindaklanjuti",
                           "dieskalasi"}  # fmt: skip
        assert session.scalar(select(func.count()).select_from(Event)) > 600
        niks = session.scalars(select(Complainant.id_number).where(Complainant.id_type == "KTP"))
        for nik in niks:
            assert parse_nik(nik).province == "Kalimantan Barat"
    engine.dispose()


def test_self_test_opens_every_tab(sqlite_url: str) -> None:
    result = run("self-test", db=sqlite_url, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "tab Pengaduan Baru: ok" in result.stdout


def test_window_without_display_explains_itself(sqlite_url: str) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "pengaduan_desktop", "--db", sqlite_url],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    if sys.platform != "linux":
        pytest.skip("only Linux decides by DISPLAY")
    assert result.returncode == 2
    assert "xvfb-run pengaduan" in result.stderr


def test_report_for_a_scheduled_run(sqlite_url: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    source = tmp_path / "oct.json"
    source.write_text(json.dumps([GOOD_ROW | {"received_at": "2026-10-05"}]))
    assert run("import", str(source), db=sqlite_url).returncode == 0
    fill_office_at(sqlite_url)
    notes = tmp_path / "kesimpulan.txt"
    notes.write_text("Pelayanan berjalan baik.\n---\nPertahankan.", encoding="utf-8")
    out, xlsx, csv_file = tmp_path / "lap.pdf", tmp_path / "lap.xlsx", tmp_path / "lap.csv"
    args = ["report", "--month", "2026-10", "-o", str(out), "--xlsx", str(xlsx), "--csv",
            str(csv_file), "--conclusions", str(notes), "--issue"]  # fmt: skip
    result = run(*args, db=sqlite_url)
    assert result.returncode == 0, result.stderr
    assert "diterbitkan: 000.8.3.4/1/BKAD-RENJA/XI/2026 revisi 0" in result.stderr
    text = pdf_text(out.read_bytes())
    assert "Bulan Oktober 2026" in text and "Pelayanan berjalan baik." in text
    assert "Pertahankan." in text
    assert load_workbook(xlsx)["Pengaduan"].max_row == 2
    assert "ADU-2026-000001" in csv_file.read_text(encoding="utf-8-sig")


def test_a_report_that_cannot_be_written_is_not_issued(sqlite_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "arsip"
    folder.mkdir()
    fill_office_at(sqlite_url)
    failed = run("report", "--month", "2026-10", "-o", str(folder), "--issue", db=sqlite_url)
    assert failed.returncode == 1 and "adalah folder" in failed.stderr
    out = folder / "laporan.pdf"
    issued = run("report", "--month", "2026-10", "-o", str(out), "--issue", db=sqlite_url)
    assert issued.returncode == 0, issued.stderr
    # The first attempt used no number and made no revision.
    assert "diterbitkan: 000.8.3.4/1/BKAD-RENJA/XI/2026 revisi 0" in issued.stderr
    assert "Bulan Oktober 2026" in pdf_text(out.read_bytes())


@pytest.mark.parametrize(
    ("args", "message"),
    [(("report", "--month", "2026-13", "-o", "x.pdf"), "bulan tidak valid"),
     (("report", "--month", "2026-10", "-o", "/tidak/ada/x.pdf"), "folder tujuan tidak ada"),
     # the clock of the program the tests start reads 29 November 2026 (tests/conftest.py)
     (("report", "--month", "2026-11", "-o", "x.pdf", "--issue"),
      "laporan November 2026 baru dapat diterbitkan setelah bulan itu berakhir")],
)  # fmt: skip
def test_report_bad_input(sqlite_url: str, args: tuple[str, ...], message: str) -> None:
    fill_office_at(sqlite_url)
    result = run(*args, db=sqlite_url)
    assert result.returncode == 1 and message in result.stderr


def test_help_and_usage_errors_speak_indonesian(sqlite_url: str) -> None:
    helped = run("--help")
    assert helped.returncode == 0
    assert "penggunaan: pengaduan" in helped.stdout and "tampilkan bantuan ini" in helped.stdout
    missing = run("calendar", "due", db=sqlite_url)
    assert missing.returncode == 2
    assert "galat: argumen berikut wajib diisi: TANGGAL" in missing.stderr
    assert "usage" not in missing.stderr and "error" not in missing.stderr


def test_a_fresh_database_prints_no_official_document(sqlite_url: str, tmp_path: Path) -> None:
    source = tmp_path / "one.json"
    source.write_text(json.dumps([GOOD_ROW]))
    assert run("import", str(source), db=sqlite_url).returncode == 0
    out = tmp_path / "r.pdf"
    for args in (("receipt", "ADU-2026-000001", "-o", str(out)),
                 ("report", "--month", "2026-05", "-o", str(out))):  # fmt: skip
        result = run(*args, db=sqlite_url)
        assert result.returncode == 1
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("galat: profil kantor belum lengkap")
        assert "Nama Kepala Badan" in lines[0] and "office set" in lines[0]
        assert not out.exists()


def test_office_set_and_show(sqlite_url: str, tmp_path: Path) -> None:
    shown = run("office", "show", db=sqlite_url)
    assert shown.returncode == 0, shown.stderr
    assert "nama_kepala      Nama Kepala Badan" in shown.stdout
    assert "logo             (belum dipilih; logo bawaan)" in shown.stdout
    assert "belum lengkap (dokumen resmi ditolak): Logo kop surat" in shown.stdout
    logo = tmp_path / "lambang.png"
    logo.write_bytes(logo_png(300))
    keys = {"nama_kepala": OFFICIALS["head_name"], "nip_kepala": "19680512 199403 1 007",
            "pangkat_kepala": OFFICIALS["head_pangkat"],
            "manager_name": OFFICIALS["manager_name"], "manager-nip": OFFICIALS["manager_nip"],
            "pangkat_pejabat": OFFICIALS["manager_pangkat"], "kota": "Pontianak",
            "logo": str(logo)}  # fmt: skip
    for key, value in keys.items():
        result = run("office", "set", key, value, db=sqlite_url)
        assert result.returncode == 0, result.stderr
    shown = run("office", "show", db=sqlite_url).stdout
    assert f"nama_kepala      {OFFICIALS['head_name']}" in shown
    assert "nip_kepala       196805121994031007" in shown  # stored without the spaces
    assert "logo             gambar PNG 300×300 piksel" in shown
    assert "profil lengkap: dokumen resmi dapat dicetak" in shown


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [("nip_kepala", "1968-0512", "galat: NIP Kepala Badan: NIP harus 18 angka"),
     ("email", "bkad@", "galat: Email: alamat email tidak valid"),
     ("nama_kepala", " ", "galat: Nama Kepala Badan: wajib diisi"),
     ("warna", "merah", "galat: kunci tidak dikenal: 'warna'"),
     ("logo", "tidak-ada.png", "galat: berkas logo tidak ada"),
     ("logo", __file__, "galat: berkas logo bukan gambar PNG atau JPEG")],
)  # fmt: skip
def test_office_set_refuses_bad_values(sqlite_url: str, key: str, value: str,
                                       message: str) -> None:  # fmt: skip
    result = run("office", "set", key, value, db=sqlite_url)
    assert result.returncode == 1
    assert result.stderr.startswith(message) and len(result.stderr.splitlines()) == 1


def test_report_takes_the_months_draft(sqlite_url: str, tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from pengaduan_desktop.core.monthly import Month
    from pengaduan_desktop.core.reports import save_draft

    assert run("init", db=sqlite_url).returncode == 0
    fill_office_at(sqlite_url)
    engine = create_engine(sqlite_url)
    save_draft(engine, Month(2026, 10), "Draf Oktober dari jendela.", "Saran Oktober.", None)
    save_draft(engine, Month(2026, 9), "Draf September.", "", None)
    engine.dispose()
    out = tmp_path / "lap.pdf"
    result = run("report", "--month", "2026-10", "-o", str(out), db=sqlite_url)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out.read_bytes())
    assert "Draf Oktober dari jendela." in text and "Saran Oktober." in text
    assert "Draf September." not in text
    notes = tmp_path / "kesimpulan.txt"
    notes.write_text("Dari berkas.\n---\nSaran berkas.", encoding="utf-8")
    given = run("report", "--month", "2026-10", "-o", str(out), "--conclusions", str(notes),
                db=sqlite_url)  # fmt: skip
    assert given.returncode == 0, given.stderr
    assert "Dari berkas." in pdf_text(out.read_bytes())
    assert "Draf Oktober" not in pdf_text(out.read_bytes())
