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


def test_a_0001_database_with_complaints_upgrades_and_is_searchable(db_url: str) -> None:
    from datetime import date, datetime

    from sqlalchemy import MetaData

    from pengaduan_desktop.core.bulk import sync_id_sequences
    from pengaduan_desktop.core.caselist import CaseFilter, fetch_page
    from pengaduan_desktop.core.schema import upgrade

    engine = create_db_engine(db_url)
    upgrade(engine, "0001")
    old = MetaData()
    old.reflect(engine)
    now = datetime(2026, 3, 2, 1, 0)
    with engine.begin() as conn:
        officer = {"id": 1, "name": "Petugas Lama", "nip": "-", "jabatan": "Pengelola",
                   "role": "pengelola", "active": True}  # fmt: skip
        person = {"id": 1, "name": "Bong Fui Lin", "id_type": "", "id_number": "",
                  "address": "", "phone": "", "email": ""}  # fmt: skip
        conn.execute(old.tables["officer"].insert(), officer)
        conn.execute(old.tables["complainant"].insert(), person)
        conn.execute(old.tables["complaint"].insert(), {
            "id": 1, "tracking_number": "ADU-2026-000001", "year": 2026, "sequence": 1,
            "received_at": now, "channel": "email", "form": "tertulis", "service": "Layanan",
            "category": "Lainnya", "summary": "Jembatan kantor retak", "description": "",
            "loss": "", "requested_resolution": "", "event_place": "", "complainant_id": 1,
            "anonymous": False, "confidential": False, "lapor_tracking_id": "",
            "letter_number": "", "responsible_officer_id": 1, "receiving_officer_id": 1,
            "status": "diterima", "due_date": date(2026, 3, 9), "result": "",
            "created_at": now, "updated_at": now, "version": 1,
        })  # fmt: skip
        sync_id_sequences(conn, ("officer", "complainant", "complaint"))
    init_database(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    for query in ("retak", "Bong", "ADU-2026-000001"):
        rows = fetch_page(engine, CaseFilter(search=query), limit=5)
        assert [r.complainant_name for r in rows] == ["Bong Fui Lin"], query
    engine.dispose()


def test_0010_upgrades_a_0009_database_and_notifies_on_postgresql(engine: Engine) -> None:
    """0010 adds the intake key and the audit entries' desk to a database in use; on
    PostgreSQL its trigger NOTIFYs the live desks when an audit entry commits."""
    from sqlalchemy import text

    from pengaduan_desktop.core.intake import register
    from pengaduan_desktop.core.schema import upgrade
    from tests.helpers import complaint

    register(engine, complaint())
    with engine.begin() as conn:  # back to 0009, as a database the previous version left
        from alembic import command

        from pengaduan_desktop.core.schema import alembic_config

        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
    assert current_revision(engine) == "0009"
    upgrade(engine)
    assert current_revision(engine) == SCHEMA_HEAD
    assert (
        register(engine, complaint(), key="k-1").id == register(engine, complaint(), key="k-1").id
    )
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            triggers = conn.execute(text(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass "
                "AND NOT tgisinternal")).scalars().all()  # fmt: skip
        assert triggers == ["audit_entry_notify"]
