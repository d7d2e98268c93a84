"""Pengaturan › Email dan templat pesan: the office's SMTP server and sender, and the wording
of each message to the complainant (core.mail_settings, core.message_templates). Reads and
writes run off the GUI thread; a problem is said beside its field."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.ui.list_tab import sentence
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.operations import Operation, Query, changed
from pengaduan_desktop.ui.rejection_reasons_dialog import ERROR_STYLE, OK_STYLE
from pengaduan_desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.mail_settings import Mail
    from pengaduan_desktop.core.message_templates import Template

NO_KEYRING = QT_TRANSLATE_NOOP(
    "MessagesDialog",
    "Komputer ini tidak memiliki penyimpan kata sandi sistem (keyring). Kata sandi hanya "
    "disimpan di memori selama program terbuka, tidak di basis data atau berkas, dan harus "
    "diisi lagi setiap kali program dibuka.",
)
MAIL_FIELDS = ("host", "port", "security", "username", "sender_address", "sender_name")


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class MessagesDialog(QDialog):
    def __init__(self, engine: Engine, acting_officer: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.engine = engine
        self.acting_officer = acting_officer
        self.templates: list[Template] = []
        self.setWindowTitle(self.tr("Email dan templat pesan kepada pengadu"))
        tabs = self.tabs = QTabWidget()
        tabs.addTab(self._server_page(), self.tr("Server email"))
        tabs.addTab(self._template_page(), self.tr("Templat pesan"))
        close = QPushButton(self.tr("Tutup"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addLayout(bottom)
        fit_to_screen(self, 860, 640)
        self.reload()

    # -- the server ---------------------------------------------------------------------------
    def _server_page(self) -> QWidget:
        from pengaduan_desktop.core.mail_settings import SECURITY_LABELS

        page = QWidget()
        intro = QLabel(self.tr(
            "Pesan kepada pengadu (tanda terima, disposisi, tanggapan, selesai, eskalasi, "
            "penolakan) dikirim melalui server email kantor. Pesan dicatat dalam antrean "
            "bersama tindakannya dan dikirim di latar belakang; bila server tidak dapat "
            "dihubungi, pesan dicoba lagi kemudian."))  # fmt: skip
        intro.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("Kirim email kepada pengadu"))
        self.host = QLineEdit()
        self.host.setPlaceholderText("mail.kalbarprov.go.id")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for code, label in SECURITY_LABELS.items():
            self.security.addItem(label, code.value)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_address = QLineEdit()
        self.sender_address.setPlaceholderText("pengaduan@bkad.kalbarprov.go.id")
        self.sender_name = QLineEdit()
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.mail_errors = {key: _error_label() for key in (*MAIL_FIELDS, "password")}
        form = QFormLayout()
        form.addRow("", self.enabled)
        for label, field, key in (
            (self.tr("Server SMTP"), self.host, "host"),
            (self.tr("Port"), self.port, "port"),
            (self.tr("Keamanan"), self.security, "security"),
            (self.tr("Nama pengguna"), self.username, "username"),
            (self.tr("Kata sandi"), self.password, "password"),
            (self.tr("Alamat pengirim"), self.sender_address, "sender_address"),
            (self.tr("Nama pengirim"), self.sender_name, "sender_name"),
        ):  # fmt: skip
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field)
            column.addWidget(self.mail_errors[key])
            form.addRow(label, column)
        form.addRow("", self.keyring_note)
        self.mail_message = QLabel()
        self.mail_message.setWordWrap(True)
        self.save_mail_button = QPushButton(self.tr("Simpan pengaturan server"))
        self.save_mail_button.setAutoDefault(False)
        self.save_mail_button.clicked.connect(self.save_mail)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mail_message, 1)
        buttons.addWidget(self.save_mail_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _security_changed(self) -> None:
        """The usual port of the chosen security, unless the officer typed another."""
        from pengaduan_desktop.core.mail_settings import USUAL_PORTS, Security

        if self.port.value() in USUAL_PORTS.values():
            self.port.setValue(USUAL_PORTS[Security(self.security.currentData())])

    def typed_mail(self) -> Mail:
        from pengaduan_desktop.core.mail_settings import Mail, Security

        return Mail(self.enabled.isChecked(), self.host.text(), self.port.value(),
                    Security(self.security.currentData()), self.username.text(),
                    self.sender_address.text(), self.sender_name.text())  # fmt: skip

    def _show_mail(self, mail: Mail, keyring: str, has_password: bool) -> None:
        self.enabled.setChecked(mail.enabled)
        self.host.setText(mail.host)
        self.security.setCurrentIndex(self.security.findData(mail.security.value))
        self.port.setValue(mail.port)
        self.username.setText(mail.username)
        self.sender_address.setText(mail.sender_address)
        self.sender_name.setText(mail.sender_name)
        self.password.clear()
        self.password.setPlaceholderText(
            self.tr("(tersimpan; kosongkan bila tidak diubah)") if has_password else ""
        )
        if keyring:
            self.keyring_note.setText(self.tr(
                "Kata sandi disimpan di penyimpan kata sandi sistem ({name}), tidak di basis "
                "data.").format(name=keyring))  # fmt: skip
            self.keyring_note.setStyleSheet("")
        else:
            self.keyring_note.setText(self.tr(NO_KEYRING))
            self.keyring_note.setStyleSheet("color: #8a5a00;")

    def save_mail(self) -> None:
        from pengaduan_desktop.core.mail_settings import cleaned, mail_problems, save_mail
        from pengaduan_desktop.services.mail_password import store_password

        mail = cleaned(self.typed_mail())
        problems = mail_problems(mail)
        self._say_mail_problems(problems)
        if problems:
            self.mail_message.setText("")
            return
        engine, officer, password = self.engine, self.acting_officer(), self.password.text()

        def work() -> tuple[Mail, bool | None]:
            saved = save_mail(engine, mail, officer)
            kept = store_password(saved.host, saved.username, password) if password else None
            return saved, kept

        self.save_mail_button.setEnabled(False)
        Operation(self, work, changed(office=True)).success(self._mail_saved).failure(
            self._mail_failed).run_in_background(initiator=self)  # fmt: skip

    def _say_mail_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.mail_errors.items():
            label.setText(sentence(problems[key]) if key in problems else "")
            label.setVisible(key in problems)

    def _mail_saved(self, result: tuple[Mail, bool | None]) -> None:
        mail, kept = result
        self.save_mail_button.setEnabled(True)
        self.password.clear()
        text = self.tr("Pengaturan server tersimpan.")
        if kept is True:
            text += " " + self.tr("Kata sandi disimpan di keyring sistem.")
        elif kept is False:
            text += " " + self.tr("Kata sandi disimpan di memori sampai program ditutup.")
        self.mail_message.setStyleSheet(OK_STYLE)
        self.mail_message.setText("✓ " + text)
        self.reload()

    def _mail_failed(self, exc: BaseException) -> None:
        self.save_mail_button.setEnabled(True)
        self._tell(self.mail_message, exc)

    def _tell(self, label: QLabel, exc: BaseException) -> None:
        if isinstance(exc, UserError):
            label.setStyleSheet(ERROR_STYLE)
            label.setText(sentence(str(exc)))
        else:
            show_error(self, exc)

    # -- the templates ----------------------------------------------------------------------------
    def _template_page(self) -> QWidget:
        from pengaduan_desktop.core.message_templates import PLACEHOLDERS

        page = QWidget()
        self.kinds = QListWidget()
        self.kinds.setMaximumWidth(230)
        self.kinds.currentRowChanged.connect(self._template_chosen)
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.active = QCheckBox(self.tr("Kirim pesan ini"))
        self.enclosure = QLabel()
        self.subject_error, self.body_error = _error_label(), _error_label()
        self.subject.textChanged.connect(lambda: self.subject_error.hide())
        self.body.textChanged.connect(lambda: self.body_error.hide())
        fields = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
        help_text = QLabel(self.tr("Isian yang dapat dipakai: {fields}").format(fields=fields))
        help_text.setWordWrap(True)
        help_text.setStyleSheet("color: #555;")
        self.template_message = QLabel()
        self.template_message.setWordWrap(True)
        self.default_button = QPushButton(self.tr("Kembalikan bawaan"))
        self.save_template_button = QPushButton(self.tr("Simpan templat"))
        for button in (self.default_button, self.save_template_button):
            button.setAutoDefault(False)
        self.default_button.clicked.connect(self._restore_default)
        self.save_template_button.clicked.connect(self.save_template)
        right = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Subjek"), self.subject)
        form.addRow("", self.subject_error)
        right.addLayout(form)
        right.addWidget(QLabel(self.tr("Isi pesan (email, WhatsApp dan SMS)")))
        right.addWidget(self.body, 1)
        right.addWidget(self.body_error)
        right.addWidget(help_text)
        row = QHBoxLayout()
        row.addWidget(self.active)
        row.addWidget(self.enclosure, 1)
        right.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_message, 1)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.save_template_button)
        right.addLayout(buttons)
        layout = QHBoxLayout(page)
        layout.addWidget(self.kinds)
        layout.addLayout(right, 1)
        return page

    def _template_chosen(self, row: int) -> None:
        from pengaduan_desktop.core.message_templates import ENCLOSURE_LABELS

        if not 0 <= row < len(self.templates):
            return
        t = self.templates[row]
        self.subject.setText(t.subject)
        self.body.setPlainText(t.body)
        self.active.setChecked(t.active)
        attached = ENCLOSURE_LABELS[t.enclosure]
        self.enclosure.setText(self.tr("Lampiran: {name}").format(name=attached)
                               if attached else self.tr("Tanpa lampiran"))  # fmt: skip
        self.template_message.setText("")
        self.subject_error.hide()
        self.body_error.hide()

    def _restore_default(self) -> None:
        from pengaduan_desktop.core.message_templates import default_template

        row = self.kinds.currentRow()
        if 0 <= row < len(self.templates):
            default = default_template(self.templates[row].kind)
            self.subject.setText(default.subject)
            self.body.setPlainText(default.body)

    def save_template(self) -> None:
        from pengaduan_desktop.core.message_templates import check_template, save_template

        row = self.kinds.currentRow()
        if not 0 <= row < len(self.templates):
            return
        kind, subject, body = self.templates[row].kind, self.subject.text(), self.body.toPlainText()
        problems = check_template(" ".join(subject.split()), body.strip())
        for key, label in (("subject", self.subject_error), ("body", self.body_error)):
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        if problems:
            return
        engine, officer, active = self.engine, self.acting_officer(), self.active.isChecked()
        self.save_template_button.setEnabled(False)
        Operation(self, lambda: save_template(engine, kind, subject, body, active, officer),
                  changed(office=True)).success(self._template_saved).failure(
            self._template_failed).run_in_background(initiator=self)  # fmt: skip

    def _template_saved(self, saved: Template) -> None:
        self.save_template_button.setEnabled(True)
        row = self.kinds.currentRow()
        self.templates[row] = saved
        self.template_message.setStyleSheet(OK_STYLE)
        self.template_message.setText("✓ " + self.tr("Templat tersimpan."))

    def _template_failed(self, exc: BaseException) -> None:
        self.save_template_button.setEnabled(True)
        self._tell(self.template_message, exc)

    # -- reading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        from pengaduan_desktop.core.mail_settings import read_mail
        from pengaduan_desktop.core.message_templates import templates
        from pengaduan_desktop.services.mail_password import has_password, keyring_name

        engine = self.engine

        def read() -> tuple[Mail, list[Template], str, bool]:
            mail = read_mail(engine)
            return (mail, templates(engine), keyring_name(),
                    has_password(mail.host, mail.username))  # fmt: skip

        Query(self, read, self._show).run_in_background()

    def _show(self, read: tuple[Mail, list[Template], str, bool]) -> None:
        mail, found, keyring, has_password = read
        self._show_mail(mail, keyring, has_password)
        row = max(self.kinds.currentRow(), 0)
        self.templates = found
        self.kinds.blockSignals(True)
        self.kinds.clear()
        for t in found:
            self.kinds.addItem(t.label if t.active else self.tr("{name} (tidak dikirim)").format(
                name=t.label))  # fmt: skip
        self.kinds.blockSignals(False)
        self.kinds.setCurrentRow(row)
        self._template_chosen(row)
        self.loaded()

    def loaded(self, *_: Any) -> None:
        """Hook for the tests: the dialog shows what it read."""
