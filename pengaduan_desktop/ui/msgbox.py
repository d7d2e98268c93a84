"""Message boxes that never block: shown with open(), so tests and the event loop go on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


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


def show_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Tell the user what they can act on; report anything else as a bug, with details."""
    from pengaduan_desktop.core.errors import user_message

    known = user_message(exc)
    if known is not None:
        return show_message(parent, parent.tr("Tidak berhasil") if parent else "Tidak berhasil",
                            known[:1].upper() + known[1:], QMessageBox.Icon.Warning)  # fmt: skip
    from pengaduan_desktop.ui.crash import show_bug

    return show_bug(parent, exc)


def ask(
    parent: QWidget | None, title: str, text: str, yes: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """A question with a named Yes button and Batal; on_yes runs only when the officer agrees."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    agree = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel).setText("Batal")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda _r: on_yes() if box.clickedButton() is agree else None)
    box.open()
    return box
