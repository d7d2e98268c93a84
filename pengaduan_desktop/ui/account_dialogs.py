"""The dialogs of sign-in and accounts: creating the first administrator, signing in (and
unlocking an idle screen), changing one's own password, and the administrator's setting of an
officer's username and password. Each message stands under its field; the work (argon2 hashes
take a moment) runs off the GUI thread (ui.tasks)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core.accounts import (
    MIN_PASSWORD,
    Paused,
    SignedIn,
    add_user,
    change_password,
    confirm_problem,
    set_account,
    sign_in,
    wait_words,
)
from pengaduan_desktop.core.errors import SignInFailed, UserError
from pengaduan_desktop.core.field_errors import FieldsInvalid
from pengaduan_desktop.core.officers import OfficerData
from pengaduan_desktop.core.vocabulary import Role
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.list_tab import sentence, with_error_line
from pengaduan_desktop.ui.msgbox import damage_dialog, show_error
from pengaduan_desktop.ui.rejection_reasons_dialog import ERROR_STYLE
from pengaduan_desktop.ui.tasks import run_task


def password_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    edit.setPlaceholderText(placeholder)
    return edit


class FieldsDialog(QDialog):
    """A form whose fields each have a message line under them, an intro, a general message,
    and OK / cancel buttons. Subclasses add fields and say what OK does (`work`)."""

    def __init__(self, title: str, intro: str, ok: str, cancel: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QLineEdit] = {}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAutoDefault(False)  # Enter never cancels, even while OK waits
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._focused = False  # showEvent gave the first empty field the keyboard

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The first field still to fill has the keyboard when the dialog opens (the buttons,
        made first, would otherwise: a username typed at once would be lost)."""
        super().showEvent(event)
        if not self._focused:
            self._focused = True
            empty = (e for e in self.inputs.values()
                     if e.isEnabled() and not e.isReadOnly() and not e.text())  # fmt: skip
            first = next(empty, None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_field(self, key: str, label: str, edit: QLineEdit) -> QLineEdit:
        column, error = with_error_line(edit)
        self.form.addRow(label, column)
        self.errors[key] = error
        self.inputs[key] = edit
        # Enter in any field submits, whatever button the dialog last thought its default.
        edit.returnPressed.connect(self._enter)
        return edit

    def _enter(self) -> None:
        if self.ok_button.isEnabled():
            self.ok_button.click()

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.message.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, text in errors.items():
            label = self.errors.get(key)
            if label is None:
                self.say(f"{key}: {language.say(text)}")
                continue
            label.setText(sentence(language.say(text)))
            label.show()
        first = next((edit for key, edit in self.inputs.items() if key in errors), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            first.selectAll()

    def say(self, text: str) -> None:
        self.message.setText(sentence(text))
        self.message.show()

    # -- OK --------------------------------------------------------------------------------
    def check(self) -> dict[str, str]:
        """Problems found before any work: a new password typed twice differently."""
        if "password_again" not in self.inputs:
            return {}
        problem = confirm_problem(self.inputs["password"].text(),
                                  self.inputs["password_again"].text())  # fmt: skip
        return {"password_again": problem} if problem else {}

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        self.clear_errors()
        errors = self.check()
        if errors:
            self.show_errors(errors)
            return
        self.ok_button.setEnabled(False)
        run_task(self.work(), self.done_work, self.failed)

    def enable_ok(self) -> None:
        self.ok_button.setEnabled(True)
        self.ok_button.setDefault(True)

    def done_work(self, result: Any) -> None:
        self.enable_ok()
        self.accept()

    def failed(self, exc: BaseException) -> None:
        self.enable_ok()
        if isinstance(exc, FieldsInvalid):
            self.show_errors(exc.errors)
        elif damage_dialog(self, exc) is not None:
            pass  # the window's unusable-database dialog: restore from a backup, or quit
        elif isinstance(exc, UserError):
            self.say(language.say(exc))
        else:
            show_error(self, exc)


class FirstAdminDialog(FieldsDialog):
    """The first run: no administrator yet. Creates one; there is no default password."""

    created = Signal(str)  # the username

    def __init__(self, engine: Engine, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Administrator pertama"),
            self.tr("Basis data ini belum punya administrator. Buat akunnya sekarang: "
                    "administrator mengatur pegawai dan akun mereka, profil kantor, dan "
                    "kalender kerja. Tidak ada kata sandi bawaan; simpan kata sandi ini baik-"
                    "baik."),
            self.tr("Buat administrator"), self.tr("Keluar"), parent,
        )  # fmt: skip
        self.engine = engine
        self.name = self.add_field("name", self.tr("Nama lengkap"), QLineEdit())
        self.name.setMaxLength(200)
        self.nip = self.add_field("nip", self.tr("NIP"), QLineEdit())
        self.nip.setPlaceholderText(self.tr("boleh kosong"))
        self.jabatan = self.add_field("jabatan", self.tr("Jabatan"), QLineEdit())
        self.jabatan.setPlaceholderText(self.tr("boleh kosong: Administrator"))
        self.username = self.add_field("username", self.tr("Nama pengguna"), QLineEdit())
        self.username.setMaxLength(60)
        self.username.setPlaceholderText(self.tr("mis. andi.pratama"))
        hint = self.tr("paling sedikit {n} karakter").format(n=MIN_PASSWORD)
        self.password = self.add_field("password", self.tr("Kata sandi"), password_edit(hint))
        self.again = self.add_field("password_again", self.tr("Ulangi kata sandi"),
                                    password_edit())  # fmt: skip

    def work(self) -> Callable[[], Any]:
        engine, username, password = self.engine, self.username.text(), self.password.text()
        data = OfficerData(self.name.text(), self.nip.text(), self.jabatan.text(), Role.ADMIN)
        return lambda: add_user(engine, data, username, password, Role.ADMIN, None)

    def done_work(self, result: Any) -> None:
        super().done_work(result)
        self.created.emit(self.username.text().strip().lower())


class SignInDialog(FieldsDialog):
    """Username and password. As the lock screen (`locked` given) it asks the signed-in
    user's password only, and its other button signs out."""

    signed_in = Signal(object)  # SignedIn

    def __init__(self, engine: Engine, locked: SignedIn | None = None, username: str = "",
                 parent: QWidget | None = None, by_hand: bool = False) -> None:  # fmt: skip
        if locked is None:
            super().__init__(
                self.tr("Masuk"),
                self.tr("Pengaduan Desktop — BKAD Provinsi Kalimantan Barat. Masuk dengan nama "
                        "pengguna dan kata sandi Anda; semua yang Anda kerjakan tercatat atas "
                        "nama Anda."),
                self.tr("Masuk"), self.tr("Keluar program"), parent,
            )  # fmt: skip
        else:
            why = (self.tr("Layar dikunci. Masukkan kata sandi {name} untuk melanjutkan, atau "
                           "keluar dari akun.") if by_hand else
                   self.tr("Layar dikunci karena lama tidak dipakai. Masukkan kata sandi {name} "
                           "untuk melanjutkan, atau keluar dari akun."))  # fmt: skip
            super().__init__(
                self.tr("Layar terkunci"),
                why.format(name=locked.name),
                self.tr("Buka kunci"), self.tr("Keluar akun"), parent,
            )  # fmt: skip
        self.engine = engine
        self.locked = locked
        self.username = self.add_field("username", self.tr("Nama pengguna"), QLineEdit())
        self.username.setMaxLength(60)
        self.password = self.add_field("password", self.tr("Kata sandi"), password_edit())
        if locked is not None:
            self.username.setText(locked.username)
            self.username.setReadOnly(True)
            self.password.setFocus()
        elif username:
            self.username.setText(username)
            self.password.setFocus()
        self.waiting = 0  # seconds of a pause still to wait
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)

    def check(self) -> dict[str, str]:
        errors = {}
        if not self.username.text().strip():
            errors["username"] = self.tr("wajib diisi")
        if not self.password.text():
            errors["password"] = self.tr("wajib diisi")
        return errors

    def work(self) -> Callable[[], Any]:
        engine, username, password = self.engine, self.username.text(), self.password.text()
        return lambda: sign_in(engine, username, password)

    def done_work(self, result: Any) -> None:
        if self.locked is not None and result.officer_id != self.locked.officer_id:
            self.enable_ok()
            self.say(self.tr("kata sandi ini bukan milik {name}").format(name=self.locked.name))
            return
        self.password.clear()
        super().done_work(result)
        self.signed_in.emit(result)

    def failed(self, exc: BaseException) -> None:
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, Paused):
            self.waiting = exc.seconds
            self.countdown.start()
            self._tick(first=True)
            return
        super().failed(exc)
        if isinstance(exc, SignInFailed):
            self.password.setFocus()

    def _tick(self, first: bool = False) -> None:
        if not first:
            self.waiting -= 1
        if self.waiting <= 0:
            self.countdown.stop()
            self.enable_ok()
            self.say(self.tr("Silakan coba lagi."))
            return
        self.ok_button.setEnabled(False)
        self.say(self.tr("Terlalu banyak kata sandi salah. Coba lagi dalam {wait}.").format(
            wait=wait_words(self.waiting)))  # fmt: skip


