"""The audit trail: an append-only hash chain of every change, print, export and view of a
confidential identity.

Each entry carries the SHA-256 of the entry before it (`prev_hash`, 64 zeros for the first) and
its own `hash`, computed over a canonical serialisation of everything but its id: the moment in
UTC ISO form, the officer, the action, the subject, the detail text and `prev_hash`. An edited
entry no longer matches its own hash; a deleted or inserted entry (or a hash rewritten to cover
an edit) breaks the link from the next entry to it. Gaps in the ids are NOT reported: PostgreSQL
skips sequence numbers whenever a transaction rolls back, so a gap proves nothing, and the chain
already catches a deleted entry. Deleting the newest entries leaves a shorter but consistent
chain; `verify` names the newest hash so it can be noted down elsewhere (on paper, in a report)
and compared later.

`append` writes inside the caller's transaction, so the entry and the change commit or roll
back together. Two desks appending at once must not both link to the same entry: on
PostgreSQL the chain is locked with a transaction-scoped advisory lock; on SQLite every write
transaction already holds the database's write lock from its start (BEGIN IMMEDIATE, core.db).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from pathlib import Path

from sqlalchemy import ColumnElement, Engine, func, or_, select, text
from sqlalchemy.orm import Session

from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation, permitted
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.files import write_atomic
from pengaduan_desktop.core.models import AuditEntry, Officer
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.timeutil import local_to_utc, to_local

GENESIS = "0" * 64
LOCK_KEY = 0x41554449  # "AUDI": the PostgreSQL advisory lock that guards the chain's end
# This program, as the desk that writes its entries: a desk looking for other desks' changes
# skips its own (core.desk_changes). Not part of the hash.
THIS_DESK = uuid.uuid4().hex


class Action:
    """The kinds of entry. Stored as written here; shown through LABELS."""

    INTAKE = "intake"
    CORRECTION = "correction"
    WORKFLOW = "workflow"
    CALENDAR = "calendar"
    OFFICE_PROFILE = "office_profile"
    LETTER_SERIES = "letter_series"
    REJECTION_REASONS = "rejection_reasons"
    REPORT_ISSUED = "report_issued"
    LETTER_NUMBER = "letter_number"
    PRINT = "print"
    EXPORT = "export"
    ATTACHMENT = "attachment"
    IMPORT = "import"
    DEMO = "demo"
    IDENTITY_VIEW = "identity_view"
    SCHEMA = "schema"
    EVENT = "event"
    REPORT_DRAFT = "report_draft"
    OFFICERS = "officers"
    UNITS = "units"
    CATALOGUE = "catalogue"
    SERVICE_TIME = "service_time"
    SIGN_IN = "sign_in"
    SIGN_IN_FAILED = "sign_in_failed"
    SIGN_IN_PAUSED = "sign_in_paused"
    SIGN_OUT = "sign_out"
    ACCOUNT = "account"
    ERASURE = "erasure"
    RESTORE = "restore"
    MESSAGES = "messages"  # messages to the complainant, their templates and SMTP server
    LINK = "link"  # complaints linked, merged as duplicate, or unlinked (core.links)
    SAVED_VIEW = "saved_view"


LABELS: dict[str, str] = {
    Action.INTAKE: "Pencatatan pengaduan",
    Action.CORRECTION: "Koreksi data",
    Action.WORKFLOW: "Tindak lanjut",
    Action.CALENDAR: "Kalender kerja",
    Action.OFFICE_PROFILE: "Profil kantor",
    Action.LETTER_SERIES: "Penomoran surat",
    Action.REJECTION_REASONS: "Alasan penolakan",
    Action.REPORT_ISSUED: "Laporan diterbitkan",
    Action.LETTER_NUMBER: "Nomor agenda",
    Action.PRINT: "Pencetakan",
    Action.EXPORT: "Ekspor",
    Action.ATTACHMENT: "Lampiran",
    Action.IMPORT: "Impor",
    Action.DEMO: "Data contoh",
    Action.IDENTITY_VIEW: "Identitas rahasia dilihat",
    Action.SCHEMA: "Basis data disiapkan",
    Action.EVENT: "Catatan",
    Action.REPORT_DRAFT: "Draf laporan",
    Action.OFFICERS: "Pegawai",
    Action.UNITS: "Unit kerja",
    Action.CATALOGUE: "Layanan dan kategori",
    Action.SERVICE_TIME: "Waktu layanan",
    Action.SIGN_IN: "Masuk",
    Action.SIGN_IN_FAILED: "Gagal masuk",
    Action.SIGN_IN_PAUSED: "Akun dijeda",
    Action.SIGN_OUT: "Keluar atau layar terkunci",
    Action.ACCOUNT: "Akun pengguna",
    Action.ERASURE: "Penghapusan identitas pengadu",
    Action.RESTORE: "Dipulihkan dari cadangan",
    Action.MESSAGES: "Pesan kepada pengadu",
    Action.LINK: "Kaitan pengaduan",
    Action.SAVED_VIEW: "Tampilan tersimpan",
}


def changes(before: dict[str, object], after: dict[str, object]) -> dict[str, object]:
    """The fields that differ, old -> new, as the trail records a change."""
    return {"perubahan": {key: {"lama": before.get(key), "baru": value}
                          for key, value in after.items() if before.get(key) != value}}  # fmt: skip


def label(action: str, lang: str = "id") -> str:
    """An entry's kind as the officer reads it; "en": the window in English (the entry itself
    keeps its code)."""
    if lang == "en":
        from pengaduan_desktop.core.vocabulary_labels import AUDIT_ACTIONS

        if action in AUDIT_ACTIONS:
            return AUDIT_ACTIONS[action]
    return LABELS.get(action, action)


def action_code(given: str) -> str:
    """The action named by its code or its label (any case); InvalidValue when unknown."""
    wanted = given.strip().casefold()
    for code, name in LABELS.items():
        if wanted in (code, name.casefold()):
            return code
    known = ", ".join(sorted(LABELS))
    raise InvalidValue("audit.unknown_action", given=given, known=known)


def record(
    engine: Engine, action: str, subject: str, detail: dict[str, object], officer_id: int | None
) -> None:
    """One entry in its own transaction, for what changes nothing in the database: a file
    printed or exported, a confidential identity shown."""
    with operation(engine, officer_id, None) as (session, _):
        append(session, action, subject, detail, actor(session, officer_id))


def _jsonable(value: object) -> object:
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def detail_text(detail: dict[str, object]) -> str:
    return json.dumps(detail, sort_keys=True, ensure_ascii=False, default=_jsonable)


def entry_hash(
    at: datetime, officer_id: int | None, action: str, subject: str, detail: str, prev_hash: str
) -> str:
    """SHA-256 over the canonical serialisation of one entry without its id."""
    moment = at if at.tzinfo else at.replace(tzinfo=UTC)
    canonical = json.dumps(
        {
            "action": action,
            "at": moment.astimezone(UTC).isoformat(timespec="microseconds"),
            "detail": detail,
            "officer_id": officer_id,
            "prev_hash": prev_hash,
            "subject": subject,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _lock_chain(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})


def append(
    session: Session, action: str, subject: str, detail: dict[str, object], officer_id: int | None
) -> None:
    """Add one entry to the trail inside the caller's transaction. Call it late in the
    transaction: on PostgreSQL it holds the chain's lock until the commit."""
    _lock_chain(session)
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev = prev or GENESIS
    at = now_utc()
    body = detail_text(detail)
    subject = subject[:100]
    session.add(
        AuditEntry(
            at=at,
            officer_id=officer_id,
            action=action[:40],
            subject=subject,
            detail=body,
            prev_hash=prev,
            hash=entry_hash(at, officer_id, action[:40], subject, body, prev),
            desk=THIS_DESK,
        )
    )
    session.flush()


