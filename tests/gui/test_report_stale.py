"""The report tab keeps the report it shows when data changes elsewhere, says so, and renders
again only when the officer asks; the month's figures show before its pages are laid out."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from pengaduan_desktop.core.clock import now_local
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.ui.live_desk import OTHER_DESK
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.operations import announce, changed
from tests.gui.test_report_tab import october_shown, wait_idle
from tests.helpers import complaint


def test_a_change_at_another_desk_shows_a_note_and_perbarui_renders(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # fmt: skip
    tab = october_shown(qtbot, window, tmp_path)
    shown, generation = tab.pdf, tab._generation
    assert shown and tab.stale.isHidden() and "Pratinjau" in tab.status.text()
    announce(changed(complaint_list=True), OTHER_DESK)  # rows changed unnamed: an import
    assert tab._generation == generation and tab.bar.isHidden()  # no render started
    assert tab.pdf is shown and tab.pages.count() > 0
    assert not tab.stale.isHidden()
    assert "Data telah berubah sejak laporan ini dibuat." in tab.stale.findChildren(
        type(tab.status))[0].text()  # fmt: skip
    window.grab().save(str(tmp_path / "stale.png"))
    qtbot.mouseClick(tab.stale_button, Qt.MouseButton.LeftButton)
    assert tab._generation == generation + 1 and tab.stale.isHidden()
    wait_idle(qtbot)
    assert tab.pdf and tab.pdf is not shown and "Pratinjau" in tab.status.text()


def test_only_a_change_the_month_reads_marks_its_report(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # fmt: skip
    """A complaint received today, after October, is in none of October's figures: another
    desk registering it leaves October's report unmarked; a change to an October complaint
    marks it."""
    tab = october_shown(qtbot, window, tmp_path)
    assert tab.pdf and tab.stale.isHidden()
    new = register(window.engine, complaint(summary="Pengaduan hari ini", received_at=now_local()))
    announce(changed(complaints=frozenset({new.id})), OTHER_DESK)
    wait_idle(qtbot)
    assert tab.stale.isHidden()
    with reading(window.engine) as session:
        october = session.scalars(select(Complaint.id).order_by(Complaint.id)).first()
    assert october is not None and october != new.id
    announce(changed(complaints=frozenset({october})), OTHER_DESK)
    qtbot.waitUntil(lambda: not tab.stale.isHidden(), timeout=30_000)


def test_the_figures_show_before_the_pages_are_laid_out(qtbot, window: MainWindow,
                                                       tmp_path: Path) -> None:  # fmt: skip
    tab = october_shown(qtbot, window, tmp_path)
    tab.month.setCurrentIndex(tab.month.findData("2026-09"))  # another month's figures
    wait_idle(qtbot)
    assert tab.figure_labels["received"].text() != "6"
    release = threading.Event()
    # The worker's first page of progress waits here: the PDF is not done until released.
    tab.progress.connect(lambda _p: release.wait(30), Qt.ConnectionType.DirectConnection)
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    try:
        qtbot.waitUntil(lambda: tab.figure_labels["received"].text() == "6", timeout=30_000)
        assert tab.pdf == b"" and not tab.bar.isHidden()  # the PDF is still being laid out
        assert "siap" in tab.status.text()
    finally:
        release.set()
    wait_idle(qtbot)
    assert tab.pdf and "Pratinjau" in tab.status.text()
