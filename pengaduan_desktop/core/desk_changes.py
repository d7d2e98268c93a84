"""What other desks have changed since a desk last looked.

Every write appends an audit entry in its own transaction (core.door, core.audit), so the
highest audit id is a change counter: a desk keeps the id it has seen (its mark), and
`changes_since` turns the entries after it into a `door.Changes` for the window's refresh.
Entries this program wrote itself (`audit.THIS_DESK`) are skipped: the window refreshed
through its own operations already.

How a desk learns that it is worth looking: on PostgreSQL a trigger on audit_entry NOTIFYs
`CHANNEL` when an entry commits (migration 0010; core.desk_watch listens); on SQLite `PRAGMA
data_version` on a connection of the watcher's own changes when another connection commits.

A restore (core.restore) replaces the whole trail: the entry at a desk's mark is then gone or
another one, or a restore's own entry follows it. `HistoryReplaced` says so: the desk signs out
and starts again from the restored database's newest entry.
"""

from __future__ import annotations

import json

from sqlalchemy import Engine, case, func, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.audit import Action
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import Changes
from pengaduan_desktop.core.models import AuditEntry, Complaint

CHANNEL = "pengaduan_changes"  # the NOTIFY channel of migration 0010
# More new entries than this at once (an import, a desk that slept): refresh everything
# rather than read them all.
MOST_ENTRIES = 500
EVERYTHING = Changes(frozenset(), True, True, True, True, True, True)
NOTHING = Changes()

# What an entry's action changed, when its subject is not one complaint. Entries that change
# nothing a screen shows are NOTHING; an action not listed here is EVERYTHING.
BY_ACTION: dict[str, Changes] = {
    Action.INTAKE: Changes(complaint_list=True),
    Action.IMPORT: Changes(complaint_list=True),
    Action.DEMO: Changes(complaint_list=True),
    Action.ERASURE: Changes(complaint_list=True),  # the retention run erases many
    Action.CALENDAR: Changes(calendar=True, complaint_list=True),  # due dates move
    Action.SERVICE_TIME: Changes(office=True),
    Action.OFFICE_PROFILE: Changes(office=True),
    Action.LETTER_SERIES: Changes(lists=True),
    Action.REJECTION_REASONS: Changes(lists=True),
    Action.OFFICERS: Changes(lists=True),
    Action.UNITS: Changes(lists=True),
    Action.CATALOGUE: Changes(lists=True),
    Action.REPORT_ISSUED: Changes(reports=True),
    Action.REPORT_DRAFT: Changes(reports=True),
    Action.LETTER_NUMBER: Changes(reports=True),  # the agenda register
    Action.ACCOUNT: Changes(accounts=True, office=True),
    Action.PRINT: NOTHING,
    Action.EXPORT: NOTHING,
    Action.IDENTITY_VIEW: NOTHING,
    Action.SIGN_IN: NOTHING,
    Action.SIGN_IN_FAILED: NOTHING,
    Action.SIGN_IN_PAUSED: NOTHING,
    Action.SIGN_OUT: NOTHING,
}
# Actions on one complaint that also change what the list holds (a row added or gone).
LIST_ACTIONS = frozenset({Action.INTAKE, Action.ERASURE})
COMPLAINT_PREFIX = "complaint:"
# Entries that change nothing any screen shows, whatever their subject (a confidential
# identity shown on another desk's page is no news here).
QUIET = frozenset({Action.IDENTITY_VIEW, Action.SIGN_IN, Action.SIGN_IN_FAILED,
                   Action.SIGN_IN_PAUSED, Action.SIGN_OUT, Action.EXPORT})  # fmt: skip


class HistoryReplaced(Exception):
    """The trail a desk knew is no longer the database's: it was restored from a backup."""


def mark_hash(engine: Engine, mark: int) -> str | None:
    """The hash of the entry at `mark` (None: no such entry, or mark 0)."""
    with reading(engine) as session:
        return session.scalar(select(AuditEntry.hash).where(AuditEntry.id == mark))


def check_history(engine: Engine, mark: int, known: str | None) -> str | None:
    """The hash at `mark` again; HistoryReplaced when it is not `known` (the entry the desk
    saw is gone or another one: the database was restored meanwhile)."""
    found = mark_hash(engine, mark)
    if found != known:
        raise HistoryReplaced(mark)
    return found


