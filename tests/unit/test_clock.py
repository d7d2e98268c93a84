"""The program's one clock: set it, and core's idea of today follows."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.identity import parse_nik
from pengaduan_desktop.core.timeutil import LOCAL_TZ


def test_the_tests_run_on_a_pinned_day(pinned_clock: datetime) -> None:
    assert clock.today() == date(2026, 11, 29)
    assert abs((clock.now_utc() - pinned_clock).total_seconds()) < 60


def test_today_is_the_day_in_pontianak() -> None:
    with clock.pinned(datetime(2027, 3, 14, 17, 30, tzinfo=UTC)):  # 00:30 WIB on the 15th
        assert clock.today() == date(2027, 3, 15)
        assert clock.now_local().tzinfo == LOCAL_TZ
    assert clock.today() == date(2026, 11, 29)  # back to the pinned day of the tests


def test_the_clock_runs_on_from_the_moment_it_is_set() -> None:
    with clock.pinned(datetime(2030, 1, 1, 8, 0)):  # naive: local time
        first = clock.now_utc()
        second = clock.now_utc()
    start = datetime(2030, 1, 1, 1, 0, tzinfo=UTC)
    assert start <= first <= second and (second - start).total_seconds() < 60


def test_core_rules_read_it() -> None:
    # A NIK's two-digit birth year is in this century unless that lies in the future.
    nik = "6171054209030003"  # born 2 September '03
    with clock.pinned(datetime(2002, 6, 1, 8, 0)):
        assert parse_nik(nik).birth_date.year == 1903
    assert parse_nik(nik).birth_date.year == 2003


def test_a_program_started_with_pengaduan_now_reads_that_time() -> None:
    code = "from pengaduan_desktop.core import clock; print(clock.today())"
    env = {**os.environ, clock.ENV_VAR: "2031-02-03T09:00"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True)  # fmt: skip
    assert out.stdout.strip() == "2031-02-03"
