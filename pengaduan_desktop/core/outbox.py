"""Messages to the complainant (issue 12, items 1-2).

An email is queued by the action that causes it, inside that action's transaction (queue(),
called by core.intake and core.workflow): the message exists exactly when the step does. The
window's background sender (ui.mail_sender, services.mailer) claims one due message at a
time, sends it, and records the server's reply: terkirim, or a retry later with a growing
pause, or gagal when the server refuses the message for good or every retry is used up.

WhatsApp and SMS need no gateway: the officer opens a wa.me (or sms:) link holding the same
template text (without the promise of an attachment), sends it from their own phone or
WhatsApp, and confirms it; the confirmation is recorded as a sent message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from urllib.parse import quote

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import check_sees, complaint_for, operation
from pengaduan_desktop.core.errors import InvalidValue, NotFound
from pengaduan_desktop.core.identity import IdentityError, normalize_phone
from pengaduan_desktop.core.lifecycle import shows_contact
from pengaduan_desktop.core.mail_settings import mail_in
from pengaduan_desktop.core.message_templates import (
    Enclosure,
    MessageKind,
    fill,
    for_chat,
    template_in,
    values_for,
)
from pengaduan_desktop.core.models import Complaint, Officer, OutboxMessage
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.core.vocabulary import EventKind


class State(StrEnum):
    ANTRI = "antri"
    TERKIRIM = "terkirim"
    GAGAL = "gagal"
    DIULANG = "diulang"  # failed, then sent again as a new message (its failure stays shown)


STATE_LABELS: dict[State, str] = {
    State.ANTRI: "antri",
    State.TERKIRIM: "terkirim",
    State.GAGAL: "gagal",
    State.DIULANG: "gagal, lalu dikirim ulang",
}


class Via(StrEnum):
    EMAIL = "email"
    WHATSAPP = "whatsapp"
    SMS = "sms"


VIA_LABELS: dict[Via, str] = {Via.EMAIL: "Email", Via.WHATSAPP: "WhatsApp", Via.SMS: "SMS"}

MAX_ATTEMPTS = 8  # then gagal: about four hours of retries (1, 2, 4, ... 60 minutes apart)
FIRST_PAUSE = timedelta(minutes=1)
LONGEST_PAUSE = timedelta(hours=1)
CLAIM = timedelta(minutes=5)  # a sender that died mid-send lets another desk retry after this


def pause_after(attempts: int) -> timedelta:
    """How long to wait before the next try, after `attempts` failed tries (1, 2, 4 ... 60
    minutes)."""
    pause: timedelta = FIRST_PAUSE * 2 ** max(attempts - 1, 0)
    return min(pause, LONGEST_PAUSE)


# -- queuing (inside the action's transaction) --------------------------------------------------
def queue(session: Session, c: Complaint, kind: MessageKind, text: str,
          officer_id: int | None) -> OutboxMessage | None:  # fmt: skip
    """Inside the caller's transaction: queue the email of this step when the office sends
    email, the template is switched on and the complainant left an address (an anonymous
    complainant is never written to). Returns the queued message, or None."""
    email = c.complainant.email.strip()
    if not email or not shows_contact(c.anonymous, False) or not mail_in(session).ready:
        return None
    template = template_in(session, kind)
    if not template.active:
        return None
    values = values_for(session, c, text)
    message = OutboxMessage(
        complaint_id=c.id, channel=Via.EMAIL.value, kind=kind.value, recipient=email,
        subject=fill(template.subject, values), body=fill(template.body, values),
        attachment=template.enclosure.value, state=State.ANTRI.value, attempts=0,
        next_attempt_at=now_utc(), server_reply="", officer_id=officer_id,
    )  # fmt: skip
    session.add(message)
    session.flush()
    return message


# The steps that write to the complainant, by the event they leave on the timeline.
STEP_MESSAGES: dict[str, MessageKind] = {
    EventKind.RECEIVED: MessageKind.DITERIMA,
    EventKind.DISPOSED: MessageKind.DISPOSISI,
    EventKind.REPLY: MessageKind.TANGGAPAN,
    EventKind.RESOLVED: MessageKind.SELESAI,
    EventKind.ESCALATED: MessageKind.ESKALASI,
    EventKind.REJECTED: MessageKind.DITOLAK,
    EventKind.FORWARDED: MessageKind.DITERUSKAN,
    EventKind.ARCHIVED: MessageKind.DIARSIPKAN,
}


def queue_step(session: Session, c: Complaint, event: str, text: str,
               officer_id: int | None) -> None:  # fmt: skip
    """Inside a step's transaction: queue the email this step sends, if it sends one."""
    kind = STEP_MESSAGES.get(event)
    if kind is not None:
        queue(session, c, kind, text, officer_id)


