"""Probable duplicates among complaints about to be imported: a row that repeats a complaint
already recorded, or an earlier row of the same file. The same SP4N-LAPOR! tracking ID; or
the same NIK or phone with the same summary, received within 30 days of each other.

Fast at a million complaints: the file's IDs, NIKs and phones are looked up in batches through
their indexes (a few queries per thousand rows, not one per row)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, any_, bindparam, literal_column, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.models import Complainant, Complaint
from pengaduan_desktop.core.validation import ComplaintInput

WINDOW = timedelta(days=30)
CHUNK = 500  # values per IN (...) list


@dataclass(frozen=True)
class Duplicate:
    row: int  # the row that repeats
    of: str  # what it repeats: a tracking number, or "baris N"
    why: str


@dataclass(frozen=True)
class _Known:
    of: str
    summary: str
    received_at: datetime
    id_number: str
    phone: str


def summary_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _why(item: ComplaintInput, known: _Known) -> str | None:
    if summary_key(item.summary) != known.summary:
        return None
    if abs(_aware(item.received_at) - known.received_at) > WINDOW:
        return None
    if item.id_number and item.id_number == known.id_number:
        return Text("dup.id_number")
    if item.phone and item.phone == known.phone:
        return Text("dup.phone")
    return None


def one_of(session: Session, column: Any, values: list[str]) -> ColumnElement[bool]:
    """column IN values; on PostgreSQL `= ANY(array)`, one parameter, so that the plan of a
    statement psycopg prepares after a few runs stays an index lookup whatever the count."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam("values", values, type_=ARRAY(String)))  # type: ignore[no-any-return]
    return column.in_(values)  # type: ignore[no-any-return]


def _received_between(session: Session, low: datetime, high: datetime) -> ColumnElement[bool]:
    """The date condition of a lookup by NIK or phone. On SQLite a unary + keeps the planner
    off the date index: for a list of 500 values it would walk the whole date range (the whole
    table at a million complaints) instead of looking each value up."""
    received = Complaint.received_at
    if session.get_bind().dialect.name == "sqlite":
        received = literal_column("+complaint.received_at", received.type)  # type: ignore[assignment]
    return received.between(low, high)


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    found = sorted(set(values))
    for start in range(0, len(found), CHUNK):
        yield found[start : start + CHUNK]


def _recorded(session: Session, items: Sequence[tuple[int, ComplaintInput]]) -> list[_Known]:
    """The complaints already recorded that share a NIK or phone with a row, received within
    the window of the file's earliest and latest rows."""
    if not items:
        return []
    moments = [_aware(i.received_at) for _n, i in items]
    low, high = min(moments) - WINDOW, max(moments) + WINDOW
    found: dict[str, _Known] = {}
    for column, key in ((Complainant.id_number, "id_number"), (Complainant.phone, "phone")):
        for chunk in _chunks(getattr(i, key) for _n, i in items if getattr(i, key)):
            rows = session.execute(
                select(Complaint.tracking_number, Complaint.summary, Complaint.received_at,
                       Complainant.id_number, Complainant.phone)
                .join(Complaint, Complaint.complainant_id == Complainant.id)
                .where(column != "", one_of(session, column, chunk),
                       _received_between(session, low, high))
            )  # fmt: skip
            for number, summary, received, id_number, phone in rows:
                found[number] = _Known(number, summary_key(summary), received, id_number, phone)
    return list(found.values())


def _lapor_ids(session: Session, items: Sequence[tuple[int, ComplaintInput]]) -> dict[str, str]:
    """LAPOR! tracking ID -> the tracking number of the complaint that already has it."""
    found: dict[str, str] = {}
    column = Complaint.lapor_tracking_id
    for chunk in _chunks(i.lapor_tracking_id for _n, i in items if i.lapor_tracking_id):
        query = select(column, Complaint.tracking_number).where(
            column != "", one_of(session, column, chunk)
        )
        found.update({lapor: number for lapor, number in session.execute(query)})
    return found


def probable_duplicates(
    session: Session, items: Sequence[tuple[int, ComplaintInput]]
) -> list[Duplicate]:
    """Each row (numbered) that repeats a recorded complaint or an earlier row, once."""
    lapor = _lapor_ids(session, items)
    # By (NIK or phone, summary): only those can be duplicates of each other.
    by_person: dict[tuple[str, str], list[_Known]] = defaultdict(list)
    for known in _recorded(session, items):
        for key in {known.id_number, known.phone} - {""}:
            by_person[key, known.summary].append(known)
    seen_lapor: dict[str, int] = {}
    result: list[Duplicate] = []
    for number, item in items:
        found = _one(item, lapor, seen_lapor, by_person)
        if found:
            result.append(Duplicate(number, *found))
        own = _Known(Text("dup.row", number=number), summary_key(item.summary),
                     _aware(item.received_at), item.id_number, item.phone)  # fmt: skip
        for key in {item.id_number, item.phone} - {""}:
            by_person[key, own.summary].append(own)
        if item.lapor_tracking_id:
            seen_lapor.setdefault(item.lapor_tracking_id, number)
    return result


def _one(
    item: ComplaintInput, lapor: dict[str, str], seen_lapor: dict[str, int],
    by_person: dict[tuple[str, str], list[_Known]],
) -> tuple[str, str] | None:  # fmt: skip
    lapor_id = item.lapor_tracking_id
    if lapor_id and lapor_id in lapor:
        return lapor[lapor_id], Text("why.lapor")
    if lapor_id and lapor_id in seen_lapor:
        return Text("dup.row", number=seen_lapor[lapor_id]), Text("why.lapor")
    candidates: list[_Known] = []
    summary = summary_key(item.summary)
    for key in {item.id_number, item.phone} - {""}:
        candidates.extend(by_person.get((key, summary), ()))
    for known in candidates:
        why = _why(item, known)
        if why:
            return known.of, why
    return None
