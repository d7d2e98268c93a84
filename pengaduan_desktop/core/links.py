"""One complainant, one history (issue 12 item 6): a complaint linked to an earlier one, or
merged into it as a duplicate.

- Link ("terkait"): both stay as they are; each page shows the other.
- Merge ("duplikat"): both numbers stay; the newer complaint is closed with status *digabung*,
  its result naming the original and the reason, and it points to the original. Only an open
  complaint is merged, into one that is not itself a merged duplicate.
- Both are one transaction through the door (permission WORKFLOW) with an event on each
  complaint's timeline and one audit entry (action "link").
- Removing a link: WORKFLOW; removing a merge reopens a closed complaint, so it needs
  CORRECT_LOCKED (the Pejabat Pengelola): the duplicate gets back the status it had.
- Counting: a merged duplicate is left out of every figure of the monthly report
  (`counted()`), so the matter is counted once, as its original.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, Engine, or_, select
from sqlalchemy.orm import Session, aliased

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import (
    Changes,
    acting_officer,
    check_sees,
    complaint_for,
    operation,
    sees,
)
from pengaduan_desktop.core.errors import Conflict, InvalidValue, NotFound
from pengaduan_desktop.core.models import Complaint, ComplaintLink, Event
from pengaduan_desktop.core.office import default_officer
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.core.vocabulary import CLOSED_STATUSES, EventKind, Status

MAX_REASON = 500


class LinkKind(StrEnum):
    RELATED = "terkait"
    DUPLICATE = "duplikat"


KIND_LABELS = {LinkKind.RELATED: "Terkait", LinkKind.DUPLICATE: "Duplikat"}


@dataclass(frozen=True)
class LinkRow:
    """One link as a complaint's page shows it, seen from that complaint."""

    id: int
    kind: LinkKind
    other_id: int
    other_number: str
    other_summary: str
    other_status: str
    earlier: bool  # the other complaint is the earlier one (this one points to it)
    reason: str
    at: datetime  # local
    visible: bool  # the viewer may open the other complaint


def counted() -> ColumnElement[bool]:
    """WHERE clause: the complaint is not a merged duplicate (reports count each matter once)."""
    merged = select(ComplaintLink.complaint_id).where(ComplaintLink.kind == LinkKind.DUPLICATE)
    return Complaint.id.not_in(merged)


def link_complaints(
    engine: Engine,
    complaint_id: int,
    earlier_id: int,
    kind: LinkKind,
    reason: str,
    officer_id: int | None,
) -> Changes:
    """Link complaint_id to earlier_id, or merge it into earlier_id as a duplicate."""
    reason = reason.strip()
    if kind is LinkKind.DUPLICATE and not reason:
        raise InvalidValue("links.reason")
    if len(reason) > MAX_REASON:
        raise InvalidValue("links.reason_long", limit=MAX_REASON)
    if complaint_id == earlier_id:
        raise InvalidValue("links.itself")
    with operation(engine, officer_id, Permission.WORKFLOW) as (session, acting):
        newer = complaint_for(session, officer_id, Permission.WORKFLOW, complaint_id, True)
        original = complaint_for(session, officer_id, Permission.WORKFLOW, earlier_id, True)
        _check_new(session, newer, original, kind)
        officer = (acting or default_officer(session)).id
        link = ComplaintLink(
            complaint_id=newer.id,
            earlier_id=original.id,
            kind=kind.value,
            reason=reason,
            prior_status=newer.status,
            officer_id=officer,
        )
        session.add(link)
        if kind is LinkKind.DUPLICATE:
            newer.status = Status.DIGABUNG.value
            newer.closed_at = now_utc()
            newer.result = merged_result(original.tracking_number, reason)
            own = f"Digabung sebagai duplikat dari {original.tracking_number}: {reason}"
            theirs = f"Duplikat digabungkan: {newer.tracking_number}: {reason}"
        else:
            own = f"Dikaitkan dengan {original.tracking_number}" + (f": {reason}" if reason else "")
            theirs = f"Dikaitkan dengan {newer.tracking_number}" + (f": {reason}" if reason else "")
        _events(session, newer, own, original, theirs, officer)
        audit.append(
            session,
            audit.Action.LINK,
            f"complaint:{newer.tracking_number}",
            {
                "aksi": "gabung" if kind is LinkKind.DUPLICATE else "kaitkan",
                "dengan": original.tracking_number,
                "alasan": reason,
                "status": {"lama": link.prior_status, "baru": newer.status},
            },
            officer,
        )
        return Changes(complaints=frozenset({newer.id, original.id}), complaint_list=True)


