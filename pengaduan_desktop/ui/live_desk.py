"""Shared desks stay live: other desks' changes reach every open screen, and a lost database
server is said in plain words.

`LiveDesk` runs the core's watcher (core.desk_watch: LISTEN/NOTIFY on PostgreSQL, a change
counter on SQLite) and turns what it sees into the window's one broadcast,
`operation_did_execute(changes, OTHER_DESK)`: the case list refreshes in place (keeping the
officer's scroll position and selection), the intake's recent list and an open complaint page
read again. A page with unsaved edits is not overwritten: it shows `ChangedElsewhere` and
reloads when the officer asks.

When the database was restored from a backup at another desk, `restored` is emitted: the
window signs the officer out (core.desk_changes.HistoryReplaced).

When the server cannot be reached, the status line says so and the watcher retries with a
growing pause; `back` is emitted once it answers again (the intake tab then saves what could
not be saved, once: core.intake's key).
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from pengaduan_desktop.ui.operations import announce

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.desk_watch import DeskWatch
    from pengaduan_desktop.core.door import Changes

LOST_STYLE = "color: #8a1010; font-weight: bold;"
BACK_STYLE = "color: #1b5e20; font-weight: bold;"
BACK_SHOWN_MS = 10_000  # how long "connected again" stays in the status line


def unreachable(exc: BaseException) -> bool:
    """The database did not answer (core.desk_watch.unreachable)."""
    from pengaduan_desktop.core.desk_watch import unreachable as no_answer

    return no_answer(exc)


class OtherDesk:
    """The initiator of a change made at another desk (or by another program)."""

    def __repr__(self) -> str:
        return "OTHER_DESK"


OTHER_DESK = OtherDesk()


class LiveDesk(QObject):
    """The watcher of one window, and the status line that says whether the database answers."""

    changes_seen = Signal(object)  # Changes made at another desk
    lost = Signal(object)  # the error: the database does not answer
    back = Signal()  # it answers again
    restored = Signal()  # the database was restored from a backup (at another desk)
    damaged = Signal(object)  # the error: the database file is damaged (not an outage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("liveLabel")
        self.label.hide()
        self.online = True
        self.server = True  # PostgreSQL (a server) rather than an SQLite file
        self._watch: DeskWatch | None = None
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.setInterval(BACK_SHOWN_MS)
        self._hide_timer.timeout.connect(self.label.hide)
        # The watcher's thread emits these; they arrive here on the GUI thread.
        self.changes_seen.connect(self._changes_seen)
        self.lost.connect(self._lost)
        self.back.connect(self._back)

    def start(self, engine: Engine) -> None:
        from pengaduan_desktop.core.desk_watch import DeskWatch

        self.stop()
        self.server = engine.dialect.name != "sqlite"
        self._watch = DeskWatch(engine, lambda c: self._emit(self.changes_seen, c),
                                lambda e: self._emit(self.lost, e),
                                lambda: self._emit(self.back),
                                on_restored=lambda: self._emit(self.restored),
                                on_damaged=lambda e: self._emit(self.damaged, e))  # fmt: skip
        self._watch.start()

    def stop(self) -> None:
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.stop()

    @staticmethod
    def _emit(signal: Any, *value: object) -> None:
        # RuntimeError: the window was closed while the watcher was telling it something.
        with suppress(RuntimeError):
            signal.emit(*value)

    def _changes_seen(self, changes: Changes) -> None:
        announce(changes, OTHER_DESK)

    def _lost(self, _exc: BaseException) -> None:
        self.online = False
        self._hide_timer.stop()
        self.label.setStyleSheet(LOST_STYLE)
        self.label.setText(self.tr("⚠ Server basis data tidak terjangkau — mencoba lagi…")
                           if self.server else
                           self.tr("⚠ Basis data tidak terjangkau — mencoba lagi…"))  # fmt: skip
        self.label.setToolTip(self.tr("Formulir yang terbuka tetap tersimpan di layar. "
                                      "Program terus mencoba menyambung kembali."))  # fmt: skip
        self._show()

    def _back(self) -> None:
        self.online = True
        self.label.setStyleSheet(BACK_STYLE)
        self.label.setText(self.tr("✓ Tersambung kembali ke server basis data")
                           if self.server else
                           self.tr("✓ Basis data dapat dipakai kembali"))  # fmt: skip
        self.label.setToolTip("")
        self._show()
        self._hide_timer.start()

    def answered(self) -> None:
        """This desk's own write went through: the database answers, though the watcher may
        still be pausing before its next try. The outage note gives way at once."""
        if not self.online:
            self._back()

    def _show(self) -> None:
        # Whole, at 1024 pixels too: the other notes of the status line give up room first.
        self.label.setMinimumWidth(self.label.sizeHint().width())
        self.label.show()


class ChangedElsewhere(QFrame):
    """The band a complaint page shows when another desk changed the complaint while the
    officer has unsaved edits on it: the edits stay until the officer reloads."""

    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedElsewhere")
        self.setStyleSheet("#changedElsewhere { background: #fff0c2; border: 1px solid #d9b44a;"
                           " border-radius: 3px; }")  # fmt: skip
        self.text = QLabel(
            self.tr(
                "<b>Diubah di meja lain.</b> Status dan tindakan sudah mengikuti perubahan itu; "
                "isian Data pengaduan Anda belum disimpan dan tetap di sini. Tekan Muat ulang "
                "untuk data terbaru (teks tindakan tetap, isian Data pengaduan diganti)."
            )
        )
        self.text.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Muat ulang"))
        self.reload_button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.reload_button)
        self.hide()
