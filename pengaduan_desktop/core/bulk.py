"""Fast bulk inserts for generated or imported data: executemany of plain tuples on SQLite,
COPY on PostgreSQL. Values must already be in the shape both store: timestamps as naive-UTC
ISO text, dates as ISO text, booleans as 0/1.

`write_complaints` is the one bulk writer of complaints: the demo and the import both load
their rows through it (search index, indexes, planner statistics)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Index

from pengaduan_desktop.core.models import Base
from pengaduan_desktop.core.schema import refresh_statistics

COMPLAINANT_COLS = (
    "id", "name", "id_type", "id_number", "address", "phone", "phone_typed", "email",
)  # fmt: skip
COMPLAINT_COLS = (
    "id", "tracking_number", "year", "sequence", "received_at", "channel", "form", "service",
    "category", "summary", "description", "loss", "requested_resolution", "event_place",
    "event_date", "complainant_id", "complainant_name", "anonymous", "confidential",
    "lapor_tracking_id",
    "letter_number", "responsible_officer_id", "receiving_officer_id", "unit_id", "status",
    "clock_start", "due_date", "closed_at", "result", "created_at", "updated_at", "version",
    "rejection_kind", "rejection_reason", "rejection_detail",
)  # fmt: skip
EVENT_COLS = ("id", "complaint_id", "kind", "officer_id", "at", "text")
# One batch: complainant rows, complaint rows, event rows (each a tuple in the order above).
Batch = tuple[list[Any], list[Any], list[Any]]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused during a bulk load: the load makes many small objects
    (a dict, a complaint and tuples per row) that would have it walk all of them again and
    again, about a tenth of a 20,000-row import's CPU (measured). Nothing in a load makes
    cycles; reference counting frees its objects as usual."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def timestamp(moment: datetime) -> str:
    """Naive UTC as both backends store it (SQLite text; PostgreSQL COPY text input)."""
    return moment.isoformat(" ", "microseconds")


def insert_rows(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    cols = ", ".join(columns)
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    try:
        if conn.dialect.name == "postgresql":
            with cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            cursor.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
    finally:
        cursor.close()


def write_complaints(
    conn: Connection,
    batches: Iterable[Batch],
    first_complaint_id: int,
    rebuild_indexes: bool = False,
    progress: Callable[[int], None] | None = None,
    analyse: bool = True,
) -> int:
    """Insert the batches inside the caller's write transaction; the new complaints' ids are
    `first_complaint_id` and up (each id above every complaint already there). Returns how many
    complaints were written. rebuild_indexes: drop the indexes whose keys scatter and build
    them once at the end (worth it from about 100,000 rows). analyse: refresh the query
    planner's statistics (after a large load)."""
    cache = _enlarge_cache(conn)
    trigger = _suspend_search_trigger(conn)
    rebuilt = _drop_scattered_indexes(conn) if rebuild_indexes else []
    done = 0
    for people, complaints, events in batches:
        insert_rows(conn, "complainant", COMPLAINANT_COLS, people)
        insert_rows(conn, "complaint", COMPLAINT_COLS, complaints)
        insert_rows(conn, "event", EVENT_COLS, events)
        done += len(complaints)
        if progress:
            progress(done)
    for index in rebuilt:
        index.create(conn)
    _index_for_search(conn, trigger, first_complaint_id)
    if analyse:
        refresh_statistics(conn)
    if cache is not None:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")
    return done


LOAD_CACHE_KIB = 128 * 1024


