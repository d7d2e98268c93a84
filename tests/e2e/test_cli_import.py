"""`pengaduan import` run as a program: one line per bad row, then one `galat:` line and exit 1,
nothing written, no traceback and no personal data; the office's Excel files read as they are;
probable duplicates listed and imported only with --allow-duplicates."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.e2e.test_cli import run
from tests.helpers import PASSWORD
from tests.unit.test_importer import COLUMNS, GOOD, PERSONAL, write_csv


def test_bad_rows_are_listed_then_one_galat_line(db_url: str, tmp_path: Path) -> None:
    """The issue's cases: a field too many, a year-1 date, a 5,000-character name (which on
    PostgreSQL once printed a 76-line traceback with the NIK, phone and address)."""
    lines = write_csv(tmp_path / "x.csv", [GOOD] * 5).read_text(encoding="utf-8").splitlines()
    lines[2] += ",lebih"
    lines[3] = lines[3].replace("2026-03-02", "0001-01-01")
    lines[4] = lines[4].replace("Lim Acui", "A" * 5000)
    source = tmp_path / "impor.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("import", str(source), db=db_url)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-4:] == [
        "baris 3: ada 20 kolom, seharusnya 19",
        "baris 4: received_at: tanggal harus antara 01/01/2000 dan 31/12/2027",
        "baris 5: name: paling banyak 200 karakter (ada 5000)",
        "galat: 3 baris ditolak, tidak ada yang diimpor",
    ]
    assert "Traceback" not in result.stderr
    assert not any(p in result.stderr for p in PERSONAL)
    # Nothing was written: the next good import starts at number 1.
    good = run("import", str(write_csv(tmp_path / "good.csv", [GOOD])), db=db_url)
    assert good.returncode == 0, good.stderr
    assert good.stdout.split() == ["ADU-2026-000001"]


def test_a_bad_quote_and_a_semicolon_file(sqlite_url: str, tmp_path: Path) -> None:
    lines = write_csv(tmp_path / "x.csv", [GOOD] * 2).read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("Dokumen APBD", '"Dokumen" APBD', 1)
    (tmp_path / "kutip.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("import", str(tmp_path / "kutip.csv"), db=sqlite_url)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-2:] == [
        'baris 3: tanda kutip (") tidak ditutup atau salah tempat',
        "galat: 1 baris ditolak, tidak ada yang diimpor",
    ]


def test_an_unclosed_quote_counts_no_rows_and_counts_use_thousands(
    sqlite_url: str, tmp_path: Path
) -> None:
    lines = write_csv(tmp_path / "x.csv", [GOOD] * 2).read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("Dokumen APBD", '"Dokumen APBD', 1)  # never closed
    (tmp_path / "kutip.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("import", str(tmp_path / "kutip.csv"), db=sqlite_url)
    assert result.returncode == 1
    assert "memeriksa" not in result.stderr  # not "memeriksa 0 baris…"
    assert 'tanda kutip (") tidak ditutup' in result.stderr
    many = run("import", str(write_csv(tmp_path / "many.csv", [GOOD] * 1200)),
               "--allow-duplicates", db=sqlite_url)  # fmt: skip
    assert many.returncode == 0, many.stderr
    said = many.stderr.splitlines()
    assert "memeriksa 1.200 baris…" in said and "1.200 pengaduan diimpor." in said


def test_a_file_from_excel_in_indonesian(sqlite_url: str, tmp_path: Path) -> None:
    """`;`, Windows-1252 (é and ’), dd/mm/yyyy HH:MM, a comma inside a field."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Tanggal diterima", "Kanal", "Bentuk", "Nama", "Telepon", "Layanan",
                     "Kategori", "Perihal"])  # fmt: skip
    writer.writerow(["25/10/2026 09:15", "Telepon", "Lisan", "José", "0812-1111-2222",
                     "Pelayanan Informasi Keuangan Daerah", "Informasi pelayanan",
                     "Dana BOS, tahap 2, belum cair ’segera’"])  # fmt: skip
    source = tmp_path / "excel.csv"
    source.write_bytes(buffer.getvalue().encode("cp1252"))
    result = run("import", str(source), db=sqlite_url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["ADU-2026-000001"]
    assert "berkas dibaca sebagai Windows-1252" in result.stderr.splitlines()


def test_probable_duplicates_need_allow_duplicates(db_url: str, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "a.csv", [GOOD, GOOD | {"summary": "Lain", "phone": ""}])
    assert run("import", str(source), db=db_url).returncode == 0
    again = run("import", str(source), db=db_url)
    assert again.returncode == 1 and again.stdout == ""
    assert again.stderr.splitlines()[-3:] == [
        "baris 2: kemungkinan duplikat ADU-2026-000001 "
        "(NIK/nomor identitas dan perihal sama, diterima dalam 30 hari)",
        "baris 3: kemungkinan duplikat ADU-2026-000002 "
        "(NIK/nomor identitas dan perihal sama, diterima dalam 30 hari)",
        "galat: 2 baris kemungkinan duplikat, tidak ada yang diimpor; bila memang pengaduan "
        "yang berbeda, ulangi dengan --allow-duplicates",
    ]
    allowed = run("import", str(source), "--allow-duplicates", db=db_url)
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.split() == ["ADU-2026-000003", "ADU-2026-000004"]


def test_many_bad_rows_are_listed_up_to_a_limit(sqlite_url: str, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "bad.csv", [GOOD | {"channel": "merpati"}] * 250)
    result = run("import", str(source), db=sqlite_url)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[-2:] == ["… dan 50 baris lain", "galat: 250 baris ditolak, tidak ada yang diimpor"]
    assert lines[-3].startswith("baris 201: channel: ")
    assert COLUMNS[0] == "received_at"


def test_the_files_own_problems_in_english(sqlite_url: str, tmp_path: Path) -> None:
    """With --lang en the reader's sentences are English too: a row of the wrong width, a
    quotation mark out of place, unknown and missing columns, and probable duplicates."""
    source = write_csv(tmp_path / "a.csv", [GOOD])
    assert run("import", str(source), db=sqlite_url).returncode == 0  # its account made

    def english(path: Path):
        return run("--lang", "en", "--user", "pengelola", "import", str(path), db=sqlite_url,
                   env={"PENGADUAN_PASSWORD": PASSWORD})  # fmt: skip

    lines = write_csv(tmp_path / "x.csv", [GOOD] * 3).read_text(encoding="utf-8").splitlines()
    lines[2] += ",lebih"
    lines[3] = lines[3].replace("Dokumen APBD", '"Dokumen" APBD', 1)
    (tmp_path / "bad.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = english(tmp_path / "bad.csv")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-3:] == [
        "row 3: 20 columns where there should be 19",
        'row 4: a quotation mark (") is not closed or is out of place',
        "galat: 2 rows refused, nothing was imported",
    ]
    header = tmp_path / "header.csv"
    header.write_text("received_at,warna\n2026-03-02,merah\n", encoding="utf-8")
    result = english(header)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == "galat: unknown columns: warna"
    header.write_text("received_at,channel\n2026-03-02,email\n", encoding="utf-8")
    result = english(header)
    assert result.stderr.splitlines()[-1].startswith("galat: required columns missing: ")
    again = english(source)
    assert again.returncode == 1
    assert again.stderr.splitlines()[-2:] == [
        "row 2: possible duplicate of ADU-2026-000001 "
        "(same NIK/identity number and subject, received within 30 days)",
        "galat: 1 rows are possible duplicates, nothing was imported; bila memang pengaduan "
        "yang berbeda, ulangi dengan --allow-duplicates",
    ]
