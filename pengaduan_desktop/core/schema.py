"""Create or upgrade the database schema with Alembic, then make sure first-run records exist."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from pengaduan_desktop.core.db import DatabaseError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    except OperationalError as exc:
        raise DatabaseError(f"basis data tidak dapat dibuka: {exc.orig}") from exc


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def init_database(engine: Engine) -> None:
    """Create or upgrade the schema, then the first-run records (office profile, officers)."""
    from pengaduan_desktop.core.db import writing
    from pengaduan_desktop.core.office import ensure_first_run

    upgrade(engine)
    with writing(engine) as session:
        ensure_first_run(session)
