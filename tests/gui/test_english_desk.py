"""The intake desk, the case list (with its working views and bulk disposition) and the monthly
report read in English when the English translation is loaded, counts with the right plural;
pictures of each at both screen sizes (PENGADUAN_SCREENSHOTS=folder keeps them). Without the
translation the same window stays Indonesian (every other test)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from sqlalchemy import Engine

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui.case_model import NUMBER
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from pengaduan_desktop.ui.working_views import DisposeDialog
from tests.gui.conftest import open_window
from tests.gui.test_screens import SIZES, folder, off_screen
from tests.helpers import add_account, complaint, fill_office

TS = Path(__file__).parents[2] / "resources" / "i18n" / "pengaduan_en.ts"


def lrelease() -> str:
    """pyside6-lrelease of this environment (beside its python), else the one on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else "pyside6-lrelease"


@pytest.fixture
def english(qapp, tmp_path: Path) -> Iterator[QTranslator]:
    """The English translation, built from the committed Linguist source, installed for the
    test (before any widget is made) and removed after."""
    qm = tmp_path / "pengaduan_en.qm"
    subprocess.run([lrelease(), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def english_window(
    qtbot, english: QTranslator, engine: Engine, db_url: str, settings_dir: Path
) -> Iterator[MainWindow]:
    fill_office(engine)
    add_account(engine, "admin")
    add_account(engine, "pengelola")
    yield from open_window(qtbot, db_url, "pengelola")


def shoot(qtbot, window: MainWindow, tmp_path: Path, name: str) -> None:
    """The window at both sizes: every control on screen, and a picture of each."""
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        qtbot.waitUntil(lambda: tasks_running() == 0)
        assert off_screen(window) == [], name
        window.grab().save(str(folder(tmp_path) / f"en-{name}-{width}x{height}.png"))


def test_intake_tab_reads_in_english(qtbot, english_window: MainWindow, tmp_path: Path) -> None:
    window = english_window
    window.tabs.setCurrentWidget(window.intake)
    intake = window.intake
    assert intake.preview_button.text().replace("&", "") == "Preview"
    assert intake.ui.printButton.text().replace("&", "") == "Print…"
    assert intake.ui.saveButton.text().replace("&", "") == "Save"  # forms/intake.ui
    assert intake.ui.recentGroup.title() == "Recent complaints"
    assert intake.ui.resultLabel.text().startswith("Fill in the form")
    assert intake.paper.itemText(0) == "A4 paper"
    headers = [intake.recent.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(3)]
    assert headers == ["Number", "Complainant", "Due date"]
    shoot(qtbot, window, tmp_path, "intake")


def test_case_list_counts_in_english_singular_and_plural(
    qtbot, english_window: MainWindow, tmp_path: Path
) -> None:
    window, tab = english_window, english_window.cases
    window.tabs.setCurrentWidget(tab)
    register(window.engine, complaint())
    with qtbot.waitSignal(tab.loaded, timeout=60_000):
        tab.apply_filter()
    assert tab.count.text() == "1 complaint"
    register(window.engine, complaint(name="Budi Santoso"))
    with qtbot.waitSignal(tab.loaded, timeout=60_000):
        tab.apply_filter()
    assert tab.count.text() == "2 complaints"
    assert tab.model.headerData(NUMBER, Qt.Orientation.Horizontal, 0) == "Number"
    assert tab.status.itemText(0) == "All statuses"
    assert tab.overdue_button.text() == "Overdue"  # forms/case_filters.ui
    assert tab.views.combo.itemText(0) == "All complaints"
    assert tab.views.save_button.text() == "Save view…"
    assert tab.list_actions.list_button.text() == "Print/export list"
    shoot(qtbot, window, tmp_path, "cases")


def test_bulk_disposition_dialog_reads_in_english(
    qtbot, english_window: MainWindow, tmp_path: Path
) -> None:
    window = english_window
    window.tabs.setCurrentWidget(window.cases)
    dialog = DisposeDialog(window, window.engine, None, [1], ["ADU-2026-000001"], [("Bidang", 1)])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: tasks_running() == 0)
    assert dialog.windowTitle() == "Refer to a work unit (disposisi)"
    assert dialog.unit.itemText(0) == "— choose a unit —"
    assert dialog.ok.text() == "Refer"
    assert dialog.reply_days.suffix() == " working days"
    assert dialog.sizeHint().width() <= min(width for width, _h in SIZES)
    dialog.grab().save(str(folder(tmp_path) / "en-dispose-dialog.png"))


def test_report_tab_reads_in_english(qtbot, english_window: MainWindow, tmp_path: Path) -> None:
    window = english_window
    register(window.engine, complaint())
    report = window.report
    window.tabs.setCurrentWidget(report)
    qtbot.waitUntil(lambda: bool(report.pdf), timeout=120_000)
    assert report.preview_button.text() == "Preview"  # forms/report.ui
    assert report.ui.issueButton.text() == "Issue…"
    assert report.stale_button.text() == "Update"
    found = re.fullmatch(r"Preview: (\d+) pages?\.", report.status.text())
    assert found is not None, report.status.text()
    assert report.status.text().endswith(" page." if found[1] == "1" else " pages.")
    shoot(qtbot, window, tmp_path, "report")


def test_without_the_translation_the_desk_stays_indonesian(qtbot, window: MainWindow) -> None:
    assert window.intake.preview_button.text().replace("&", "") == "Pratinjau"
    assert window.cases.model.headerData(NUMBER, Qt.Orientation.Horizontal, 0) == "Nomor"
    assert window.cases.views.combo.itemText(0) == "Semua pengaduan"


def test_case_list_selection_views_and_progress_read_in_english(
    qtbot, english_window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QInputDialog, QPushButton

    from pengaduan_desktop.ui.file_dialogs import NameOnlyIconProvider
    from pengaduan_desktop.ui.list_progress import ListProgress

    window, tab = english_window, english_window.cases
    window.tabs.setCurrentWidget(tab)
    for name in ("Siti Aminah", "Budi Santoso"):
        register(window.engine, complaint(name=name))
    with qtbot.waitSignal(tab.loaded, timeout=60_000):
        tab.apply_filter()
    tab.table.selectAll()
    actions = tab.list_actions
    assert actions.selected_label.text() == "2 selected"
    assert actions.dispose_action.text() == "Refer to a unit…"
    shots = folder(tmp_path)
    qtbot.waitUntil(lambda: tab.count.width() >= tab.count.sizeHint().width())  # laid out
    window.grab().save(str(shots / "en-cases-selected.png"))

    tab.views.ask_name_and_save()
    asked = next(w for w in window.findChildren(QInputDialog) if w.isVisible())
    assert asked.windowTitle() == "Save view"
    assert asked.labelText() == "Name of the view (the same name replaces it):"
    asked.grab().save(str(shots / "en-save-view.png"))
    asked.reject()

    progress = ListProgress(actions, "Writing list.xlsx", 0)
    progress.tell(1)
    qtbot.waitUntil(lambda: progress.dialog.labelText() == "Writing list.xlsx: 1 row.")
    progress.tell(2_500)  # 2.500 or 2,500
    qtbot.waitUntil(
        lambda: bool(re.fullmatch(r"Writing list\.xlsx: 2.500 rows\.", progress.dialog.labelText()))
    )
    assert progress.dialog.findChildren(QPushButton)[0].text() == "Cancel"
    progress.dialog.grab().save(str(shots / "en-progress.png"))
    limited = ListProgress(actions, "Preparing the list for printing", 12_000, 5_000)
    assert re.fullmatch(
        r"Preparing the list for printing: 0 of 5.000 rows\.\nOnly the first 5.000 of 12.000 "
        r"rows are printed\. The whole list: Print/export list › Save list as PDF or Export "
        r"list to XLSX\.",
        limited.dialog.labelText(),
    )
    limited.dialog.grab().save(str(shots / "en-progress-limited.png"))
    progress.finish()
    limited.finish()

    icons = NameOnlyIconProvider()
    assert icons.type(QFileInfo(str(tmp_path))) == "Folder"
    assert icons.type(QFileInfo(str(tmp_path / "report.pdf"))) == "PDF file"


def test_unsaved_intake_offer_reads_in_english(
    qtbot, english_window: MainWindow, tmp_path: Path
) -> None:
    from datetime import UTC, datetime

    from pengaduan_desktop.ui.intake_draft import Draft

    box = english_window.intake.draft._offer(Draft({}, datetime(2026, 11, 20, 3, 0, tzinfo=UTC)))
    qtbot.waitExposed(box)
    assert box.windowTitle() == "Unsaved entry"
    assert box.text().startswith("There is an unsaved complaint entry from ")
    assert [b.text() for b in box.buttons()] == ["Restore", "Discard"]
    box.grab().save(str(folder(tmp_path) / "en-intake-draft.png"))
    box.done(0)
