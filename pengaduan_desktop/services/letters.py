"""A complaint's letter as PDF: issuing takes its agenda number in one short transaction
(core.letters.issue_letter), then the letter is rendered; a preview writes nothing."""

from __future__ import annotations

from sqlalchemy import Engine

from pengaduan_desktop.core.letters import issue_letter, letter_data
from pengaduan_desktop.core.lifecycle import Letter
from pengaduan_desktop.documents.letter import render_letter


def issued_letter_pdf(engine: Engine, letter: Letter, complaint_id: int,
                      officer_id: int | None = None) -> tuple[str, bytes]:  # fmt: skip
    """The letter's agenda number (issued the first time, the same after) and its PDF."""
    data = issue_letter(engine, letter, complaint_id, officer_id)
    return data.number, render_letter(data)


def letter_preview_pdf(engine: Engine, letter: Letter, complaint_id: int) -> bytes:
    """The letter with the number it has or would take; nothing is written."""
    return render_letter(letter_data(engine, letter, complaint_id))
