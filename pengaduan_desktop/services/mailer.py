"""Sends the queued emails (core.outbox) through the office's SMTP server: claims one due
message, renders the document it carries (the receipt, the response or rejection letter),
talks to the server, and records its reply. Nothing here holds a transaction open while the
server is talked to."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid

from sqlalchemy import Engine

from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.core.lifecycle import Letter
from pengaduan_desktop.core.mail_settings import Mail, Security, read_mail
from pengaduan_desktop.core.message_templates import Enclosure
from pengaduan_desktop.core.outbox import Outgoing, State, claim_next, record_attempt
from pengaduan_desktop.services.mail_password import password_for

TIMEOUT = 30  # seconds to wait for the server at each step
UNREACHABLE = "server email tidak dapat dihubungi"  # the start of every connection failure


class SendFailed(Exception):
    """The server did not take the message: its reply, and whether trying again is useless."""

    def __init__(self, reply: str, final: bool) -> None:
        super().__init__(reply)
        self.reply = reply
        self.final = final


@dataclass(frozen=True)
class Attempt:
    message_id: int
    complaint_id: int
    tracking_number: str
    state: State
    reply: str


def enclosure(engine: Engine, out: Outgoing) -> tuple[str, bytes] | None:
    """The PDF the message carries, named after the complaint, or None. The letters are
    issued (numbered) by the program if no officer has printed them yet."""
    from pengaduan_desktop.services.letters import issued_letter_pdf
    from pengaduan_desktop.services.receipt import receipt_pdf

    name = out.tracking_number
    if out.enclosure == Enclosure.RECEIPT:
        return f"Tanda-Bukti-{name}.pdf", receipt_pdf(engine, out.tracking_number)
    if out.enclosure == Enclosure.RESPONSE:
        _, pdf = issued_letter_pdf(engine, Letter.RESPONSE, out.complaint_id)
        return f"Surat-Tanggapan-{name}.pdf", pdf
    if out.enclosure == Enclosure.REJECTION:
        _, pdf = issued_letter_pdf(engine, Letter.REJECTION, out.complaint_id)
        return f"Surat-Pemberitahuan-{name}.pdf", pdf
    if out.enclosure == Enclosure.FORWARDING:
        _, pdf = issued_letter_pdf(engine, Letter.FORWARDING, out.complaint_id)
        return f"Surat-Penerusan-{name}.pdf", pdf
    return None


def build_email(mail: Mail, out: Outgoing, attached: tuple[str, bytes] | None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = formataddr((mail.sender_name, mail.sender_address))
    message["To"] = out.recipient
    message["Subject"] = out.subject
    message["Date"] = formatdate(now_utc().timestamp(), localtime=True)
    domain = mail.sender_address.rpartition("@")[2] or None
    message["Message-ID"] = make_msgid(idstring=f"pengaduan-{out.id}", domain=domain)
    message["X-Pengaduan-Nomor"] = out.tracking_number
    message.set_content(out.body)
    if attached is not None:
        filename, pdf = attached
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return message


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(words.split())}"


def deliver(mail: Mail, password: str, message: EmailMessage) -> str:
    """Hand the message to the server; returns its reply to the message (e.g. "250 OK");
    SendFailed with the reply when it does not take it."""
    context = ssl.create_default_context()
    try:
        smtp = (smtplib.SMTP_SSL(mail.host, mail.port, timeout=TIMEOUT, context=context)
                if mail.security == Security.TLS
                else smtplib.SMTP(mail.host, mail.port, timeout=TIMEOUT))  # fmt: skip
        with smtp:
            if mail.security == Security.STARTTLS:
                smtp.starttls(context=context)
            smtp.ehlo_or_helo_if_needed()
            if mail.username:
                smtp.login(mail.username, password)
            code, text = smtp.mail(mail.sender_address)
            if code != 250:
                raise SendFailed(_reply(code, text), final=code >= 500)
            code, text = smtp.rcpt(str(message["To"]))
            if code not in (250, 251):
                raise SendFailed(_reply(code, text), final=code >= 500)
            code, text = smtp.data(message.as_bytes(policy=policy.SMTP))  # CRLF lines
            if code != 250:
                raise SendFailed(_reply(code, text), final=code >= 500)
            return _reply(code, text)
    except smtplib.SMTPAuthenticationError as exc:  # the office's setting, not this message
        raise SendFailed("login ditolak server: " + _reply(exc.smtp_code, exc.smtp_error),
                         final=False) from exc  # fmt: skip
    except smtplib.SMTPResponseException as exc:
        raise SendFailed(_reply(exc.smtp_code, exc.smtp_error),
                         final=exc.smtp_code >= 500) from exc  # fmt: skip
    except (smtplib.SMTPException, OSError) as exc:  # refused, unreachable, TLS, timeout
        raise SendFailed(unreachable(mail, exc), final=False) from exc


def unreachable(mail: Mail, exc: BaseException) -> str:
    """Why the server could not be talked to, in Indonesian, with the system's own words
    after it (e.g. "Connection refused") for whoever looks after the server."""
    import socket

    original = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    if isinstance(exc, ConnectionRefusedError):
        why = "sambungan ditolak; periksa alamat dan port server, atau server sedang mati"
    elif isinstance(exc, socket.gaierror):
        why = "nama server tidak ditemukan; periksa alamat server dan jaringan"
    elif isinstance(exc, TimeoutError | socket.timeout):
        why = "server tidak menjawab; periksa jaringan"
    elif isinstance(exc, ssl.SSLError):
        why = "sambungan aman (SSL/TLS) gagal; periksa pilihan keamanan"
    elif isinstance(exc, smtplib.SMTPServerDisconnected):
        why = "server memutus sambungan"
    else:
        why = "periksa jaringan dan pengaturan server"
    return f"{UNREACHABLE} ({mail.host}:{mail.port}): {why} — balasan asli: {original}"


def send_next(engine: Engine) -> Attempt | None:
    """Send the next due email, if any, and record how it went."""
    mail = read_mail(engine)
    if not mail.ready:
        return None
    out = claim_next(engine)
    if out is None:
        return None
    try:
        attached = enclosure(engine, out)
        reply = deliver(mail, password_for(mail.host, mail.username),
                        build_email(mail, out, attached))  # fmt: skip
    except SendFailed as failed:
        state = record_attempt(engine, out.id, False, failed.reply, failed.final)
        return Attempt(out.id, out.complaint_id, out.tracking_number, state, failed.reply)
    except UserError as exc:  # the letter no longer exists (reopened), the data changed
        reply = f"lampiran tidak dapat dibuat: {exc}"
        return Attempt(out.id, out.complaint_id, out.tracking_number,
                       record_attempt(engine, out.id, False, reply, final=True), reply)  # fmt: skip
    state = record_attempt(engine, out.id, True, reply)
    return Attempt(out.id, out.complaint_id, out.tracking_number, state, reply)


def send_due(engine: Engine, limit: int = 100) -> list[Attempt]:
    """Send every email due now (at most `limit`); stops early when the server cannot be
    reached, so that one outage costs one attempt, not one per message."""
    attempts: list[Attempt] = []
    while len(attempts) < limit:
        attempt = send_next(engine)
        if attempt is None:
            break
        attempts.append(attempt)
        if attempt.state != State.TERKIRIM and attempt.reply.startswith(UNREACHABLE):
            break
    return attempts
