"""What the monthly report's issue-12 figures (core.month_steps: steps that met their deadline
per unit, the IKM) add to the month's figures: both measured in the same run on the same
database, the extras against the rest of month_summary (which includes them)."""

from __future__ import annotations

import os
import time
from typing import Any

from pengaduan_desktop.core.db import create_db_engine, reading
from pengaduan_desktop.core.month_steps import month_extras
from pengaduan_desktop.core.monthly import Month, month_summary
from tests.bench import measure

GOAL_RATIO = 0.5  # the extras at most half the time of the figures they join


def _timed(fn: Any) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def month_steps_speed(url: str, month: Month, label: str) -> dict[str, float]:
    engine = create_db_engine(url)
    month_summary(engine, month.previous)  # warm: connection, calendar

    def extras() -> Any:
        with reading(engine) as session:
            return month_extras(session, month)

    whole_wall, whole_cpu, figures = _timed(lambda: month_summary(engine, month))
    extra_wall, extra_cpu, found = _timed(extras)
    engine.dispose()
    rest_wall = max(whole_wall - extra_wall, 1e-9)
    steps = sum(t.due for t in found.steps[-1:])
    ratio = extra_wall / rest_wall
    cpu_ratio = extra_cpu / max(whole_cpu - extra_cpu, 1e-9)
    load = " ".join(f"{v:.2f}" for v in os.getloadavg())
    measure.report(f"Monthly report, deadlines per step and IKM ({label}, {month}; load {load})", [
        ("complaints received in the month", f"{figures.received:,}"),
        ("steps due in the month", f"{steps:,}"),
        ("month_summary with the extras (wall / CPU)", f"{whole_wall:.2f} s / {whole_cpu:.2f} s"),
        ("the extras alone (wall / CPU)", f"{extra_wall:.2f} s / {extra_cpu:.2f} s"),
        ("extras ÷ the rest of the figures", f"{ratio:.2f} wall, {cpu_ratio:.2f} CPU "
                                             f"(goal ≤ {GOAL_RATIO})"),
    ])  # fmt: skip
    return {"steps": steps, "ratio": ratio, "received": figures.received}
