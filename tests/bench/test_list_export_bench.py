"""The filtered list exported whole, against its plain peers (tests/bench/list_export_speed.py):
over the 1,000,000-complaint demo database (PENGADUAN_BENCH_DIR) as a benchmark, and a small
pass in the normal suite that checks what it measures, never its time."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.schema import init_database
from tests.bench.list_export_speed import list_export

SIZE = int(os.environ.get("PENGADUAN_BENCH_SIZE", "1000000"))
FOLDER = Path(os.environ.get("PENGADUAN_BENCH_DIR", tempfile.gettempdir()))
DAYS = int(os.environ.get("PENGADUAN_BENCH_LIST_DAYS", "14"))


@pytest.mark.bench
def test_list_export_at_scale() -> None:
    path = FOLDER / f"pengaduan-bench-{SIZE}.db"
    if not path.exists():
        pytest.skip(f"no demo database at {path} (tests/bench/test_bench.py makes one)")
    end = date(2026, 10, 31)
    start = date.fromordinal(end.toordinal() - DAYS + 1)
    figures = list_export(f"sqlite:///{path}", start, end)
    assert figures["ours_rows"] == figures["rows"] == figures["streamed_rows"] > 0


def test_list_export_small_pass(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'small.db'}"
    engine = create_db_engine(url)
    init_database(engine)
    generate(engine, 1200, seed=3, now=datetime(2026, 11, 28, 3, 0, tzinfo=UTC))
    engine.dispose()
    figures = list_export(url, date(2026, 6, 1), date(2026, 10, 31))
    assert figures["ours_rows"] == figures["rows"] == figures["streamed_rows"] > 300
