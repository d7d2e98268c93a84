"""Probable earlier complaints over a million complaints (run: python -m pytest -m bench -s
tests/bench/test_earlier_bench.py). SQLite: the demo database of PENGADUAN_BENCH_DIR, opened
read-only; PostgreSQL: PENGADUAN_BENCH_PG_READ (a database of the same demo, read only). The
small pass below runs in the normal suite and checks what is found, never the time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.demo import generate
from tests.bench.earlier_speed import earlier_speed, import_speed

FOLDER = Path(os.environ.get("PENGADUAN_BENCH_DIR", "/nonexistent"))
SIZE = int(os.environ.get("PENGADUAN_BENCH_SIZE", "1000000"))
PG_READ = os.environ.get("PENGADUAN_BENCH_PG_READ", "")


@pytest.mark.bench
def test_earlier_complaints_sqlite() -> None:
    path = FOLDER / f"pengaduan-bench-{SIZE}.db"
    if not path.exists():
        pytest.skip(f"no demo database at {path}")
    engine = create_db_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        earlier_speed(engine, f"SQLite, {SIZE:,} complaints")
        import_speed(engine, f"SQLite, {SIZE:,} complaints")
    finally:
        engine.dispose()


@pytest.mark.bench
def test_earlier_complaints_postgres() -> None:
    if not PG_READ:
        pytest.skip("PENGADUAN_BENCH_PG_READ is not set")
    engine = create_db_engine(PG_READ)
    try:
        earlier_speed(engine, "PostgreSQL")
        import_speed(engine, "PostgreSQL")
    finally:
        engine.dispose()


def test_the_benchmark_finds_each_kind(engine: Engine) -> None:
    """The benchmark's probes on a small demo: each kind finds complaints."""
    generate(engine, 300, seed=7)
    figures = earlier_speed(engine, "uji kecil", rounds=1)
    assert figures["NIK"]["found"] >= 1 and figures["telepon"]["found"] >= 1
    assert figures["semua sekaligus"]["found"] >= 1
    assert figures["perihal kata langka"]["found"] == 0
    assert import_speed(engine, "uji kecil", rounds=1)["similar"] > 0
