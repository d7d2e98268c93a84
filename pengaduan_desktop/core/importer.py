"""Import complaints from CSV, XLSX or JSON (DESIGN section 7): all rows or none.

Three steps, so that no other desk waits on it: the file is read and every row checked
(core.import_files, core.import_checks: no database), probable duplicates are looked for in
one read (core.duplicates), then every row is written in one short bulk transaction through
the door (permission INTAKE) by the bulk writer the demo uses (core.bulk). One audit entry per
import: the file, the count, the first and the last tracking number."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.bulk import (
    Batch,
    collector_paused,
    rebuild_pays,
    reserve_ids,
    timestamp,
    write_complaints,
)
from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import acting_officer, operation, permitted
from pengaduan_desktop.core.duplicates import Duplicate, probable_duplicates
from pengaduan_desktop.core.earlier import import_resemblances
from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.core.import_checks import row_to_input
from pengaduan_desktop.core.import_files import (
    COLUMNS,
    OPTIONAL_EXTRA,
    QUOTE_PROBLEM,
    FileUnreadable,
    Table,
    read_table,
)
from pengaduan_desktop.core.indonesian import thousands
from pengaduan_desktop.core.lifecycle import due_date
from pengaduan_desktop.core.messages import Joined, Text, in_language, render
from pengaduan_desktop.core.numbering import format_tracking_number, next_value
from pengaduan_desktop.core.office import default_officer, load_calendar, profile
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.privacy import list_copy
from pengaduan_desktop.core.row_problems import field_problems, row_problem
from pengaduan_desktop.core.timeutil import local_date
from pengaduan_desktop.core.validation import ComplaintInput, ValidationFailed
from pengaduan_desktop.core.vocabulary import EventKind, Status

__all__ = ["COLUMNS", "OPTIONAL_EXTRA", "ImportFailed", "ProbableDuplicates", "import_file"]
STATISTICS_AFTER = 1000  # rows; a larger import refreshes the query planner's statistics
WRITE_BATCH = 2000  # complaints written between two reports of progress
CLOSING_EVENT: dict[str, EventKind] = {
    Status.SELESAI: EventKind.RESOLVED,
    Status.DITOLAK: EventKind.REJECTED,
}


class ImportFailed(UserError):
    """Nothing was imported. `problems`: one line per bad row ("baris 17: ...") or about the
    file; `summary`: the one line that ends the list."""

    def __init__(self, problems: list[str], refused_rows: int = 0) -> None:
        self.problems = problems
        super().__init__(self.message("id"))
        self.summary: str = (
            Text("import.rows_refused", count=refused_rows)
            if refused_rows
            else (problems[0] if len(problems) == 1 else Text("import.file_refused"))
        )

    def message(self, lang: str = "id") -> str:
        lines = "\n  ".join(in_language(p, lang) for p in self.problems)
        return render("import.failed", {"count": len(self.problems), "lines": lines}, lang)


class ProbableDuplicates(ImportFailed):
    """Rows that repeat a recorded complaint or an earlier row; imported only when allowed."""

    def __init__(self, duplicates: list[Duplicate], where: str) -> None:
        super().__init__([row_problem(where, d.row, Text("import.duplicate", of=d.of, why=d.why))
                          for d in duplicates])  # fmt: skip
        self.summary = Text("import.duplicates", count=len(duplicates))


def check_rows(table: Table) -> tuple[list[tuple[int, ComplaintInput]], list[str]]:
    """Every row checked: the complaints (numbered) and one line per bad row, in row order."""
    good: list[tuple[int, ComplaintInput]] = []
    bad: list[tuple[int, str | Joined]] = list(table.problems)
    now = now_utc()
    for number, row in table.rows:
        try:
            good.append((number, row_to_input(row, now)))
        except ValidationFailed as exc:
            bad.append((number, field_problems(exc.errors, table.label)))
    bad.sort(key=lambda p: p[0])
    return good, [row_problem(table.where, number, message) for number, message in bad]


def import_file(
    engine: Engine,
    path: Path,
    officer_id: int | None = None,
    allow_duplicates: bool = False,
    note: Callable[[str], None] | None = None,
) -> list[str]:
    """Import every row or none; return the new tracking numbers in the file's order. Raises
    ImportFailed naming every bad row, or ProbableDuplicates unless allow_duplicates. `note`
    hears how the file was read and each step, for the officer."""
    say = note or (lambda _text: None)
    permitted(engine, officer_id, Permission.INTAKE)
    with collector_paused():
        return _import(engine, path, officer_id, allow_duplicates, say)


def _import(
    engine: Engine, path: Path, officer_id: int | None, allow_duplicates: bool,
    say: Callable[[str], None],
) -> list[str]:  # fmt: skip
    try:
        table = read_table(path)
    except FileUnreadable as exc:
        raise ImportFailed([exc.args[0]]) from None
    for text in table.notes:
        say(text)
    if table.header_problems:
        raise ImportFailed(table.header_problems)
    if not any(text == QUOTE_PROBLEM for _n, text in table.problems):  # rows not counted
        say(f"memeriksa {thousands(len(table.rows))} baris…")
    items, problems = check_rows(table)
    if problems:
        raise ImportFailed(problems, refused_rows=len(problems))
    if not items:
        raise ImportFailed([Text("import.no_rows")])
    with reading(engine) as session:
        duplicates = probable_duplicates(session, items)
        for line in import_resemblances(session, items, table.where):
            say(line)
    if duplicates and not allow_duplicates:
        raise ProbableDuplicates(duplicates, table.where)
    say(f"menyimpan {thousands(len(items))} pengaduan…")
    with operation(engine, officer_id, Permission.INTAKE) as (session, _officer):
        numbers = write_imported(session, [item for _n, item in items], officer_id)
        detail: dict[str, object] = {"berkas": path.name, "jumlah": len(numbers),
                                     "nomor_pertama": numbers[0],
                                     "nomor_terakhir": numbers[-1]}  # fmt: skip
        if duplicates:
            detail["kemungkinan_duplikat"] = len(duplicates)
        audit.append(session, audit.Action.IMPORT, f"file:{path.name}"[:100], detail,
                     audit.actor(session, officer_id))  # fmt: skip
    return numbers


def naive_utc(moment: datetime) -> str:
    """A moment as the bulk writer stores it (core.bulk.timestamp of its naive UTC)."""
    if moment.tzinfo is not UTC:  # validated moments are UTC already
        moment = moment.astimezone(UTC)
    return timestamp(moment.replace(tzinfo=None))


def write_imported(
    session: Session,
    items: Sequence[ComplaintInput],
    officer_id: int | None,
    notes: Sequence[str] = (),
    progress: Callable[[int], None] | None = None,
) -> list[str]:
    """The rows of every complaint, its complainant and its events, written in one go in the
    caller's transaction (the caller has validated the rows and opened the door): the file
    import and the SP4N-LAPOR! import both write through it. `notes`: beside each item, a
    timeline note by the acting officer ("" for none); `progress` hears the complaints
    written so far."""
    conn = session.connection()
    office = profile(session)
    calendar = load_calendar(session)
    responsible = default_officer(session).id
    receiver = (acting_officer(session, officer_id) or default_officer(session)).id
    days = [local_date(item.received_at) for item in items]
    sequences: dict[int, int] = {}
    for year, count in sorted(Counter(day.year for day in days).items()):
        sequences[year] = next_value(session, f"complaint-{year}", count) - count
    closing = sum(1 for item in items if item.status in CLOSING_EVENT)
    noted = sum(1 for text in notes if text)
    people_ids = reserve_ids(conn, "complainant", len(items))
    complaint_ids = reserve_ids(conn, "complaint", len(items))
    event_ids = iter(reserve_ids(conn, "event", len(items) + closing + noted))
    now = naive_utc(now_utc())
    dates: dict[date, tuple[str, str]] = {}  # day -> it and its due date, as stored
    received_kind = EventKind.RECEIVED.value
    batches: list[Batch] = []
    numbers: list[str] = []
    notes = notes or [""] * len(items)
    for d, day, pid, cid, note in zip(items, days, people_ids, complaint_ids, notes, strict=True):
        if len(numbers) % WRITE_BATCH == 0:  # batches, so that progress is heard as it goes
            batches.append(([], [], []))
        people, complaints, events = batches[-1]
        sequences[day.year] += 1
        number = format_tracking_number(day.year, sequences[day.year])
        numbers.append(number)
        day_text, due = dates.get(day) or dates.setdefault(
            day, (day.isoformat(), due_date(calendar, day, office.sla_days).isoformat())
        )
        received = naive_utc(d.received_at)
        closed = naive_utc(d.closed_at) if d.closed_at else None
        people.append((pid, d.name, d.id_type, d.id_number, d.address, d.phone, d.phone_typed,
                       d.email))  # fmt: skip
        complaints.append((
            cid, number, day.year, sequences[day.year], received, d.channel, d.form, d.service,
            d.category, d.summary, d.description, d.loss, d.requested_resolution,
            d.event_place, d.event_date.isoformat() if d.event_date else None, pid,
            list_copy(d.name, d.anonymous, d.confidential), int(d.anonymous),
            int(d.confidential), d.lapor_tracking_id, d.letter_number, responsible, receiver,
            None, d.status, day_text, due, closed, d.result, now, now, 1,
            "", "", "",
        ))  # fmt: skip
        events.append((next(event_ids), cid, received_kind, receiver, received, ""))
        kind = CLOSING_EVENT.get(d.status)
        if kind:
            events.append((next(event_ids), cid, kind.value, responsible, closed, d.result))
        if note:
            events.append((next(event_ids), cid, EventKind.NOTE.value, officer_id, now, note))
    present = complaint_ids[0] - 1  # about as many complaints as there are (ids from 1)
    # Not on PostgreSQL: its DROP INDEX would make every other desk's read wait for the commit.
    rebuild = conn.dialect.name == "sqlite" and rebuild_pays(present, len(items))
    write_complaints(conn, batches, complaint_ids[0],
                     rebuild_indexes=rebuild, progress=progress,
                     analyse=len(items) >= STATISTICS_AFTER)  # fmt: skip
    return numbers
