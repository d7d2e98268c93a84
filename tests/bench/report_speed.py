"""The monthly report at every scale (issue 11, item 5): a month of about 5,000 complaints and
one of about 80,000, on SQLite and PostgreSQL. Each measurement runs in a fresh process, so its
peak resident memory (VmHWM, Linux) is the report's own; beside it, in the same run, the
month's figures computed without rendering (core.monthly.month_figures, every figure and every
row of the lists) are the peer the report is measured against."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from typing import Any

from sqlalchemy import func, select

from pengaduan_desktop.core.db import create_db_engine, reading
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.monthly import MIDNIGHT, Month
from pengaduan_desktop.core.timeutil import start_of_local_day, to_local

GOAL_SMALL = 1.5  # seconds, a month of 5,000 on a quiet machine
GOAL_LARGE = 30.0  # seconds, a month of 80,000
GOAL_RATIO = 2.0  # the report against its figures alone
GOAL_MEMORY = 300.0  # MB resident at the peak

CHILD = """
import json, sys, time
from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.monthly import Month, month_figures, month_summary
from pengaduan_desktop.documents.fonts import register_fonts
from pengaduan_desktop.services.monthly_report import preview

def peak_mb():  # this process's own high-water mark (ru_maxrss counts the parent's, forked)
    with open("/proc/self/status") as status:
        line = next(line for line in status if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024

url, month, what = sys.argv[1], Month.parse(sys.argv[2]), sys.argv[3]
engine = create_db_engine(url)
register_fonts()  # as in the window, where the fonts are loaded once
month_summary(engine, month.previous.previous)  # the connection and the calendar, warm
start_mb = peak_mb()
wall, cpu = time.perf_counter(), time.process_time()
if what == "figures":
    figures = month_figures(engine, month)
    size, shown = len(figures.rows) + len(figures.carried), 0
else:
    steps = []
    figures, pdf = preview(engine, month, "Kesimpulan.", "Rekomendasi.", steps.append)
    size, shown = len(pdf), len(steps)
print(json.dumps({
    "seconds": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
    "peak_mb": peak_mb(),
    "start_mb": start_mb, "received": figures.received, "carried": figures.carried_over,
    "size": size, "progress_steps": shown,
}))
"""


def _child(url: str, month: Month, what: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CHILD), url, str(month), what],
        capture_output=True, text=True, check=False, env={**os.environ},
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def busiest_month(url: str, before_last: bool = True) -> Month:
    """The month before the newest complaint's (a whole month of the demo's steady flow)."""
    engine = create_db_engine(url)
    with reading(engine) as session:
        newest = session.scalar(select(func.max(Complaint.received_at)))
    engine.dispose()
    local = to_local(newest)
    month = Month(local.year, local.month)
    return month.previous if before_last else month


def received_in(url: str, month: Month) -> int:
    engine = create_db_engine(url)
    start = start_of_local_day(month.first, MIDNIGHT)
    end = start_of_local_day(month.next.first, MIDNIGHT)
    with reading(engine) as session:
        count = session.scalar(select(func.count()).select_from(Complaint).where(
            Complaint.received_at >= start, Complaint.received_at < end))  # fmt: skip
    engine.dispose()
    return int(count or 0)


def monthly_report_at_scale(url: str, label: str, month: Month | None = None,
                            rounds: int = 3) -> dict[str, Any]:  # fmt: skip
    """Figures alone, then the whole report, `rounds` times each, alternating (so both see
    the same load); the medians, their ratio and the report's peak memory, printed beside
    their goals."""
    month = month or busiest_month(url)
    figures_runs, report_runs = [], []
    for _ in range(rounds):
        figures_runs.append(_child(url, month, "figures"))
        report_runs.append(_child(url, month, "report"))

    def median(runs: list[dict[str, Any]], key: str) -> float:
        values = sorted(r[key] for r in runs)
        return float(values[len(values) // 2])

    figures, whole = median(figures_runs, "seconds"), median(report_runs, "seconds")
    figures_cpu, whole_cpu = median(figures_runs, "cpu"), median(report_runs, "cpu")
    peak, start = median(report_runs, "peak_mb"), median(report_runs, "start_mb")
    first = report_runs[0]
    received = int(first["received"])
    goal = GOAL_SMALL if received <= 20_000 else GOAL_LARGE
    ratio = whole / figures

    def verdict(ok: bool) -> str:
        return "ok" if ok else "OVER"

    load = os.getloadavg()
    print(f"\n== monthly report, {label}, {month}: {received:,} received + "
          f"{int(first['carried']):,} carried over; median of {rounds}; "
          f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")  # fmt: skip
    rows = [
        ("figures only (month_figures, every row)", f"{figures:8.2f} s   cpu {figures_cpu:6.2f} s"),
        ("whole report (figures + PDF)", f"{whole:8.2f} s   cpu {whole_cpu:6.2f} s   "
                                         f"{verdict(whole < goal)} (goal {goal:.1f} s quiet)"),
        ("ratio report / figures", f"{ratio:8.2f}x  cpu {whole_cpu / figures_cpu:5.2f}x  "
                                   f"{verdict(ratio <= GOAL_RATIO)} (goal {GOAL_RATIO:.0f}x)"),
        ("peak resident memory of the report", f"{peak:8.0f} MB  (at start {start:.0f} MB)  "
                                               f"{verdict(peak < GOAL_MEMORY)} "
                                               f"(goal {GOAL_MEMORY:.0f} MB)"),
        ("PDF size / progress steps heard", f"{first['size'] / 1e6:8.1f} MB  "
                                            f"{first['progress_steps']} steps"),
    ]  # fmt: skip
    for name, value in rows:
        print(f"   {name:<44} {value}")
    return {"month": month, "received": received, "figures": figures, "report": whole,
            "ratio": ratio, "peak_mb": peak, "progress_steps": first["progress_steps"],
            "figures_cpu": figures_cpu, "report_cpu": whole_cpu}  # fmt: skip