def actor(session: Session, officer_id: int | None) -> int:
    """The officer an entry names: the one given, else the office's default officer (who acts
    when the program is not told who does)."""
    from pengaduan_desktop.core.office import default_officer  # office reads the catalogue

    return officer_id or default_officer(session).id


# ---------------------------------------------------------------------------------- verify


@dataclass(frozen=True)
class Verdict:
    count: int
    problems: list[str]
    last_hash: str


def check(engine: Engine, officer_id: int | None = None) -> Verdict:
    """Walk the whole chain in id order; every problem as one Indonesian sentence."""
    permitted(engine, officer_id, Permission.AUDIT)
    problems: list[str] = []
    expected = GENESIS
    count = 0
    previous_id: int | None = None
    query = select(
        AuditEntry.id, AuditEntry.at, AuditEntry.officer_id, AuditEntry.action,
        AuditEntry.subject, AuditEntry.detail, AuditEntry.prev_hash, AuditEntry.hash,
    ).order_by(AuditEntry.id)  # fmt: skip
    with reading(engine) as session:
        for row in session.execute(query.execution_options(yield_per=2000)):
            count += 1
            where = f"entri #{row.id} ({to_local(row.at):%d-%m-%Y %H:%M:%S} WIB)"
            if row.prev_hash != expected:
                after = "awal jejak" if previous_id is None else f"entri #{previous_id}"
                problems.append(
                    f"{where}: rantai terputus, tidak menyambung ke {after} "
                    "(ada entri yang dihapus, disisipkan, atau hash-nya diganti)"
                )
            actual = entry_hash(
                row.at, row.officer_id, row.action, row.subject, row.detail, row.prev_hash
            )
            if actual != row.hash:
                problems.append(f"{where}: isinya telah diubah (tidak cocok dengan hash-nya)")
            expected = row.hash
            previous_id = row.id
    return Verdict(count, problems, expected)


def verify(engine: Engine, officer_id: int | None = None) -> list[str]:
    """The problems found in the chain; empty when it is intact."""
    return check(engine, officer_id).problems


# -------------------------------------------------------------------------------- browsing


@dataclass(frozen=True)
class Filters:
    action: str | None = None
    officer_id: int | None = None
    start: date | None = None  # local (WIB) days, both inclusive
    end: date | None = None
    text: str = ""


