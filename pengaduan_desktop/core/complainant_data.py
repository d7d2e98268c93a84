"""Everything the office holds about one complainant (UU 27/2022, the data subject's right of
access): each of their complaints with its identity as recorded, its timeline, the numbers of
the letters sent about it and the list of its attachments. Plain data, for the PDF and JSON
export of pengaduan_desktop.services.personal_data."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, select

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.complainants import complaints_of, find_person
from pengaduan_desktop.core.complaint_detail import AttachmentInfo
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import authorise
from pengaduan_desktop.core.models import AgendaEntry, Attachment, Event, Officer
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.printable import Letterhead, letterhead
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.core.vocabulary import (
    CHANNEL_LABELS,
    EVENT_LABELS,
    STATUS_LABELS,
    Channel,
    EventKind,
    Status,
)


@dataclass(frozen=True)
class Identity:
    name: str
    id_type: str
    id_number: str
    address: str
    phone: str
    email: str
    erased_at: datetime | None  # local


@dataclass(frozen=True)
class Step:
    at: datetime  # local
    kind: str  # Indonesian label
    officer: str
    text: str


@dataclass(frozen=True)
class LetterSent:
    number: str
    issued_on: date
    subject: str


@dataclass(frozen=True)
class ComplaintHeld:
    tracking_number: str
    received_at: datetime  # local
    channel: str  # Indonesian label
    service: str
    category: str
    summary: str
    description: str
    loss: str
    requested_resolution: str
    event_place: str
    event_date: date | None
    anonymous: bool
    confidential: bool
    status: str  # Indonesian label
    closed_at: datetime | None  # local
    result: str
    identity: Identity
    steps: list[Step]
    letters: list[LetterSent]
    files: list[AttachmentInfo]
    lapor_tracking_id: str = ""  # SP4N-LAPOR!


@dataclass(frozen=True)
class HeldData:
    key: str  # what the officer asked for: a tracking number or an identity number
    produced_at: datetime  # local
    letterhead: Letterhead
    complaints: list[ComplaintHeld]

    def as_json(self) -> dict[str, Any]:
        """The whole as JSON-ready values (dates ISO 8601, WIB)."""
        whole = asdict(self)
        del whole["letterhead"]  # the office's logo and address are not the person's data
        whole["kantor"] = self.letterhead.office_name
        return _iso(whole)  # type: ignore[no-any-return]


def _iso(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _iso(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def held_about(engine: Engine, key: str, officer_id: int | None) -> HeldData:
    """What is held about the person `key` names (core.complainants); Permission.PERSONAL_DATA."""
    with reading(engine) as session:
        authorise(session, officer_id, Permission.PERSONAL_DATA)
        people = find_person(session, key)
        names = {r.id: r.name for r in session.execute(select(Officer.id, Officer.name))}
        held = []
        for c in complaints_of(session, people):
            who = c.complainant
            steps = session.scalars(
                select(Event).where(Event.complaint_id == c.id).order_by(Event.at, Event.id)
            )
            letters = session.scalars(
                select(AgendaEntry).where(AgendaEntry.complaint_id == c.id)
                .order_by(AgendaEntry.issued_on, AgendaEntry.id)
            )  # fmt: skip
            files = session.scalars(
                select(Attachment).where(Attachment.complaint_id == c.id).order_by(Attachment.id)
            )
            held.append(ComplaintHeld(
                c.tracking_number, to_local(c.received_at), CHANNEL_LABELS[Channel(c.channel)],
                c.service, c.category, c.summary, c.description, c.loss,
                c.requested_resolution, c.event_place, c.event_date, c.anonymous,
                c.confidential, STATUS_LABELS[Status(c.status)],
                to_local(c.closed_at) if c.closed_at else None, c.result,
                Identity(who.name, who.id_type, who.id_number, who.address, who.phone_shown,
                         who.email, to_local(who.erased_at) if who.erased_at else None),
                [Step(to_local(e.at), EVENT_LABELS.get(EventKind(e.kind), e.kind),
                      names.get(e.officer_id or 0, ""), e.text) for e in steps],
                [LetterSent(a.number, a.issued_on, a.subject) for a in letters],
                [AttachmentInfo(f.id, f.filename, f.media_type, f.size, f.sha256,
                                to_local(f.added_at)) for f in files],
                lapor_tracking_id=c.lapor_tracking_id,
            ))  # fmt: skip
        return HeldData(key.strip(), clock.now_local(), letterhead(session), held)
