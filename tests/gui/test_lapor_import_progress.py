"""Berkas › Impor dari SP4N-LAPOR!… on a file of thousands of reports: a progress dialog counts
the rows checked, then the complaints written, off the GUI thread; "Batal" before the writing
stops it with nothing saved; the end message writes its counts the window's way (1.200, or
1,200 in English)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from shiboken6 import isValid
from sqlalchemy import func, select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.ui.lapor_progress import LaporProgress
from pengaduan_desktop.ui.main_window import MainWindow

HEADER = "ID Tracking;Tanggal Laporan;Judul Laporan;Isi Laporan;Nama Pelapor;Status"


def reports(path: Path, count: int) -> Path:
    rows = [f"LPR-{i};{1 + i % 28:02d}/05/2026 09:00;Laporan {i};Isi;Pelapor {i};Proses"
            for i in range(count)]  # fmt: skip
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def complaints(window: MainWindow) -> int:
    with reading(window.engine) as session:
        return session.scalar(select(func.count()).select_from(Complaint)) or 0


def start(window: MainWindow, path: Path) -> tuple[LaporProgress, list[tuple[str, int, int]]]:
    """Choose the file in the import's dialog; return the progress and what it was told."""
    dialog = window.import_lapor()
    dialog.fileSelected.emit(str(path))
    dialog.close()
    progress = window.findChildren(LaporProgress)[-1]
    told: list[tuple[str, int, int]] = []
    progress.told.connect(lambda *said: told.append(said))
    return progress, told


def finished_box(qtbot, window: MainWindow) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QMessageBox)),
                    timeout=120_000)  # fmt: skip
    return next(w for w in window.findChildren(QMessageBox) if w.isVisible())


def shot(widget, name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(folder / name))


def test_progress_then_counts_the_indonesian_way(qtbot, window: MainWindow, tmp_path: Path) -> None:
    progress, told = start(window, reports(tmp_path / "lapor.csv", 2400))
    dialog = progress.dialog
    assert isinstance(dialog, QProgressDialog) and dialog.isVisible()
    assert not window.lapor_action.isEnabled()  # one import at a time
    qtbot.waitUntil(lambda: "Memeriksa baris" in dialog.labelText(), timeout=120_000)
    assert [b.text() for b in dialog.findChildren(QPushButton)] == ["Batal"]
    shot(dialog, "lapor-import-checking.png", tmp_path)
    qtbot.waitUntil(lambda: any(step == "write" for step, _d, _t in told), timeout=120_000)
    # Once the writing has begun the dialog offers no "Batal": the transaction runs to its end.
    if isValid(dialog):
        assert not dialog.findChildren(QPushButton)
        shot(dialog, "lapor-import-writing.png", tmp_path)
    box = finished_box(qtbot, window)
    assert box.text() == "2.400 pengaduan baru, 0 diperbarui, 0 tanpa perubahan."
    assert not (isValid(dialog) and dialog.isVisible()) and window.lapor_action.isEnabled()
    checked = [done for step, done, total in told if step == "check" and total == 2400]
    written = [done for step, done, total in told if step == "write"]
    assert checked and checked[-1] == 2400 and written[-1] == 2400
    assert complaints(window) == 2400
    box.close()


def test_cancel_before_writing_saves_nothing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    before = complaints(window)
    progress, told = start(window, reports(tmp_path / "besar.csv", 12_000))
    qtbot.waitUntil(lambda: any(step == "check" for step, _d, _t in told), timeout=60_000)
    assert "Memeriksa baris" in progress.dialog.labelText()
    cancel = next(b for b in progress.dialog.findChildren(QPushButton) if b.isVisible())
    assert cancel.text() == "Batal"
    cancel.click()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: bar.currentMessage() == "Impor dibatalkan; tidak ada yang disimpan.",
                    timeout=60_000)  # fmt: skip
    assert not any(step == "write" for step, _d, _t in told)
    assert window.lapor_action.isEnabled()
    assert complaints(window) == before
    assert not any(w.isVisible() for w in window.findChildren(QMessageBox))


def test_english_counts(qtbot, english, window: MainWindow, tmp_path: Path) -> None:
    progress, told = start(window, reports(tmp_path / "lapor.csv", 1200))
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    assert progress.dialog.windowTitle() == "Import from SP4N-LAPOR!"
    if isValid(progress.dialog) and progress.dialog.isVisible():
        assert progress.dialog.labelText().startswith(("Checking row", "Saving"))
        shot(progress.dialog, "lapor-import-english.png", tmp_path)
    box = finished_box(qtbot, window)
    assert box.text() == "New complaints: 1,200; updated: 0; unchanged: 0."
    box.close()