class PasswordDialog(FieldsDialog):
    """The signed-in user changes their own password (old one first)."""

    def __init__(self, engine: Engine, officer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Ganti kata sandi"),
            self.tr("Kata sandi baru paling sedikit {n} karakter.").format(n=MIN_PASSWORD),
            self.tr("Ganti kata sandi"), self.tr("Batal"), parent,
        )  # fmt: skip
        self.engine = engine
        self.officer_id = officer_id
        self.old = self.add_field("old_password", self.tr("Kata sandi lama"), password_edit())
        self.password = self.add_field("password", self.tr("Kata sandi baru"), password_edit())
        self.again = self.add_field("password_again", self.tr("Ulangi kata sandi baru"),
                                    password_edit())  # fmt: skip

    def work(self) -> Callable[[], Any]:
        engine, officer, old, new = (self.engine, self.officer_id, self.old.text(),
                                     self.password.text())  # fmt: skip
        return lambda: change_password(engine, officer, old, new)


class AccountDialog(FieldsDialog):
    """The administrator sets an officer's username and password (Pegawai tab). With
    `password_only` it resets the password of an existing account."""

    def __init__(self, engine: Engine, target_id: int, name: str, username: str | None,
                 acting_officer: Callable[[], int | None], password_only: bool = False,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        has_account = username is not None
        if password_only:
            title = self.tr("Atur ulang kata sandi")
            intro = self.tr(
                "Kata sandi baru untuk {name}. Sampaikan kepadanya secara langsung; "
                "jeda karena salah kata sandi ikut dihapus."
            ).format(name=name)
        else:
            title = self.tr("Ubah akun") if has_account else self.tr("Buat akun")
            intro = (self.tr("Akun {name}: nama pengguna untuk masuk, dan kata sandi (kosongkan "
                             "bila tidak diganti).") if has_account else
                     self.tr("Akun {name}: nama pengguna untuk masuk, dan kata sandi.")
                     ).format(name=name)  # fmt: skip
        super().__init__(title, intro, self.tr("Simpan"), self.tr("Batal"), parent)
        self.engine = engine
        self.target_id = target_id
        self.acting_officer = acting_officer
        self.has_account = has_account
        self.username = self.add_field("username", self.tr("Nama pengguna"), QLineEdit())
        self.username.setMaxLength(60)
        self.username.setText(username or "")
        if password_only:
            self.username.setReadOnly(True)
        self.password = self.add_field("password", self.tr("Kata sandi"), password_edit())
        self.again = self.add_field("password_again", self.tr("Ulangi kata sandi"),
                                    password_edit())  # fmt: skip
        self.password_only = password_only

    def work(self) -> Callable[[], Any]:
        engine, target, username = self.engine, self.target_id, self.username.text()
        password: str | None = self.password.text()
        if not password and self.has_account and not self.password_only:
            password = None  # keep the current one
        officer = self.acting_officer()
        return lambda: set_account(engine, target, username, password, officer)
