"""Berkas › Cadangan…: the backups of this database (the automatic daily copies and those made
here), "Buat cadangan sekarang", and "Pulihkan…" from a listed copy or any backup file.

Everything that reads or writes a file or the database runs off the GUI thread
(ui.tasks.run_task); a restore shows its progress and, once done, the window opens the database
again (the accounts may differ: everyone signs in again). Only the administrator sees the menu
item (Permission.BACKUP)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.ui.file_dialogs import name_only_icons
from pengaduan_desktop.ui.msgbox import ask, show_error, show_message
from pengaduan_desktop.ui.row_choice import choose_row
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from pengaduan_desktop.core.backup import Manifest
    from pengaduan_desktop.core.backup_rotation import Copy

COLUMNS = (
    QT_TRANSLATE_NOOP("BackupDialog", "Tanggal dibuat"),
    QT_TRANSLATE_NOOP("BackupDialog", "Ukuran"),
    QT_TRANSLATE_NOOP("BackupDialog", "Revisi"),
    QT_TRANSLATE_NOOP("BackupDialog", "Pengaduan"),
    QT_TRANSLATE_NOOP("BackupDialog", "Keterangan"),
)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"


def made_text(made: str) -> str:
    """ "2026-11-29T03:00:00Z" -> "29 November 2026 10.00 WIB" (local time)."""
    from datetime import datetime

    from pengaduan_desktop.core.indonesian import long_date
    from pengaduan_desktop.core.timeutil import to_local

    if not made:
        return "-"
    moment = to_local(datetime.fromisoformat(made.replace("Z", "+00:00")))
    return f"{long_date(moment.date())} {moment:%H.%M} WIB"


class _Relay(QObject):
    """Carries a worker's progress to the GUI thread (queued to a QObject's method)."""

    moved = Signal(int, int)


class RestoreRun(QObject):
    """One restore: the officer confirms what will be replaced, the work runs off the GUI
    thread with a progress dialog, then `finished` (the manifest) or the error is shown."""

    finished = Signal(object)

    def __init__(self, parent: QWidget, source: Path, url: str, officer_id: int | None,
                 replace: bool, before: Callable[[], None] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.parent_widget = parent
        self.source, self.url, self.officer_id, self.replace = source, url, officer_id, replace
        self.before = before
        self.progress: QProgressDialog | None = None
        self.relay = _Relay(self)
        self.relay.moved.connect(self._moved)

    def confirm(self, copy: Copy, shown_target: str, own: str) -> QDialog:
        """`own`: the address of the database whose copies these are (a copy of another one
        is said first)."""
        what = self.tr("cadangan {made} (%n pengaduan, {size})", "", copy.complaints).format(
            made=made_text(copy.made), size=size_text(copy.size)
        )
        if self.replace:
            text = self.tr(
                "Seluruh isi basis data {target} akan diganti dengan {what}.\n\n"
                "Semua yang dicatat sesudah cadangan itu dibuat akan hilang, di meja ini dan di "
                "meja lain yang memakai basis data yang sama. Semua orang perlu masuk lagi."
            ).format(target=shown_target, what=what)
        else:
            text = self.tr(
                "{what} akan dipulihkan ke berkas baru {target}.\n\n"
                "Berkas basis data yang rusak tidak diubah."
            ).format(target=shown_target, what=what[:1].upper() + what[1:])
        if copy.foreign(own):
            text = self.tr("Cadangan ini berasal dari basis data lain: {source}.\n\n{text}").format(
                source=copy.source, text=text
            )
        return ask(self.parent_widget, self.tr("Pulihkan dari cadangan"), text,
                   self.tr("Pulihkan"), self.start)  # fmt: skip

    def start(self) -> None:
        from pengaduan_desktop.core.restore import restore_backup

        progress = self.progress = QProgressDialog(
            self.tr("Memulihkan basis data dari cadangan…"), "", 0, 1000, self.parent_widget
        )
        progress.setCancelButton(None)  # type: ignore[arg-type]  # a restore is not cut off
        progress.setWindowTitle(self.tr("Memulihkan"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        progress.open()
        if self.before is not None:
            self.before()  # the window lets go of the database
        source, url, officer_id, replace = self.source, self.url, self.officer_id, self.replace
        relay = self.relay

        def work() -> Manifest:
            return restore_backup(source, url, officer_id, replace,
                                  lambda done, total: relay.moved.emit(done, total))  # fmt: skip

        run_task(work, self._done, self._failed)

    def _moved(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(min(999, done * 1000 // total))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
            self.progress = None

    def _done(self, manifest: Manifest) -> None:
        self._close_progress()
        self.finished.emit(manifest)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        show_error(self.parent_widget, exc)
        self.finished.emit(None)


class BackupDialog(QDialog):
    """The copies in `folder`; "Pulihkan…" replaces the database at `url` (the window's)."""

    listed = Signal()  # the list was read (tests wait for it)
    made = Signal(object)  # a backup was written: its path

    def __init__(self, url: str, officer_id: int | None, folder: Path,
                 reopen: Callable[[str], None], release: Callable[[], None],
                 parent: QWidget | None = None, fresh: str | None = None,
                 into_place: bool = False) -> None:  # fmt: skip
        """`reopen(url)`: the window opens the database at url. `fresh`: restore into this new
        database instead of replacing `url` (which is damaged, and left as it is). `into_place`:
        `url` is the program's own file; once restored, the damaged file is renamed beside it
        and the new one takes its place (core.restore.replace_damaged)."""
        super().__init__(parent)
        self.url, self.officer_id, self.folder = url, officer_id, folder
        self.reopen, self.release, self.fresh = reopen, release, fresh
        self.into_place = into_place
        self.copies: list[Copy] = []
        self.file_dialog: QFileDialog | None = None
        self.run: RestoreRun | None = None
        self.setWindowTitle(self.tr("Cadangan basis data"))
        intro = QLabel(
            self.tr(
                "Cadangan otomatis dibuat sekali sehari saat program dibuka; disimpan 7 "
                "cadangan harian terakhir dan 4 cadangan mingguan. Folder: {folder}"
            ).format(folder=folder)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.make_button = QPushButton(self.tr("&Buat cadangan sekarang"))
        self.restore_button = QPushButton(self.tr("&Pulihkan…"))
        self.file_button = QPushButton(self.tr("Pulihkan dari &berkas lain…"))
        close = QPushButton(self.tr("&Tutup"))
        self.make_button.clicked.connect(self.make_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.choose_file)
        close.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        for button in (self.make_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.make_button.setVisible(fresh is None)
        self.resize(820, 420)
        self._selection_changed()
        self.refresh()

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        from pengaduan_desktop.core.backup_rotation import list_copies

        folder = self.folder
        run_task(lambda: list_copies(folder), self._show, lambda exc: show_error(self, exc))

    def _show(self, copies: list[Copy]) -> None:
        self.copies = copies
        self.table.setRowCount(len(copies))
        for row, copy in enumerate(copies):
            cells = (made_text(copy.made), size_text(copy.size), copy.revision or "-",
                     str(copy.complaints) if not copy.problem else "-",
                     copy.note(self.url))  # fmt: skip
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(str(copy.path))
                if column in (1, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if copies and not self.table.selectedItems():
            choose_row(self.table, 0)
        if not copies:
            self.message.setText(self.tr("Belum ada cadangan di folder ini."))
        self._selection_changed()
        self.listed.emit()

    def selected(self) -> Copy | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.copies):
            return None
        return self.copies[rows[0].row()]

    def _selection_changed(self) -> None:
        copy = self.selected()
        self.restore_button.setEnabled(copy is not None and not copy.problem)

    # -- making one ---------------------------------------------------------------------------
    def make_backup(self) -> None:
        from pengaduan_desktop.core import clock
        from pengaduan_desktop.core.backup import MANUAL, write_backup
        from pengaduan_desktop.core.db import create_db_engine
        from pengaduan_desktop.core.files import private_folder

        url, officer_id, folder = self.url, self.officer_id, self.folder
        path = folder / f"pengaduan-{clock.now_local():%Y-%m-%d-%H%M%S}.zip"

        def work() -> Path:
            engine = create_db_engine(url)
            try:
                private_folder(folder)
                write_backup(engine, path, officer_id, kind=MANUAL)
            finally:
                engine.dispose()
            return path

        self.make_button.setEnabled(False)
        self.message.setText(self.tr("Membuat cadangan…"))
        run_task(work, self._made, self._make_failed)

    def _made(self, path: Path) -> None:
        self.make_button.setEnabled(True)
        self.message.setText(self.tr("Cadangan dibuat: {name}").format(name=path.name))
        self.made.emit(path)
        self.refresh()

    def _make_failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.message.setText("")
        show_error(self, exc)

    # -- restoring ----------------------------------------------------------------------------
    def restore_selected(self) -> QDialog | None:
        copy = self.selected()
        if copy is None or copy.problem:
            return None
        return self.confirm_restore(copy)

    def choose_file(self) -> QFileDialog:
        # Not made yet (no copy of this database): the folder of all copies, older ones too.
        start = self.folder if self.folder.is_dir() else self.folder.parent
        dialog = self.file_dialog = name_only_icons(
            QFileDialog(self, self.tr("Pilih berkas cadangan"), str(start))
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Cadangan Pengaduan (*.zip)"), self.tr("Semua berkas (*)")])
        dialog.fileSelected.connect(self._file_chosen)
        dialog.open()
        return dialog

    def restore_file(self, path: Path) -> None:
        """Offer to restore a file chosen outside the dialog (opened from the file manager)."""
        self._file_chosen(str(path))

    def _file_chosen(self, name: str) -> None:
        from pengaduan_desktop.core.backup_rotation import describe

        path = Path(name)
        run_task(lambda: describe(path), self._described, lambda exc: show_error(self, exc))

    def _described(self, copy: Copy) -> None:
        if copy.problem:
            show_message(
                self, self.tr("Bukan cadangan"), copy.problem[:1].upper() + copy.problem[1:]
            )
            return
        self.confirm_restore(copy)

    def confirm_restore(self, copy: Copy) -> QDialog:
        from pengaduan_desktop.core.backup import database_name

        # The run belongs to the window: releasing the database closes this dialog.
        owner = self.parentWidget() or self
        fresh, url, reopen, into_place = self.fresh, self.url, self.reopen, self.into_place
        if fresh is not None:
            run = RestoreRun(owner, copy.path, fresh, None, replace=False)
            shown = database_name(fresh)
        else:
            run = RestoreRun(owner, copy.path, url, self.officer_id, replace=True,
                             before=self.release)  # fmt: skip
            shown = database_name(url)
        self.run = run
        done_title = self.tr("Dipulihkan")  # said once this dialog may be gone

        def restored(manifest: Manifest | None) -> None:
            if manifest is None:  # failed and said so; the database is as it was
                if fresh is None:
                    reopen(url)
                return
            if fresh is None:
                reopen(url)
            elif into_place:
                put_in_place(manifest, fresh)
                return
            else:
                reopen(fresh)
            show_message(owner, done_title, restored_text(manifest, url, fresh))

        def put_in_place(manifest: Manifest, fresh: str) -> None:
            from pengaduan_desktop.core.restore import replace_damaged, sqlite_path

            damaged, new = sqlite_path(url), sqlite_path(fresh)
            assert damaged is not None and new is not None

            def placed(aside: Path) -> None:
                reopen(url)
                show_message(owner, done_title,
                             restored_text(manifest, url, fresh, aside))  # fmt: skip

            def not_placed(exc: BaseException) -> None:  # the new file is where it was made
                reopen(fresh)
                show_message(owner, done_title, restored_text(manifest, url, fresh))
                show_error(owner, exc)

            run_task(lambda: replace_damaged(damaged, new), placed, not_placed)

        run.finished.connect(restored)
        run.finished.connect(self._finished)  # not called once the window closed this dialog
        return run.confirm(copy, shown, url)

    def _finished(self, manifest: Manifest | None) -> None:
        if manifest is not None:
            self.accept()


def restored_text(manifest: Manifest, url: str, fresh: str | None,
                  aside: Path | None = None) -> str:  # fmt: skip
    """What the officer reads after a restore. `aside`: the program's own file was damaged and
    now has this name; the restored one took its place."""
    from pengaduan_desktop.core.backup import database_name

    text = QCoreApplication.translate(
        "BackupDialog", "Basis data dipulihkan dari cadangan (%n pengaduan). Silakan masuk lagi.",
        "", manifest.complaints,
    )  # fmt: skip
    if aside is not None:
        text += "\n\n" + QCoreApplication.translate(
            "BackupDialog",
            "Berkas yang rusak disimpan dengan nama baru {name} di folder {folder}; isinya tidak "
            "diubah. Hasil pemulihan kini menjadi basis data program, jadi saat program dibuka "
            "lagi dari ikonnya, data ini yang dibuka.",
        ).format(name=aside.name, folder=aside.parent)
    elif fresh is not None:
        text += "\n\n" + QCoreApplication.translate(
            "BackupDialog",
            "Program kini memakai berkas baru {new}. Berkas lama {old} tidak diubah.\n\n"
            "Program ini dibuka dengan pilihan --db yang menunjuk ke berkas lama. Agar lain kali "
            "berkas baru yang dibuka, minta pengelola komputer mengubah pintasan program "
            "menjadi:\n--db {fresh}",
        ).format(new=database_name(fresh), old=database_name(url), fresh=fresh)
    return text
