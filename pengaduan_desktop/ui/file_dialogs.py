"""File dialogs that never open the files they list.

Qt's file dialog asks its icon provider for each file's icon and type, and the default
provider reads a file's first bytes when its name does not tell its type (`pengaduan.db`,
`pengaduan.db-wal`, `pengaduan.db-shm`). Opening and closing a file releases every POSIX lock
this process holds on it, SQLite's included: another program that then opens the database
believes it is alone, checkpoints and deletes the write-ahead log the window is still writing,
and those writes are lost. This provider answers from the name alone."""

from __future__ import annotations

from PySide6.QtCore import QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and types from the name and kind of entry, never from the contents."""

    def icon(self, what: object) -> QIcon:  # type: ignore[override]
        style = QApplication.style()
        if isinstance(what, QFileInfo):
            folder = what.isDir()
        else:
            folder = what == QAbstractFileIconProvider.IconType.Folder
        pixmap = QStyle.StandardPixmap.SP_DirIcon if folder else QStyle.StandardPixmap.SP_FileIcon
        return style.standardIcon(pixmap)

    def type(self, info: QFileInfo) -> str:  # type: ignore[override]
        if info.isDir():
            return "Folder"
        suffix = info.suffix().upper()
        return f"Berkas {suffix}" if suffix else "Berkas"


def name_only_icons(dialog: QFileDialog) -> QFileDialog:
    """Give the dialog the provider that never reads a file (kept alive by the dialog)."""
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog._name_only_icons = provider  # type: ignore[attr-defined]  # Qt does not own it
    return dialog
