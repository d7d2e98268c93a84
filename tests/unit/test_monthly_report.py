"""A month with known complaints, and every figure checked in the PDF's text and the XLSX."""

from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import Engine, select

from pengaduan_desktop.core.db import writing
from pengaduan_desktop.core.errors import WorkflowError
from pengaduan_desktop.core.exports import write_csv, write_xlsx
from pengaduan_desktop.core.importer import import_file
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.monthly import Month, month_figures
from pengaduan_desktop.core.reports import issued_pdf, issued_reports, report_due
from pengaduan_desktop.core.vocabulary import EventKind
from pengaduan_desktop.services.monthly_report import issue, preview
from tests.helpers import VALID_NIK, fill_office, pdf_text

OCTOBER = Month(2026, 10)
BASE = {"form": "tertulis", "id_type": "KTP", "id_number": VALID_NIK, "phone": "08123456789",
        "service": "Pelayanan Hibah", "category": "Waktu penyelesaian"}  # fmt: skip
# October 2026 has no holidays: the due date is simply 5 weekdays on.
KNOWN = [
    # A: received Mon 5 Oct, closed Wed 7 Oct: on time, 2 working days
    {"received_at": "2026-10-05", "channel": "email", "name": "Ani", "summary": "A",
     "status": "selesai", "closed_at": "2026-10-07T10:00", "result": "Selesai A"},
    # B: received Tue 6 Oct (due 13 Oct), closed 20 Oct: late, 10 working days
    {"received_at": "2026-10-06", "channel": "email", "name": "Budi", "summary": "B",
     "status": "selesai", "closed_at": "2026-10-20T10:00", "result": "Selesai B"},
    # C: received Tue 20 Oct (due 27 Oct), still open at month end: overdue
    {"received_at": "2026-10-20", "channel": "lapor", "lapor_tracking_id": "L-1",
     "name": "Cici", "summary": "C"},
    # D: received Mon 28 Sep (carried over), closed Fri 2 Oct: on time, 4 working days
    {"received_at": "2026-09-28", "channel": "surat", "name": "Dodi", "summary": "D",
     "status": "selesai", "closed_at": "2026-10-02T10:00", "result": "Selesai D"},
    # E: received Thu 1 Oct (due 8 Oct), escalated 12 Oct, open at month end: overdue
    {"received_at": "2026-10-01", "channel": "telepon", "form": "lisan", "name": "Euis",
     "summary": "E"},
    # F: received Thu 8 Oct, rejected Fri 9 Oct: on time, 1 working day
    {"received_at": "2026-10-08", "channel": "email", "name": "Fajar", "summary": "F",
     "status": "ditolak", "closed_at": "2026-10-09T10:00", "result": "Bukan kewenangan BKAD"},
    # G: received Thu 29 Oct (due 5 Nov), open and not yet due
    {"received_at": "2026-10-29", "channel": "email", "name": "Gita", "summary": "G"},
    # H: received in November: not in October's report at all
    {"received_at": "2026-11-02", "channel": "email", "name": "Hadi", "summary": "H"},
]  # fmt: skip


@pytest.fixture
def month(engine: Engine, tmp_path: Path) -> Engine:
    source = tmp_path / "known.json"
    source.write_text(json.dumps([BASE | row for row in KNOWN]))
    import_file(engine, source)
    fill_office(engine)
    with writing(engine) as session:
        e = session.scalars(select(Complaint).where(Complaint.summary == "E")).one()
        e.status = "dieskalasi"
        session.add(Event(complaint_id=e.id, kind=EventKind.ESCALATED, text="Lewat batas",
                          at=datetime(2026, 10, 12, 3, 0, tzinfo=UTC)))  # fmt: skip
    return engine