def merged_result(original: str, reason: str) -> str:
    return f"Digabung sebagai duplikat dari {original}. Alasan: {reason}"


def _check_new(session: Session, newer: Complaint, original: Complaint, kind: LinkKind) -> None:
    pair = select(ComplaintLink.id).where(
        or_(
            (ComplaintLink.complaint_id == newer.id) & (ComplaintLink.earlier_id == original.id),
            (ComplaintLink.complaint_id == original.id) & (ComplaintLink.earlier_id == newer.id),
        )
    )
    if session.scalar(pair) is not None:
        raise Conflict(
            "links.already", newer=newer.tracking_number, original=original.tracking_number
        )
    if kind is not LinkKind.DUPLICATE:
        return
    if newer.status in CLOSED_STATUSES:
        raise Conflict("links.closed", number=newer.tracking_number)
    if original.status == Status.DIGABUNG:
        raise Conflict("links.chain", number=original.tracking_number)


def _events(
    session: Session, newer: Complaint, own: str, original: Complaint, theirs: str, officer: int
) -> None:
    for complaint, line in ((newer, own), (original, theirs)):
        session.add(
            Event(
                complaint_id=complaint.id,
                kind=EventKind.LINKED.value,
                officer_id=officer,
                text=line,
            )
        )
        complaint.updated_at = now_utc()
    session.flush()


def remove_link(engine: Engine, link_id: int, officer_id: int | None) -> Changes:
    """Remove a link; a merge's duplicate is reopened with the status it had before."""
    with operation(engine, officer_id, Permission.WORKFLOW) as (session, acting):
        link = session.get(ComplaintLink, link_id)
        if link is None:
            raise NotFound("links.gone")
        duplicate = link.kind == LinkKind.DUPLICATE
        need = Permission.CORRECT_LOCKED if duplicate else Permission.WORKFLOW
        newer = complaint_for(session, officer_id, need, link.complaint_id, True)
        original = complaint_for(session, officer_id, need, link.earlier_id, True)
        officer = (acting or default_officer(session)).id
        status = newer.status
        if duplicate and newer.status == Status.DIGABUNG:
            newer.status = link.prior_status or Status.DITERIMA.value
            newer.closed_at = None
            newer.result = ""
        word = "Penggabungan" if duplicate else "Kaitan"
        _events(
            session,
            newer,
            f"{word} dengan {original.tracking_number} dilepas",
            original,
            f"{word} dengan {newer.tracking_number} dilepas",
            officer,
        )
        audit.append(
            session,
            audit.Action.LINK,
            f"complaint:{newer.tracking_number}",
            {
                "aksi": "lepas",
                "dengan": original.tracking_number,
                "jenis": link.kind,
                "status": {"lama": status, "baru": newer.status},
            },
            officer,
        )
        session.delete(link)
        return Changes(complaints=frozenset({newer.id, original.id}), complaint_list=True)


def links_of(engine: Engine, complaint_id: int, viewer_id: int | None = None) -> list[LinkRow]:
    """The complaint's links in both directions, oldest first."""
    with reading(engine) as session:
        complaint = session.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFound("door.no_complaint", id=complaint_id)
        check_sees(session, viewer_id, complaint)
        viewer = acting_officer(session, viewer_id)
        other = aliased(Complaint)
        rows: list[LinkRow] = []
        for mine, theirs, earlier in (
            (ComplaintLink.complaint_id, ComplaintLink.earlier_id, True),
            (ComplaintLink.earlier_id, ComplaintLink.complaint_id, False),
        ):
            stmt = (
                select(ComplaintLink, other)
                .join(other, other.id == theirs)
                .where(mine == complaint_id)
            )
            for link, c in session.execute(stmt):
                shown = sees(viewer, c)
                rows.append(
                    LinkRow(
                        link.id,
                        LinkKind(link.kind),
                        c.id,
                        c.tracking_number,
                        c.summary if shown else "",
                        c.status,
                        earlier,
                        link.reason,
                        to_local(link.created_at),
                        shown,
                    )
                )
        rows.sort(key=lambda r: (r.at, r.id))
        return rows
