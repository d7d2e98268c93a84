"""The limit an import or a demo is measured against (issue 11, item 4): plain executemany
inserts of the very rows it wrote, into the same tables of a copy of the database as it was
before, in one transaction, measured in the same run. Two ways, both timed with the building
of every index that the load leaves to do:

- kept: the tables as they are; every index (and SQLite's full-text trigger, PostgreSQL's GIN
  index) is kept current row by row;
- rebuilt: every secondary index and the full-text indexing dropped first, the rows inserted,
  then the indexes created again and the new rows put into the full-text index.

The limit is the quicker of the two. Reading the rows back from the loaded database is not
timed; only the inserts, the index building and the commit are."""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text

from pengaduan_desktop.core.bulk import COMPLAINANT_COLS, COMPLAINT_COLS, EVENT_COLS, FTS_COLUMNS
from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.models import Base

OFFICER_COLS = tuple(column.name for column in Base.metadata.tables["officer"].columns)
TABLES = (("complainant", COMPLAINANT_COLS), ("complaint", COMPLAINT_COLS), ("event", EVENT_COLS))
FETCH = 20_000
# The ways of measuring the limit (PENGADUAN_BENCH_LIMIT, comma-separated): at a million rows
# on SQLite, "kept" (the full-text trigger row by row) takes many minutes.
WAYS = tuple(os.environ.get("PENGADUAN_BENCH_LIMIT", "kept,rebuilt").split(","))


class Snapshot:
    """Copies of a database as it is now, made before the load being measured: one per way of
    measuring the limit. SQLite: file copies; PostgreSQL: CREATE DATABASE ... TEMPLATE."""

    def __init__(self, url: str, folder: Path) -> None:
        self.url = url
        self.folder = folder
        self.backend = "postgresql" if url.startswith("postgresql") else "sqlite"
        self.copies: dict[str, str] = {}

    def take(self, *names: str) -> None:
        """Call with no connection open to the database (PostgreSQL copies from a template)."""
        for name in names:
            if self.backend == "sqlite":
                source = Path(self.url.removeprefix("sqlite:///"))
                target = self.folder / f"limit-{name}.db"
                shutil.copyfile(source, target)
                self.copies[name] = f"sqlite:///{target}"
            else:
                base, _, query = self.url.partition("?")
                prefix, source = base.rsplit("/", 1)
                copy = f"limit_{name}_{uuid.uuid4().hex[:8]}"
                with _admin(self.url) as admin:
                    admin.execute(text(f'CREATE DATABASE "{copy}" TEMPLATE "{source}"'))
                self.copies[name] = f"{prefix}/{copy}" + (f"?{query}" if query else "")

    def drop(self) -> None:
        for url in self.copies.values():
            if self.backend == "sqlite":
                Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
            else:
                name = url.partition("?")[0].rsplit("/", 1)[1]
                with _admin(self.url) as admin:
                    admin.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.copies.clear()


@contextmanager
def _admin(url: str) -> Iterator[Any]:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


def measure_load(
    engine: Engine, folder: Path, load: Callable[[Engine], Any], ways: tuple[str, ...] = WAYS
) -> dict[str, float]:
    """Time load(engine), then the limit of the same rows: {"ours", "kept", "rebuilt",
    "limit", "ratio"} (ratio: ours against the limit), and the same in this process's CPU
    seconds ("ours_cpu", "kept_cpu", ..., "cpu_ratio": on SQLite all the work is in this
    process, so that ratio holds on a loaded machine; on PostgreSQL the server's is not in it)."""
    url = engine.url.render_as_string(hide_password=False)
    ids = first_ids(engine)
    engine.dispose()
    snapshot = Snapshot(url, folder)
    snapshot.take(*ways)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        load(engine)
        ours, ours_cpu = time.perf_counter() - start, time.process_time() - cpu
        figures = limit(engine, snapshot, ids)
    finally:
        snapshot.drop()
    return {"ours": ours, "ours_cpu": ours_cpu, **figures, "ratio": ours / figures["limit"],
            "cpu_ratio": ours_cpu / figures["limit_cpu"]}  # fmt: skip


