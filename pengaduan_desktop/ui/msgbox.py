"""Message boxes that never block: shown with open(), so tests and the event loop go on."""

from __future__ import annotations

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
