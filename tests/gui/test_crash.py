"""An unforeseen error in a slot: logged, shown with its report, and the program goes on."""

from PySide6.QtWidgets import QMessageBox

from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.ui import crash
from pengaduan_desktop.ui.msgbox import show_error


def test_a_bug_is_shown_with_its_report_and_logged(qtbot, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(crash, "log_folder", lambda: tmp_path)
    try:
        raise ZeroDivisionError("bagi nol di tempat yang tak terduga")
    except ZeroDivisionError as exc:
        box = show_error(None, exc)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "Terjadi kesalahan program" in box.text() and str(tmp_path) in box.text()
    assert "ZeroDivisionError: bagi nol" in box.detailedText()


def test_a_known_problem_is_told_plainly(qtbot) -> None:
    box = show_error(None, NotFound("pengaduan ADU-2026-000009 tidak ditemukan"))
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "Pengaduan ADU-2026-000009 tidak ditemukan"
    assert box.detailedText() == ""


def test_work_finishing_after_its_window_closed_is_dropped(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from pengaduan_desktop.ui.tasks import run_task, tasks_running

    label = QLabel()
    errors: list[BaseException] = []
    run_task(lambda: "selesai", label.setText, errors.append)
    label.deleteLater()
    qtbot.wait(50)  # the label is gone before the result arrives
    qtbot.waitUntil(lambda: tasks_running() == 0)
    assert errors == []
