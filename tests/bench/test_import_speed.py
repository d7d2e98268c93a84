"""The import's and the demo's speed against the insert limit measured in the same run on the
same database (issue 11, item 4; tests/bench/insert_limit.py): plain executemany inserts of the
very rows they wrote, into a copy of the database as it was before, indexes kept or dropped
and built again after (the quicker counts). Goals: the import within 3x, the demo within 2x.
Run: python -m pytest -m bench -s tests/bench/test_import_speed.py (on PostgreSQL too when
PENGADUAN_TEST_PG is set). PENGADUAN_BENCH_IMPORT sets the import's rows (20,000),
PENGADUAN_BENCH_SIZE the demo's complaints (1,000,000). They print; they never fail on time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.importer import import_file
from pengaduan_desktop.core.models import Complaint
from tests.bench.insert_limit import measure_load
from tests.bench.measure import report
from tests.unit.test_import_concurrency import big_file

SIZE = int(os.environ.get("PENGADUAN_BENCH_IMPORT", "20000"))
DEMO_SIZE = int(os.environ.get("PENGADUAN_BENCH_SIZE", "1000000"))
IMPORT_GOAL = 3.0
DEMO_GOAL = 2.0


def _print(title: str, figures: dict[str, float], goal: float) -> None:
    report(title, [
        ("ours", f"{figures['ours']:8.2f} s"),
        ("limit: executemany, indexes kept", _seconds(figures.get("kept"))),
        ("limit: executemany, indexes built after", _seconds(figures.get("rebuilt"))),
        ("ratio ours / limit (the quicker)", f"{figures['ratio']:8.2f}"),
        (f"goal (at most {goal:.0f}x)", "ok" if figures["ratio"] <= goal else "OVER"),
        ("load (uptime)", _load()),
    ])  # fmt: skip


def _seconds(value: float | None) -> str:
    return "not measured" if value is None else f"{value:8.2f} s"


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def import_against_limit(engine: Engine, folder: Path, count: int) -> dict[str, float]:
    """The database holds `count` demo complaints first (so the duplicate check has work),
    then `count` rows are imported; both are measured against their limit."""
    source = big_file(folder / "impor.csv", count)
    demo = measure_load(engine, folder, lambda e: generate(e, count, seed=1))
    _print(f"demo --count {count:,} ({engine.dialect.name})", demo, DEMO_GOAL)
    numbers: list[str] = []
    figures = measure_load(engine, folder, lambda e: numbers.extend(import_file(e, source)))
    assert len(numbers) == count
    _print(f"import {count:,} rows ({engine.dialect.name})", figures, IMPORT_GOAL)
    return {**figures, "demo_ratio": demo["ratio"]}


@pytest.mark.bench
def test_import_speed(engine: Engine, tmp_path: Path) -> None:
    import_against_limit(engine, tmp_path, SIZE)


@pytest.mark.bench
def test_demo_speed_against_limit(engine: Engine, tmp_path: Path) -> None:
    figures = measure_load(engine, tmp_path, lambda e: generate(e, DEMO_SIZE, seed=1))
    _print(f"demo --count {DEMO_SIZE:,} ({engine.dialect.name})", figures, DEMO_GOAL)


def test_small_pass_keeps_the_import_benchmark_working(engine: Engine, tmp_path: Path) -> None:
    """The benchmark at a small size, on both backends: right counts, numbering, audit."""
    figures = import_against_limit(engine, tmp_path, 200)
    assert figures["ours"] > 0 and figures["limit"] > 0 and figures["demo_ratio"] > 0
    with reading(engine) as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 400
        rows = session.execute(select(Complaint.year, Complaint.sequence)).all()
    # Each year numbered 1..N without holes, over the demo's rows and the import's.
    by_year: dict[int, list[int]] = {}
    for year, sequence in rows:
        by_year.setdefault(year, []).append(sequence)
    assert all(sorted(s) == list(range(1, len(s) + 1)) for s in by_year.values())
    assert audit.verify(engine) == []
