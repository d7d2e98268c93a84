"""The messages to the complainant on a complaint's Riwayat tab: every email (antri /
terkirim / gagal, with the server's reply) and every confirmed WhatsApp or SMS message as a
step of the timeline, and the buttons that send one: *Kirim via WhatsApp* and *Kirim via SMS*
open a wa.me or sms: link holding the template's text in the system's browser or phone app
(where none opens, a dialog shows the link and the text to copy: ui.chat_copy_dialog);
the officer then confirms it went, and that is recorded (core.outbox)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from pengaduan_desktop.core.message_templates import KIND_LABELS, MessageKind
from pengaduan_desktop.core.outbox import VIA_LABELS, MessageInfo, State, Via
from pengaduan_desktop.ui.msgbox import ask, show_error
from pengaduan_desktop.ui.operations import Operation, Query, changed
from pengaduan_desktop.ui.rejection_reasons_dialog import ERROR_STYLE, OK_STYLE

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.outbox import ChatDraft

Row = tuple[datetime, tuple[str, str, str, str]]
STATE_COLOURS = {State.GAGAL: "#b00020", State.DIULANG: "#b00020", State.ANTRI: "#8a5a00"}


def message_row(m: MessageInfo) -> Row:
    """A message as a row of the timeline: when, what, who, the line with its state."""
    label = QCoreApplication.translate("ComplaintMessages", "Pesan {via}: {kind}").format(
        via=VIA_LABELS[m.via], kind=KIND_LABELS[m.kind].lower()
    )
    return m.at, (m.at.strftime("%d/%m/%Y %H:%M"), label, m.officer, m.summary)


class ComplaintMessages(QWidget):
    read = Signal()  # the messages as read are known (the timeline is filled again)

    def __init__(self, engine: Engine, complaint_id: int,
                 acting_officer: Callable[[], int | None], parent: QWidget) -> None:  # fmt: skip
        super().__init__(parent)
        self.engine = engine
        self.complaint_id = complaint_id
        self.acting_officer = acting_officer
        self.messages: list[MessageInfo] = []
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.whatsapp = QPushButton(self.tr("Kirim via WhatsApp"))
        self.sms = QPushButton(self.tr("Kirim via SMS"))
        self.again = QPushButton(self.tr("Kirim ulang email"))
        self.again.setToolTip(self.tr("Kirim lagi email yang gagal"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        for button in (self.whatsapp, self.sms, self.again):
            button.setAutoDefault(False)
        self.whatsapp.clicked.connect(lambda: self.open_chat(Via.WHATSAPP))
        self.sms.clicked.connect(lambda: self.open_chat(Via.SMS))
        self.again.clicked.connect(self.send_again)
        self.again.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Pesan:")))
        layout.addWidget(self.kind)
        layout.addWidget(self.whatsapp)
        layout.addWidget(self.sms)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.again)

    def allow(self) -> None:
        """Only a role that follows complaints up (Permission.WORKFLOW) sends."""
        from pengaduan_desktop.core.permissions import Permission, can
        from pengaduan_desktop.ui.acting import acting_role_of

        role = acting_role_of(self)
        self.setVisible(role is None or can(role, Permission.WORKFLOW))

    # -- the timeline -------------------------------------------------------------------------
    def reload(self) -> None:
        from pengaduan_desktop.core.outbox import messages_for

        engine, cid, viewer = self.engine, self.complaint_id, self.acting_officer()
        Query(self, lambda: messages_for(engine, cid, viewer), self._read).run_in_background()

    def _read(self, messages: list[MessageInfo]) -> None:
        self.messages = messages
        self.allow()
        self.again.setEnabled(any(m.state == State.GAGAL for m in messages))
        self.read.emit()

    def merged(self, steps: list[Row]) -> list[Row]:
        """The complaint's steps and its messages, in the order they happened."""
        return sorted([*steps, *(message_row(m) for m in self.messages)], key=lambda r: r[0])

    def colour(self, text: str) -> str:
        """The colour of a message row's state ("" for the rest)."""
        for m in self.messages:
            if m.summary == text:
                return STATE_COLOURS.get(m.state, "")
        return ""

    # -- WhatsApp and SMS -------------------------------------------------------------------------
    def open_chat(self, via: Via) -> None:
        from pengaduan_desktop.core.outbox import chat_draft

        engine, cid, viewer = self.engine, self.complaint_id, self.acting_officer()
        kind = MessageKind(self.kind.currentData())
        self.message.setText("")
        Query(self, lambda: chat_draft(engine, cid, kind, viewer),
              lambda draft: self._chat_ready(via, draft)).failure(
            self._failed).run_in_background()  # fmt: skip

    def _chat_ready(self, via: Via, draft: ChatDraft) -> None:
        from pengaduan_desktop.core.outbox import chat_link

        url = chat_link(via, draft.phone, draft.text)
        if not self.open_url(QUrl(url)):  # no browser: the officer copies and sends by hand
            from pengaduan_desktop.ui.chat_copy_dialog import ChatCopyDialog

            self._say(self.tr("Peramban atau aplikasi pesan tidak dapat dibuka."), ERROR_STYLE)
            sent = partial(self._confirm, via, draft)
            self.copy_dialog = ChatCopyDialog(self, VIA_LABELS[via], draft.phone, url,
                                              draft.text, sent)  # fmt: skip
            self.copy_dialog.open()
            return
        question = self.tr("Pesan {via} ke {phone} sudah dikirim?").format(
            via=VIA_LABELS[via], phone=draft.phone
        )
        yes = self.tr("Ya, sudah terkirim")
        self.asked = ask(self, self.tr("Konfirmasi pengiriman"), question, yes,
                         lambda: self._confirm(via, draft))  # fmt: skip

    def _confirm(self, via: Via, draft: ChatDraft) -> None:
        from pengaduan_desktop.core.outbox import confirm_chat

        engine, cid, officer = self.engine, self.complaint_id, self.acting_officer()
        done = "✓ " + self.tr("Pengiriman {via} dicatat.").format(via=VIA_LABELS[via])
        Operation(self, lambda: confirm_chat(engine, cid, via, draft, officer),
                  changed(complaints=frozenset({cid}))).success(
            lambda _id: self._say(done, OK_STYLE)).failure(
            self._failed).run_in_background()  # fmt: skip

    def send_again(self) -> None:
        from pengaduan_desktop.core.outbox import send_again

        engine, cid, officer = self.engine, self.complaint_id, self.acting_officer()
        failed = [m.id for m in self.messages if m.state == State.GAGAL and m.via == Via.EMAIL]

        def work() -> int:
            for message_id in failed:
                send_again(engine, message_id, officer)
            return len(failed)

        Operation(self, work, changed(complaints=frozenset({cid}))).success(
            lambda n: self._say("✓ " + self.tr("%n email masuk antrean lagi.", "", n),
                                OK_STYLE)).failure(self._failed).run_in_background()  # fmt: skip

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def _failed(self, exc: BaseException) -> None:
        from pengaduan_desktop.core.errors import UserError
        from pengaduan_desktop.ui.list_tab import sentence

        if isinstance(exc, UserError):
            self._say(sentence(str(exc)), ERROR_STYLE)
        else:
            show_error(self, exc)