def limit(loaded: Engine, snapshot: Snapshot, first_ids: dict[str, int]) -> dict[str, float]:
    """Plain inserts of the rows `loaded` holds from first_ids on (per table) into each copy
    of `snapshot`: {"kept": s, "rebuilt": s, "limit": the quicker}, and each in CPU seconds
    ("kept_cpu", "rebuilt_cpu", "limit_cpu": the CPU of the way that was quicker)."""
    timed = {way: _plain_load(loaded, snapshot.copies[way], first_ids, way == "rebuilt")
             for way in ("kept", "rebuilt") if way in snapshot.copies}  # fmt: skip
    quicker = min(timed, key=lambda way: timed[way][0])
    figures = {way: wall for way, (wall, _cpu) in timed.items()}
    figures.update({f"{way}_cpu": cpu for way, (_wall, cpu) in timed.items()})
    figures["limit"], figures["limit_cpu"] = timed[quicker]
    return figures


def first_ids(engine: Engine) -> dict[str, int]:
    """The id the next row of each table will have (call before the load)."""
    with engine.connect() as conn:
        return {table: (conn.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar() or 0) + 1
                for table, _cols in (*TABLES, ("officer", OFFICER_COLS))}  # fmt: skip


def _rows(loaded: Engine, table: str, columns: tuple[str, ...], first: int) -> Iterator[list[Any]]:
    with loaded.connect() as conn:
        result = conn.exec_driver_sql(
            f"SELECT {', '.join(columns)} FROM {table} WHERE id >= {int(first)} ORDER BY id"
        ).yield_per(FETCH)
        for part in result.partitions():
            yield [tuple(row) for row in part]


def _plain_load(
    loaded: Engine, url: str, first: dict[str, int], rebuild: bool
) -> tuple[float, float]:
    """Seconds (wall, this process's CPU) to executemany the rows into `url` in one
    transaction (and, when rebuild, to drop and build again its indexes); reading the rows is
    not counted."""
    engine = create_db_engine(url)
    raw = engine.raw_connection()
    try:
        dbapi = raw.driver_connection
        assert dbapi is not None
        sqlite = engine.dialect.name == "sqlite"
        mark = "?" if sqlite else "%s"
        cursor = dbapi.cursor()
        if sqlite:
            cursor.execute("BEGIN IMMEDIATE")
        # The desk officers the demo adds first: not counted (a few rows).
        for rows in _rows(loaded, "officer", OFFICER_COLS, first["officer"]):
            cursor.executemany(_insert("officer", OFFICER_COLS, mark), rows)
        seconds = cpu = 0.0
        start, cpu_start = time.perf_counter(), time.process_time()
        rebuilt = _drop_indexes(cursor, sqlite) if rebuild else []
        seconds += time.perf_counter() - start
        cpu += time.process_time() - cpu_start
        for table, columns in TABLES:
            for rows in _rows(loaded, table, columns, first[table]):
                start, cpu_start = time.perf_counter(), time.process_time()
                cursor.executemany(_insert(table, columns, mark), rows)
                seconds += time.perf_counter() - start
                cpu += time.process_time() - cpu_start
        start, cpu_start = time.perf_counter(), time.process_time()
        for sql in rebuilt:
            if sql.startswith("INSERT INTO complaint_fts"):  # the new rows, into the index
                cursor.execute(sql, (first["complaint"],))
            else:
                cursor.execute(sql)
        if sqlite:
            cursor.execute("COMMIT")
        else:
            dbapi.commit()
        seconds += time.perf_counter() - start
        cpu += time.process_time() - cpu_start
        cursor.close()
    finally:
        raw.close()
        engine.dispose()
    return seconds, cpu


def _insert(table: str, columns: tuple[str, ...], mark: str) -> str:
    return (f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join(mark for _ in columns)})")  # fmt: skip


def _drop_indexes(cursor: Any, sqlite: bool) -> list[str]:
    """Drop the secondary indexes of the three tables (and the full-text trigger); return the
    statements that build them again, the full-text index's last."""
    names = ", ".join(f"'{table}'" for table, _cols in TABLES)
    if sqlite:
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({names})"
        )
        indexes = cursor.fetchall()
        cursor.execute("SELECT sql FROM sqlite_master WHERE name = 'complaint_fts_ai'")
        trigger = cursor.fetchone()[0]
        cursor.execute("DROP TRIGGER complaint_fts_ai")
        fts = (f"INSERT INTO complaint_fts(rowid, {FTS_COLUMNS}) "
               f"SELECT id, {FTS_COLUMNS} FROM complaint WHERE id >= ?")  # fmt: skip
        rebuild = [sql for _name, sql in indexes] + [fts, trigger]
    else:
        cursor.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' "
            f"AND i.tablename IN ({names}) AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conname = i.indexname)"
        )
        indexes = cursor.fetchall()
        rebuild = [sql for _name, sql in indexes]
    for name, _sql in indexes:
        cursor.execute(f'DROP INDEX "{name}"')
    return rebuild
