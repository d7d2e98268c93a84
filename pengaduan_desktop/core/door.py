"""The one door every change to the database goes through.

An operation names the acting officer and the permission it needs. `operation()` opens one
short write transaction, checks that the officer may act (active account, a role that grants
the permission, the complaint inside the officer's unit where the role is limited to one),
and yields the session; the operation validates, writes, and appends its audit entry in the
same transaction (core.audit). Slow work (rendering a PDF) is done before or after, never
inside (pengaduan_desktop.services).

`Changes` is what an operation returns to the window so that every open tab and dialog can
refresh what it shows (ui.operations broadcasts it).

officer_id None is the program itself (init, the demo, migrations, the tests' set-up): it is
allowed everything and the audit names the office's default officer.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Engine, true
from sqlalchemy.orm import Session

from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.errors import Forbidden, NotFound
from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.models import Complaint, Officer
from pengaduan_desktop.core.permissions import Permission, can, refusal


@dataclass(frozen=True)
class Changes:
    """What an operation changed. The window refreshes what shows any of it."""

    complaints: frozenset[int] = frozenset()  # ids of complaints changed or added
    complaint_list: bool = False  # rows added, removed, or many changed (due dates)
    calendar: bool = False
    office: bool = False  # office profile, settings
    lists: bool = False  # officers, units, catalogue, reasons, letter series
    reports: bool = False  # drafts, issued reports
    accounts: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.complaints | other.complaints,
            self.complaint_list or other.complaint_list,
            self.calendar or other.calendar,
            self.office or other.office,
            self.lists or other.lists,
            self.reports or other.reports,
            self.accounts or other.accounts,
        )


def acting_officer(session: Session, officer_id: int | None) -> Officer | None:
    """The officer acting, checked to exist and be active; None for the program itself."""
    if officer_id is None:
        return None
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise NotFound("door.no_officer", id=officer_id)
    if not officer.active:
        raise Forbidden("door.inactive", name=officer.name)
    return officer


def authorise(
    session: Session,
    officer_id: int | None,
    permission: Permission | None,
    complaint: Complaint | None = None,
) -> Officer | None:
    """Refuse (Forbidden) unless the officer may use `permission`, on `complaint` if given.
    permission None: any active account (what it touches is checked by the operation, as a
    view of a complaint is by check_sees)."""
    officer = acting_officer(session, officer_id)
    if officer is None:
        return None
    if permission is not None and not can(officer.role, permission):
        raise Forbidden(refusal(officer.role, permission))
    if complaint is not None and not sees(officer, complaint):
        raise Forbidden(unseen(complaint))
    return officer


def unseen(complaint: Complaint) -> str:
    """The sentence shown when a complaint lies outside what the officer may see."""
    return Text("door.unseen", number=complaint.tracking_number)


def sees(officer: Officer | None, complaint: Complaint) -> bool:
    """Whether the officer may see the complaint at all."""
    if officer is None or can(officer.role, Permission.VIEW_ALL):
        return True
    return (
        can(officer.role, Permission.VIEW_UNIT)
        and officer.unit_id is not None
        and complaint.unit_id == officer.unit_id
    )


def visible_clause(officer: Officer | None) -> ColumnElement[bool]:
    """The WHERE clause that limits a query of complaints to what the officer may see."""
    if officer is None or can(officer.role, Permission.VIEW_ALL):
        return true()
    if can(officer.role, Permission.VIEW_UNIT) and officer.unit_id is not None:
        return Complaint.unit_id == officer.unit_id
    return Complaint.id < 0  # sees nothing


def scope(session: Session, viewer_id: int | None) -> list[ColumnElement[bool]]:
    """The WHERE clauses that limit a query of complaints to what the viewer may see; none
    when the viewer sees every complaint (viewer_id None: the program)."""
    officer = acting_officer(session, viewer_id)
    if officer is None or can(officer.role, Permission.VIEW_ALL):
        return []
    return [visible_clause(officer)]


@contextmanager
def operation(
    engine: Engine, officer_id: int | None, permission: Permission | None
) -> Iterator[tuple[Session, Officer | None]]:
    """One checked write transaction: yields the session and the acting officer (None for the
    program). An operation on one complaint calls authorise() again with it once loaded."""
    with writing(engine) as session:
        officer = authorise(session, officer_id, permission)
        yield session, officer


def complaint_for(
    session: Session,
    officer_id: int | None,
    permission: Permission,
    complaint_id: int,
    for_update: bool = False,
) -> Complaint:
    """Inside an operation: the complaint, once the officer may use `permission` on it."""
    complaint = session.get(Complaint, complaint_id, with_for_update=for_update)
    if complaint is None:
        raise NotFound("door.no_complaint", id=complaint_id)
    authorise(session, officer_id, permission, complaint)
    return complaint


# -- reads -------------------------------------------------------------------------------------
def permitted(engine: Engine, officer_id: int | None, permission: Permission) -> None:
    """Refuse (Forbidden) a read, or work done before its write transaction (rendering,
    a file written), unless the officer may use `permission`. Checks in a short read."""
    if officer_id is None:
        return
    with reading(engine) as session:
        authorise(session, officer_id, permission)


def check_sees(session: Session, viewer_id: int | None, complaint: Complaint) -> None:
    """Refuse (Forbidden) to show a complaint outside what the viewer may see (viewer_id None:
    the program, sees everything; an inactive account sees nothing)."""
    if not sees(acting_officer(session, viewer_id), complaint):
        raise Forbidden(unseen(complaint))
