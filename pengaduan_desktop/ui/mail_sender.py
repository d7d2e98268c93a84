"""The window's background sender of queued emails (core.outbox, services.mailer): every half
minute, and soon after an operation (which may have queued one), it sends what is due off the
GUI thread, then tells every open page which complaints' messages changed. A note in the
status bar says how many wait or failed. Retries and their pauses are the outbox's rule."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from pengaduan_desktop.ui.operations import announce, changed, subscribe
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:  # the window shows before the database library loads
    from sqlalchemy import Engine

INTERVAL_MS = 30_000
AFTER_OPERATION_MS = 500  # let the operation's own refresh go first


def waiting_text(queued: int, failed: int) -> str:
    """The status bar's note ("" when nothing waits)."""
    if queued and failed:
        text = QCoreApplication.translate("MailSender", "Email: {queued} antri, {failed} gagal")
    elif queued:
        text = QCoreApplication.translate("MailSender", "Email: {queued} antri")
    elif failed:
        text = QCoreApplication.translate("MailSender", "Email: {failed} gagal")
    else:
        return ""
    return text.format(queued=queued, failed=failed)


class MailSender(QObject):
    finished = Signal(object)  # the attempts of one round (list of services.mailer.Attempt)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine: Engine | None = None
        self.busy = False
        self.again = False  # asked to run while a round ran: run once more after it
        self.note = QLabel()  # short: kept whole, the message gives up the room
        self.note.setObjectName("mailNote")
        self.note.hide()  # until something waits: no room taken from the message
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.kick)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_OPERATION_MS)
        self.soon.timeout.connect(self.kick)
        subscribe(self._operation_executed)

    def start(self, engine: Engine) -> None:
        self.engine = engine
        self.timer.start()
        self.kick()

    def stop(self) -> None:
        self.timer.stop()
        self.soon.stop()
        self.engine = None

    def _operation_executed(self, changes: Any, initiator: object) -> None:
        if initiator is not self and changes.complaints and self.engine is not None:
            self.soon.start()

    def kick(self) -> None:
        """Send what is due now, off the GUI thread."""
        engine = self.engine
        if engine is None:
            return
        if self.busy:
            self.again = True
            return
        self.busy, self.again = True, False

        def work() -> tuple[list[Any], tuple[int, int]]:
            from pengaduan_desktop.core.outbox import count_waiting
            from pengaduan_desktop.services.mailer import send_due

            return send_due(engine), count_waiting(engine)

        run_task(work, self._done, self._failed)

    def _done(self, result: tuple[list[Any], tuple[int, int]]) -> None:
        attempts, (queued, failed) = result
        self.busy = False
        self._say(waiting_text(queued, failed))
        if attempts:
            ids = frozenset(a.complaint_id for a in attempts)
            announce(changed(complaints=ids), self)
        self.finished.emit(attempts)
        if self.again:
            self.kick()

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _failed(self, exc: BaseException) -> None:
        """The database could not be reached: the window's live note says so; try later."""
        self.busy = False
        self._say(self.tr("Email: tertunda"))
        self.finished.emit([])
