"""Create or upgrade the database schema with Alembic, then make sure first-run records exist."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DatabaseError as SqlDatabaseError
from sqlalchemy.exc import OperationalError

from pengaduan_desktop.core.db import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration. Start-up compares the database with it and loads Alembic (0.4 s of
# imports) only when an upgrade is due; a test checks it against the migrations folder.
SCHEMA_HEAD = "0016"
# Search structures the migrations make by hand (FTS5 tables, the tsvector column and index):
# they are not in the models, so comparisons of models and database leave them out.
HAND_MADE = ("complaint_fts", "search_vector", "ix_complaint_search")


def refresh_statistics(conn: Connection) -> None:
    """After a bulk load: the query planner's statistics (SQLite needs them to pick the date
    index over a status index that matches most of the table). Sampled: a tenth of a second at
    a million complaints instead of seconds."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
    conn.exec_driver_sql("ANALYZE")


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not (name or "").startswith(HAND_MADE)


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        raise DatabaseError("db.cannot_open", reason=exc.orig) from exc
    except SqlDatabaseError as exc:
        from pengaduan_desktop.core.db_health import damage_in, shown

        raise (damage_in(exc, shown(engine)) or exc) from exc


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    except OperationalError as exc:
        raise DatabaseError("db.cannot_open", reason=exc.orig) from exc


def init_database(engine: Engine) -> None:
    """Create or upgrade the schema, then the first-run records (office profile, officers)."""
    from pengaduan_desktop.core import audit
    from pengaduan_desktop.core.db import reading, writing
    from pengaduan_desktop.core.db_health import require_known, shown
    from pengaduan_desktop.core.models import OfficeProfile
    from pengaduan_desktop.core.office import PROFILE_ID, ensure_first_run

    revision = current_revision(engine)
    require_known(revision, shown(engine))  # a newer program's database is left as it is
    if revision != SCHEMA_HEAD:
        upgrade(engine)
    with reading(engine) as session:
        if session.get(OfficeProfile, PROFILE_ID) is not None:
            return
    with writing(engine) as session:
        ensure_first_run(session)
        audit.append(session, audit.Action.SCHEMA, "database", {"langkah": "disiapkan"}, None)
