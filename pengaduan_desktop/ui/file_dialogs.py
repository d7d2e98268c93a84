"""File dialogs that never open the files they list.

Qt's file dialog asks its icon provider for each file's icon and type, and the default
provider reads a file's first bytes when its name does not tell its type (`pengaduan.db`,
`pengaduan.db-wal`, `pengaduan.db-shm`). Opening and closing a file releases every POSIX lock
this process holds on it, SQLite's included: another program that then opens the database
believes it is alone, checkpoints and deletes the write-ahead log the window is still writing,
and those writes are lost. This provider answers from the name alone."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QFileInfo, QSettings, QStandardPaths
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
            return QCoreApplication.translate("NameOnlyIconProvider", "Folder")
        suffix = info.suffix().upper()
        if suffix:
            return QCoreApplication.translate("NameOnlyIconProvider", "Berkas {suffix}").format(
                suffix=suffix
            )
        return QCoreApplication.translate("NameOnlyIconProvider", "Berkas")


def say_file_dialog_words(dialog: QFileDialog, name_label: str, accept: str) -> None:
    """Qt's own words of a file dialog, which its Indonesian catalogue lacks, said in the
    window's language: the caller's label of the name field and of the accept button
    (translated by the caller), and the same type, cancel and look-in words everywhere."""
    words = (
        (QFileDialog.DialogLabel.FileName, name_label),
        (QFileDialog.DialogLabel.Accept, accept),
        (QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialogs", "Jenis:")),
        (QFileDialog.DialogLabel.Reject, QCoreApplication.translate("FileDialogs", "Batal")),
        (QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialogs", "Lihat di:")),
    )
    for which, text in words:
        dialog.setLabelText(which, text)


LAST_FOLDER = "dialogs/last_folder"  # the desk's setting: where the last file was chosen


def name_only_icons(dialog: QFileDialog) -> QFileDialog:
    """Give the dialog the provider that never reads a file (kept alive by the dialog), and
    start it in the folder the officer last chose a file in at this desk, else in their
    documents, rather than the folder the program was started from."""
    provider = NameOnlyIconProvider()
    dialog.setIconProvider(provider)
    dialog._name_only_icons = provider  # type: ignore[attr-defined]  # Qt does not own it
    if dialog.directory().absolutePath() == QDir.currentPath():
        dialog.setDirectory(str(start_folder()))  # a suggested file name is kept
    dialog.accepted.connect(lambda: _remember(dialog))
    return dialog


def start_folder() -> Path:
    """Where the next file dialog opens: the folder of the last file (or the last folder)
    chosen at this desk, while it exists; else the officer's documents."""
    last = QSettings().value(LAST_FOLDER, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def _remember(dialog: QFileDialog) -> None:
    """The folder of what was chosen: a name typed in full counts, not only the folder the
    dialog was showing."""
    chosen = dialog.selectedFiles()
    if not chosen:
        return
    path = Path(chosen[0])
    folder = path if dialog.fileMode() == QFileDialog.FileMode.Directory else path.parent
    if folder.is_dir():
        QSettings().setValue(LAST_FOLDER, str(folder))


def documents_folder() -> Path:
    """The officer's documents folder, or their home folder when there is none. (Qt itself
    goes back to the folder last visited in the session when none is given.)"""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()