def forget_person(session: Session, complaint_ids: list[int], hidden: list[str]) -> None:
    """Inside an erasure (core.erasure): the messages of these complaints lose the person's
    address and name, and a waiting email is never sent to an identity that was erased."""
    from pengaduan_desktop.core.privacy import ERASED, redact

    rows = session.scalars(select(OutboxMessage).where(
        OutboxMessage.complaint_id.in_(complaint_ids)))  # fmt: skip
    for row in rows:
        row.recipient = ERASED
        row.subject = redact(row.subject, hidden, ERASED)
        row.body = redact(row.body, hidden, ERASED)
        if row.state == State.ANTRI.value:
            row.state, row.server_reply = State.GAGAL.value, "identitas pengadu dihapus"


# -- the background sender's side ---------------------------------------------------------------
@dataclass(frozen=True)
class Outgoing:
    """A claimed message, everything the sender needs without the database."""

    id: int
    complaint_id: int
    tracking_number: str
    recipient: str
    subject: str
    body: str
    enclosure: Enclosure
    attempts: int


def _due(now: datetime) -> list[object]:
    return [
        OutboxMessage.state == State.ANTRI.value,
        OutboxMessage.channel == Via.EMAIL.value,
        OutboxMessage.next_attempt_at <= now,
        or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
    ]


def claim_next(engine: Engine) -> Outgoing | None:
    """The program claims the next due email for a few minutes (so that two desks never send
    it twice), or None when nothing is due. A short write of its own."""
    now = now_utc()
    with operation(engine, None, None) as (session, _):
        row = session.scalar(
            select(OutboxMessage).where(*_due(now))  # type: ignore[arg-type]
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(1)
            .with_for_update(skip_locked=True)
        )  # fmt: skip
        if row is None:
            return None
        row.claimed_until = now + CLAIM
        c = session.get(Complaint, row.complaint_id)
        assert c is not None  # a foreign key
        return Outgoing(row.id, row.complaint_id, c.tracking_number, row.recipient,
                        row.subject, row.body, Enclosure(row.attachment), row.attempts)  # fmt: skip


def next_due(engine: Engine) -> datetime | None:
    """When the earliest queued email is due (None: nothing queued)."""
    with reading(engine) as session:
        return session.scalar(
            select(func.min(OutboxMessage.next_attempt_at)).where(
                OutboxMessage.state == State.ANTRI.value, OutboxMessage.channel == Via.EMAIL.value
            )
        )


def record_attempt(engine: Engine, message_id: int, sent: bool, reply: str,
                   final: bool = False) -> State:  # fmt: skip
    """The program records how a send went: sent, or failed with the server's reply (retried
    later unless `final`, the server refused this message for good, or no tries are left)."""
    now = now_utc()
    with operation(engine, None, None) as (session, _):
        row = session.get(OutboxMessage, message_id)
        if row is None:
            raise NotFound("outbox.missing", id=message_id)
        c = session.get(Complaint, row.complaint_id)
        assert c is not None
        row.attempts += 1
        row.claimed_until = None
        row.server_reply = reply[:2000]
        if sent:
            row.state, row.sent_at = State.TERKIRIM.value, now
        elif final or row.attempts >= MAX_ATTEMPTS:
            row.state = State.GAGAL.value
        else:
            row.next_attempt_at = now + pause_after(row.attempts)
        audit.append(session, audit.Action.MESSAGES, f"complaint:{c.tracking_number}",
                     {"pesan": row.id, "status": row.state, "percobaan": row.attempts,
                      "balasan server": row.server_reply}, audit.actor(session, None))  # fmt: skip
        return State(row.state)


