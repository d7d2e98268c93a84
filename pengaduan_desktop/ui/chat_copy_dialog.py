"""When no browser or phone app opens a WhatsApp/SMS link: the number, the link and the text
shown for the officer to copy (each with a *Salin* button) and send by hand, and the button
that confirms it went (ui.complaint_messages records it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ChatCopyDialog(QDialog):
    def __init__(self, parent: QWidget, via_label: str, phone: str, link: str, text: str,
                 on_sent: Callable[[], None]) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kirim pesan {via} secara manual").format(via=via_label))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(self.tr(
            "Peramban atau aplikasi pesan tidak dapat dibuka di komputer ini. Salin tautan "
            "atau teks pesan di bawah ini, kirim dari ponsel atau WhatsApp Web ke nomor "
            "{phone}, lalu tekan «Ya, sudah terkirim»."
        ).format(phone=phone))  # fmt: skip
        intro.setWordWrap(True)
        self.phone = QLineEdit(phone)
        self.link = QLineEdit(link)
        self.text = QPlainTextEdit(text)
        for field in (self.phone, self.link):
            field.setReadOnly(True)
            field.setCursorPosition(0)
        self.text.setReadOnly(True)
        self.copied = QLabel()
        grid = QGridLayout()
        self.copy_buttons: dict[str, QPushButton] = {}
        for row, (name, label, field, value) in enumerate([
            ("phone", self.tr("Nomor tujuan:"), self.phone, phone),
            ("link", self.tr("Tautan:"), self.link, link),
            ("text", self.tr("Teks pesan:"), self.text, text),
        ]):  # fmt: skip
            button = QPushButton(self.tr("Salin"))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, v=value, n=label: self.copy(v, n))
            self.copy_buttons[name] = button
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(QLabel(label), row, 0, top)
            grid.addWidget(field, row, 1)
            grid.addWidget(button, row, 2, top)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        buttons = QDialogButtonBox()
        self.sent = buttons.addButton(self.tr("Ya, sudah terkirim"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(on_sent)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(640, 460)

    def copy(self, value: str, label: str) -> None:
        QGuiApplication.clipboard().setText(value)
        self.copied.setText("✓ " + self.tr("{what} disalin.").format(what=label.rstrip(":")))
