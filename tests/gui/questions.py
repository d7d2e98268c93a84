"""Answer the non-blocking questions of ui/msgbox.py as the officer would."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def open_question(parent: QWidget) -> QMessageBox | None:
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    return boxes[-1] if boxes else None


def answer(parent: QWidget, agree: bool) -> str:
    """Click the Yes-like button (or Batal) of the question open over `parent`; returns its text."""
    box = open_question(parent)
    assert box is not None, "no question was asked"
    text = box.text()
    role = QMessageBox.ButtonRole.AcceptRole if agree else QMessageBox.ButtonRole.RejectRole
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    button.click()
    return text
