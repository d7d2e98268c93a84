"""The import's speed against the demo's, measured in the same run on the same database (run:
python -m pytest -m bench -s tests/bench/test_import_speed.py; on PostgreSQL too when
PENGADUAN_TEST_PG is set). Goal: importing N rows takes at most 3 times what `demo` takes for
N. It prints the figures and never fails on time. PENGADUAN_BENCH_IMPORT sets N (20,000)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.importer import import_file
from tests.bench.measure import report
from tests.unit.test_import_concurrency import big_file

SIZE = int(os.environ.get("PENGADUAN_BENCH_IMPORT", "20000"))
GOAL = 3.0  # the import may take this many times the demo's time


def import_against_demo(engine: Engine, folder: Path, count: int) -> dict[str, float]:
    source = big_file(folder / "impor.csv", count)
    start = time.perf_counter()
    generate(engine, count, seed=1)
    demo = time.perf_counter() - start
    steps: dict[str, float] = {}
    start = time.perf_counter()
    numbers = import_file(engine, source, note=lambda text: steps.setdefault(
        text.split(" ", 1)[0], time.perf_counter() - start))  # fmt: skip
    imported = time.perf_counter() - start
    assert len(numbers) == count
    ratio = imported / demo
    report(f"import {count:,} rows against demo --count {count:,} ({engine.dialect.name})", [
        ("demo", f"{demo:8.2f} s"),
        ("import", f"{imported:8.2f} s"),
        ("  reading the file", f"{steps.get('memeriksa', 0):8.2f} s"),
        ("  checking rows and duplicates",
         f"{steps.get('menyimpan', 0) - steps.get('memeriksa', 0):8.2f} s"),
        ("  writing (the one transaction)", f"{imported - steps.get('menyimpan', 0):8.2f} s"),
        ("ratio import / demo", f"{ratio:8.2f}"),
        (f"goal (at most {GOAL:.0f}×)", "ok" if ratio <= GOAL else "OVER"),
    ])  # fmt: skip
    return {"demo": demo, "import": imported, "ratio": ratio}


@pytest.mark.bench
def test_import_speed(engine: Engine, tmp_path: Path) -> None:
    import_against_demo(engine, tmp_path, SIZE)


def test_small_pass_keeps_the_import_benchmark_working(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    figures = import_against_demo(sqlite_engine, tmp_path, 200)
    assert figures["demo"] > 0 and figures["import"] > 0
