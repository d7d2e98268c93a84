"""A date typed whole into a date field: Qt's date edits, with their whole text selected (Ctrl+A,
or a click that selected it), put the first digits typed nowhere and keep the day shown, so
"26/11/2026 10:15" typed over "30/11/2026 09:00" became 30/11/2026 10:15 without a word. Here
the first digit typed over a whole selection starts at the first part (the day) instead; the
separators, or the digits alone, move on to the next part as Qt already does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget


class WholeDateTyping(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (isinstance(watched, QDateTimeEdit) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.text().isdigit()):  # fmt: skip
            line = watched.lineEdit()
            if line is not None and line.hasSelectedText() and line.selectedText() == line.text():
                first = watched.sectionAt(0)
                watched.setCurrentSection(first)
                watched.setSelectedSection(first)
        return False  # the key goes on to the field


def type_whole_dates(root: QWidget) -> None:
    """Every date field under root (and root itself) takes a date typed whole."""
    typing = WholeDateTyping(root)
    fields = root.findChildren(QDateTimeEdit)
    if isinstance(root, QDateTimeEdit):
        fields.append(root)
    for field in fields:
        field.installEventFilter(typing)
