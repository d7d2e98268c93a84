"""The idle lock: after the office's idle time with no key press or mouse action anywhere in
the program, `idle` fires once (the window then asks for the password again)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                   QEvent.Type.Wheel, QEvent.Type.TouchBegin})  # fmt: skip


class IdleWatch(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = 0.0  # seconds; 0: not watching
        self.last_input = time.monotonic()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self, seconds: float) -> None:
        """Watch for `seconds` without input (checked a few times within that span)."""
        self.limit = seconds
        self.last_input = time.monotonic()
        self.timer.start(max(10, min(5_000, int(seconds * 1000 / 4))))

    def stop(self) -> None:
        self.limit = 0.0
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the program passes here: isInputEvent() answers a bool, while type()
        # builds a Python enum each time (a paint of the case list costs hundreds of them).
        if event.isInputEvent() and event.type() in INPUT:
            self.last_input = time.monotonic()
        return False

    def _check(self) -> None:
        if self.limit and time.monotonic() - self.last_input >= self.limit:
            self.stop()
            self.idle.emit()
