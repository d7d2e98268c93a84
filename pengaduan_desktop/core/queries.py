"""Read-only queries the screens need, returning plain rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import scope
from pengaduan_desktop.core.models import Complainant, Complaint
from pengaduan_desktop.core.privacy import listed_name
from pengaduan_desktop.core.timeutil import to_local


@dataclass(frozen=True)
class RecentRow:
    tracking_number: str
    received_at: datetime  # local
    complainant: str
    summary: str
    due_date: date
    status: str


def recent_complaints(
    engine: Engine, limit: int = 50, viewer_id: int | None = None
) -> list[RecentRow]:
    """The newest complaints the viewer may see, newest first (uses the received_at index)."""
    stmt = (
        select(
            Complaint.tracking_number,
            Complaint.received_at,
            Complaint.anonymous,
            Complaint.confidential,
            Complaint.summary,
            Complaint.due_date,
            Complaint.status,
            Complainant.name,
        )  # fmt: skip
        .join(Complainant, Complainant.id == Complaint.complainant_id)
        .order_by(Complaint.received_at.desc(), Complaint.id.desc())
        .limit(limit)
    )
    with reading(engine) as session:
        stmt = stmt.where(*scope(session, viewer_id))
        return [
            RecentRow(
                r.tracking_number,
                to_local(r.received_at),
                listed_name(r.name, r.anonymous, r.confidential),  # a list: masked
                r.summary,
                r.due_date,
                r.status,
            )  # fmt: skip
            for r in session.execute(stmt)
        ]
