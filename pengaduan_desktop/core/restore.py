"""`pengaduan restore`: a backup file (core.backup) into a database of either engine.

The file is checked whole against its manifest before the target is touched. The target must
hold no table, unless `replace`: then the administrator of the database being replaced says so
(Permission.BACKUP). A database that holds no table has no account to sign in with: restoring
into it needs only the file (readable by its owner alone) and access to the database itself,
as `init` does; the accounts come with the backup.

SQLite: the database is built in a temporary file beside the target, then renamed to it (a new
file), or copied into it with SQLite's backup API in one write transaction (a database other
desks may have open), so the target is the old database or the restored one, never half.
PostgreSQL: one transaction drops what is there, creates the schema, loads every row and resets the
sequences; a failure rolls all of it back. Either way the schema is first created at the
backup's revision (a backup from a newer program is refused), the rows loaded, the full-text
index rebuilt, then the schema upgraded to this program's head.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Integer, Table, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.audit import Action
from pengaduan_desktop.core.backup import (
    BackupInvalid,
    Manifest,
    Progress,
    decoded_rows,
    open_backup,
    verify_archive,
)
from pengaduan_desktop.core.backup_canon import decoder, reflect
from pengaduan_desktop.core.db import SchemaTooNew, create_db_engine
from pengaduan_desktop.core.db_health import known_revisions
from pengaduan_desktop.core.door import permitted
from pengaduan_desktop.core.errors import Conflict
from pengaduan_desktop.core.models import Officer
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.schema import HAND_MADE, SCHEMA_HEAD, alembic_config

BATCH = 1000


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    return Path(parsed.database or "")


def target_in_use(url: str) -> bool:
    """Whether the target holds any table (an SQLite file that is absent or empty holds none)."""
    path = sqlite_path(url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return False
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            return bool(_tables(conn))
    finally:
        engine.dispose()


def replace_damaged(damaged: Path, restored: Path) -> Path:
    """Put the `restored` file where the `damaged` one was (the program's own database: its icon
    opens it next time). The damaged file, its -wal/-shm/-journal with it, is renamed beside it
    (`<stem>-rusak-<time>.db`), its content untouched; returns that name."""
    from pengaduan_desktop.core import clock

    aside = damaged.with_name(
        f"{damaged.stem}-rusak-{clock.now_local():%Y%m%d-%H%M%S}{damaged.suffix}"
    )
    for suffix in ("-wal", "-shm", "-journal"):
        if Path(f"{damaged}{suffix}").exists():
            os.replace(f"{damaged}{suffix}", f"{aside}{suffix}")
    os.replace(damaged, aside)
    for suffix in ("-wal", "-shm"):
        if Path(f"{restored}{suffix}").exists():
            os.replace(f"{restored}{suffix}", f"{damaged}{suffix}")
    os.replace(restored, damaged)
    return aside


def check_may_replace(engine: Engine, officer_id: int | None) -> None:
    """Refuse (Forbidden) unless the officer may replace this database with a backup."""
    permitted(engine, officer_id, Permission.BACKUP)


def _tables(conn: Connection) -> list[str]:
    return [n for n in inspect(conn).get_table_names() if not n.startswith("sqlite_")]


def check_archive(archive: zipfile.ZipFile, manifest: Manifest,
                  progress: Progress | None = None) -> None:  # fmt: skip
    """Refuse a backup from a newer program (SchemaTooNew) or one that does not match its
    manifest (BackupInvalid)."""
    if manifest.revision not in known_revisions():
        raise SchemaTooNew("restore.too_new", revision=manifest.revision, head=SCHEMA_HEAD)
    verify_archive(archive, manifest, progress)


def check_backup(path: Path) -> Manifest:
    """check_archive on a file: before anyone signs in to the database it would replace."""
    with open_backup(path) as (archive, manifest):
        check_archive(archive, manifest)
        return manifest


def restore_backup(
    path: Path,
    url: str,
    officer_id: int | None = None,
    replace: bool = False,
    progress: Progress | None = None,
) -> Manifest:
    """Restore `path` into the database at `url`; returns the backup's manifest."""
    with open_backup(path) as (archive, manifest):
        total = sum(e.rows for e in manifest.tables.values())

        def halves(offset: int) -> Progress | None:
            if progress is None:
                return None
            return lambda done, _all: progress(offset + done, 2 * total)

        check_archive(archive, manifest, halves(0))
        if target_in_use(url):
            if not replace:
                raise Conflict("restore.target_in_use")
            engine = create_db_engine(url)
            try:
                check_may_replace(engine, officer_id)
                who = _username(engine, officer_id)
            finally:
                engine.dispose()
        else:
            who = None
        noted = _Restoring(path.name, manifest, who)
        target = sqlite_path(url)
        if target is not None:
            _restore_sqlite(archive, manifest, target, halves(total), noted)
        else:
            _restore_server(archive, manifest, url, halves(total), noted)
    return manifest