def test_every_figure_of_a_known_month(month: Engine, tmp_path: Path) -> None:
    f = month_figures(month, OCTOBER)
    assert (f.received, f.carried_over, f.closed) == (6, 1, 4)
    # A rejection is neither on time nor late: three numbers that add up to the closed.
    assert (f.closed_on_time, f.closed_late, f.rejected) == (2, 1, 1)
    assert (f.open_at_end, f.overdue_at_end, f.escalated) == (3, 2, 1)
    assert f.on_time_rate == pytest.approx(2 / 5)  # open overdue in, rejections out
    assert (f.average_days, f.longest_days) == (4.25, 10)
    assert f.by_channel["Email"] == 4 and f.by_channel["SP4N-LAPOR!"] == 1
    assert f.by_status == {"Selesai": 3, "Ditolak": 1, "Dieskalasi": 1, "Dalam proses": 2}
    assert [r.tracking_number for r in f.carried] == ["ADU-2026-000004"]
    assert {r.summary for r in f.overdue} == {"C", "E"}
    october = next(t for t in f.trend if t[0] == OCTOBER)
    assert october[1:] == (6, 4)

    _, pdf = preview(month, OCTOBER, "Kesimpulan: pelayanan membaik.", "Tambah petugas.")
    text = pdf_text(pdf)
    for expected in (
        "Sifat : Biasa", "Hal : Laporan", "Yth. Gubernur Kalimantan Barat",
        "melalui Sekretaris Daerah Provinsi Kalimantan Barat",
        "Laporan Pengelolaan Pengaduan Bulan Oktober 2026",
        "Pengaduan diterima pada bulan ini 6",
        "Pengaduan bawaan dari bulan sebelumnya (terbuka pada awal bulan) 1",
        "Pengaduan ditutup dalam bulan ini 4",
        "– selesai tepat waktu 2", "– selesai terlambat 1", "– ditolak",
        "– di antaranya melewati batas waktu 2",
        "Rata-rata waktu penanganan (hari kerja) 4,25",
        "Waktu penanganan terlama (hari kerja) 10",
        "Tingkat ketepatan waktu 40,0%",
        "Bulan ini: 2 ÷ (2 + 1 + 2); 1 pengaduan ditolak, 0 diteruskan atau diarsipkan.",
        "pengaduan yang ditolak tidak termasuk dalam pembilang maupun penyebut",
        "Selesai B", "Bukan kewenangan BKAD", "Kesimpulan: pelayanan membaik.",
        "Tambah petugas.", "Kepala Badan Keuangan dan Aset Daerah",
    ):  # fmt: skip
        assert expected in text, expected
    assert VALID_NIK not in text and "ADU-2026-000008" not in text

    write_xlsx(f, tmp_path / "oktober.xlsx")
    book = load_workbook(tmp_path / "oktober.xlsx")
    sheet = book["Pengaduan"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Kelompok", "Nomor", "ID SP4N-LAPOR!", "Diterima", "Pengadu"]
    body = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(2)]
    assert len(body) == 7
    b = next(r for r in body if r["Nomor"] == "ADU-2026-000002")
    assert (b["Status akhir bulan"], b["Hari kerja penanganan"], b["Tepat waktu"]) == (
        "Selesai",
        10,
        "tidak",
    )
    assert b["Identitas (tersamar)"] == "KTP 6171**********03"
    totals = dict(book["Ringkasan"].iter_rows(values_only=True))
    assert totals["Tingkat ketepatan waktu (%)"] == 40.0
    assert totals["Terbuka dan terlambat pada akhir bulan"] == 2
    write_csv(f, tmp_path / "oktober.csv")
    csv_text = (tmp_path / "oktober.csv").read_text(encoding="utf-8-sig")
    assert csv_text.startswith("Kelompok,Nomor,ID SP4N-LAPOR!,Diterima")
    assert VALID_NIK not in csv_text


def test_issue_freezes_the_pdf_and_reissue_makes_a_revision(month: Engine) -> None:
    # Not issued yet: every page of the preview (and of a copy saved from it) says so.
    draft = PdfReader(io.BytesIO(preview(month, OCTOBER, "Kesimpulan.", "Rekomendasi.")[1]))
    assert all("DRAF — BELUM DITERBITKAN" in page.extract_text() for page in draft.pages)
    first = issue(month, OCTOBER, "Kesimpulan pertama.", "Rekomendasi.", None)
    assert first.revision == 0 and first.letter_number == "000.8.3.4/1/BKAD-RENJA/XI/2026"
    frozen = issued_pdf(month, first.id)
    assert "000.8.3.4/1/BKAD-RENJA/XI/2026" in pdf_text(frozen)
    assert "DRAF" not in pdf_text(frozen)  # the letter itself
    second = issue(month, OCTOBER, "Kesimpulan diperbaiki.", "Rekomendasi.", None)
    assert second.revision == 1 and second.letter_number == "000.8.3.4/2/BKAD-RENJA/XI/2026"
    assert issued_pdf(month, first.id) == frozen  # the first stays exactly as issued
    assert "revisi 1" in pdf_text(issued_pdf(month, second.id))
    assert [r.revision for r in issued_reports(month)] == [1, 0]
    for not_ended in (Month(2026, 11), Month(2030, 1)):  # the clock reads 29 November 2026
        with pytest.raises(WorkflowError, match="setelah bulan itu berakhir"):
            issue(month, not_ended, "", "", None)


