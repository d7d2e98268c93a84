"""What Bantuan → Tentang says: the program's version, the schema revision of the database in
use and which database that is (its file, or its server and name; never a password)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pengaduan_desktop import __version__

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import URL


@dataclass(frozen=True)
class ProgramInfo:
    version: str
    schema_revision: str  # the database's; "" for a database not yet prepared
    newest_revision: str  # the newest this program knows
    database: str


def database_label(url: URL) -> str:
    """A database as the officer may be told of it: a SQLite file's path, or "PostgreSQL
    <name> di <server>:<port> (pengguna <user>)". Never the password."""
    if url.get_backend_name() == "sqlite":
        return url.database or "(di memori)"
    host = url.host or str(url.query.get("host", "") or "") or "localhost"
    port = url.port or url.query.get("port") or 5432
    user = f" (pengguna {url.username})" if url.username else ""
    name = "PostgreSQL" if url.get_backend_name() == "postgresql" else url.get_backend_name()
    return f"{name} {url.database or ''} di {host}:{port}{user}"


def program_info(engine: Engine) -> ProgramInfo:
    """Reads the database's revision: off the GUI thread."""
    from pengaduan_desktop.core.schema import SCHEMA_HEAD, current_revision

    revision = current_revision(engine) or ""
    return ProgramInfo(__version__, revision, SCHEMA_HEAD, database_label(engine.url))
