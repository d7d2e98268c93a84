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


def _boxes() -> list[QMessageBox]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
            and w.isVisible()]  # fmt: skip


def test_a_bug_in_a_task_reaches_the_crash_dialog_and_the_log(qtbot, window, tmp_path,
                                                             monkeypatch) -> None:  # fmt: skip
    """A deliberate bug in the work of a real tab: the officer sees "Kesalahan program" with
    the report, and the traceback is in the log file."""
    from pengaduan_desktop.core import reports
    from pengaduan_desktop.ui.tasks import tasks_running

    monkeypatch.setattr(crash, "log_folder", lambda: tmp_path)

    def broken(engine):  # type: ignore[no-untyped-def]
        return {"laporan": 1}["tidak ada"]  # a KeyError nobody foresaw

    monkeypatch.setattr(reports, "issued_reports", broken)
    window.report.refresh_issued()
    qtbot.waitUntil(lambda: tasks_running() == 0 and bool(_boxes()))
    box = _boxes()[-1]
    assert box.windowTitle() == "Kesalahan program" and box.icon() == QMessageBox.Icon.Critical
    assert "KeyError: 'tidak ada'" in box.detailedText() and "in broken" in box.detailedText()
    logged = (tmp_path / "pengaduan.log").read_text(encoding="utf-8")
    assert "kesalahan program" in logged and "KeyError: 'tidak ada'" in logged
    assert "in broken" in logged  # with its traceback
    box.close()


def test_a_user_error_in_a_task_is_told_in_indonesian(qtbot, window, tmp_path,
                                                     monkeypatch) -> None:  # fmt: skip
    """Issuing the month that is still running (the clock reads 29 November 2026): core
    refuses, and the officer reads why; nothing is logged as a bug."""
    from PySide6.QtCore import Qt

    from pengaduan_desktop.ui.tasks import tasks_running

    monkeypatch.setattr(crash, "log_folder", lambda: tmp_path)
    tab = window.report
    window.tabs.setCurrentWidget(tab)
    assert tab.month.itemData(0) == "2026-11"  # the picker starts at the clock's month
    tab.month.setCurrentIndex(0)
    qtbot.waitUntil(lambda: tasks_running() == 0)
    tab.conclusions.setPlainText("Kesimpulan.")
    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tasks_running() == 0 and bool(_boxes()))
    box = _boxes()[-1]
    assert box.icon() == QMessageBox.Icon.Warning and box.detailedText() == ""
    assert box.text() == ("Laporan November 2026 baru dapat diterbitkan setelah bulan itu berakhir")
    assert not (tmp_path / "pengaduan.log").exists()
    box.close()
