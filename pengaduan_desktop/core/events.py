"""Recording events on a complaint's timeline (append-only)."""

from __future__ import annotations

from sqlalchemy import Engine, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import writing
from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.office import default_officer
from pengaduan_desktop.core.vocabulary import EventKind

AUDITED = {EventKind.PRINTED: audit.Action.PRINT, EventKind.EXPORTED: audit.Action.EXPORT}


def record_event(
    engine: Engine, tracking_number: str, kind: EventKind, text: str, officer_id: int | None
) -> None:
    """Append one event in its own transaction (printing and exporting leave a trace)."""
    with writing(engine) as session:
        complaint_id = session.scalar(
            select(Complaint.id).where(Complaint.tracking_number == tracking_number)
        )
        if complaint_id is None:
            raise NotFound(f"pengaduan {tracking_number} tidak ditemukan")
        officer = officer_id or default_officer(session).id
        session.add(Event(complaint_id=complaint_id, kind=kind, officer_id=officer, text=text))
        action = AUDITED.get(kind, audit.Action.EVENT)
        audit.append(session, action, f"complaint:{tracking_number}", {"teks": text}, officer)
