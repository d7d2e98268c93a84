"""No screen touches the database on the GUI thread: every statement the window runs while its
tabs, the complaint page and the settings dialogs open, refresh and save is executed by a worker
(ui.tasks). A SQLAlchemy listener notes any statement run on the Qt main thread."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QThread
from sqlalchemy import Engine, event

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.conftest import act_as
from tests.helpers import complaint


@contextmanager
def gui_thread_statements(engine: Engine) -> Iterator[list[str]]:
    """The statements run on the GUI thread inside the block."""
    seen: list[str] = []

    def check(*_args: Any) -> None:
        if QThread.currentThread() is QCoreApplication.instance().thread():
            seen.append(str(_args[2]).split("\n")[0][:120])

    event.listen(engine, "before_cursor_execute", check)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", check)


def idle(qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=30_000)


def test_the_window_reads_and_writes_off_the_gui_thread(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    engine = window.engine
    assert engine is not None
    saved = register(engine, complaint())  # the test's own set-up, before watching
    with gui_thread_statements(engine) as seen:
        for tab in (window.cases, window.report, window.calendar, window.intake):
            window.tabs.setCurrentWidget(tab)
            idle(qtbot)
        page = window.open_complaint(saved.id)
        assert page is not None
        qtbot.waitUntil(lambda: page.detail is not None)
        idle(qtbot)
        ui = page.ui
        ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("verify"))
        qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
        idle(qtbot)
        assert page.detail.status == "diverifikasi"  # the page read itself again
        page.reject()
        intake = window.intake
        target = tmp_path / "tanda-bukti.pdf"
        intake.choose_file = lambda _parent, _suggested, accept: accept(target)
        intake.save_receipt_pdf(saved.tracking_number)  # checks the profile, writes, records
        qtbot.waitUntil(lambda: target.exists() and tasks_running() == 0)
        report = window.report
        window.tabs.setCurrentWidget(report)
        report.conclusions.setPlainText("Kesimpulan bulan ini.")
        report.save_draft()
        idle(qtbot)
    assert seen == []
    # The calendar and the settings are the administrator's (signing in reads, before watching).
    act_as(window, "admin")
    with gui_thread_statements(engine) as seen:
        calendar = window.calendar
        calendar.off_date.setDate(QDate(2026, 12, 7))
        calendar.off_reason.setText("SK Gubernur 9/2026")
        qtbot.mouseClick(calendar.off_button, Qt.MouseButton.LeftButton)
        idle(qtbot)
        assert "Kalender diperbarui" in calendar.status.text()
        for opened in (window.edit_profile(), window.edit_series(), window.edit_lists()):
            assert opened is not None
            idle(qtbot)
            opened.reject()
        idle(qtbot)
    assert seen == []


def test_searching_dragging_and_opening_from_the_list_read_off_the_gui_thread(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """Typing a search (a common word: walked, estimated, then counted; a rare one; a phone),
    dragging the scrollbar's thumb to any point and opening a complaint with a double click:
    every statement runs in a worker; the rows wait as placeholders meanwhile."""
    import random

    from PySide6.QtWidgets import QApplication

    from pengaduan_desktop.core import caselist
    from pengaduan_desktop.core.demo import generate

    engine = window.engine
    assert engine is not None
    monkeypatch.setattr(caselist, "FEW_LEAST", 0)  # "tidak" is many among 600
    generate(engine, 600, seed=5)
    wanted = register(engine, complaint(phone="0812-5678-9012")).tracking_number
    tab = window.cases
    window.tabs.setCurrentWidget(tab)
    idle(qtbot)
    with gui_thread_statements(engine) as seen:
        for typed in ("tidak", "gantung", "0812-5678-9012", "tidak"):
            tab.search.clear()
            with qtbot.waitSignal(tab.model.counted, timeout=20_000):
                qtbot.keyClicks(tab.search, typed)
            idle(qtbot)
        assert tab.model.rowCount() > 200 and tab.count.text().endswith(" pengaduan")
        bar = tab.table.verticalScrollBar()
        for value in [bar.maximum(), 0, *random.Random(4).sample(range(bar.maximum()), 12)]:
            bar.setSliderDown(True)  # the thumb held and dragged, as the mouse does
            bar.setSliderPosition(value)
            bar.setSliderDown(False)
            QApplication.processEvents()
        idle(qtbot)
        top = tab.table.rowAt(0)
        qtbot.waitUntil(lambda: tab.model.is_here(top), timeout=20_000)
        rect = tab.table.visualRect(tab.model.index(top, 0))
        with qtbot.waitSignal(tab.open_complaint, timeout=20_000) as opened:
            # What the window system sends for a double click: a click, then the double click.
            qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton,
                              pos=rect.center())  # fmt: skip
        page = window.open_complaint(opened.args[0])  # the page the double click opened
        assert page is not None
        qtbot.waitUntil(lambda: page.detail is not None, timeout=20_000)
        assert page.detail.tracking_number == tab.model.data(tab.model.index(top, 0))
        page.reject()
        idle(qtbot)
        tab.search.clear()
        qtbot.keyClicks(tab.search, "0812-5678-9012")
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.is_here(0))
        idle(qtbot)
    assert seen == []
    assert tab.model.data(tab.model.index(0, 0)) == wanted
