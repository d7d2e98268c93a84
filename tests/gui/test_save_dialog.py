"""The real save dialog, as the officer types in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.pdf_output import choose_pdf_file

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_a_folder_name_opens_the_folder_and_a_bare_name_gets_its_suffix(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "arsip").mkdir()
    chosen: list[Path] = []
    choose_pdf_file(window, str(tmp_path / "Tanda-Bukti.pdf"), chosen.append)
    dialog = window.findChild(QFileDialog)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setText("arsip")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Path(dialog.directory().absolutePath()) == tmp_path / "arsip")
    assert chosen == [] and dialog.isVisible()  # the folder opened; nothing was saved
    name.setText("bukti-siti")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(chosen))
    assert chosen == [tmp_path / "arsip" / "bukti-siti.pdf"]
