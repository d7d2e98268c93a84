"""Benchmarks (run: python -m pytest -m bench -s tests/bench). They print figures; they never
fail on time. PENGADUAN_BENCH_SIZE sets the number of complaints (default 1,000,000);
PENGADUAN_BENCH_DIR keeps the generated database between runs; PENGADUAN_BENCH_PG (a PostgreSQL
URL) runs the search and monthly-report benchmarks there too (PENGADUAN_BENCH_PG_MONTH, another
empty database, adds the report of a 5,000-complaint month)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import pytest

from tests.bench import measure, report_speed, scrolling

SIZE = int(os.environ.get("PENGADUAN_BENCH_SIZE", "1000000"))
FOLDER = Path(os.environ.get("PENGADUAN_BENCH_DIR", tempfile.gettempdir()))
PG_URL = os.environ.get("PENGADUAN_BENCH_PG", "")  # an empty PostgreSQL database, filled once
# Another, for the monthly report of a 5,000-complaint month (filled once with 60,000).
PG_MONTH_URL = os.environ.get("PENGADUAN_BENCH_PG_MONTH", "")


@pytest.fixture(scope="module")
def big_db() -> tuple[str, float | None]:
    FOLDER.mkdir(parents=True, exist_ok=True)
    return measure.demo_database(FOLDER / f"pengaduan-bench-{SIZE}.db", SIZE)


@pytest.mark.bench
def test_demo_speed(tmp_path: Path) -> None:
    url, seconds = measure.demo_database(tmp_path / "demo.db", SIZE)
    assert seconds is not None
    measure.demo_speed(seconds, SIZE)


@pytest.mark.bench
def test_startup(big_db: tuple[str, float | None]) -> None:
    measure.startup(big_db[0], SIZE)


@pytest.mark.bench
def test_damage_check(big_db: tuple[str, float | None], tmp_path: Path) -> None:
    from tests.bench.health import damage_check

    figures = damage_check(big_db[0], SIZE, tmp_path / "small.db")
    assert figures["check_big"] < 3 * figures["check_small"]  # a ratio measured in this run


@pytest.mark.bench
def test_case_list(big_db: tuple[str, float | None]) -> None:
    measure.add_rare_complaints(big_db[0])
    measure.case_list(big_db[0], SIZE)


@pytest.mark.bench
def test_scrolling(qapp, big_db: tuple[str, float | None]) -> None:
    scrolling.scrolling(big_db[0], SIZE)


@pytest.mark.bench
def test_people_search(big_db: tuple[str, float | None]) -> None:
    measure.add_rare_complaints(big_db[0])
    measure.people_search(big_db[0], SIZE)


@pytest.mark.bench
@pytest.mark.skipif(not PG_URL, reason="PENGADUAN_BENCH_PG names no PostgreSQL database")
def test_people_search_on_postgresql() -> None:
    url = measure.demo_database_at(PG_URL, SIZE)
    measure.add_rare_complaints(url)
    measure.people_search(url, SIZE)


@pytest.mark.bench
def test_monthly_report(tmp_path: Path) -> None:
    # 60,000 complaints over 12 months: about 5,000 in the reported month.
    url, _ = measure.demo_database(FOLDER / "pengaduan-bench-month.db", 60_000)
    report_speed.monthly_report_at_scale(url, "SQLite, 60,000 complaints")


@pytest.mark.bench
def test_monthly_report_of_the_province(big_db: tuple[str, float | None]) -> None:
    # 1,000,000 complaints over 12 months: about 80,000 in the reported month.
    report_speed.monthly_report_at_scale(big_db[0], f"SQLite, {SIZE:,} complaints", rounds=1)


@pytest.mark.bench
@pytest.mark.skipif(not PG_URL, reason="PENGADUAN_BENCH_PG names no PostgreSQL database")
def test_monthly_report_on_postgresql() -> None:
    if PG_MONTH_URL:  # about 5,000 in the month
        url = measure.demo_database_at(PG_MONTH_URL, 60_000)
        report_speed.monthly_report_at_scale(url, "PostgreSQL, 60,000 complaints")
    url = measure.demo_database_at(PG_URL, SIZE)  # about 80,000 in the month at 1M
    report_speed.monthly_report_at_scale(url, f"PostgreSQL, {SIZE:,} complaints", rounds=1)


@pytest.mark.bench
def test_receipt(tmp_path: Path) -> None:
    measure.receipt(f"sqlite:///{tmp_path / 'r.db'}")


def test_small_pass_keeps_the_benchmarks_working(tmp_path: Path) -> None:
    """A small-size run of every measurement, in the default suite, so they do not rot."""
    start = time.perf_counter()
    url, seconds = measure.demo_database(tmp_path / "small.db", 500)
    assert seconds is not None and seconds < time.perf_counter() - start + 1
    figures = measure.startup(url, 500, rounds=1)
    assert figures["bare"] > 0 and figures["ours"] > 0
    assert measure.receipt(f"sqlite:///{tmp_path / 'r.db'}", rounds=2)["ratio"] > 0
    assert measure.demo_speed(seconds, 500)["goal"] > 0
    measure.add_rare_complaints(url)
    lists = measure.case_list(url, 503)
    assert lists["ours"]["found"] == 3
    assert lists["memory"]["rows"] == 503
    people = measure.people_search(url, 503)
    assert all(figures["found"] >= 1 for figures in people.values())
    month = report_speed.busiest_month(url)
    at_scale = report_speed.monthly_report_at_scale(url, "small", month, rounds=1)
    assert at_scale["received"] == report_speed.received_in(url, month) > 0
    assert at_scale["progress_steps"] > 3 and at_scale["peak_mb"] > 0
    from tests.bench.health import damage_check

    assert damage_check(url, 503, tmp_path / "tiny.db", rounds=2)["check_big"] > 0


def test_small_scrolling_pass(qapp, tmp_path: Path) -> None:
    """The scrolling benchmark at a small size, in the default suite, so that it does not rot."""
    url, _ = measure.demo_database(tmp_path / "small.db", 500)
    figures = scrolling.scrolling(url, 500, wheel=20, drag=10, jumps=5)
    assert figures["rows"] == 500
    assert all(phase.stalls for phase in figures["phases"].values())
    # Every page the officer landed on was read: the last one and each jump's (the first
    # comes with the count, when the list opens).
    size = figures["page_size"]
    wanted = ({(500 - 1) // size} | {pick // size for pick in figures["picks"]}) - {0}
    assert wanted - figures["fetched"] == set()
    assert len(wanted) >= 2 and sum(p.pages for p in figures["phases"].values()) >= 1
