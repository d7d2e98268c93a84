"""The office's SMTP server and sender (issue 12, item 1). Stored in the database like every
business setting, except the password, which the system's keyring keeps
(services.mail_password): it never enters the database, a backup or the audit trail."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from enum import StrEnum

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.identity import IdentityError, normalize_email
from pengaduan_desktop.core.models import MailSettings
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.text import control_characters

SETTINGS_ID = 1


class Security(StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"
    NONE = "none"


SECURITY_LABELS: dict[Security, str] = {
    Security.STARTTLS: "STARTTLS (port 587)",
    Security.TLS: "TLS/SSL (port 465)",
    Security.NONE: "Tanpa enkripsi (port 25)",
}
USUAL_PORTS: dict[Security, int] = {Security.STARTTLS: 587, Security.TLS: 465, Security.NONE: 25}


@dataclass(frozen=True)
class Mail:
    enabled: bool = False
    host: str = ""
    port: int = 587
    security: Security = Security.STARTTLS
    username: str = ""
    sender_address: str = ""
    sender_name: str = ""

    @property
    def ready(self) -> bool:
        """Switched on and complete: messages are queued and sent."""
        return self.enabled and not mail_problems(self)


def mail_in(session: Session) -> Mail:
    row = session.get(MailSettings, SETTINGS_ID)
    if row is None:
        return Mail()
    return Mail(row.enabled, row.host, row.port, Security(row.security), row.username,
                row.sender_address, row.sender_name)  # fmt: skip


def read_mail(engine: Engine) -> Mail:
    with reading(engine) as session:
        return mail_in(session)


def cleaned(mail: Mail) -> Mail:
    return replace(mail, host=mail.host.strip(), username=mail.username.strip(),
                   sender_address=mail.sender_address.strip(),
                   sender_name=" ".join(mail.sender_name.split()))  # fmt: skip


def mail_problems(mail: Mail) -> dict[str, str]:
    """What is wrong, by field, in Indonesian; empty when it can be used. A switched-off
    server may be incomplete (the office fills it in over time)."""
    problems: dict[str, str] = {}
    for key, value in asdict(mail).items():
        if isinstance(value, str) and control_characters(value):
            problems[key] = "berisi karakter kendali"
    if not 1 <= mail.port <= 65535:
        problems["port"] = "port antara 1 dan 65535"
    if mail.sender_address:
        try:
            normalize_email(mail.sender_address)
        except IdentityError as exc:
            problems["sender_address"] = str(exc)
    if mail.enabled:
        if not mail.host:
            problems.setdefault("host", "server SMTP wajib diisi")
        if not mail.sender_address:
            problems.setdefault("sender_address", "alamat pengirim wajib diisi")
    if " " in mail.host:
        problems.setdefault("host", "nama server tanpa spasi")
    return problems


def save_mail(engine: Engine, mail: Mail, officer_id: int | None) -> Mail:
    """Store the settings (InvalidValue naming every problem)."""
    mail = cleaned(mail)
    problems = mail_problems(mail)
    if problems:
        raise InvalidValue("; ".join(problems.values()))
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        before = mail_in(session)
        row = session.get(MailSettings, SETTINGS_ID)
        if row is None:
            row = MailSettings(id=SETTINGS_ID)
            session.add(row)
        row.enabled, row.host, row.port = mail.enabled, mail.host, mail.port
        row.security, row.username = mail.security.value, mail.username
        row.sender_address, row.sender_name = mail.sender_address, mail.sender_name
        session.flush()
        audit.append(session, audit.Action.MESSAGES, "mail_settings",
                     audit.changes(asdict(before), asdict(mail)),
                     audit.actor(session, officer_id))  # fmt: skip
    return mail
