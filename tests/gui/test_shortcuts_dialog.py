"""Bantuan → Pintasan papan ketik: F1 (or Alt+N, P) opens the table of shortcuts, in either
language."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.shortcuts_dialog import ShortcutsDialog
from tests.gui.test_keyboard_intake import focused, press
from tests.gui.test_translations import indonesian_left


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_f1_shows_the_shortcuts_and_esc_closes_them(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None)
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Pintasan papan ketik"
    texts = dialog.texts()
    for keys in ("Ctrl+F", "Ctrl+N", "Alt+1, Alt+2, Alt+3, Alt+4", "F1"):
        assert keys in texts
    assert "Kotak pencarian daftar pengaduan" in texts
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and focused().window() is dialog)  # fmt: skip
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_help_menu_offers_it_with_a_mnemonic(qtbot, window: MainWindow) -> None:
    action = window.shortcuts_action
    assert action.text() == "&Pintasan papan ketik"
    assert action.shortcut().toString() == "F1"
    menu_titles = [a.text() for a in window.menuBar().actions()]
    assert "Ba&ntuan" in menu_titles
    help_menu = window.menuBar().actions()[menu_titles.index("Ba&ntuan")].menu()
    assert action in help_menu.actions()
    action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()


@pytest.mark.usefixtures("english")
def test_the_shortcuts_read_english(qtbot) -> None:
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    texts = dialog.texts()
    assert "The complaint list's search box" in texts and "Ctrl+F" in texts
    shown = [("shortcuts", text) for text in texts]
    assert indonesian_left(shown) == []
    dialog.resize(1024 - 40, 700)
    dialog.grab().save(str(Path(os.environ.get("SHOTS", tempfile.gettempdir())) / "keys-en.png"))
