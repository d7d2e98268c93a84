"""How a large import talks to SQLite (issue 11, item 4): the duplicate check looks each NIK or
phone up through its index, and the bulk load's larger page cache is the connection's own
again afterwards."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.duplicates import probable_duplicates
from pengaduan_desktop.core.import_files import read_table
from pengaduan_desktop.core.importer import ImportFailed, check_rows, import_file
from tests.unit.test_import_concurrency import big_file

ROWS = 600  # more than one list of 500 values


def test_duplicate_lookups_use_the_phone_index(sqlite_engine: Engine, tmp_path: Path) -> None:
    """With the planner's statistics of a loaded table, a lookup of 500 phones within the
    file's dates walked the date index (the whole table at a million complaints)."""
    generate(sqlite_engine, 3000, seed=1)  # refreshes the planner's statistics
    items, problems = check_rows(read_table(big_file(tmp_path / "impor.csv", ROWS)))
    assert problems == []
    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if "JOIN complaint" in statement and "phone IN" in statement:
            rows = cursor.connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            plans.append(" | ".join(str(row[-1]) for row in rows))

    event.listen(sqlite_engine, "before_cursor_execute", explain)
    try:
        with reading(sqlite_engine) as session:
            assert probable_duplicates(session, items) == []
    finally:
        event.remove(sqlite_engine, "before_cursor_execute", explain)
    assert len(plans) == 2  # 600 phones: two lists
    for plan in plans:
        assert "ix_complainant_phone" in plan and "received_at" not in plan, plan


def test_the_bulk_load_gives_back_its_page_cache(sqlite_engine: Engine, tmp_path: Path) -> None:
    with sqlite_engine.connect() as conn:
        before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    assert len(import_file(sqlite_engine, big_file(tmp_path / "impor.csv", 50))) == 50
    with sqlite_engine.connect() as conn:  # the pool's one connection, the import's
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == before


def test_the_cycle_collector_runs_again_after_an_import(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    """Paused during the load (core.bulk.collector_paused), on again after, even a refused one."""
    assert gc.isenabled()
    assert len(import_file(sqlite_engine, big_file(tmp_path / "impor.csv", 20))) == 20
    assert gc.isenabled()
    bad = tmp_path / "rusak.csv"
    bad.write_text("received_at;channel\n", encoding="utf-8")
    with pytest.raises(ImportFailed):
        import_file(sqlite_engine, bad)
    assert gc.isenabled()
