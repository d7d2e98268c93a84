"""Intake: register a validated complaint in one transaction with its tracking number, due
date and 'received' event."""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import acting_officer, operation
from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.core.lifecycle import due_date
from pengaduan_desktop.core.models import Complainant, Complaint, Event, Officer
from pengaduan_desktop.core.numbering import next_tracking_number
from pengaduan_desktop.core.office import default_officer, load_calendar, profile
from pengaduan_desktop.core.outbox import queue_step
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.privacy import list_copy
from pengaduan_desktop.core.timeutil import local_date
from pengaduan_desktop.core.validation import ComplaintInput, SavedComplaint, validate
from pengaduan_desktop.core.vocabulary import EventKind, Status


def register(
    engine: Engine, data: ComplaintInput, officer_id: int | None = None, key: str | None = None
) -> SavedComplaint:
    """Validate and save one complaint in one transaction. `key` (the intake form makes one
    per complaint) makes a retry safe: when the connection dropped around the commit, saving
    again with the same key returns the complaint the first attempt saved, never a second."""
    checked = validate(data)
    try:
        with operation(engine, officer_id, Permission.INTAKE) as (session, _officer):
            earlier = saved_with(session, key)
            if earlier is not None:
                return earlier
            saved = add_complaint(session, checked, officer_id, key=key)
            new = session.get_one(Complaint, saved.id)
            queue_step(session, new, EventKind.RECEIVED, "", officer_id)  # emailed receipt
            audit.append(session, audit.Action.INTAKE, f"complaint:{saved.tracking_number}",
                         intake_detail(checked), audit.actor(session, officer_id))  # fmt: skip
            return saved
    except IntegrityError:
        # The same key committed meanwhile by a retry racing the first attempt.
        with reading(engine) as session:
            earlier = saved_with(session, key)
        if earlier is None:
            raise
        return earlier


def saved_with(session: Session, key: str | None) -> SavedComplaint | None:
    """The complaint an earlier save with this key committed, if any."""
    if not key:
        return None
    c = session.scalar(select(Complaint).where(Complaint.idempotency_key == key))
    return SavedComplaint(c.id, c.tracking_number, c.received_at, c.due_date) if c else None


def intake_detail(d: ComplaintInput) -> dict[str, object]:
    """What the audit trail keeps of a new complaint: its facts, not the complainant's
    identity (the complaint holds that)."""
    return {"diterima": d.received_at, "kanal": d.channel, "layanan": d.service,
            "kategori": d.category, "perihal": d.summary, "status": d.status,
            "rahasia": d.confidential, "anonim": d.anonymous}  # fmt: skip


def add_complaint(
    session: Session,
    d: ComplaintInput,
    officer_id: int | None,
    calendar_days: int | None = None,
    key: str | None = None,
) -> SavedComplaint:
    """Add an already validated complaint inside the caller's transaction."""
    office = profile(session)
    calendar = load_calendar(session)
    receiver = acting_officer(session, officer_id) or default_officer(session)
    responsible = (
        session.get(Officer, d.responsible_officer_id)
        if d.responsible_officer_id
        else default_officer(session)
    )
    if responsible is None:
        raise NotFound("intake.no_officer", id=d.responsible_officer_id)
    received_day = local_date(d.received_at)
    sequence, number = next_tracking_number(session, received_day.year)
    due = due_date(calendar, received_day, calendar_days or office.sla_days)
    complainant = Complainant(
        name=d.name, id_type=d.id_type, id_number=d.id_number, address=d.address,
        phone=d.phone, phone_typed=d.phone_typed, email=d.email,
    )  # fmt: skip
    complaint = Complaint(
        tracking_number=number, year=received_day.year, sequence=sequence,
        received_at=d.received_at, channel=d.channel, form=d.form, service=d.service,
        category=d.category, summary=d.summary, description=d.description, loss=d.loss,
        requested_resolution=d.requested_resolution, event_place=d.event_place,
        event_date=d.event_date, complainant=complainant,
        complainant_name=list_copy(d.name, d.anonymous, d.confidential),
        anonymous=d.anonymous,
        confidential=d.confidential, lapor_tracking_id=d.lapor_tracking_id,
        letter_number=d.letter_number, responsible_officer=responsible,
        receiving_officer=receiver, unit_id=d.unit_id, status=d.status, clock_start=received_day,
        due_date=due,
        closed_at=d.closed_at, result=d.result, idempotency_key=key,
    )  # fmt: skip
    complaint.events.append(
        Event(kind=EventKind.RECEIVED, officer=receiver, at=d.received_at, text="")
    )
    if d.status == Status.SELESAI:
        complaint.events.append(
            Event(kind=EventKind.RESOLVED, officer=responsible, at=d.closed_at, text=d.result)
        )
    elif d.status == Status.DITOLAK:
        complaint.events.append(
            Event(kind=EventKind.REJECTED, officer=responsible, at=d.closed_at, text=d.result)
        )
    session.add(complaint)
    session.flush()
    return SavedComplaint(complaint.id, number, d.received_at, due)
