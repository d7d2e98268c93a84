"""Message boxes that never block: shown with open(), so tests and the event loop go on."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def show_message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    details: str = "",
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> QDialog:
    """Tell the user what they can act on; report anything else as a bug, with details. A
    damaged database file found while the window works: the start-up's dialog, with
    "Pulihkan dari cadangan…" (MainWindow.database_damaged)."""
    from pengaduan_desktop.core.errors import user_message
    from pengaduan_desktop.ui.language import current, say

    if parent is not None and not parent.window().isVisible():
        # The window was closed while its work still ran (a late page read, a timer's task):
        # nobody can answer a box now, and a box with no window would cover the next one.
        logging.getLogger(__name__).warning("after the window closed: %r", exc)
        return QMessageBox(QMessageBox.Icon.Warning, "", say(exc))
    damage = damage_dialog(parent, exc)
    if damage is not None:
        return damage

    known = user_message(exc, current())
    if known is not None:
        return show_message(parent, QCoreApplication.translate("msgbox", "Tidak berhasil"),
                            known[:1].upper() + known[1:], QMessageBox.Icon.Warning)  # fmt: skip
    from pengaduan_desktop.ui.crash import show_bug

    return show_bug(parent, exc)


def damage_dialog(parent: QWidget | None, exc: BaseException) -> QDialog | None:
    """The main window's unusable-database dialog when `exc` is a damaged database file."""
    from pengaduan_desktop.core.db import DatabaseDamaged
    from pengaduan_desktop.core.db_health import is_damage
    from pengaduan_desktop.ui.main_window import MainWindow

    if not (isinstance(exc, DatabaseDamaged) or is_damage(exc)):
        return None
    widget = parent
    while widget is not None and not isinstance(widget, MainWindow):
        widget = widget.parentWidget()
    return widget.database_damaged(exc) if widget is not None else None


def ask(
    parent: QWidget | None, title: str, text: str, yes: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """A question with a named Yes button and Batal; on_yes runs only when the officer agrees."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    agree = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("msgbox", "Batal"))  # fmt: skip
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _r: on_yes() if box.clickedButton() is agree else None)
    box.open()
    return box
