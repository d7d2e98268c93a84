"""Pengaturan › Bahasa / Language: this desk's language, kept in QSettings. It applies when
the program is opened again (the note says so in both languages, whichever is shown now)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from pengaduan_desktop.ui import language

NOTE = (
    "Bahasa yang dipilih berlaku saat program dibuka lagi. Dokumen resmi (tanda bukti, surat, "
    "laporan) tetap berbahasa Indonesia.\n\n"
    "The language chosen applies when the program is opened again. Official documents "
    "(receipts, letters, reports) stay in Indonesian."
)


class LanguageDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bahasa / Language"))
        self.choice = QComboBox()
        self.choice.setObjectName("languageCombo")
        for code, name in language.LANGUAGES.items():
            self.choice.addItem(name, code)
        # What the window speaks now (a `--lang` of this run wins over the desk's setting).
        self.choice.setCurrentIndex(self.choice.findData(language.current()))
        self.choice.setAccessibleName("Bahasa / Language")
        note = QLabel(NOTE)  # both languages on purpose: whoever reads it understands it
        note.setObjectName("languageNote")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Bahasa jendela di meja ini:")))
        layout.addWidget(self.choice)
        layout.addWidget(note)
        if language.saved() != language.current():
            stored = QLabel(self.tr(
                "Program ini dibuka dengan --lang; pengaturan meja ini: {language}.").format(
                    language=language.LANGUAGES[language.saved()]))  # fmt: skip
            stored.setObjectName("storedLanguage")
            stored.setWordWrap(True)
            layout.addWidget(stored)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        language.save(self.choice.currentData())
        super().accept()
