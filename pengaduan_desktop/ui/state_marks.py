"""Where a colour says how urgent something is, a mark and words say it too (for an officer who
does not tell red from green, for a screen reader, for a black-and-white printout of the
screen). The case list's cells carry `case_pages.SLA_MARK` and the state's word; the complaint
page names the state; the step reminder's button is marked here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton

URGENT_MARK = "⚠ "


def mark_urgency(button: QAbstractButton, urgent: bool) -> None:
    """The reminder's button in red (a step due today or already past) also carries ⚠, and its
    accessible description says which; in brown (due tomorrow) it says that."""
    text = button.text().removeprefix(URGENT_MARK)
    button.setText(URGENT_MARK + text if urgent else text)
    button.setAccessibleName(text)
    button.setAccessibleDescription(
        QCoreApplication.translate("StateMarks", "Ada tahap yang batasnya hari ini atau sudah "
                                   "terlewat.") if urgent
        else QCoreApplication.translate("StateMarks", "Batas tahap besok."))  # fmt: skip
