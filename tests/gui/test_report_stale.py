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
from tests.other_desk import other_desk
from tests.unit.test_importer import GOOD, write_csv


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


def test_another_desks_import_marks_only_the_months_it_concerns(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # fmt: skip
    """`pengaduan import` at another desk (a separate program): a complaint received today
    leaves October's report unmarked; one received in October marks it."""
    tab = october_shown(qtbot, window, tmp_path)
    assert tab.pdf and tab.stale.isHidden()
    url = str(window.engine.url.render_as_string(hide_password=False))
    today = now_local().replace(microsecond=0).isoformat()
    with qtbot.waitSignal(window.live.changes_seen, timeout=30_000) as seen:
        other_desk(url, "import", write_csv(tmp_path / "today.csv", [GOOD | {
            "received_at": today, "summary": "Impor hari ini"}]))  # fmt: skip
    assert seen.args[0].complaints  # named: the report can tell
    wait_idle(qtbot)
    assert tab.stale.isHidden()
    other_desk(url, "import", write_csv(tmp_path / "october.csv", [GOOD | {
        "received_at": "2026-10-20T09:00:00+07:00", "summary": "Impor Oktober"}]))  # fmt: skip
    qtbot.waitUntil(lambda: not tab.stale.isHidden(), timeout=30_000)


def test_a_report_issued_at_another_desk_moves_the_due_note(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # fmt: skip
    """The officer's report: after another desk issued October, this desk still said October
    was owed. The status bar's note follows the reports issued anywhere."""
    from pengaduan_desktop.core.monthly import Month
    from pengaduan_desktop.services.monthly_report import issue

    october_shown(qtbot, window, tmp_path)
    assert "Oktober 2026" in window.due_banner.text()
    issue(window.engine, Month(2026, 10), "Kesimpulan meja lain.", "Rekomendasi.", None)
    announce(changed(reports=True), OTHER_DESK)  # as the desk watch tells it
    qtbot.waitUntil(lambda: "November 2026" in window.due_banner.text(), timeout=30_000)


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