def holds_backup(found: Manifest, backup: Manifest) -> bool:
    """Whether a restored database, read as `found`, is what `backup` held: every table the
    same, and the audit trail one entry longer (the restore's own, core.audit)."""
    trail = "audit_entry"
    same = {n: e for n, e in found.tables.items() if n != trail} == {
        n: e for n, e in backup.tables.items() if n != trail}  # fmt: skip
    return (
        found.revision == backup.revision
        and same
        and trail in found.tables
        and found.tables[trail].rows == backup.tables.get(trail, found.tables[trail]).rows + 1
    )


@dataclass(frozen=True)
class _Restoring:
    """What the restored database's audit trail says about the restore itself."""

    file_name: str
    manifest: Manifest
    username: str | None  # who restored it (None: into an empty database, by the program)


def _username(engine: Engine, officer_id: int | None) -> str | None:
    if officer_id is None:
        return None
    with engine.connect() as conn:
        found = conn.execute(select(Officer.username).where(Officer.id == officer_id)).scalar()
        return str(found) if found else None


def _note_restore(conn: Connection, noted: _Restoring) -> None:
    """The restore's own audit entry, last in the restore's transaction: the officer is the
    restored database's account of the same user name, if it has one."""
    with Session(bind=conn) as session:
        officer_id = None
        if noted.username:
            officer_id = session.scalar(
                select(Officer.id).where(Officer.username == noted.username)
            )
        detail: dict[str, object] = {
            "berkas": noted.file_name,
            "dibuat": noted.manifest.created_at,
            "revisi_skema": noted.manifest.revision,
            "oleh": noted.username or "",
        }
        audit.append(session, Action.RESTORE, f"backup:{noted.file_name}", detail, officer_id)


def _restore_sqlite(archive: zipfile.ZipFile, manifest: Manifest, target: Path,
                    progress: Progress | None, noted: _Restoring) -> None:  # fmt: skip
    folder = target.resolve().parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.pulih-", dir=folder)  # 0600
    os.close(fd)
    tmp = Path(name)
    try:
        engine = create_db_engine(f"sqlite:///{tmp}")
        event.listen(engine, "connect", _scratch_pragmas)
        try:
            with engine.begin() as conn:
                load(conn, archive, manifest, progress)
                _note_restore(conn, noted)
        finally:
            engine.dispose()
        with closing(sqlite3.connect(tmp)) as conn:  # one file: no -wal beside it to rename
            conn.execute("PRAGMA journal_mode=DELETE")
        descriptor = os.open(tmp, os.O_RDONLY)  # on the disk, whole, before it is used
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        if target.exists() and target.stat().st_size > 0:
            # A database other desks may have open: copied into it page by page in one write
            # transaction (SQLite's backup API), so every connection sees the restored one. A
            # rename would leave them writing to the old, unlinked file.
            with (
                closing(sqlite3.connect(tmp)) as src,
                closing(sqlite3.connect(target, timeout=30)) as dst,
            ):
                src.backup(dst)
            tmp.unlink()
        else:
            for suffix in ("-wal", "-shm"):  # left by a database no longer there
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            os.replace(tmp, target)
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
        raise


