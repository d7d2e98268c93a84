"""Bantuan → Pintasan papan ketik (F1): the window's keyboard shortcuts in a table, in the
window's language (README "Keyboard, screen readers and scaling")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.ui.screen_fit import fit_to_screen

# (keys, where, what): the keys are Qt's names, shown in the window's own form.
SHORTCUTS = (
    ("Ctrl+N",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "di mana saja"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Pengaduan baru di tab Pengaduan Baru")),
    ("Ctrl+S",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Pengaduan Baru"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Simpan pengaduan")),
    ("Ctrl+P",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Pengaduan Baru"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Cetak tanda bukti pada printer terakhir")),
    ("Ctrl+F",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "di mana saja"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Kotak pencarian daftar pengaduan")),
    ("Enter",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "kotak pencarian"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Cari sekarang dan pindah ke daftar")),
    ("Esc",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "kotak pencarian"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Kosongkan pencarian (saringan lain tetap)")),
    ("Enter",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "daftar pengaduan"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Buka pengaduan yang dipilih")),
    ("Home, End",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "daftar pengaduan"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Pengaduan pertama, pengaduan terakhir")),
    ("Ctrl+Tab, Ctrl+PgDown",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "halaman pengaduan"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab berikutnya")),
    ("Ctrl+Shift+Tab, Ctrl+PgUp",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "halaman pengaduan"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab sebelumnya")),
    ("Ctrl+Return",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "halaman pengaduan, Tindakan"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Simpan tindakan yang dipilih")),
    ("Esc",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "halaman pengaduan atau dialog"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Tutup (bertanya dulu bila ada teks belum disimpan)")),
    ("Alt+1, Alt+2, Alt+3, Alt+4",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "di mana saja"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab jendela sesuai urutannya")),
    ("Alt",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "formulir"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt + huruf bergaris bawah: ke isian itu")),
    ("Ctrl+L",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "di mana saja"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Kunci layar")),
    ("Ctrl+Q",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "di mana saja"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Keluar dari program")),
    ("F1",
     QT_TRANSLATE_NOOP("ShortcutsDialog", "di mana saja"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Daftar pintasan ini")),
)  # fmt: skip


def shown_keys(keys: str) -> str:
    """Qt's key names in the window's language ("Ctrl" stays; "Return" reads "Enter")."""
    return keys.replace("Return", "Enter")


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pintasan papan ketik"))
        translate = QCoreApplication.translate
        self.table = QTableWidget(len(SHORTCUTS), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Tombol"), self.tr("Tempat"),
                                              self.tr("Fungsi")])  # fmt: skip
        for row, (keys, where, what) in enumerate(SHORTCUTS):
            for column, text in enumerate((shown_keys(keys),
                                           translate("ShortcutsDialog", str(where)),
                                           translate("ShortcutsDialog", str(what)))):  # fmt: skip
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        fit_to_screen(self, 760, 470)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def texts(self) -> list[str]:
        """Every cell's text, row by row (for the tests)."""
        table = self.table
        return [item.text() for r in range(table.rowCount()) for c in range(3)
                if (item := table.item(r, c)) is not None]  # fmt: skip