def test_a_report_whose_file_cannot_be_delivered_is_not_issued(month: Engine) -> None:
    def disk_full(_pdf: bytes) -> None:
        raise OSError(28, "No space left on device", "laporan.pdf")

    with pytest.raises(OSError):
        issue(month, OCTOBER, "Kesimpulan.", "", None, deliver=disk_full)
    assert issued_reports(month) == []
    delivered: list[bytes] = []
    first = issue(month, OCTOBER, "Kesimpulan.", "", None, deliver=delivered.append)
    assert first.revision == 0 and first.letter_number == "000.8.3.4/1/BKAD-RENJA/XI/2026"
    assert delivered == [issued_pdf(month, first.id)]  # the file holds the frozen PDF


def test_the_reminder_says_when_the_next_report_is_due(month: Engine) -> None:
    due = report_due(month, date(2026, 11, 12))
    assert due.month == OCTOBER and due.due == date(2026, 11, 15) and not due.late
    assert due.message() == "Laporan bulan Oktober 2026 jatuh tempo 15 November 2026, 3 hari lagi"
    late = report_due(month, date(2026, 11, 18))
    assert late.late and "TERLAMBAT" in late.message() and "3 hari" in late.message()
    issue(month, OCTOBER, "", "", None)
    after = report_due(month, date(2026, 11, 18))
    assert after.month == Month(2026, 11) and after.due == date(2026, 12, 15)


