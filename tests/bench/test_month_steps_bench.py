"""The cost of the monthly report's deadline and IKM sections (run: python -m pytest -m bench
-s tests/bench/test_month_steps_bench.py). Prints figures; never fails on time."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench import measure, report_speed
from tests.bench.month_steps_speed import month_steps_speed
from tests.bench.test_bench import FOLDER


@pytest.mark.bench
def test_month_steps_at_60000() -> None:
    url, _ = measure.demo_database(FOLDER / "pengaduan-bench-month.db", 60_000)
    month_steps_speed(url, report_speed.busiest_month(url), "SQLite, 60,000 complaints")


def test_small_pass_of_the_month_steps_bench(tmp_path: Path) -> None:
    url, _ = measure.demo_database(tmp_path / "small.db", 500)
    figures = month_steps_speed(url, report_speed.busiest_month(url), "small")
    assert figures["received"] > 0 and figures["steps"] > 0
