"""Engine factory and sessions: SQLite by default, PostgreSQL for a shared office database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.core.files import private_file, private_folder

ENV_DB = "PENGADUAN_DB"
WRITE = {"pengaduan_write": True}


class DatabaseError(UserError):
    """A database problem the officer can act on (unreachable server, bad URL, locked file)."""


class DatabaseDamaged(DatabaseError):
    """The file is not a usable database: corrupted, truncated, or not a database at all. The
    file is left untouched; the window offers "Pulihkan dari cadangan…"."""


class SchemaTooNew(DatabaseError):
    """The database was last upgraded by a newer version of the program (its schema revision is
    one this program does not know); it is left untouched."""


def default_db_path() -> Path:
    return Path(user_data_dir("pengaduan-desktop", "BKAD Kalbar")) / "pengaduan.db"


def resolve_url(url: str | None = None) -> str:
    """The --db option, else $PENGADUAN_DB, else the SQLite file in the user's data folder."""
    url = url or os.environ.get(ENV_DB)
    if url:
        return url
    path = default_db_path()
    private_folder(path.parent)
    return f"sqlite:///{path}"


def is_default(url: str | None) -> bool:
    """Whether the program was started on its own database (no --db, no $PENGADUAN_DB): the
    file its icon opens."""
    return not (url or os.environ.get(ENV_DB))


def create_db_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for `url`. An SQLite file is checked first (core.db_health): a damaged or
    foreign file, or a newer schema, is refused before anything opens it. SQL parameters are
    never put into error messages (they hold NIK, phone numbers, addresses)."""
    from pengaduan_desktop.core.db_health import check_sqlite_file, without_password

    url = resolve_url(url)
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise DatabaseError("db.bad_url", url=without_password(url)) from exc
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(parsed.database, parsed.query)
        if path is not None:
            check_sqlite_file(path)
        if path is not None and parsed.query.get("mode") != "ro":
            # The user's only; SQLite gives its -wal and -shm files the database's mode.
            private_file(path)
        engine = create_engine(parsed, connect_args={"timeout": 30}, **kwargs)
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True, **kwargs)
    raise DatabaseError("db.unsupported", kind=parsed.get_backend_name())


def sqlite_path(database: str | None, query: Any) -> Path | None:
    """The file of an SQLite URL: `sqlite:///path`, or `sqlite:///file:path?mode=ro&uri=true`
    (a read-only database); None in memory."""
    if not database or database == ":memory:" or "mode=memory" in database:
        return None
    if str(query.get("uri", "")).lower() in ("true", "1") and database.startswith("file:"):
        return Path(database.removeprefix("file:").split("?", 1)[0])
    return Path(database)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We issue BEGIN ourselves so a writer can take the lock up front (BEGIN IMMEDIATE)
        # and never fail half-way when another desk writes at the same moment.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("pengaduan_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def reading(engine: Engine) -> Iterator[Session]:
    """A short session for reading."""
    with Session(engine, expire_on_commit=False) as session:
        yield session


@contextmanager
def writing(engine: Engine) -> Iterator[Session]:
    """One transaction: committed whole at the end of the block, or rolled back whole."""
    session = Session(engine.execution_options(**WRITE), expire_on_commit=False)
    with session, session.begin():
        yield session
