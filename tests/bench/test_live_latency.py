"""Another desk's change to this desk's screen (run: python -m pytest -m bench -s
tests/bench/test_live_latency.py; PENGADUAN_BENCH_PG or PENGADUAN_TEST_PG adds PostgreSQL)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.bench.live_latency import latency

PG_URL = os.environ.get("PENGADUAN_BENCH_PG", "")


@pytest.mark.bench
def test_live_latency_on_sqlite(qapp, sqlite_engine: Engine, sqlite_url: str) -> None:
    latency(sqlite_url, rounds=10)


@pytest.mark.bench
def test_live_latency(qapp, engine: Engine, db_url: str) -> None:
    latency(db_url, rounds=10)


def test_small_live_latency_pass(qapp, engine: Engine, db_url: str, tmp_path: Path) -> None:
    """One round in the default suite, so that the benchmark does not rot."""
    figures = latency(db_url, rounds=1)
    assert figures["worst"] > 0 and figures["goal"] == 3.0
