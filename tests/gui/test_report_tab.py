"""The monthly report tab, as the officer uses it on the 10th of the month."""

from __future__ import annotations

import json
import os
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from pengaduan_desktop.core.importer import import_file
from pengaduan_desktop.core.reports import issued_pdf, issued_reports
from pengaduan_desktop.core.vocabulary import Role
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.report_tab import ReportTab
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.conftest import act_as
from tests.gui.questions import answer, open_question
from tests.helpers import fill_office, pdf_text
from tests.unit.test_monthly_report import BASE, KNOWN


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=30_000)


def october_shown(qtbot, window: MainWindow, tmp_path: Path) -> ReportTab:
    """The known October complaints imported, the office filled in, and the report tab showing
    October 2026."""
    source = tmp_path / "known.json"
    source.write_text(json.dumps([BASE | row for row in KNOWN]))
    import_file(window.engine, source)
    fill_office(window.engine)
    tab = window.report
    window.tabs.setCurrentWidget(tab)
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    wait_idle(qtbot)
    return tab


def test_figures_preview_issue_reopen_save_and_export(qtbot, window: MainWindow,
                                                      tmp_path: Path) -> None:  # fmt: skip
    tab = october_shown(qtbot, window, tmp_path)
    assert tab.figure_labels["received"].text() == "6"
    assert tab.figure_labels["rate"].text() == "40,0%"
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert tab.pages.count() >= 3 and "Pratinjau" in tab.status.text()
    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)  # the office profile is checked off the GUI thread first
    assert "Tulis kesimpulan" in tab.status.text()
    offered: list[str] = []
    tab.choose_file = lambda parent, suggested, accept: offered.append(suggested)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert offered == ["Laporan-Pengaduan-2026-10-DRAF.pdf"]  # never the issued one's name
    tab.conclusions.setPlainText("Pengaduan ditangani tepat waktu.")
    tab.recommendations.setPlainText("Tambah satu petugas meja.")
    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: open_question(tab) is not None)
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    open_question(tab).grab().save(str(folder / "report-issue-question.png"))
    assert "nomor surat 000.8.3.4/1/BKAD-RENJA/XI/2026?" in answer(tab, agree=False)  # Batal
    wait_idle(qtbot)
    assert tab.issued_table.rowCount() == 0 and issued_reports(window.engine) == []
    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: open_question(tab) is not None)
    answer(tab, agree=True)
    wait_idle(qtbot)
    assert "000.8.3.4/1/BKAD-RENJA/XI/2026" in tab.status.text()
    assert tab.issued_table.rowCount() == 1
    # The status bar follows: October is no longer owed (read again on the report's change).
    qtbot.waitUntil(lambda: "November 2026" in window.due_banner.text())
    frozen = issued_pdf(window.engine, tab.reports[0].id)
    assert tab.pdf == frozen and "Pengaduan ditangani tepat waktu." in pdf_text(frozen)
    tab.month.setCurrentIndex(tab.month.findData("2026-11"))
    wait_idle(qtbot)
    tab.issued_table.selectRow(0)
    qtbot.mouseClick(tab.open_issued, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert tab.pdf == frozen and "persis seperti diterbitkan" in tab.status.text()
    saved = tmp_path / "laporan.pdf"
    tab.choose_file = lambda parent, suggested, accept: (offered.append(suggested),
                                                         accept(saved))  # fmt: skip
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(saved.exists, timeout=20_000)
    wait_idle(qtbot)
    assert saved.read_bytes() == frozen
    # October's issued report, opened while November is chosen, offers October's name.
    assert offered[-1] == "Laporan-Pengaduan-2026-10.pdf"
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    wait_idle(qtbot)
    xlsx = tmp_path / "oktober.xlsx"
    tab.choose_file = lambda parent, suggested, accept: accept(xlsx)
    qtbot.mouseClick(tab.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(xlsx.exists, timeout=20_000)
    wait_idle(qtbot)
    assert load_workbook(xlsx)["Pengaduan"].max_row == 8


def test_the_window_says_when_the_report_is_due(qtbot, window: MainWindow) -> None:
    text = window.due_banner.toolTip()  # the whole sentence; the bar says it short
    assert window.due_banner.text().startswith("Laporan ")
    assert text.startswith("Laporan bulan ") and ("jatuh tempo" in text or "TERLAMBAT" in text)
    act_as(window, Role.ADMIN)  # cannot read or issue the report: not told it is late
    window.refresh_report_due()
    wait_idle(qtbot)
    assert window.due_banner.text() == "" and window.due_banner.isHidden()
    act_as(window, Role.KEPALA)  # reads the report
    window.refresh_report_due()
    wait_idle(qtbot)
    assert window.due_banner.toolTip().startswith("Laporan bulan ")
    assert not window.due_banner.isHidden()


def test_the_bar_moves_without_a_figure_until_the_work_reports(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    tab = october_shown(qtbot, window, tmp_path)
    seen: list[tuple[int, int]] = []  # (maximum, value) each time the bar is set
    tab.bar.valueChanged.connect(lambda value: seen.append((tab.bar.maximum(), value)))
    qtbot.mouseClick(tab.preview_button, Qt.MouseButton.LeftButton)
    assert tab.bar.isVisible() and tab.bar.maximum() == 0  # busy, before any part reports
    wait_idle(qtbot)
    assert "Pratinjau" in tab.status.text() and not tab.bar.isVisible()
    assert tab.bar.maximum() == ReportTab.BAR_MAXIMUM
    assert any(maximum == ReportTab.BAR_MAXIMUM and value > 0 for maximum, value in seen)
