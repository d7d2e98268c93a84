from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

from pengaduan_desktop.core.db import create_db_engine, reading
from pengaduan_desktop.core.models import Base
from pengaduan_desktop.core.office import default_officer, profile
from pengaduan_desktop.core.schema import (
    SCHEMA_HEAD,
    current_revision,
    head_revision,
    include_object,
    init_database,
)


def test_migrations_build_exactly_the_models(engine: Engine) -> None:
    assert current_revision(engine) == head_revision() == SCHEMA_HEAD
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_first_run_records_exist_and_init_is_idempotent(engine: Engine) -> None:
    init_database(engine)
    with reading(engine) as session:
        office = profile(session)
        manager = default_officer(session)
        assert office.sla_days == 5
        assert manager.jabatan == "Kepala SubBagian Rencana Kerja, Monitoring dan Evaluasi"


def test_sqlite_pragmas(sqlite_url: str) -> None:
    engine = create_db_engine(sqlite_url)
    init_database(engine)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
    assert "complaint" in inspect(engine).get_table_names()
    engine.dispose()
