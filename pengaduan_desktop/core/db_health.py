"""Is this a database the program may open? Asked before anything writes to it: a damaged
file, a file that is not a database, another program's database or one upgraded by a newer
version of this program is refused with one sentence naming it, and left exactly as it was
(no migration, no journal mode changed, no -wal or -shm file made beside it).

The check is cheap whatever the size: the file's 100-byte header, then the schema and the
schema revision read through an `immutable` SQLite connection (which creates no file and takes
no lock). Damage deeper in the file shows only when a page is read; `damage_in(exc)` turns
SQLite's "malformed" or "not a database" into the same refusal wherever it surfaces."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy.engine import URL

from pengaduan_desktop.core.db import DatabaseDamaged, SchemaTooNew
from pengaduan_desktop.core.indonesian import thousands
from pengaduan_desktop.core.messages import Text

if TYPE_CHECKING:
    from sqlalchemy import Engine

MAGIC = b"SQLite format 3\x00"
HEADER = 100
VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
# What SQLite says when a page it reads is not what a database holds.
DAMAGE = ("malformed", "not a database", "file is encrypted", "database corrupt")
_URL_PASSWORD = re.compile(r"(://[^:/@\s]*:)\S*@")  # to the last "@": a password may hold one

# Files already checked by this process. Opening and closing a descriptor of a file releases
# every POSIX lock this process holds on it (SQLite's too), so the header is read only before
# this process's first connection to the file (core.files.private_file says the same).
_checked: set[Path] = set()


def without_password(url: str) -> str:
    """An address as it may be shown: the password of user:password@ replaced by ***."""
    return _URL_PASSWORD.sub(r"\1***@", url)


def shown(engine: Engine | URL) -> str:
    """How a database is named in a message: its file, or its address without the password."""
    url = engine if isinstance(engine, URL) else engine.url
    if url.get_backend_name() == "sqlite" and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


def known_revisions() -> set[str]:
    """The schema revisions of this program: its migration files' numbers."""
    return {p.name.split("_", 1)[0] for p in VERSIONS.glob("[0-9]*_*.py")}


def require_known(revision: str | None, shown: str) -> None:
    """SchemaTooNew when the database's revision is one this program does not know; the
    message names both: the database's revision, this program's version and its newest."""
    if revision is not None and revision not in known_revisions():
        from pengaduan_desktop import __version__
        from pengaduan_desktop.core.schema import SCHEMA_HEAD

        raise SchemaTooNew("db.too_new", file=shown, revision=revision, version=__version__,
                           head=SCHEMA_HEAD)  # fmt: skip


def is_damage(exc: BaseException) -> bool:
    """Whether `exc` (or what it wraps) is SQLite reporting a damaged or foreign file."""
    orig = getattr(exc, "orig", exc)
    return isinstance(orig, sqlite3.DatabaseError) and any(w in str(orig) for w in DAMAGE)


def damaged(shown: str, why: str = "") -> DatabaseDamaged:
    return DatabaseDamaged("db.damaged", file=shown, why=Text(why or "db.why.damaged"))


def damage_in(exc: BaseException, shown: str) -> DatabaseDamaged | None:
    """The refusal for an error SQLite raised on reading a damaged page, else None."""
    return damaged(shown) if is_damage(exc) else None


def check_sqlite_file(path: Path) -> None:
    """Refuse (DatabaseDamaged, SchemaTooNew) a file that cannot be this program's database.
    A missing or empty (0-byte) file is a new database: SQLite itself treats an empty file so,
    and the program creates the file empty before its first connection (private_file)."""
    path = path.absolute()
    if path in _checked or not path.is_file() or path.stat().st_size == 0:
        return
    size = path.stat().st_size
    with path.open("rb") as handle:
        header = handle.read(HEADER)
    shown = str(path)
    if len(header) < HEADER or not header.startswith(MAGIC):
        raise damaged(shown, "db.why.not_sqlite")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise damaged(shown, "db.why.header")
    wal = Path(f"{path}-wal")
    pending = wal.is_file() and wal.stat().st_size > 0  # recovery replays it: trust it
    pages = int.from_bytes(header[28:32], "big")
    counted = header[92:96] == header[24:28] and pages > 0  # the header's page count is valid
    if not pending and counted and (size < pages * page_size or size % page_size):
        whole = f"{pages * page_size:,}".replace(",", ".")
        raise DatabaseDamaged(
            "db.damaged", file=shown, why=Text("db.why.cut", size=thousands(size), whole=whole)
        )
    try:
        tables, revision = _schema(path)
    except sqlite3.DatabaseError as exc:
        if pending:  # perhaps a checkpoint cut short; opening normally replays the log
            return
        raise damaged(shown) from exc
    if revision is None and tables:
        raise damaged(shown, "db.why.foreign")
    require_known(revision, shown)
    _checked.add(path)


def _schema(path: Path) -> tuple[list[str], str | None]:
    """The file's tables and schema revision, read without a lock and without writing."""
    uri = f"file:{quote(str(path))}?immutable=1"
    conn = sqlite3.connect(uri, uri=True)
    try:
        listed = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = [name for (name,) in listed if not name.startswith("sqlite_")]
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return tables, revision
    finally:
        conn.close()
