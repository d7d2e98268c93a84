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
NAIVE_UP_TO = 20_000  # months up to this size are also laid out as one naive Platypus table

CHILD = """
import json, os, sys, time
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
backends = set()  # PostgreSQL: the server processes of this engine's connections

if engine.dialect.name == "postgresql":
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _backend(connection, _record):
        with connection.cursor() as cursor:
            cursor.execute("select pg_backend_pid()")
            backends.add(cursor.fetchone()[0])

def server_cpu():  # seconds of CPU the server spent for us, when it runs on this machine
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in backends:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except OSError:
            return None  # a server elsewhere: its CPU is not ours to see
        total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    return total

register_fonts()  # as in the window, where the fonts are loaded once
month_summary(engine, month.previous.previous)  # the connection and the calendar, warm
start_mb = peak_mb()
server = server_cpu()
wall, cpu = time.perf_counter(), time.process_time()
if what == "figures":
    figures = month_figures(engine, month)
    size, shown = len(figures.rows) + len(figures.carried), 0
elif what == "naive":  # the peer: the lists' rows (read before the clock) as one Platypus table
    from tests.bench.measure import naive_table
    figures = month_figures(engine, month)
    rows = figures.rows + figures.carried + figures.overdue + figures.escalations
    wall, cpu = time.perf_counter(), time.process_time()
    size, shown = len(naive_table(rows)), 0
else:
    steps = []
    figures, pdf = preview(engine, month, "Kesimpulan.", "Rekomendasi.", steps.append)
    size, shown = len(pdf), len(steps)
cpu = time.process_time() - cpu
server_after = server_cpu()
print(json.dumps({
    "seconds": time.perf_counter() - wall, "cpu": cpu,
    "with_server": None if server is None or server_after is None else cpu + server_after - server,
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
    figures_runs, report_runs, naive_runs = [], [], []
    naive = received_in(url, month) <= NAIVE_UP_TO
    for round_ in range(rounds):
        figures_runs.append(_child(url, month, "figures"))
        report_runs.append(_child(url, month, "report"))
        if naive and round_ == 0:  # once: the naive table takes many times as long
            naive_runs.append(_child(url, month, "naive"))

    def median(runs: list[dict[str, Any]], key: str) -> float:
        values = sorted(r[key] for r in runs)
        return float(values[len(values) // 2])

    figures, whole = median(figures_runs, "seconds"), median(report_runs, "seconds")
    # PostgreSQL does much of the figures' work in its own process: the processor time of
    # both, where the server runs on this machine (on SQLite the database works in ours).
    served = all(r["with_server"] is not None for r in figures_runs + report_runs)
    served = served and not url.startswith("sqlite")
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
                                         f"{verdict(whole < goal)} wall, "
                                         f"{verdict(whole_cpu < goal)} cpu "
                                         f"(goal {goal:.1f} s quiet)"),
        ("ratio report / figures", f"{ratio:8.2f}x  cpu {whole_cpu / figures_cpu:5.2f}x  "
                                   f"{verdict(ratio <= GOAL_RATIO)} (goal {GOAL_RATIO:.0f}x)"),
    ]  # fmt: skip
    if served:
        server_figures = median(figures_runs, "with_server")
        server_whole = median(report_runs, "with_server")
        rows += [
            ("cpu with the server's (figures / report)",
             f"{server_figures:8.2f} s / {server_whole:.2f} s  ratio "
             f"{server_whole / server_figures:.2f}x  "
             f"{verdict(server_whole / server_figures <= GOAL_RATIO)} (goal {GOAL_RATIO:.0f}x)"),
        ]  # fmt: skip
    rows += [
        ("peak resident memory of the report", f"{peak:8.0f} MB  (at start {start:.0f} MB)  "
                                               f"{verdict(peak < GOAL_MEMORY)} "
                                               f"(goal {GOAL_MEMORY:.0f} MB)"),
        ("PDF size / progress steps heard", f"{first['size'] / 1e6:8.1f} MB  "
                                            f"{first['progress_steps']} steps"),
    ]  # fmt: skip
    if naive:
        plain, plain_cpu = median(naive_runs, "seconds"), median(naive_runs, "cpu")
        rows.insert(2, ("peer: the lists as one naive Platypus table",
                        f"{plain:8.2f} s   cpu {plain_cpu:6.2f} s   (one run, lists only, rows "
                        f"read before; whole report / it: {whole / plain:.2f}x, cpu "
                        f"{whole_cpu / plain_cpu:.2f}x)"))  # fmt: skip
    else:
        rows.insert(2, ("peer: naive Platypus table", f"not run above {NAIVE_UP_TO:,} rows"))
    for name, value in rows:
        print(f"   {name:<44} {value}")
    return {"month": month, "received": received, "figures": figures, "report": whole,
            "ratio": ratio, "peak_mb": peak, "progress_steps": first["progress_steps"],
            "figures_cpu": figures_cpu, "report_cpu": whole_cpu,
            "naive_cpu": median(naive_runs, "cpu") if naive else None,
            "with_server": (median(figures_runs, "with_server"), median(report_runs, "with_server"))
            if served else None}  # fmt: skip
