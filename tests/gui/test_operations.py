"""ui.operations: an operation runs off the GUI thread, its error is shown the way the app
shows errors and announces nothing, its success announces its changes once, with who asked."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import Engine

from pengaduan_desktop.core.calendar_service import set_override
from pengaduan_desktop.core.door import Changes
from pengaduan_desktop.ui.operations import Operation, Query, subscribe
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.questions import open_question


class Listener(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.heard: list[tuple[Changes, object]] = []
        subscribe(self.hear)

    def hear(self, changes: Changes, initiator: object) -> None:
        self.heard.append((changes, initiator))


def test_a_refused_operation_is_told_and_announces_nothing(qtbot, sqlite_engine: Engine) -> None:
    parent, listener = QWidget(), Listener()
    qtbot.addWidget(parent)
    qtbot.addWidget(listener)
    parent.show()  # a closed window's late errors are logged, not shown (ui.msgbox)
    Operation(parent, lambda: set_override(sqlite_engine, date(2026, 12, 7), False, "", None),
              Changes(calendar=True)).run_in_background(initiator=parent)  # fmt: skip
    qtbot.waitUntil(lambda: tasks_running() == 0 and open_question(parent) is not None)
    box = open_question(parent)
    assert box is not None and box.windowTitle() == "Tidak berhasil"
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("Keterangan hari libur kantor wajib diisi")
    assert listener.heard == []
    box.close()


def test_a_done_operation_runs_off_the_gui_thread_and_announces_once(
    qtbot, sqlite_engine: Engine
) -> None:
    parent, listener = QWidget(), Listener()
    qtbot.addWidget(parent)
    qtbot.addWidget(listener)
    ran_on: list[threading.Thread] = []
    results: list[int] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        return set_override(sqlite_engine, date(2026, 12, 7), False, "SK 9/2026", None)

    Operation(parent, work, lambda moved: Changes(calendar=True, complaint_list=moved > 0)
              ).success(results.append).run_in_background(initiator=parent)  # fmt: skip
    qtbot.waitUntil(lambda: tasks_running() == 0 and bool(listener.heard))
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert results == [0]  # no open complaint moved
    assert listener.heard == [(Changes(calendar=True), parent)]
    shown: list[bool] = []
    Query(parent, lambda: 42, results.append).loading(shown.append).run_in_background()
    qtbot.waitUntil(lambda: tasks_running() == 0 and results == [0, 42])
    assert shown == [True, False]  # the loading state came and went
    assert len(listener.heard) == 1  # a read announces nothing


def test_a_closed_windows_late_error_is_logged_not_shown(qtbot, caplog) -> None:
    """Work of a window already closed fails late: no box appears over whatever window the
    officer has now; the log keeps it."""
    from pengaduan_desktop.core.errors import NotFound
    from pengaduan_desktop.ui.msgbox import show_error

    closed = QWidget()
    qtbot.addWidget(closed)
    box = show_error(closed, NotFound("pengaduan 7 tidak ditemukan"))
    assert not box.isVisible() and open_question(closed) is None
    assert "pengaduan 7 tidak ditemukan" in caplog.text
    closed.show()
    shown = show_error(closed, NotFound("pengaduan 7 tidak ditemukan"))
    assert shown.isVisible()
    shown.close()