def _scratch_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """The temporary file is thrown away on any failure: no journal, no waiting for the disk
    (it is synced once whole before it replaces anything)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=OFF")
    cursor.execute("PRAGMA synchronous=OFF")
    cursor.close()


def _restore_server(archive: zipfile.ZipFile, manifest: Manifest, url: str,
                    progress: Progress | None, noted: _Restoring) -> None:  # fmt: skip
    engine = create_db_engine(url)
    try:
        with engine.begin() as conn:
            for name in _tables(conn):
                conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}" CASCADE')
            load(conn, archive, manifest, progress)
            _note_restore(conn, noted)
    finally:
        engine.dispose()


@contextmanager
def _alembic(conn: Connection) -> Iterator[object]:
    config = alembic_config()
    config.attributes["connection"] = conn
    yield config


def _upgrade(conn: Connection, revision: str) -> None:
    from alembic import command

    with _alembic(conn) as config:
        command.upgrade(config, revision)  # type: ignore[arg-type]


def load(conn: Connection, archive: zipfile.ZipFile, manifest: Manifest,
         progress: Progress | None = None) -> None:  # fmt: skip
    """Inside the caller's transaction on an empty database: the schema at the backup's
    revision, every row, the search index, the sequences, then the upgrade to head."""
    _upgrade(conn, manifest.revision)
    names = [n for n in _tables(conn) if not n.startswith(HAND_MADE)]
    missing = set(manifest.tables) - set(names)
    if missing:
        unknown_tables = ", ".join(sorted(missing))
        raise BackupInvalid("restore.unknown_tables", tables=unknown_tables)
    metadata = reflect(conn, names)
    ordered = [t for t in metadata.sorted_tables if t.name in manifest.tables]
    for table in reversed(ordered):  # rows the migrations themselves added
        conn.execute(table.delete())
    total = sum(e.rows for e in manifest.tables.values())
    done = 0
    with _triggers_set_aside(conn):
        for table in ordered:
            entry = manifest.tables[table.name]
            unknown = [c for c in entry.columns if c not in table.c]
            if unknown:
                raise BackupInvalid("restore.unknown_column", column=f"{table.name}.{unknown[0]}")
            insert, convert = _inserter(conn, table, entry.columns)
            batch: list[tuple[object, ...]] = []
            for values in decoded_rows(archive, table.name):
                batch.append(convert(values))
                if len(batch) == BATCH:
                    conn.exec_driver_sql(insert, batch)
                    done += len(batch)
                    batch = []
                    if progress:
                        progress(done, total)
            if batch:
                conn.exec_driver_sql(insert, batch)
                done += len(batch)
            if progress:
                progress(done, total)
    _rebuild_search(conn)
    _reset_sequences(conn, ordered)
    if manifest.revision != SCHEMA_HEAD:
        _upgrade(conn, "head")


def _inserter(conn: Connection, table: Table, columns: tuple[str, ...]
              ) -> tuple[str, Callable[[list[Any]], tuple[object, ...]]]:  # fmt: skip
    """The driver's INSERT statement for these columns, and the conversion of a canonical row
    to the driver's values (the column type's own bind processing, applied once per value):
    many rows a second, without building an SQLAlchemy statement per row."""
    dialect = conn.dialect
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
           f"VALUES ({', '.join(marker for _ in columns)})")  # fmt: skip
    steps = []
    for index, name in enumerate(columns):
        column_type = table.c[name].type
        decode = decoder(column_type)
        bind = column_type.bind_processor(dialect)
        if decode is not None and bind is not None:
            steps.append((index, _then(decode, bind)))
        elif decode is not None:
            steps.append((index, decode))
        elif bind is not None:
            steps.append((index, bind))
    width = len(columns)

    def convert(values: list[Any]) -> tuple[object, ...]:
        if len(values) != width:
            raise BackupInvalid("restore.row_incomplete", table=table.name)
        for index, step in steps:
            values[index] = step(values[index])
        return tuple(values)

    return sql, convert


def _then(first: Callable[[Any], Any], second: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: second(first(value))


@contextmanager
def _triggers_set_aside(conn: Connection) -> Iterator[None]:
    """SQLite: the triggers (the full-text index's) dropped while the rows go in, then made
    again: the rows are the final state already, and the index is rebuilt once after."""
    if conn.dialect.name != "sqlite":
        yield
        return
    triggers = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL"
    ).all()
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in triggers:
        conn.exec_driver_sql(sql)


def _rebuild_search(conn: Connection) -> None:
    """SQLite's FTS5 index over the complaints (PostgreSQL's tsvector is a generated column
    the server filled as the rows went in)."""
    if conn.dialect.name == "sqlite" and "complaint_fts" in inspect(conn).get_table_names():
        conn.exec_driver_sql("INSERT INTO complaint_fts(complaint_fts) VALUES ('rebuild')")


def _reset_sequences(conn: Connection, tables: list) -> None:  # type: ignore[type-arg]
    """PostgreSQL: each serial column's sequence continues after the highest id restored."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            continue
        column = key[0].name
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f'coalesce(max("{column}"), 1), max("{column}") IS NOT NULL) FROM "{table.name}"'
            ),
            {"table": f'"{table.name}"', "column": column},
        )