def latest_mark(engine: Engine) -> int:
    """The newest audit entry's id (0 on an empty trail): where a desk starts looking."""
    with reading(engine) as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def changes_since(
    engine: Engine, mark: int, skip_desk: str | None = audit.THIS_DESK
) -> tuple[int, Changes | None]:
    """The new mark and what the entries after `mark` changed, or None when no other desk
    has changed anything (entries of `skip_desk`, this program by default, do not count)."""
    new_mark, _hash, found = read_since(engine, mark, skip_desk)
    return new_mark, found


def read_since(
    engine: Engine, mark: int, skip_desk: str | None = audit.THIS_DESK
) -> tuple[int, str | None, Changes | None]:
    """changes_since, with the new mark's hash read in the same statement (None when the mark
    did not move); HistoryReplaced when a restore's entry is among them."""
    with reading(engine) as session:
        rows = session.execute(
            select(
                AuditEntry.id,
                AuditEntry.action,
                AuditEntry.subject,
                AuditEntry.desk,
                AuditEntry.hash,
                # An import's first and last numbers: a small import names its complaints.
                case((AuditEntry.action == Action.IMPORT, AuditEntry.detail), else_=""),
            )
            .where(AuditEntry.id > mark)
            .order_by(AuditEntry.id)
            .limit(MOST_ENTRIES + 1)
        ).all()
        if not rows:
            return mark, None, None
        if any(r.action == Action.RESTORE and (skip_desk is None or r.desk != skip_desk)
               for r in rows):  # fmt: skip
            raise HistoryReplaced(mark)
        if len(rows) > MOST_ENTRIES:
            last = session.execute(select(AuditEntry.id, AuditEntry.hash)
                                   .order_by(AuditEntry.id.desc()).limit(1)).one()  # fmt: skip
            return last.id, last.hash, EVERYTHING
        theirs = [r for r in rows if skip_desk is None or r.desk != skip_desk]
        new_mark, new_hash = rows[-1].id, rows[-1].hash
        if not theirs:
            return new_mark, new_hash, None
        numbers = {r.subject.removeprefix(COMPLAINT_PREFIX) for r in theirs
                   if r.subject.startswith(COMPLAINT_PREFIX) and r.action not in QUIET}  # fmt: skip
        ids = frozenset(session.scalars(
            select(Complaint.id).where(Complaint.tracking_number.in_(numbers))
        )) if numbers else frozenset()  # fmt: skip
        ids |= _imported(session, [r[5] for r in theirs if r[5]])
    found = NOTHING
    for row in theirs:
        found = found | _entry_changes(row.action, row.subject)
    found = Changes(ids) | found
    return new_mark, new_hash, None if found == NOTHING else found


NAMED_IMPORT = 500  # an import of up to this many rows names its complaints


def _imported(session: Session, details: list[str]) -> frozenset[int]:
    """The complaints of small imports (`pengaduan import`, from their entries' details: the
    first and the last number, written in one transaction and so one run of numbers), so that
    a screen can tell whether they concern it (a past month's report does not change for a
    complaint received today). A larger import stays unnamed: everything is read again."""
    ids: set[int] = set()
    for text in details:
        try:
            detail = json.loads(text)
            first, last, count = detail["nomor_pertama"], detail["nomor_terakhir"], detail["jumlah"]
        except (ValueError, KeyError, TypeError):
            continue  # a LAPOR! import, which also updates complaints: unnamed
        if not isinstance(count, int) or count > NAMED_IMPORT:
            continue
        found = set(session.scalars(select(Complaint.id).where(
            Complaint.tracking_number >= first, Complaint.tracking_number <= last)))  # fmt: skip
        if len(found) == count:  # every one of them, and no other: else unnamed
            ids |= found
    return frozenset(ids)


def _entry_changes(action: str, subject: str) -> Changes:
    if action in QUIET:
        return NOTHING
    if subject.startswith(COMPLAINT_PREFIX):  # its id is looked up with the others
        return Changes(complaint_list=action in LIST_ACTIONS)
    return BY_ACTION.get(action, EVERYTHING)
