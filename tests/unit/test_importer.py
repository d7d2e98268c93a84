import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.importer import (
    COLUMNS,
    ImportFailed,
    ProbableDuplicates,
    import_file,
)
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import AuditEntry, Complainant, Complaint, Event
from pengaduan_desktop.core.vocabulary import EventKind
from tests.helpers import complaint

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
    "lapor_tracking_id": "LAPOR-778899", "status": "selesai", "summary": "Laman APBD mati",
    "closed_at": "2026-03-05T14:00:00+07:00", "result": "Dokumen telah diunggah.",
}  # fmt: skip
BAD_DATE = GOOD | {"received_at": "31/02/2026"}
BAD_NIK = GOOD | {"id_number": "6172013203850007", "channel": "faks"}
# What must never appear in a message: the complainant's identity.
PERSONAL = (GOOD["id_number"], "736541", "Diponegoro", "Lim Acui")


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


def excel_indonesia(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """As Excel in Indonesian saves "CSV (dipisahkan titik koma)": `;`, Windows-1252, CRLF."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("cp1252"))
    return path


def count(engine: Engine, model: type) -> int:
    with reading(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def refused(engine: Engine, path: Path) -> ImportFailed:
    """The import's refusal, having written nothing and named no one."""
    before = count(engine, Complaint), count(engine, Event), count(engine, AuditEntry)
    with pytest.raises(ImportFailed) as caught:
        import_file(engine, path)
    assert (count(engine, Complaint), count(engine, Event), count(engine, AuditEntry)) == before
    for line in caught.value.problems:
        assert not any(p in line for p in PERSONAL), line
    return caught.value


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
        assert first.complainant_name != "Lim Acui"  # masked in the list copy: confidential
        assert first.due_date.isoformat() == "2026-03-09"  # 5 working days
        # The phone both ways: normalised for the search box, as written for documents.
        assert (first.complainant.phone, first.complainant.phone_typed) == (
            "+62561736541", "0561-736541")  # fmt: skip
    # Numbering goes on after an import, and the imported rows are found by the search box.
    saved = register(engine, complaint())
    assert saved.tracking_number == "ADU-2026-000003"
    from pengaduan_desktop.core.caselist import CaseFilter, count_cases

    assert count_cases(engine, CaseFilter(search="APBD")) == 2


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_bad_rows_import_nothing_and_are_all_named(engine: Engine, tmp_path: Path, writer) -> None:
    path = writer(tmp_path / f"data.{writer.__name__[6:]}", [GOOD, BAD_DATE, CLOSED, BAD_NIK])
    problems = refused(engine, path).problems
    assert len(problems) == 2
    assert problems[0].startswith("baris 3:") and "received_at" in problems[0]
    assert problems[1].startswith("baris 5:") and "id_number" in problems[1]


def test_excel_in_indonesian(engine: Engine, tmp_path: Path) -> None:
    """`;`, Windows-1252 (é, ’), dd/mm/yyyy [HH:MM], a comma inside a field, the headers our
    own export and the office's Excel write, labels instead of codes."""
    header = ["Tanggal diterima", "Kanal", "Bentuk", "Nama pengadu", "Telepon", "E-mail", "Alamat",
              "Layanan", "Kategori", "Perihal", "Uraian", "Status", "Tanggal selesai",
              "Hasil tindak lanjut"]  # fmt: skip
    rows = [
        ["25/10/2026 09:15", "Telepon", "Lisan", "José Ali", "0812-1111-2222", "",
         "Jl. Tanjungpura 7, Pontianak", "Pelayanan Informasi Keuangan Daerah",
         "Informasi pelayanan", "Dana BOS, tahap 2, belum cair", "Kata petugas: ‘minggu depan’",
         "Selesai", "27/10/2026", "Sudah cair"],
        ["3/11/2026", "email", "tertulis", "Réné", "", "rene@contoh.id", "",
         "Pelayanan Informasi Keuangan Daerah", "Informasi pelayanan",
         "Laman tidak bisa dibuka", "", "", "", ""],
    ]  # fmt: skip
    path = excel_indonesia(tmp_path / "excel.csv", header, rows)
    notes: list[str] = []
    assert import_file(engine, path, note=notes.append) == ["ADU-2026-000001", "ADU-2026-000002"]
    assert "berkas dibaca sebagai Windows-1252" in notes
    with reading(engine) as session:
        first, second = session.scalars(select(Complaint).order_by(Complaint.id)).all()
        assert first.complainant.name == "José Ali"
        assert first.summary == "Dana BOS, tahap 2, belum cair"
        assert first.description == "Kata petugas: ‘minggu depan’"
        assert (first.channel, first.form, first.status) == ("telepon", "lisan", "selesai")
        assert first.received_at.isoformat() == "2026-10-25T02:15:00+00:00"  # 09:15 WIB
        assert first.closed_at is not None and first.closed_at.date().isoformat() == "2026-10-27"
        assert second.received_at.isoformat() == "2026-11-03T01:00:00+00:00"
        assert second.complainant.name == "Réné"


def test_utf8_with_bom_and_excel_sep_line(engine: Engine, tmp_path: Path) -> None:
    plain = write_csv(tmp_path / "plain.csv", [GOOD | {"name": "Ñoño Ćosić"}])
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    notes: list[str] = []
    assert import_file(engine, bom, note=notes.append) == ["ADU-2026-000001"]
    assert not [n for n in notes if "Windows-1252" in n]
    sep = tmp_path / "sep.csv"
    text = plain.read_text(encoding="utf-8").replace(",", ";")
    sep.write_text("sep=;\r\n" + text.replace("Ñoño Ćosić", "Ani"), encoding="utf-8")
    assert import_file(engine, sep, allow_duplicates=True) == ["ADU-2026-000002"]
    with reading(engine) as session:
        names = session.scalars(select(Complainant.name).order_by(Complainant.id)).all()
    assert names == ["Ñoño Ćosić", "Ani"]


def test_a_row_of_the_wrong_shape_is_named_by_its_row(engine: Engine, tmp_path: Path) -> None:
    lines = write_csv(tmp_path / "x.csv", [GOOD, GOOD, GOOD, GOOD]).read_text().splitlines()
    lines[2] += ",lebih"  # row 3: a field too many
    lines[3] = lines[3].rsplit(",", 1)[0]  # row 4: one too few
    (tmp_path / "shape.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = refused(engine, tmp_path / "shape.csv").problems
    assert problems == ["baris 3: ada 20 kolom, seharusnya 19",
                        "baris 4: ada 18 kolom, seharusnya 19"]  # fmt: skip
    # A `;` file with a comma in a field, read as `,` by a program that guesses per row: here
    # the header decides, so row 2's commas are text, and a stray `;` is a field too many.
    header = ";".join(COLUMNS)
    row = ";".join(GOOD[c] for c in COLUMNS)
    path = tmp_path / "semi.csv"
    path.write_text(f"{header}\n{row}\n{row.replace('APBD', 'APBD; 2026')}\n", encoding="utf-8")
    assert refused(engine, path).problems == ["baris 3: ada 20 kolom, seharusnya 19"]


def test_a_bad_quote_is_named_by_its_row(engine: Engine, tmp_path: Path) -> None:
    lines = write_csv(tmp_path / "x.csv", [GOOD, GOOD, GOOD]).read_text().splitlines()
    lines[2] = lines[2].replace("Dokumen APBD", 'Dokumen "APBD" tidak', 1)
    lines[3] = lines[3].replace("Dokumen APBD", '"Dokumen" APBD', 1)
    (tmp_path / "quote.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = refused(engine, tmp_path / "quote.csv").problems
    assert problems == ['baris 4: tanda kutip (") tidak ditutup atau salah tempat']


def test_lengths_are_checked_against_the_columns(engine: Engine, tmp_path: Path) -> None:
    """The 5,000-character name of the issue: refused by row, on every backend, with no
    traceback and no personal data (on PostgreSQL it once printed NIK, phone and address)."""
    long_name = GOOD | {"name": "A" * 5000}
    long_place = GOOD | {"summary": "Lain", "lapor_tracking_id": "L" * 41, "channel": "lapor"}
    path = write_csv(tmp_path / "long.csv", [GOOD, long_name, long_place])
    problems = refused(engine, path).problems
    assert problems == [
        "baris 3: name: paling banyak 200 karakter (ada 5000)",
        "baris 4: lapor_tracking_id: paling banyak 40 karakter (ada 41)",
    ]


def test_control_characters(engine: Engine, tmp_path: Path) -> None:
    long_text = "Baris satu\nbaris\tdua\r\ntiga"  # allowed in a long text
    rows = [GOOD | {"name": "Lim\x07Acui"}, GOOD | {"summary": "Dua\nbaris"},
            GOOD | {"summary": "Lain", "description": long_text}]  # fmt: skip
    problems = refused(engine, write_json(tmp_path / "c.json", rows)).problems
    assert problems == ["objek ke-1: name: berisi karakter kendali U+0007",
                        "objek ke-2: summary: berisi karakter kendali U+000A"]  # fmt: skip
    assert import_file(engine, write_json(tmp_path / "ok.json", rows[2:])) == ["ADU-2026-000001"]


@pytest.mark.parametrize("when", ["0001-01-01", "01/01/0001", "1999-12-31", "01/01/2028 10:00"])
def test_dates_outside_2000_to_next_year(engine: Engine, tmp_path: Path, when: str) -> None:
    path = write_csv(tmp_path / "d.csv", [GOOD | {"received_at": when}])
    assert refused(engine, path).problems == [
        "baris 2: received_at: tanggal harus antara 01/01/2000 dan 31/12/2027"
    ]


def test_file_level_problems(sqlite_engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("a")
    with pytest.raises(ImportFailed, match="tidak didukung"):
        import_file(sqlite_engine, tmp_path / "x.txt")
    with pytest.raises(ImportFailed, match="tidak ditemukan"):
        import_file(sqlite_engine, tmp_path / "missing.csv")
    with pytest.raises(ImportFailed, match="tidak berisi"):
        import_file(sqlite_engine, write_json(tmp_path / "empty.json", []))
    with pytest.raises(ImportFailed, match="kolom tidak dikenal: warna"):
        import_file(sqlite_engine, write_json(tmp_path / "odd.json", [GOOD | {"warna": "x"}]))
    (tmp_path / "nosummary.csv").write_text("received_at,channel,form,service,category\n")
    with pytest.raises(ImportFailed, match="kolom wajib tidak ada: summary"):
        import_file(sqlite_engine, tmp_path / "nosummary.csv")
    (tmp_path / "bytes.csv").write_bytes(b"received_at\n\x81\x8d\n")
    with pytest.raises(ImportFailed, match="bukan teks UTF-8 atau Windows-1252"):
        import_file(sqlite_engine, tmp_path / "bytes.csv")


def test_probable_duplicates(engine: Engine, tmp_path: Path) -> None:
    recorded = register(engine, complaint(
        channel="lapor", form="tertulis", lapor_tracking_id="LAPOR-1", id_type="", id_number="",
        phone="0812-3456-7890", summary="Pencairan SP2D terlambat"))  # fmt: skip
    same_lapor = GOOD | {"channel": "lapor", "lapor_tracking_id": "LAPOR-1", "summary": "Lain"}
    same_phone = GOOD | {"received_at": "2026-06-10", "id_number": "", "id_type": "",
                         "phone": "+62 812 3456 7890",
                         "summary": " pencairan SP2D  terlambat"}  # fmt: skip
    later = same_phone | {"received_at": "2026-07-20"}  # 40 days after: a new complaint
    twice = [GOOD, GOOD | {"received_at": "2026-03-30"}]  # the same NIK and summary, 28 days
    rows = [same_lapor, same_phone, later, *twice]
    path = write_csv(tmp_path / "dup.csv", rows)
    failed = refused(engine, path)
    assert isinstance(failed, ProbableDuplicates)
    number = recorded.tracking_number
    assert failed.problems == [
        f"baris 2: kemungkinan duplikat {number} (ID LAPOR! sama)",
        f"baris 3: kemungkinan duplikat {number} "
        "(telepon dan perihal sama, diterima dalam 30 hari)",
        "baris 6: kemungkinan duplikat baris 5 "
        "(NIK/nomor identitas dan perihal sama, diterima dalam 30 hari)",
    ]
    assert failed.summary == "3 baris kemungkinan duplikat, tidak ada yang diimpor"
    numbers = import_file(engine, path, allow_duplicates=True)
    assert len(numbers) == 5
    with reading(engine) as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and json.loads(entry.detail)["kemungkinan_duplikat"] == 3
