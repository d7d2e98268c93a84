"""A real SMTP server for the email tests (aiosmtpd in a thread of its own), which can be
stopped and started again on the same port, and refuse chosen recipients."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from pengaduan_desktop.core.mail_settings import Mail, Security


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Inbox:
    messages: list[EmailMessage] = field(default_factory=list)
    refused: set[str] = field(default_factory=set)  # recipients answered with 550
    logins: list[tuple[str, str]] = field(default_factory=list)

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,  # noqa: N802
                          options: list[str]) -> str:  # fmt: skip
        if address in self.refused:
            return "550 5.1.1 Mailbox tidak ada"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return f"250 2.0.0 Ok: diterima sebagai {len(self.messages)}"


class MailServer:
    """`start()`/`stop()` as often as needed; the port stays the same."""

    def __init__(self, password: str = "") -> None:
        self.inbox = Inbox()
        self.port = free_port()
        self.password = password
        self.controller: Controller | None = None

    def _authenticate(self, server: Any, session: Any, envelope: Any, mechanism: str,
                      auth_data: Any) -> AuthResult:  # fmt: skip
        if isinstance(auth_data, LoginPassword):
            login, password = auth_data.login.decode(), auth_data.password.decode()
            self.inbox.logins.append((login, password))
            return AuthResult(success=password == self.password)
        return AuthResult(success=False)

    def start(self) -> None:
        extra: dict[str, Any] = {}
        if self.password:
            extra = dict(authenticator=self._authenticate, auth_require_tls=False)
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **extra)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def settings(self, username: str = "") -> Mail:
        return Mail(True, "127.0.0.1", self.port, Security.NONE, username,
                    "pengaduan@bkad.kalbarprov.go.id", "BKAD Kalimantan Barat")  # fmt: skip


@contextmanager
def mail_server(password: str = "") -> Iterator[MailServer]:
    server = MailServer(password)
    server.start()
    try:
        yield server
    finally:
        server.stop()
