"""Watch the shared database for other desks' changes, in a thread of its own.

On PostgreSQL a connection of its own (psycopg, not SQLAlchemy's pool) LISTENs on the channel
that migration 0010's trigger NOTIFYs when an audit entry commits; on SQLite a connection of its
own reads `PRAGMA data_version` every POLL_SECONDS, which changes when any other connection has
committed. Either way the entries since the last mark are then read (core.desk_changes) and
handed to `on_changes`.

When the database cannot be reached (the server stopped, the network gone) `on_lost` is told
once, the watcher tries again with a growing pause (BACKOFF_SECONDS, at most MOST_PAUSE), and
`on_back` is told once it answers again; the changes made meanwhile follow at once. A damaged
SQLite file is no outage: `on_damaged` is told and the watcher stops.
When the database was restored from a backup meanwhile (the trail the watcher knew is gone:
core.desk_changes.HistoryReplaced) `on_restored` is told, and it follows the restored database
from its newest entry.
The callbacks run in the watcher's thread: the window hands them to its own (ui.live_desk).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from pengaduan_desktop.core.db import DatabaseError
from pengaduan_desktop.core.db_health import is_damage
from pengaduan_desktop.core.desk_changes import (
    CHANNEL,
    HistoryReplaced,
    check_history,
    latest_mark,
    mark_hash,
    read_since,
)
from pengaduan_desktop.core.door import Changes

POLL_SECONDS = 0.5  # SQLite: how often the change counter is read
BACKOFF_SECONDS = 1.0  # the first pause after the database went away; doubled each time
MOST_PAUSE = 15.0


def unreachable_errors() -> tuple[type[BaseException], ...]:
    """The errors that mean the database cannot be reached now (not a bug)."""
    found: list[type[BaseException]] = [DBAPIError, DatabaseError, sqlite3.Error, OSError]
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        pass
    else:
        found.append(psycopg.Error)
    return tuple(found)


# PostgreSQL's codes for a connection that failed or was cut (class 08) and for a server that
# is shutting down or starting (57P01-57P03).
GONE_STATES = ("08", "57P01", "57P02", "57P03")


def unreachable(exc: BaseException) -> bool:
    """The database did not answer: its server stopped, the connection dropped. Not a refusal
    (a lock timeout, a constraint) and not a bug. A write that failed so may or may not have
    committed: only a retry that cannot write twice is safe (core.intake's key)."""
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        exc = exc.orig if isinstance(exc.orig, BaseException) else exc
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    if not isinstance(exc, psycopg.OperationalError):
        return False
    state = exc.sqlstate or ""
    return not state or state.startswith(GONE_STATES)


class DeskWatch:
    """The watcher's thread: `start()`, `stop()`; the callbacks say what it saw."""

    def __init__(
        self,
        engine: Engine,
        on_changes: Callable[[Changes], None],
        on_lost: Callable[[BaseException], None],
        on_back: Callable[[], None],
        poll_seconds: float = POLL_SECONDS,
        on_restored: Callable[[], None] = lambda: None,
        on_damaged: Callable[[BaseException], None] = lambda exc: None,
    ) -> None:
        self.engine = engine
        self.on_restored = on_restored
        self.on_damaged = on_damaged
        self.on_changes = on_changes
        self.on_lost = on_lost
        self.on_back = on_back
        self.poll_seconds = poll_seconds
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="desk-watch", daemon=True)
        self._listener: Any = None  # the connection of its own, once open

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(wait)

    def _run(self) -> None:
        errors = unreachable_errors()
        mark: int | None = None
        known: str | None = None  # the hash of the entry at the mark
        pause = BACKOFF_SECONDS
        while not self._stop.is_set():
            try:
                if mark is None:
                    mark = latest_mark(self.engine)
                    known = mark_hash(self.engine, mark)
                look = self._wait()
                if self.lost:
                    self.lost, pause, look = False, BACKOFF_SECONDS, True
                    self.on_back()
                if look and not self._stop.is_set():
                    new_mark, new_hash, changes = read_since(self.engine, mark)
                    # After the read: a restore just before it or meanwhile is seen here or
                    # (one that came after) at the next look, from the new mark's hash.
                    check_history(self.engine, mark, known)
                    if new_hash is not None:
                        mark, known = new_mark, new_hash
                    if changes is not None:
                        self.on_changes(changes)
            except HistoryReplaced:
                mark = None  # from the restored database's newest entry on
                self.on_restored()
            except errors as exc:
                self._close()
                if is_damage(exc):  # a damaged file, not an outage: waiting will not mend it
                    self.on_damaged(exc)
                    return
                if not self.lost:
                    self.lost = True
                    self.on_lost(exc)
                self._stop.wait(pause)
                pause = min(pause * 2, MOST_PAUSE)
        self._close()

    # -- waiting for a change -------------------------------------------------------------
    def _wait(self) -> bool:
        """Until something may have changed, or a poll's time has passed: whether to look."""
        if self.engine.dialect.name == "postgresql":
            return self._wait_for_notify()
        return self._wait_for_sqlite()

    def _wait_for_notify(self) -> bool:
        import psycopg

        if self._listener is None:
            url = make_url(self.engine.url).set(drivername="postgresql")
            conn = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True,
                                   connect_timeout=5)  # fmt: skip
            try:
                conn.execute(f"LISTEN {CHANNEL}")
            except BaseException:
                conn.close()  # never left for the garbage collector (an open-connection warning)
                raise
            self._listener = conn
            return True  # what was committed before it listened
        notified = False
        for _note in self._listener.notifies(timeout=self.poll_seconds * 2, stop_after=1):
            notified = True
        return notified

    def _wait_for_sqlite(self) -> bool:
        if self._listener is None:
            path = self.engine.url.database or ""
            if not path or path == ":memory:":
                self._stop.wait(self.poll_seconds)
                return False
            uri = Path(path).resolve().as_uri() + "?mode=ro"
            self._listener = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._version = self._data_version()
            return True
        self._stop.wait(self.poll_seconds)
        version = self._data_version()
        if version == self._version:
            return False
        self._version = version
        return True

    def _data_version(self) -> int:
        return int(self._listener.execute("PRAGMA data_version").fetchone()[0])

    def _close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with suppress(Exception):  # a dead connection may refuse even this
                listener.close()
