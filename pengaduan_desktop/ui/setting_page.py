"""One page of office settings in Pengaturan › Pegawai dan daftar kantor: a line of
explanation, a form, a message line and the page's buttons at the bottom right. The pages
(Waktu layanan, Kunci layar, Masa simpan) fill the form and add their buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.list_tab import sentence
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.rejection_reasons_dialog import ERROR_STYLE


class SettingPage(QWidget):
    def __init__(self, engine: Engine, acting_officer: Callable[[], int | None], intro: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.engine = engine
        self.acting_officer = acting_officer
        explanation = QLabel(intro)
        explanation.setWordWrap(True)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(self.buttons)

    def add_row(self, label: str, field: QWidget) -> None:
        """A field at its natural width, the rest of the row empty."""
        row = QHBoxLayout()
        row.addWidget(field)
        row.addStretch(1)
        self.form.addRow(label, row)

    def add_button(self, text: str) -> QPushButton:
        """A button at the bottom right, after those added before; Enter never presses it."""
        button = QPushButton(text)
        button.setAutoDefault(False)
        self.buttons.addWidget(button)
        return button

    def say(self, text: str, style: str = "") -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def tell(self, exc: BaseException) -> None:
        """A refusal on the message line; anything else is a bug and gets its box."""
        if isinstance(exc, UserError):
            self.say(sentence(language.say(exc)), ERROR_STYLE)
        else:
            show_error(self, exc)
