"""One complaint with everything its page shows, read in one short session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, select

from pengaduan_desktop.core import clock, privacy
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import check_sees, operation
from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.core.models import Attachment, Complaint, Event, Officer
from pengaduan_desktop.core.permissions import Permission, can
from pengaduan_desktop.core.sla import Sla, sla_state
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.core.validation import ComplaintInput


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime  # local
    kind: str
    officer: str
    text: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime  # local


@dataclass(frozen=True)
class ComplaintDetail:
    id: int
    version: int
    tracking_number: str
    status: str
    due_date: date
    sla: Sla
    unit: str
    responsible: str
    result: str
    closed_at: datetime | None
    data: ComplaintInput  # the fields as the intake form edits them
    timeline: list[TimelineEntry]
    attachments: list[AttachmentInfo]
    identity_masked: bool = False  # the viewer may not see this confidential complainant
    personal_data: bool = False  # the viewer may export or erase the complainant's data
    identity_erased: bool = False  # erased on request or after the retention period


def record_identity_view(engine: Engine, complaint_id: int, officer_id: int | None,
                         where: str) -> bool:  # fmt: skip
    """When a confidential complainant's identity has been put before an officer (the
    complaint page shows name, identity number and contact): one audit entry naming the
    complaint, the officer and where it was shown. Returns whether one was written: not for an
    ordinary or an anonymous complaint, an erased identity, nor an officer who saw it masked
    (core.privacy decides)."""
    with operation(engine, officer_id, None) as (session, viewer):
        complaint = session.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFound("door.no_complaint", id=complaint_id)
        check_sees(session, officer_id, complaint)
        if not privacy.holds_identity(complaint) or not privacy.sees_identity(viewer, complaint):
            return False
        privacy.record_view(session, officer_id, complaint, where)
        return True


def complaint_detail(
    engine: Engine, complaint_id: int, viewer_id: int | None = None
) -> ComplaintDetail:
    """The complaint as `viewer_id` may see it: Forbidden when it lies outside what the viewer
    may see (viewer_id None: the program, sees everything); a confidential complainant masked
    unless core.privacy lets the viewer see them (the page records the view:
    record_identity_view)."""
    with reading(engine) as session:
        c = session.get(Complaint, complaint_id)
        if c is None:
            raise NotFound("door.no_complaint", id=complaint_id)
        check_sees(session, viewer_id, c)
        who = c.complainant
        viewer = session.get(Officer, viewer_id) if viewer_id is not None else None
        masked = privacy.holds_identity(c) and not privacy.sees_identity(viewer, c)
        hidden = privacy.secrets_of(who.name, who.id_number, who.address, who.phone,
                                    who.phone_typed, who.email) if masked else []  # fmt: skip
        officers = {r.id: r.name for r in session.execute(select(Officer.id, Officer.name))}
        events = session.scalars(
            select(Event).where(Event.complaint_id == c.id).order_by(Event.at, Event.id)
        )
        files = session.scalars(
            select(Attachment).where(Attachment.complaint_id == c.id).order_by(Attachment.id)
        )
        data = ComplaintInput(
            received_at=to_local(c.received_at), channel=c.channel, form=c.form,
            service=c.service, category=c.category, summary=c.summary,
            description=c.description, loss=c.loss,
            requested_resolution=c.requested_resolution, event_place=c.event_place,
            event_date=c.event_date, name=who.name, id_type=who.id_type,
            id_number=who.id_number, address=who.address, phone=who.phone_shown, email=who.email,
            anonymous=c.anonymous, confidential=c.confidential,
            lapor_tracking_id=c.lapor_tracking_id, letter_number=c.letter_number,
            responsible_officer_id=c.responsible_officer_id, unit_id=c.unit_id,
            status=c.status, closed_at=c.closed_at, result=c.result,
        )  # fmt: skip
        if masked:
            data = privacy.masked_input(data)
        today = clock.today()
        return ComplaintDetail(
            id=c.id, version=c.version, tracking_number=c.tracking_number, status=c.status,
            due_date=c.due_date, sla=sla_state(c.status, c.due_date, c.closed_at, today),
            unit=c.unit.name if c.unit else "", responsible=c.responsible_officer.name,
            result=c.result, closed_at=to_local(c.closed_at) if c.closed_at else None,
            data=data,
            timeline=[TimelineEntry(to_local(e.at), e.kind, officers.get(e.officer_id or 0, ""),
                                    privacy.redact(e.text, hidden) if masked else e.text)
                      for e in events],
            attachments=[AttachmentInfo(a.id, a.filename, a.media_type, a.size, a.sha256,
                                        to_local(a.added_at)) for a in files],
            identity_masked=masked,
            personal_data=viewer is None or can(viewer.role, Permission.PERSONAL_DATA),
            identity_erased=who.erased_at is not None,
        )  # fmt: skip
