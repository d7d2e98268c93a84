"""The window follows the day: at midnight (WIB, on the program's clock) the case list, its
overdue counts, the step reminders and the report's due date are read again, so a desk left
open overnight does not greet the morning with yesterday's figures. A check every minute also
catches a day that turned while the computer slept or its clock was set."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.timeutil import start_of_local_day


class DayWatch(QObject):
    new_day = Signal()

    CHECK_MS = 60_000  # the check after a sleep or a change of the clock
    AFTER_MIDNIGHT_MS = 200  # the midnight timer fires this much after it, never before

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.day = clock.today()
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.check)
        self._minutely = QTimer(self)
        self._minutely.setInterval(self.CHECK_MS)
        self._minutely.timeout.connect(self.check)
        self._minutely.start()
        self._arm()

    def _arm(self) -> None:
        midnight = start_of_local_day(clock.today() + timedelta(days=1), time.min)
        wait = (midnight - clock.now_utc()) // timedelta(milliseconds=1) + self.AFTER_MIDNIGHT_MS
        self._midnight.start(max(wait, self.AFTER_MIDNIGHT_MS))

    def check(self) -> None:
        """Tell new_day when the day is no longer the one last seen; then wait for the next
        midnight."""
        day = clock.today()
        if day != self.day:
            self.day = day
            self.new_day.emit()
        self._arm()
