"""The monthly report the Governor's office can use: whole follow-up texts, the tables by unit
and by service, rejections apart from on-time and late closures, a dated signature that keeps
text above it, drafts per month, and the letter number from the agenda register."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import Engine, select

from pengaduan_desktop.core.agenda import LetterKind
from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.exports import write_xlsx
from pengaduan_desktop.core.models import AgendaEntry, Complaint, Unit
from pengaduan_desktop.core.monthly import Month, month_figures
from pengaduan_desktop.core.reports import (
    issued_pdf,
    load_draft,
    next_issue,
    save_draft,
)
from pengaduan_desktop.services.monthly_report import issue, preview
from tests.helpers import HEAD, pdf_text
from tests.unit.test_monthly_report import OCTOBER, month  # noqa: F401 - the fixture

LONG_RESULT = (
    "Telah dilakukan verifikasi berkas permohonan hibah dan koordinasi dengan Bidang Anggaran "
    "serta Sekretariat; pembayaran dijadwalkan pada termin berikutnya setelah Naskah "
    "Perjanjian Hibah Daerah ditandatangani oleh kedua pihak dan rekening penerima "
) * 4 + (
    "diverifikasi ulang oleh bank penyalur – Bapak André Ñoño menerima salinan ‘NPHD’ – "
    "pada akhir pekan ini."
)  # lines outside ASCII among plain ones
FIRST_UNIT, SECOND_UNIT = "Bidang Anggaran", "Sub Bagian Umum dan Kepegawaian"


@pytest.fixture
def seeded(month: Engine) -> Engine:  # noqa: F811 - the imported fixture
    """October with units: A, B, C at the first; D, E, F at the second; G not disposed."""
    with writing(month) as session:
        units = {u.name: u.id for u in session.scalars(select(Unit))}
        first = units.get(FIRST_UNIT) or _unit(session, "ANG", FIRST_UNIT)
        second = units.get(SECOND_UNIT) or _unit(session, "UMP", SECOND_UNIT)
        for c in session.scalars(select(Complaint)):
            c.unit_id = {"A": first, "B": first, "C": first, "D": second, "E": second,
                         "F": second}.get(c.summary)  # fmt: skip
            if c.summary == "B":
                c.result = LONG_RESULT
            if c.summary in "AB":
                c.service = "Pelayanan Hibah"
            elif c.summary in "CDEFG":
                c.service = "Pelayanan Pencairan Dana (SP2D)"
    return month


def _unit(session, code: str, name: str) -> int:  # type: ignore[no-untyped-def]
    unit = Unit(code=code, name=name)
    session.add(unit)
    session.flush()
    return unit.id


def test_the_unit_and_service_tables_of_a_seeded_month(seeded: Engine, tmp_path: Path) -> None:
    f = month_figures(seeded, OCTOBER)
    # name, received, on time, late, rejected, open at month end, open and overdue
    by_unit = {t.name: (t.received, t.on_time, t.late, t.rejected, t.open_at_end,
                        t.overdue_at_end) for t in f.by_unit}  # fmt: skip
    assert by_unit == {
        FIRST_UNIT: (3, 1, 1, 0, 1, 1),  # A on time, B late, C overdue
        SECOND_UNIT: (2, 1, 0, 1, 1, 1),  # D carried and on time, E overdue, F rejected
        "(belum didisposisi)": (1, 0, 0, 0, 1, 0),  # G, not yet due
    }
    by_service = {t.name: (t.received, t.on_time, t.late, t.rejected) for t in f.by_service}
    assert by_service == {"Pelayanan Hibah": (2, 1, 1, 0),
                          "Pelayanan Pencairan Dana (SP2D)": (4, 1, 0, 1)}  # fmt: skip
    # The tables add up to the summary: one rule per figure.
    for field in ("received", "on_time", "late", "rejected", "open_at_end", "overdue_at_end"):
        assert sum(getattr(t, field) for t in f.by_unit) == getattr(f.total, field), field
    _, pdf = preview(seeded, OCTOBER, "Kesimpulan.", "Rekomendasi.")
    text = pdf_text(pdf)
    assert "E. Pengaduan Menurut Unit Kerja" in text and "F. Pengaduan Menurut Layanan" in text
    assert f"{FIRST_UNIT} 3 1 1 0 1 1" in text
    assert f"{SECOND_UNIT} 2 1 0 1 1 1" in text
    assert "Jumlah 6 2 1 1 3 2" in text
    write_xlsx(f, tmp_path / "oktober.xlsx")
    sheet = load_workbook(tmp_path / "oktober.xlsx")["Unit kerja"]
    table = {row[0]: row[1:] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert table[FIRST_UNIT] == (3, 1, 1, 0, 1, 1) and table["Jumlah"] == (6, 2, 1, 1, 3, 2)


def test_rejections_are_a_number_of_their_own(seeded: Engine) -> None:
    f = month_figures(seeded, OCTOBER)
    assert (f.closed_on_time, f.closed_late, f.rejected) == (2, 1, 1)
    assert f.closed_on_time + f.closed_late + f.rejected == f.closed == 4
    assert f.on_time_rate == pytest.approx(2 / (2 + 1 + 2))
    rejected = next(r for r in f.rows if r.summary == "F")
    assert rejected.status == "Ditolak" and rejected.on_time is None
    text = pdf_text(preview(seeded, OCTOBER, "", "")[1])
    assert "Pengaduan ditutup dalam bulan ini 4 – selesai tepat waktu 2 – selesai terlambat 1" in (
        text
    )
    assert "– ditolak (bukan kewenangan / tidak lengkap / lainnya) 1" in text
    assert "pengaduan yang ditolak tidak termasuk dalam pembilang maupun penyebut" in text


def test_a_long_result_appears_whole(seeded: Engine) -> None:
    text = pdf_text(preview(seeded, OCTOBER, "", "")[1])
    assert " ".join(LONG_RESULT.split()) in text
    assert "…" not in text  # nothing in the lists is cut


def test_a_result_longer_than_a_page_continues_on_the_next(seeded: Engine) -> None:
    huge = " ".join(f"langkah{i:04d} ditindaklanjuti" for i in range(700))
    with writing(seeded) as session:
        b = session.scalars(select(Complaint).where(Complaint.summary == "B")).one()
        b.result = huge
    pdf = preview(seeded, OCTOBER, "", "")[1]
    text = pdf_text(pdf)
    # Every step, in order (the page footer and the repeated header come between the pages).
    positions = [text.find(f"langkah{i:04d} ditindaklanjuti") for i in range(700)]
    assert -1 not in positions and positions == sorted(positions)
    pages = [p for p in PdfReader(io.BytesIO(pdf)).pages if "langkah" in p.extract_text()]
    assert len(pages) >= 2


def last_page(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join((reader.pages[-1].extract_text() or "").split())


@pytest.mark.parametrize("lines", [1, 12, 30, 45])
def test_the_signature_has_place_date_pangkat_and_text_above_it(seeded: Engine,
                                                                lines: int) -> None:  # fmt: skip
    recommendations = "\n".join(f"Rekomendasi nomor {i}." for i in range(1, lines + 1))
    _, pdf = preview(seeded, OCTOBER, "Kesimpulan.", recommendations)
    page = last_page(pdf)
    assert f"Rekomendasi nomor {lines}." in page  # the last line stays with the signature
    assert "Pontianak, 29 November 2026" in page
    assert f"{HEAD[0]} {HEAD[2]} NIP {HEAD[1]}" in (page)


def test_drafts_are_kept_per_month(seeded: Engine) -> None:
    november = Month(2026, 11)
    assert load_draft(seeded, OCTOBER).conclusions == ""
    save_draft(seeded, OCTOBER, "Oktober: baik.", "Oktober: tambah petugas.", None)
    save_draft(seeded, november, "November: sedang ditulis.", "", None)
    assert load_draft(seeded, OCTOBER).conclusions == "Oktober: baik."
    assert load_draft(seeded, OCTOBER).recommendations == "Oktober: tambah petugas."
    assert load_draft(seeded, november).conclusions == "November: sedang ditulis."
    save_draft(seeded, OCTOBER, "Oktober: diperbaiki.", "", None)  # replaced, not added
    assert load_draft(seeded, OCTOBER).conclusions == "Oktober: diperbaiki."
    info = issue(seeded, OCTOBER, "Oktober: diterbitkan.", "Saran.", None)
    save_draft(seeded, OCTOBER, "Oktober: diubah sesudah terbit.", "", None)
    # The issued report keeps what it was issued with.
    assert "Oktober: diterbitkan." in pdf_text(issued_pdf(seeded, info.id))
    assert "sesudah terbit" not in pdf_text(issued_pdf(seeded, info.id))


def test_the_number_comes_from_the_agenda_register(seeded: Engine) -> None:
    assert next_issue(seeded, OCTOBER) == ("000.8.3.4/1/BKAD-RENJA/XI/2026", 0)
    with pytest.raises(OSError):
        issue(seeded, OCTOBER, "Kesimpulan.", "", None, deliver=_unwritable)
    assert next_issue(seeded, OCTOBER) == ("000.8.3.4/1/BKAD-RENJA/XI/2026", 0)  # none used
    info = issue(seeded, OCTOBER, "Kesimpulan.", "", None)
    assert info.letter_number == "000.8.3.4/1/BKAD-RENJA/XI/2026"
    with reading(seeded) as session:
        entries = session.scalars(select(AgendaEntry)).all()
        assert [(e.kind, e.number, e.subject) for e in entries] == [
            (LetterKind.LAPORAN.value, "000.8.3.4/1/BKAD-RENJA/XI/2026",
             "Laporan Pengelolaan Pengaduan Bulan Oktober 2026")]  # fmt: skip
    assert next_issue(seeded, OCTOBER) == ("000.8.3.4/2/BKAD-RENJA/XI/2026", 1)
    assert "Nomor 000.8.3.4/1/BKAD-RENJA/XI/2026" in pdf_text(issued_pdf(seeded, info.id))


def _unwritable(_pdf: bytes) -> None:
    raise PermissionError(13, "Permission denied", "/arsip/laporan.pdf")


def test_control_characters_stored_in_the_database_print_as_a_space(seeded: Engine) -> None:
    # Put in before the import refused them: the PDF shows neither boxes nor glued words.
    with writing(seeded) as session:
        b = session.scalars(select(Complaint).where(Complaint.summary == "B")).one()
        b.complainant_name = "Budi\x07Santoso\x1b[31m"
        b.result = "Ringkas\x0ban hasil"  # (not NUL: PostgreSQL refuses it in text)
    raw = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(preview(seeded, OCTOBER, "", "")[1])).pages
    )
    assert not [c for c in raw if c < " " and c not in "\n" or "\x7f" <= c <= "\x9f"]
    text = " ".join(raw.split())
    assert "Budi Santoso [31m" in text and "Ringkas an hasil" in text