def send_again(engine: Engine, message_id: int, officer_id: int | None) -> int:
    """A failed email is sent again as a new message at the front of the queue, with fresh
    tries; the failed one stays on the timeline with its server reply (state diulang). A
    waiting one goes to the front of the queue. Returns the id of the message now queued."""
    with operation(engine, officer_id, Permission.WORKFLOW) as (session, _):
        row = session.get(OutboxMessage, message_id)
        if row is None or row.channel != Via.EMAIL.value:
            raise NotFound("outbox.no_email", id=message_id)
        c = complaint_for(session, officer_id, Permission.WORKFLOW, row.complaint_id)
        if row.state == State.TERKIRIM.value:
            raise InvalidValue("outbox.sent")
        if row.state == State.DIULANG.value:
            raise InvalidValue("outbox.resent")
        queued_id = row.id
        if row.state == State.GAGAL.value:
            row.state = State.DIULANG.value
            again = OutboxMessage(
                complaint_id=row.complaint_id, channel=row.channel, kind=row.kind,
                recipient=row.recipient, subject=row.subject, body=row.body,
                attachment=row.attachment, state=State.ANTRI.value, attempts=0,
                next_attempt_at=now_utc(), server_reply="", officer_id=officer_id,
                created_at=now_utc(),
            )  # fmt: skip
            session.add(again)
            session.flush()
            queued_id = again.id
        else:
            row.attempts, row.next_attempt_at, row.claimed_until = 0, now_utc(), None
        audit.append(session, audit.Action.MESSAGES, f"complaint:{c.tracking_number}",
                     {"pesan": row.id, "status": "dikirim ulang", "pesan baru": queued_id},
                     audit.actor(session, officer_id))  # fmt: skip
        return queued_id


# -- what the timeline and the CLI show -------------------------------------------------------
@dataclass(frozen=True)
class MessageInfo:
    id: int
    at: datetime  # local: when it was queued or confirmed
    via: Via
    kind: MessageKind
    recipient: str
    subject: str
    state: State
    attempts: int
    server_reply: str
    sent_at: datetime | None  # local
    tracking_number: str = ""
    officer: str = ""  # who confirmed a WhatsApp or SMS message, or whose step queued an email

    @property
    def summary(self) -> str:
        """One line for the timeline, in Indonesian."""
        state = STATE_LABELS[self.state]
        text = f"{VIA_LABELS[self.via]} ke {self.recipient}: {self.subject} — {state}"
        if self.sent_at is not None and self.via == Via.EMAIL:
            text += f" {self.sent_at:%d/%m/%Y %H:%M}"
        if self.state == State.ANTRI and self.attempts:
            text += f" (percobaan {self.attempts}, dicoba lagi nanti)"
        if self.server_reply and self.state != State.TERKIRIM:
            text += f"; balasan server: {self.server_reply}"
        return text


def _info(row: OutboxMessage, tracking_number: str = "", officer: str = "") -> MessageInfo:
    return MessageInfo(row.id, to_local(row.created_at), Via(row.channel), MessageKind(row.kind),
                       row.recipient, row.subject, State(row.state), row.attempts,
                       row.server_reply, to_local(row.sent_at) if row.sent_at else None,
                       tracking_number, officer)  # fmt: skip


def messages_for(engine: Engine, complaint_id: int, viewer_id: int | None) -> list[MessageInfo]:
    """The complaint's messages, oldest first, for who may see the complaint."""
    with reading(engine) as session:
        c = session.get(Complaint, complaint_id)
        if c is None:
            raise NotFound("door.no_complaint", id=complaint_id)
        check_sees(session, viewer_id, c)
        rows = session.execute(
            select(OutboxMessage, Officer.name)
            .outerjoin(Officer, Officer.id == OutboxMessage.officer_id)
            .where(OutboxMessage.complaint_id == complaint_id).order_by(OutboxMessage.id)
        ).all()  # fmt: skip
        return [_info(row, c.tracking_number, name or "") for row, name in rows]


def queued(engine: Engine, states: tuple[State, ...] = (State.ANTRI, State.GAGAL),
           limit: int = 200) -> list[MessageInfo]:  # fmt: skip
    """The emails waiting or failed, oldest first (`pengaduan outbox list`)."""
    with reading(engine) as session:
        rows = session.execute(
            select(OutboxMessage, Complaint.tracking_number)
            .join(Complaint, Complaint.id == OutboxMessage.complaint_id)
            .where(OutboxMessage.state.in_([s.value for s in states]))
            .order_by(OutboxMessage.id).limit(limit)
        ).all()  # fmt: skip
        return [_info(row, number) for row, number in rows]