def _enlarge_cache(conn: Any) -> int | None:
    """SQLite: a page cache of 128 MiB for the load (the connection's own is 2 MiB). Kept
    current, the scattered indexes of a million complaints take a page each for most new rows:
    with the small cache they are read and written again and again. Returns the size to put
    back (pages are only taken as needed)."""
    if conn.dialect.name != "sqlite":
        return None
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar())
    conn.exec_driver_sql(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    return before


def reserve_ids(conn: Connection, table: str, count: int) -> list[int]:
    """`count` new ids for rows of `table` inserted with explicit ids, inside a write
    transaction. PostgreSQL: drawn from the table's sequence, so that another desk's ordinary
    insert at the same moment never collides. SQLite: the write lock is held, so the ids after
    the largest one are free (and consecutive, which the search index load relies on)."""
    if count <= 0:
        return []
    if conn.dialect.name == "postgresql":
        return list(
            conn.exec_driver_sql(
                f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
                f"FROM generate_series(1, {int(count)})"
            ).scalars()
        )
    first = (conn.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar() or 0) + 1
    return list(range(first, first + count))


def sync_id_sequences(conn: Connection, tables: Sequence[str]) -> None:
    """PostgreSQL: rows inserted with explicit ids leave the id sequences behind; move each to
    its table's largest id so that the next ordinary insert does not collide."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
        )


REBUILD_FROM = 20_000  # complaints in one load


def rebuild_pays(present: int, adding: int) -> bool:
    """Whether a load of `adding` complaints into a table of `present` drops the scattered
    indexes and builds them again at its end (write_complaints' rebuild_indexes): only a load
    of at least REBUILD_FROM into a table no larger than the load itself. Building an index
    reads the whole table: measured on SQLite (CPU seconds of write_complaints), 50,000 into an
    empty table 2.97 rebuilt against 3.50 kept, 20,000 into 20,000 1.20 against 1.48, but
    20,000 into 100,000 2.41 against 2.30 (tests/bench/test_import_speed.py measures the
    limit both ways)."""
    return adding >= REBUILD_FROM and adding >= present


# Indexes whose keys land all over the tree as rows arrive in time order: kept current row by
# row they cost a large load more than building them once at its end (45 s against 52 s for a
# million complaints). Indexes that grow at their end (dates, ids) are cheap to keep.
SCATTERED_INDEXES = (
    "ix_complaint_complainant_name_id", "ix_complaint_channel_received", "ix_complaint_unit_id",
    "ix_complaint_responsible_officer_id", "ix_complaint_status_due",
    "ix_complaint_status_channel", "ix_complaint_lapor_tracking_id", "ix_complainant_phone",
    "ix_complainant_id_number",
)  # fmt: skip


def _drop_scattered_indexes(conn: Any) -> list[Index]:
    """Drop them for this transaction; they are built again before it commits."""
    tables = (Base.metadata.tables["complaint"], Base.metadata.tables["complainant"])
    found = {str(index.name): index for table in tables for index in table.indexes}
    dropped = [found[name] for name in SCATTERED_INDEXES]
    for index in dropped:
        index.drop(conn)
    return dropped


def _suspend_search_trigger(conn: Any) -> str | None:
    """SQLite: a per-row FTS trigger makes a bulk load 3-4 times slower than indexing the new
    rows in one statement afterwards. Drop it for this transaction; it comes back before the
    commit, so no other desk ever sees it missing."""
    if conn.dialect.name != "sqlite":
        return None  # PostgreSQL's generated tsvector column needs nothing
    sql = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'complaint_fts_ai'"
    ).scalar()
    if sql:
        conn.exec_driver_sql("DROP TRIGGER complaint_fts_ai")
    return str(sql) if sql else None


FTS_COLUMNS = "tracking_number, complainant_name, summary, description"
FTS_MERGE = "INSERT INTO complaint_fts(complaint_fts, rank) VALUES ('automerge', ?)"


def _index_for_search(conn: Any, trigger: str | None, first_id: int) -> None:
    """The new rows into the search index in one statement, then the trigger back."""
    if trigger is None:
        return
    conn.exec_driver_sql(FTS_MERGE, (0,))  # no segment merging during the load: half the time
    conn.exec_driver_sql(
        f"INSERT INTO complaint_fts(rowid, {FTS_COLUMNS}) "
        f"SELECT id, {FTS_COLUMNS} FROM complaint WHERE id >= ?",
        (first_id,),
    )
    conn.exec_driver_sql(FTS_MERGE, (4,))  # FTS5's default
    conn.exec_driver_sql(trigger)
