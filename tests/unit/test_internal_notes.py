"""Follow-up is follow-up: what the unit did may be told to the complainant and the Governor;
an internal note never leaves the office (letters, the monthly report, its exports)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import Engine, select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.exports import write_csv, write_xlsx
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.letters import issue_letter
from pengaduan_desktop.core.lifecycle import Letter
from pengaduan_desktop.core.models import Event
from pengaduan_desktop.core.monthly import Month, month_figures
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.vocabulary import EVENT_LABELS, EventKind
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.documents.letter import render_letter
from pengaduan_desktop.services.monthly_report import preview
from tests.helpers import complaint, pdf_text

FOLLOW_UP = "Bidang Perbendaharaan memeriksa berkas SP2D"
NOTE = "Pengadu kerabat kepala bidang, hati-hati"
NOVEMBER = Month(2026, 11)


def handled(engine: Engine) -> int:
    """Received on Monday 2 November 2026 (due 9 November), disposed, followed up, noted."""
    received = datetime(2026, 11, 2, 9, 0, tzinfo=LOCAL_TZ)
    cid = register(engine, complaint(received_at=received)).id
    perform(engine, cid, Action.VERIFY, None)
    perform(engine, cid, Action.DISPOSE, None, "Mohon diteliti", 1)
    perform(engine, cid, Action.FOLLOW_UP, None, FOLLOW_UP)
    perform(engine, cid, Action.NOTE, None, NOTE)
    return cid


def test_a_follow_up_is_its_own_step_on_the_timeline(sqlite_engine: Engine) -> None:
    cid = handled(sqlite_engine)
    with reading(sqlite_engine) as session:
        steps = {e.text: e.kind for e in session.scalars(
            select(Event).where(Event.complaint_id == cid))}  # fmt: skip
    assert steps[FOLLOW_UP] == EventKind.FOLLOW_UP and steps[NOTE] == EventKind.NOTE
    assert EVENT_LABELS[EventKind.FOLLOW_UP] == "Tindak lanjut"


def test_the_response_letter_tells_the_follow_up_not_the_note(sqlite_engine: Engine) -> None:
    cid = handled(sqlite_engine)
    perform(sqlite_engine, cid, Action.REPLY, None, "Berkas Ibu sedang diperiksa.")
    perform(sqlite_engine, cid, Action.RESOLVE, None, "SP2D telah diterbitkan.")
    text = pdf_text(render_letter(issue_letter(sqlite_engine, Letter.RESPONSE, cid)))
    assert f"Tindak lanjut : 29 November 2026: {FOLLOW_UP}" in text
    # What the complainant was already told is in the letter too, after the follow-up.
    assert text.index(FOLLOW_UP) < text.index("Tanggapan : 29 November 2026: Berkas Ibu sedang")
    assert "SP2D telah diterbitkan." in text
    assert NOTE not in text and "hati-hati" not in text


def test_the_escalation_letter_names_the_last_step_not_the_note(sqlite_engine: Engine) -> None:
    cid = handled(sqlite_engine)  # the note is the newest event
    perform(sqlite_engine, cid, Action.ESCALATE, None, "Tanpa jawaban", today=date(2026, 11, 20))
    text = pdf_text(render_letter(issue_letter(sqlite_engine, Letter.ESCALATION, cid)))
    assert f"29 November 2026 – Tindak lanjut: {FOLLOW_UP}" in text
    assert NOTE not in text and "hati-hati" not in text


def test_the_monthly_report_and_its_exports_carry_no_note(sqlite_engine: Engine,
                                                          tmp_path: Path) -> None:  # fmt: skip
    cid = handled(sqlite_engine)
    perform(sqlite_engine, cid, Action.RESOLVE, None, "SP2D telah diterbitkan.")
    figures = month_figures(sqlite_engine, NOVEMBER)
    csv_file, xlsx = tmp_path / "nov.csv", tmp_path / "nov.xlsx"
    write_csv(figures, csv_file)
    write_xlsx(figures, xlsx)
    csv_text = csv_file.read_text(encoding="utf-8-sig")
    cells = " ".join(str(cell) for sheet in load_workbook(xlsx)
                     for row in sheet.iter_rows(values_only=True) for cell in row)  # fmt: skip
    _figures, pdf = preview(sqlite_engine, NOVEMBER, "Kesimpulan.", "Rekomendasi.")
    for exported in (csv_text, cells, pdf_text(pdf)):
        assert "ADU-2026-000001" in exported and "SP2D telah diterbitkan." in exported
        assert NOTE not in exported and "hati-hati" not in exported