def count_waiting(engine: Engine) -> tuple[int, int]:
    """(queued, failed) emails: the window's status bar."""
    with reading(engine) as session:
        counts = dict(session.execute(
            select(OutboxMessage.state, func.count()).where(
                OutboxMessage.channel == Via.EMAIL.value).group_by(OutboxMessage.state)
        ).all())  # fmt: skip
    return counts.get(State.ANTRI.value, 0), counts.get(State.GAGAL.value, 0)


# -- WhatsApp and SMS, without a gateway ----------------------------------------------------------
def chat_number(phone: str) -> str:
    """The number a wa.me link takes: E.164 without '+' (0812... -> 62812...). A landline of
    Indonesia cannot receive WhatsApp or SMS (IdentityError)."""
    e164 = normalize_phone(phone)
    if not e164:
        raise IdentityError("outbox.no_phone")
    if e164.startswith("+62") and not e164.startswith("+628"):
        raise IdentityError("outbox.landline")
    return e164[1:]


def chat_link(via: Via, phone: str, text: str) -> str:
    """https://wa.me/<E.164>?text=... or sms:+<E.164>?body=... with the message text."""
    number = chat_number(phone)
    if via == Via.WHATSAPP:
        return f"https://wa.me/{number}?text={quote(text, safe='')}"
    if via == Via.SMS:
        return f"sms:+{number}?body={quote(text, safe='')}"
    raise InvalidValue("outbox.not_chat", via=via)


@dataclass(frozen=True)
class ChatDraft:
    kind: MessageKind
    phone: str  # E.164
    text: str


def chat_draft(engine: Engine, complaint_id: int, kind: MessageKind,
               viewer_id: int | None, text: str = "") -> ChatDraft:  # fmt: skip
    """The message of `kind` for this complaint as a chat text (the email's subject as its
    first line, then its body, promising no attachment), to the complainant's phone."""
    with reading(engine) as session:
        c = session.get(Complaint, complaint_id)
        if c is None:
            raise NotFound("door.no_complaint", id=complaint_id)
        check_sees(session, viewer_id, c)
        if not shows_contact(c.anonymous, False):
            raise InvalidValue("outbox.anonymous")
        template = template_in(session, kind)
        values = values_for(session, c, text or _step_text(c, kind))
        body = for_chat(fill(template.body, values), kind, values)
        body = f"{fill(template.subject, values)}\n\n{body}"
        return ChatDraft(kind, "+" + chat_number(c.complainant.phone), body)


def _step_text(c: Complaint, kind: MessageKind) -> str:
    """The text of the complaint's latest step of this kind (the reply, the result ...)."""
    texts = [e.text for e in c.events if STEP_MESSAGES.get(e.kind) == kind]
    return texts[-1] if texts else (c.result if kind == MessageKind.SELESAI else "")


def confirm_chat(engine: Engine, complaint_id: int, via: Via, draft: ChatDraft,
                 officer_id: int | None) -> int:  # fmt: skip
    """The officer confirms the WhatsApp or SMS message went: recorded as sent, by them."""
    if via == Via.EMAIL:
        raise InvalidValue("outbox.email_automatic")
    with operation(engine, officer_id, Permission.WORKFLOW) as (session, acting):
        c = complaint_for(session, officer_id, Permission.WORKFLOW, complaint_id)
        now = now_utc()
        subject = draft.text.split("\n", 1)[0][:300]
        row = OutboxMessage(
            complaint_id=c.id, channel=via.value, kind=draft.kind.value, recipient=draft.phone,
            subject=subject, body=draft.text, attachment="",
            state=State.TERKIRIM.value, attempts=1, next_attempt_at=now, server_reply="",
            officer_id=officer_id, created_at=now, sent_at=now,
        )  # fmt: skip
        session.add(row)
        session.flush()
        audit.append(session, audit.Action.MESSAGES, f"complaint:{c.tracking_number}",
                     {"pesan": row.id, "saluran": VIA_LABELS[via],
                      "status": "terkirim (dikonfirmasi petugas)"},
                     audit.actor(session, officer_id))  # fmt: skip
        return row.id
