"""Recording events on a complaint's timeline (append-only)."""

from __future__ import annotations

from sqlalchemy import Engine, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.door import authorise, operation
from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.office import default_officer
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.vocabulary import EventKind

AUDITED = {EventKind.PRINTED: audit.Action.PRINT, EventKind.EXPORTED: audit.Action.EXPORT}


def record_event(
    engine: Engine, tracking_number: str, kind: EventKind, text: str, officer_id: int | None
) -> None:
    """Append one event in its own transaction (printing and exporting a receipt or a letter
    leave a trace)."""
    with operation(engine, officer_id, Permission.LETTERS) as (session, acting):
        complaint = session.scalar(
            select(Complaint).where(Complaint.tracking_number == tracking_number)
        )
        if complaint is None:
            raise NotFound("door.no_complaint", id=tracking_number)
        authorise(session, officer_id, Permission.LETTERS, complaint)
        officer = (acting or default_officer(session)).id
        session.add(Event(complaint_id=complaint.id, kind=kind, officer_id=officer, text=text))
        action = AUDITED.get(kind, audit.Action.EVENT)
        audit.append(session, action, f"complaint:{tracking_number}", {"teks": text}, officer)