@dataclass(frozen=True)
class Row:
    id: int
    at: datetime
    officer: str
    action: str
    subject: str
    detail: str
    hash: str


@dataclass(frozen=True)
class Page:
    rows: list[Row]
    total: int


def _conditions(filters: Filters) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if filters.action:
        found.append(AuditEntry.action == filters.action)
    if filters.officer_id is not None:
        found.append(AuditEntry.officer_id == filters.officer_id)
    if filters.start is not None:
        found.append(AuditEntry.at >= local_to_utc(datetime.combine(filters.start, time())))
    if filters.end is not None:
        after = datetime.combine(filters.end + timedelta(days=1), time())
        found.append(AuditEntry.at < local_to_utc(after))
    words = filters.text.strip()
    if words:
        pattern = f"%{words}%"
        found.append(or_(AuditEntry.subject.ilike(pattern), AuditEntry.detail.ilike(pattern)))
    return found


def entries(
    engine: Engine, filters: Filters = Filters(), offset: int = 0, limit: int = 200,
    officer_id: int | None = None,
) -> Page:  # fmt: skip
    """One page of the trail, newest first, with the number of entries the filters match."""
    permitted(engine, officer_id, Permission.AUDIT)
    with reading(engine) as session:
        where = _conditions(filters)
        total = session.scalar(select(func.count(AuditEntry.id)).where(*where)) or 0
        query = (
            select(
                AuditEntry.id,
                AuditEntry.at,
                Officer.name,
                AuditEntry.action,
                AuditEntry.subject,
                AuditEntry.detail,
                AuditEntry.hash,
            )  # fmt: skip
            .outerjoin(Officer, Officer.id == AuditEntry.officer_id)
            .where(*where)
            .order_by(AuditEntry.id.desc())
            .offset(offset)
            .limit(limit)
        )
        rows = [
            Row(r.id, r.at, r.name or "(sistem)", r.action, r.subject, r.detail, r.hash)
            for r in session.execute(query)
        ]
    return Page(rows, total)


def actions_in_use(engine: Engine) -> list[str]:
    with reading(engine) as session:
        return sorted(session.scalars(select(AuditEntry.action).distinct()))


def officers_in_trail(engine: Engine) -> list[tuple[int, str]]:
    """The officers named by any entry, by name (the browsing window's officer filter)."""
    with reading(engine) as session:
        named = select(AuditEntry.officer_id).distinct().scalar_subquery()
        rows = session.execute(
            select(Officer.id, Officer.name).where(Officer.id.in_(named)).order_by(Officer.name)
        )
        return [(r.id, r.name) for r in rows]


def describe(detail: str) -> str:
    """An entry's detail on one line for reading: `kunci: nilai; ...`, old → new shown so."""
    try:
        data = json.loads(detail)
    except ValueError:
        return detail
    if not isinstance(data, dict):
        return str(data)
    return "; ".join(f"{key.replace('_', ' ')}: {_described(value)}" for key, value in data.items())


def _described(value: object) -> str:
    if isinstance(value, dict):
        if set(value) == {"lama", "baru"}:
            return f"{_described(value['lama'])} → {_described(value['baru'])}"
        return ", ".join(f"{k} ({_described(v)})" for k, v in value.items())
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, list):
        return " / ".join(_described(v) for v in value)
    if isinstance(value, str) and value.endswith("+00:00") and "T" in value:
        with suppress(ValueError):  # a moment, kept in UTC: read in WIB
            return f"{to_local(datetime.fromisoformat(value)):%d-%m-%Y %H:%M} WIB"
    return str(value)


CSV_COLUMNS = ("No", "Waktu (WIB)", "Petugas", "Aksi", "Kode aksi", "Subjek", "Rincian",
               "Hash sebelumnya", "Hash")  # fmt: skip


def export_csv(engine: Engine, path: Path, filters: Filters = Filters(),
               officer_id: int | None = None, delimiter: str = ",") -> int:  # fmt: skip
    """Write the matching entries, oldest first, as CSV (every text as data, never a formula:
    core.spreadsheet); returns how many were written."""
    from pengaduan_desktop.core.spreadsheet import csv_bytes

    permitted(engine, officer_id, Permission.AUDIT)
    found: list[list[object]] = []
    query = select(
        AuditEntry.id, AuditEntry.at, Officer.name, AuditEntry.action, AuditEntry.subject,
        AuditEntry.detail, AuditEntry.prev_hash, AuditEntry.hash,
    ).outerjoin(Officer, Officer.id == AuditEntry.officer_id)  # fmt: skip
    with reading(engine) as session:
        for r in session.execute(query.where(*_conditions(filters)).order_by(AuditEntry.id)):
            found.append([
                r.id, f"{to_local(r.at):%Y-%m-%d %H:%M:%S}", r.name or "(sistem)",
                label(r.action), r.action, r.subject, r.detail, r.prev_hash, r.hash,
            ])  # fmt: skip
    write_atomic(path, csv_bytes(CSV_COLUMNS, found, delimiter))
    return len(found)
