"""Erasing a complainant's identity (UU 27/2022), on request or when the office's retention
period has passed, keeping their complaints for the statistics.

What goes: the name (left as "(dihapus)"), identity type and number, address, phone and email
of each of the person's complainant rows; the name copied on each complaint (the full-text
index follows it: SQLite's triggers, PostgreSQL's generated column); the identity values
inside the complaints' timeline texts; and the attachments, whose scans and e-mails carry the
identity (a file still attached to another person's complaint is kept for that one). What
stays: every complaint with its dates, channel, service, category, status and result, so the
monthly figures do not change. Issued reports are frozen evidence and the audit trail is a
hash chain: neither is rewritten (a confidential complainant never appears in them by name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit, clock
from pengaduan_desktop.core.complainants import complaints_of, find_person
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import Changes, operation
from pengaduan_desktop.core.errors import Conflict, InvalidValue
from pengaduan_desktop.core.models import (
    Attachment,
    AttachmentBlob,
    Complainant,
    Complaint,
    Event,
)
from pengaduan_desktop.core.office import default_officer, profile
from pengaduan_desktop.core.outbox import forget_person
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.privacy import ERASED, redact, secrets_of
from pengaduan_desktop.core.timeutil import start_of_local_day
from pengaduan_desktop.core.vocabulary import CLOSED_STATUSES, EventKind

MAX_RETENTION_YEARS = 100


@dataclass(frozen=True)
class Erased:
    complainants: int  # complainant rows erased
    complaints: tuple[str, ...]  # their tracking numbers
    attachments: int  # attachments removed
    changes: Changes


def erase_complainant(engine: Engine, key: str, reason: str, officer_id: int | None) -> Erased:
    """Erase the identity of the person `key` names (core.complainants), in one transaction."""
    reason = reason.strip()
    if not reason:
        raise InvalidValue("erasure.reason")
    with operation(engine, officer_id, Permission.PERSONAL_DATA) as (session, officer):
        people = [p for p in find_person(session, key) if p.erased_at is None]
        if not people:
            raise Conflict("erasure.done")
        actor = officer.id if officer else default_officer(session).id
        result = _erase(session, people, actor, f"Identitas pengadu dihapus: {reason}")
        audit.append(session, audit.Action.ERASURE, f"complaint:{result.complaints[0]}",
                     {"pengaduan": list(result.complaints), "alasan": reason,
                      "lampiran_dihapus": result.attachments}, actor)  # fmt: skip
        return result


def _erase(session: Session, people: list[Complainant], officer_id: int, why: str) -> Erased:
    now = clock.now_utc()
    complaints = complaints_of(session, people)
    hidden = secrets_of(*(v for p in people for v in (p.name, p.id_number, p.address, p.phone,
                                                      p.phone_typed, p.email)))  # fmt: skip
    for person in people:
        person.name, person.id_type, person.id_number = ERASED, "", ""
        person.address = person.phone = person.phone_typed = person.email = ""
        person.erased_at = now
    ids = [c.id for c in complaints]
    for event in session.scalars(select(Event).where(Event.complaint_id.in_(ids))):
        text = redact(event.text, hidden, ERASED)
        if text != event.text:
            event.text = text
    forget_person(session, ids, hidden)  # the messages to the complainant (core.outbox)
    files = list(session.scalars(select(Attachment).where(Attachment.complaint_id.in_(ids))))
    digests = {f.sha256 for f in files}
    for f in files:
        session.delete(f)
    for c in complaints:
        c.complainant_name = ERASED
        c.version += 1  # a page still open on the old identity cannot save over it
        session.add(Event(complaint_id=c.id, kind=EventKind.NOTE, officer_id=officer_id,
                          text=why))  # fmt: skip
    session.flush()
    still_used = set(session.scalars(select(Attachment.sha256).where(
        Attachment.sha256.in_(digests))))  # fmt: skip
    if digests - still_used:
        session.execute(delete(AttachmentBlob).where(
            AttachmentBlob.sha256.in_(digests - still_used)))  # fmt: skip
    numbers = tuple(c.tracking_number for c in complaints)
    return Erased(
        len(people), numbers, len(files), Changes(complaints=frozenset(ids), complaint_list=True)
    )


# -- retention --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Retention:
    years: int
    before: date  # complaints closed before this day (WIB) are anonymised
    complainants: int  # how many were (or, in a dry run, would be) anonymised
    dry_run: bool
    changes: Changes


def retention_cutoff(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def run_retention(engine: Engine, officer_id: int | None, dry_run: bool = False) -> Retention:
    """Anonymise the complainants of complaints closed more than the office's retention
    period ago (by the day they were closed, on core.clock), in one transaction."""
    with operation(engine, officer_id, Permission.SETTINGS) as (session, officer):
        years = profile(session).retention_years
        before = retention_cutoff(clock.today(), years)
        due = list(session.scalars(
            select(Complainant)
            .join(Complaint, Complaint.complainant_id == Complainant.id)
            .where(Complaint.status.in_([s.value for s in CLOSED_STATUSES]),
                   Complaint.closed_at < start_of_local_day(before, at=time(0, 0)),
                   Complainant.erased_at.is_(None))
            .order_by(Complainant.id)
        ))  # fmt: skip
        changes = Changes()
        if due and not dry_run:
            actor = officer.id if officer else default_officer(session).id
            why = f"Identitas pengadu dianonimkan: masa simpan {years} tahun telah lewat"
            changes = _erase(session, due, actor, why).changes
            audit.append(session, audit.Action.ERASURE, "retention",
                         {"masa_simpan_tahun": years, "ditutup_sebelum": before,
                          "pengadu": len(due)}, actor)  # fmt: skip
        return Retention(years, before, len(due), dry_run, changes)


def set_retention_years(engine: Engine, years: int, officer_id: int | None) -> Changes:
    """The administrator's setting: how many years a closed complaint keeps its complainant."""
    if not 1 <= years <= MAX_RETENTION_YEARS:
        raise InvalidValue("erasure.retention", most=MAX_RETENTION_YEARS)
    with operation(engine, officer_id, Permission.SETTINGS) as (session, officer):
        office = profile(session)
        if office.retention_years == years:
            return Changes()
        before: dict[str, object] = {"masa_simpan_tahun": office.retention_years}
        office.retention_years = years
        audit.append(session, audit.Action.OFFICE_PROFILE, "office",
                     audit.changes(before, {"masa_simpan_tahun": years}),
                     audit.actor(session, officer.id if officer else None))  # fmt: skip
        return Changes(office=True)


def retention_years(engine: Engine) -> int:
    with reading(engine) as session:
        return profile(session).retention_years
