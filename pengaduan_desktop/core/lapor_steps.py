"""The SP4N-LAPOR! steps inside a workflow action (core.workflow checks who, from which status
and the text): putting on hold (Tunda), resuming, forwarding to the agency whose authority it
is (Diteruskan). Archiving (Diarsipkan) needs nothing beyond the workflow rule. docs/lapor.md
says who may do each and why."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from pengaduan_desktop.core.clock_stop import complaint_due, open_hold
from pengaduan_desktop.core.errors import WorkflowError
from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.models import Complaint, ComplaintForward, ComplaintHold
from pengaduan_desktop.core.text import control_characters
from pengaduan_desktop.core.vocabulary import Status

AGENCY_MAX = 200


def hold(session: Session, c: Complaint, awaited: str, today: date,
         officer_id: int | None) -> None:  # fmt: skip
    """The clock stops from today; the status to return to is kept."""
    session.add(ComplaintHold(complaint_id=c.id, awaited=awaited, previous_status=c.status,
                              held_on=today, officer_id=officer_id))  # fmt: skip


def resume(session: Session, c: Complaint, text: str, today: date) -> str:
    """Back to the status before the hold; the due date moves by the working days stood
    still (core.clock_stop). Returns the event's text."""
    current = open_hold(session, c.id)
    old = c.due_date
    if current is None:  # on hold without its record (set by an import): back to verified
        c.status = Status.DIVERIFIKASI
        return f"{text or 'Dilanjutkan'} (batas waktu {old:%d-%m-%Y})"
    current.resumed_on = max(today, current.held_on)
    session.flush()
    c.status = Status(current.previous_status)
    c.due_date = complaint_due(session, c)
    said = text or f"Yang ditunggu: {current.awaited}"
    return f"{said} (batas waktu {old:%d-%m-%Y} → {c.due_date:%d-%m-%Y})"


def end_hold(session: Session, c: Complaint, today: date) -> None:
    """A complaint leaving Tunda another way (forwarded, archived): its hold ends today."""
    current = open_hold(session, c.id)
    if current is not None:
        current.resumed_on = max(today, current.held_on)


def agency_problem(agency: str) -> str:
    """Why `agency` cannot be the agency a complaint is forwarded to, else ""."""
    if not agency:
        return Text("forward.agency_missing")
    if len(agency) > AGENCY_MAX:
        return Text("forward.agency_long", limit=AGENCY_MAX)
    if control_characters(agency, multiline=False):
        return Text("forward.agency_controls")
    return ""


def forward(session: Session, c: Complaint, agency: str, reason: str, today: date,
            officer_id: int | None) -> str:  # fmt: skip
    """Record the agency; returns the event's text (also the complaint's result)."""
    problem = agency_problem(agency)
    if problem:
        raise WorkflowError(problem)
    session.add(ComplaintForward(complaint_id=c.id, agency=agency, reason=reason,
                                 forwarded_on=today, officer_id=officer_id))  # fmt: skip
    return f"Diteruskan kepada {agency}: {reason}"


def forwarded_to(session: Session, complaint_id: int) -> ComplaintForward | None:
    """The latest forwarding of a complaint, or None."""
    from sqlalchemy import select

    return session.scalars(select(ComplaintForward)
                           .where(ComplaintForward.complaint_id == complaint_id)
                           .order_by(ComplaintForward.id.desc())).first()  # fmt: skip
