"""The rules of a large load (core.bulk): when the scattered indexes are dropped and built
again, and that a load which does so leaves the database whole: every index back, the search
index holding the new rows, numbering 1..N per year without holes, the audit trail intact."""

from pathlib import Path

from sqlalchemy import Engine, inspect, select

from pengaduan_desktop.core import audit, bulk, demo
from pengaduan_desktop.core.caselist import CaseFilter, count_cases
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.importer import import_file
from pengaduan_desktop.core.models import Complaint
from tests.unit.test_demo import NOW
from tests.unit.test_import_concurrency import big_file


def test_only_a_large_load_into_a_table_no_larger_rebuilds_indexes() -> None:
    assert bulk.rebuild_pays(0, 1_000_000)
    assert bulk.rebuild_pays(100_000, 100_000)
    assert not bulk.rebuild_pays(1_000_000, 20_000)  # an import into a full database
    assert bulk.rebuild_pays(20_000, 20_000)
    assert not bulk.rebuild_pays(0, 19_999)  # small: keeping them current is cheap
    assert not bulk.rebuild_pays(200_000, 150_000)


def _whole(engine: Engine, complaints: int) -> None:
    inspector = inspect(engine)
    names = {i["name"] for t in ("complaint", "complainant") for i in inspector.get_indexes(t)}
    assert set(bulk.SCATTERED_INDEXES) <= names
    with reading(engine) as session:
        rows = session.execute(select(Complaint.year, Complaint.sequence)).all()
    assert len(rows) == complaints
    by_year: dict[int, list[int]] = {}
    for year, sequence in rows:
        by_year.setdefault(year, []).append(sequence)
    assert all(sorted(s) == list(range(1, len(s) + 1)) for s in by_year.values())
    assert audit.verify(engine) == []


def test_a_large_import_into_a_small_table_leaves_it_whole(
    engine: Engine, tmp_path: Path, monkeypatch
) -> None:
    demo.generate(engine, 20, seed=3, now=NOW)
    monkeypatch.setattr(bulk, "REBUILD_FROM", 50)
    assert bulk.rebuild_pays(20, 60)  # rebuilt on SQLite; PostgreSQL keeps them (readers)
    numbers = import_file(engine, big_file(tmp_path / "besar.csv", 60))
    assert len(numbers) == 60
    _whole(engine, 80)
    # The imported rows are in the search index, found by a word of their own.
    assert count_cases(engine, CaseFilter(search="tahap")) == 60


def test_a_small_import_into_a_larger_table_keeps_its_indexes(
    engine: Engine, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(bulk, "REBUILD_FROM", 50)
    demo.generate(engine, 60, seed=3, now=NOW)  # rebuilt: 60 into an empty table
    assert not bulk.rebuild_pays(60, 50)
    import_file(engine, big_file(tmp_path / "kecil.csv", 50))
    _whole(engine, 110)
    assert count_cases(engine, CaseFilter(search="tahap")) == 50
