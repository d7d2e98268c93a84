"""Every control a keyboard reaches has an accessible name, in the main window of each role and
in every dialog the window opens: named by ui.accessible as the focus enters the window, never
by the test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui.accessible import focusable, inner_part, plain
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.test_complaint_page import open_page
from tests.helpers import complaint


def unnamed(root: QWidget) -> list[str]:
    """The controls under root (shown or not) a screen reader would read without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not focusable(widget) or inner_part(widget) or widget.window() is not root:
            continue
        spoken = QAccessible.queryAccessibleInterface(widget)
        said = spoken.text(QAccessible.Text.Name) if spoken is not None else ""
        if not widget.accessibleName() or not said:
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def named(qtbot, root: QWidget, moved: bool = False) -> None:
    """Wait for the focus to have entered root (its controls are named then); `moved`: then
    Tab once, as the officer moves on once the dialog has read its rows. Fail naming what has
    no name."""
    root.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is root)  # fmt: skip
    if moved:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    missing = unnamed(root)
    assert missing == [], (root.windowTitle(), missing)


def open_dialogs(qtbot, window: MainWindow) -> list[QDialog]:
    """Each dialog of the Pengaturan and Akun menus the role sees, and the backups."""
    opened = []
    actions = [a for _m in (window.settings_menu, window.account_menu)
               for a in _m.actions() if a.isVisible() and a.text()]  # fmt: skip
    actions += [a for a in (window.backup_action, window.about_action) if a.isVisible()]
    for action in actions:
        if "unci" in action.text() or "eluar" in action.text():
            continue  # the lock screen and signing out are the sign-in dialog, seen apart
        before = set(window.findChildren(QDialog))
        action.trigger()
        qtbot.waitUntil(lambda b=before: any(d.isVisible() for d in
                                              set(window.findChildren(QDialog)) - b))  # fmt: skip
        dialog = next(d for d in set(window.findChildren(QDialog)) - before if d.isVisible())
        qtbot.waitUntil(lambda: tasks_running() == 0)
        opened.append(dialog)
        named(qtbot, dialog, moved=True)
        dialog.reject()
    return opened


def test_the_main_window_and_its_dialogs_name_every_control(qtbot, admin_window) -> None:
    window = admin_window
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    named(qtbot, window)
    dialogs = open_dialogs(qtbot, window)
    assert len(dialogs) >= 9


@pytest.mark.parametrize("role", ["pengelola", "petugas", "kepala", "unit"])
def test_each_role_sees_named_controls(qtbot, window: MainWindow, window_as, role: str) -> None:
    register(window.engine, complaint())
    shown = window if role == "pengelola" else window_as(role)
    named(qtbot, shown)
    open_dialogs(qtbot, shown)
    if shown.cases.isEnabled() and role != "unit":
        page = open_page(qtbot, shown, 1)
        named(qtbot, page)


def test_the_sign_in_dialog_names_its_fields(qtbot, window: MainWindow) -> None:
    dialog = window.lock()
    assert dialog is not None
    named(qtbot, dialog)
    assert plain("&Nama pengguna *:") == "Nama pengguna"