def impatient_engine(engine: Engine) -> Engine:
    """A second desk on the same database that gives up at once when it must wait for a lock
    (instead of waiting 30 s): a write that succeeds shows that nothing held the lock."""
    from sqlalchemy import event

    from pengaduan_desktop.core.db import create_db_engine

    other = create_db_engine(engine.url.render_as_string(hide_password=False))

    @event.listens_for(other, "connect")
    def impatient(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        if other.dialect.name == "sqlite":
            cursor.execute("PRAGMA busy_timeout=0")
        else:
            cursor.execute("SET lock_timeout = '1s'")
        cursor.close()
        if other.dialect.name == "postgresql":
            dbapi_connection.commit()

    return other


def test_issuing_renders_with_no_lock_held_then_stores_in_a_short_transaction(
    month: Engine,
) -> None:
    """While the real October PDF renders, another desk takes the next report number (the
    write lock on SQLite, the series' counter row on PostgreSQL). It succeeds at once; the
    issue then finds its planned number taken and renders again with the next one."""
    from pengaduan_desktop.core.agenda import LetterKind, register
    from pengaduan_desktop.core.db import reading

    other = impatient_engine(month)
    taken: list[str] = []

    def meanwhile(_percent: int) -> None:
        if taken:
            return
        with writing(other) as session:  # raises "database is locked" if the issue held it
            taken.append(register(session, LetterKind.LAPORAN, date(2026, 11, 29),
                                  "Laporan dari meja lain").number)  # fmt: skip

    info = issue(month, OCTOBER, "Kesimpulan.", "", None, progress=meanwhile)
    other.dispose()
    assert taken == ["000.8.3.4/1/BKAD-RENJA/XI/2026"]  # the other desk's write went through
    assert info.letter_number == "000.8.3.4/2/BKAD-RENJA/XI/2026" and info.revision == 0
    text = pdf_text(issued_pdf(month, info.id))
    assert "000.8.3.4/2/BKAD-RENJA/XI/2026" in text  # printed with the number it holds
    assert "000.8.3.4/1/BKAD-RENJA/XI/2026" not in text
    with reading(month) as session:
        from pengaduan_desktop.core.models import AgendaEntry

        numbers = session.scalars(select(AgendaEntry.number).order_by(AgendaEntry.id)).all()
    assert numbers == ["000.8.3.4/1/BKAD-RENJA/XI/2026", "000.8.3.4/2/BKAD-RENJA/XI/2026"]


def test_a_month_issued_by_another_desk_during_the_render_is_refused(month: Engine) -> None:
    """Two desks issue October at once: the one that stores second is refused cleanly (its
    PDF would say revision 0, which the other now holds); nothing of it is stored."""
    from pengaduan_desktop.core.errors import Conflict

    other = impatient_engine(month)
    theirs: list[object] = []

    def meanwhile(_percent: int) -> None:
        if not theirs:
            theirs.append(issue(other, OCTOBER, "Kesimpulan meja lain.", "", None))

    with pytest.raises(Conflict, match="baru saja diterbitkan di meja lain"):
        issue(month, OCTOBER, "Kesimpulan.", "", None, progress=meanwhile)
    other.dispose()
    reports = issued_reports(month)
    assert [(r.revision, r.letter_number) for r in reports] == [
        (0, "000.8.3.4/1/BKAD-RENJA/XI/2026")
    ]
    assert "Kesimpulan meja lain." in pdf_text(issued_pdf(month, reports[0].id))


def test_the_month_balances_with_every_status(month: Engine, tmp_path: Path) -> None:
    """Carried over + received = closed + open, whatever the statuses: forwarded and archived
    are closed (neither on time nor late), Tunda is open, a merged duplicate is in neither."""
    from pengaduan_desktop.core import clock
    from pengaduan_desktop.core.links import LinkKind, link_complaints

    more = [
        {"received_at": "2026-10-12", "channel": "lapor", "lapor_tracking_id": "L-2",
         "name": "Iwan", "summary": "I", "status": "diteruskan", "closed_at": "2026-10-13T10:00",
         "result": "Diteruskan ke Bapenda"},
        {"received_at": "2026-09-29", "channel": "lapor", "lapor_tracking_id": "L-3",
         "name": "Joko", "summary": "J", "status": "diarsipkan", "closed_at": "2026-10-14T10:00",
         "result": "Diarsipkan"},
        {"received_at": "2026-10-14", "channel": "lapor", "lapor_tracking_id": "L-4",
         "name": "Kiki", "summary": "K", "status": "tunda"},
        {"received_at": "2026-10-15", "channel": "email", "name": "Lina", "summary": "L"},
    ]  # fmt: skip
    source = tmp_path / "more.json"
    source.write_text(json.dumps([BASE | row for row in more]))
    import_file(month, source)
    with writing(month) as session:
        ids = {c.summary: c.id for c in session.scalars(select(Complaint))}
    with clock.pinned(datetime(2026, 10, 16, 3, 0, tzinfo=UTC)):
        link_complaints(month, ids["L"], ids["G"], LinkKind.DUPLICATE, "sama", None)
    f = month_figures(month, OCTOBER)
    assert (f.received, f.carried_over) == (6 + 2, 1 + 1)  # L, merged, is left out
    assert f.set_aside == 2
    assert f.closed == f.closed_on_time + f.closed_late + f.rejected + f.set_aside == 4 + 2
    assert f.received + f.carried_over == f.closed + f.open_at_end
    assert sum(f.by_status.values()) == f.received + f.carried_over
    assert sum(f.by_channel.values()) == f.received
    for tallies in (f.by_unit, f.by_service):
        assert sum(t.closed for t in tallies) == f.closed
        assert sum(t.open_at_end for t in tallies) == f.open_at_end
    text = pdf_text(preview(month, OCTOBER, "", "")[1])
    for expected in ("Pengaduan ditutup dalam bulan ini 6",
                     "– diteruskan ke instansi lain / diarsipkan 2",
                     f"Pengaduan masih terbuka pada akhir bulan {f.open_at_end}",
                     "Ditutup dalam bulan ini : 6",
                     "Masih terbuka pada akhir bulan : 4"):  # fmt: skip
        assert expected in text, expected
    write_xlsx(f, tmp_path / "oktober.xlsx")
    totals = dict(load_workbook(tmp_path / "oktober.xlsx")["Ringkasan"].iter_rows(values_only=True))
    assert totals["Ditutup dalam bulan ini (jumlah empat baris berikut)"] == 6
    assert totals["Diteruskan ke instansi lain / diarsipkan"] == 2


def test_no_status_word_is_broken_in_the_lists(month: Engine, tmp_path: Path) -> None:
    """The Status column holds its widest word whole ("Diteruskan", "Diarsipkan")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from pengaduan_desktop.documents.fonts import register_fonts
    from pengaduan_desktop.documents.monthly_report import (
        LIST_SIZE,
        LIST_STATUS,
        PADDING,
        STATUS_WORDS,
        _list_widths,
    )

    regular, bold = register_fonts()
    width = _list_widths(regular, bold)[LIST_STATUS]
    for word in STATUS_WORDS:
        assert stringWidth(word, regular, LIST_SIZE) + 2 * PADDING <= width, word
    with writing(month) as session:
        c = session.scalars(select(Complaint).where(Complaint.summary == "B")).one()
        c.status = "diarsipkan"
    text = pdf_text(preview(month, OCTOBER, "", "")[1])
    assert "Diarsipka\n" not in text and "Diarsipkan" in text
