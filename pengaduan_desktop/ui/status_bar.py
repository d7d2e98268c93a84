"""The window's status bar: its parts fit the width of a 1024-pixel screen.

The message (a count, then perhaps a path after ": ") keeps its words whole and elides the path
in its middle, so the counts and the end of the path stay; the whole message is the tooltip.
A permanent note (the signed-in officer, the report's due date) says a short text with the long
one as its tooltip, and is elided at its end beyond a share of the bar, so it cannot push the
message out of sight; the notes take their room by priority (the late report before the
officer's name)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizeGrip, QStatusBar, QWidget

MESSAGE_SHARE = 0.4  # of the bar's width kept for the message when the notes crowd it


class ElidedNote(QLabel):
    """A one-line label that draws "…" at the end when narrower than its text; the whole text
    is its tooltip. text() is the whole text."""

    def __init__(self, parent: QWidget | None = None, priority: int = 0) -> None:
        super().__init__(parent)
        self.setMinimumWidth(1)
        self.priority = priority  # a higher one keeps its whole text first when crowded

    def setText(self, text: str, full: str = "") -> None:  # noqa: N802 - Qt's name
        """`text` as shown; `full` (the tooltip, and what a screen reader says) when the
        shown text is a short form of it."""
        super().setText(text)
        self.setToolTip(full or text)
        self.setAccessibleName(full or text)
        bar = self.parentWidget()
        if isinstance(bar, StatusBar):
            bar.share()

    def full_width(self) -> int:
        return super().sizeHint().width()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """No wider than allowed: the room it does not take goes to the message."""
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.maximumWidth()), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(self.setToolTip)
        self.messageChanged.connect(self.share)
        self.notes: list[ElidedNote] = []

    def add_note(self, note: ElidedNote) -> None:
        """A permanent note that gives up room to the message when they do not all fit."""
        self.notes.append(note)
        self.addPermanentWidget(note)
        self.share()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self.share()
        super().resizeEvent(event)

    def share(self) -> None:
        """The notes whole when they fit beside the message; else the message keeps up to
        MESSAGE_SHARE of the bar and the notes take the rest in the order of their priority."""
        message = self.currentMessage()
        need = self.fontMetrics().horizontalAdvance(message) + 12 if message else 0
        budget = self.width() - min(need, int(self.width() * MESSAGE_SHARE)) - 30
        left = budget
        for note in sorted(self.notes, key=lambda n: -n.priority):  # stable: equal keep order
            want = note.full_width() if note.text() else 0
            share = max(0, min(want, left))
            left -= share
            note.setMaximumWidth(max(1, share))
            note.updateGeometry()
        if self.layout() is not None:
            self.layout().invalidate()  # the notes' widths are read again, now
            self.layout().activate()

    def message_room(self) -> QRect:
        """Where the message is drawn: left of the first permanent widget shown."""
        lefts = [w.geometry().left() for w in self.findChildren(QWidget)
                 if w.parentWidget() is self and w.isVisible() and not isinstance(w, QSizeGrip)
                 and w.width() > 0]  # fmt: skip
        right = min(lefts, default=self.width()) - 4
        return QRect(6, 0, max(0, right - 6), self.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        message = self.currentMessage()
        if not message:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        room, shown = self.message_room(), self.shown_message()
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )

    def shown_message(self) -> str:
        """The message as drawn: the words up to its last ": " whole (the counts), what follows
        (a path, an address) elided in its middle to the room left."""
        message, metrics = self.currentMessage(), self.fontMetrics()
        head, colon, tail = message.rpartition(": ")
        if not colon:
            head, tail = "", message
        whole = self.message_room().width()
        room = whole - metrics.horizontalAdvance(head + colon)
        if room < metrics.horizontalAdvance("/…/berkas.db"):  # no room for a path: the words
            return metrics.elidedText(message, Qt.TextElideMode.ElideRight, whole)
        return head + colon + metrics.elidedText(tail, Qt.TextElideMode.ElideMiddle, max(room, 0))
