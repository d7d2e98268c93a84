"""Pengaturan > Alasan penolakan: the editable list the reject form offers."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from pengaduan_desktop.core.rejection import RejectionKind, reasons
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not tasks_running())


def test_add_reword_and_retire_a_reason(qtbot, admin_window: MainWindow, tmp_path: Path) -> None:
    window = admin_window  # the settings and the trail are the administrator's
    dialog = window.edit_reasons()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    wait_idle(qtbot)  # the reasons are read off the GUI thread
    assert dialog.list.count() == 4 and dialog.text.text() == "Bukan kewenangan BKAD"
    assert dialog.detail.text() == "Saat menolak, petugas wajib mengisi: instansi tujuan penerusan."
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.text, "Bukan kewenangan BKAD")  # the same words: refused
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.message.text() == "Alasan “Bukan kewenangan BKAD” sudah ada"
    dialog.text.setText("Pengadu tidak dapat dihubungi untuk klarifikasi")
    dialog.kind.setCurrentIndex(dialog.kind.findData(RejectionKind.TIDAK_LENGKAP.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.message.text() == "✓ Alasan tersimpan."
    added = reasons(window.engine)[-1]
    assert (added.text, added.kind) == (
        "Pengadu tidak dapat dihubungi untuk klarifikasi",
        RejectionKind.TIDAK_LENGKAP,
    )
    dialog.list.setCurrentRow(3)  # Sedang dalam proses peradilan: no longer offered
    dialog.active.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    offered = [r.text for r in reasons(window.engine)]
    assert "Sedang dalam proses peradilan" not in offered and len(offered) == 4
    assert dialog.list.item(3).text() == "Sedang dalam proses peradilan (tidak ditawarkan)"
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(folder / "rejection-reasons.png"))
    dialog.text.clear()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # Enter saves (and here is refused)
    wait_idle(qtbot)
    assert dialog.message.text() == "Alasan penolakan wajib diisi" and dialog.isVisible()
    dialog.reject()
