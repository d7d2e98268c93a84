"""Work that can wait until the officer sees the rows: a count that follows an estimate, the late
counts, the rest of signing in. Started after the next paint of a widget (the case table), so
that its threads do not take the processor (and Python's lock) from the GUI thread while the
rows are laid out and painted; at once when the widget is not on the screen, and after a
second at most."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

LATEST_MS = 1000  # a paint that never comes (a minimised window) delays nothing longer


class AfterPaint(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self._waiting: list[Callable[[], None]] = []
        self._latest = QTimer(self)
        self._latest.setSingleShot(True)
        self._latest.setInterval(LATEST_MS)
        self._latest.timeout.connect(self._run)
        widget.installEventFilter(self)

    def later(self, work: Callable[[], None]) -> None:
        """Run `work` on the GUI thread once the widget has painted (the event loop's next
        turn after the paint), or on the next turn when it is not visible then."""
        self._waiting.append(work)
        QTimer.singleShot(0, self, self._check)  # the widget may be shown later in this turn

    def _check(self) -> None:
        if not self._waiting:
            return  # painted meanwhile
        if not self.widget.isVisible():
            self._run()
        elif not self._latest.isActive():
            self._latest.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget and event.type() == QEvent.Type.Paint and self._waiting:
            QTimer.singleShot(0, self, self._run)  # once this paint is done
        return False

    def _run(self) -> None:
        self._latest.stop()
        waiting, self._waiting = self._waiting, []
        for work in waiting:
            work()
