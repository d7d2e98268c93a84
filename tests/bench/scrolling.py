"""Scrolling the real case list over a big table (DESIGN section 8: the case list over
1,000,000 complaints, each step under 50 ms). A heartbeat timer on the GUI thread measures
its longest stall in each scroll step; the time until the placeholders in view are filled is
measured too. The peer, measured in the same run: reading the same pages on the GUI thread,
as the list did before its pages moved to a worker."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.office import load_desk
from pengaduan_desktop.ui.case_list_tab import CaseListTab
from pengaduan_desktop.ui.case_pages import read_pages
from tests.bench.caselist_probe import rss_mb
from tests.bench.measure import report

LIMIT = 0.050  # DESIGN section 8: the case list, each step under 50 ms
FRAME = 1 / 60  # one frame of a 60 Hz screen: what "smooth" means to the eye
BEAT_MS = 2


class Heartbeat(QObject):
    """A timer on the GUI thread. A long gap between its ticks is a stall (wall clock: the
    machine's load shows in it too); the GUI thread's own CPU time between two ticks is the
    work that held it ("busy": what this program does, whatever else the machine does)."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.longest = self.busiest = 0.0

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest = max(self.longest, now - self.last)
        self.busiest = max(self.busiest, cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu

    def start(self) -> None:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def take(self) -> tuple[float, float]:
        """The longest gap and the busiest one since the last take (the running one too)."""
        self._tick()
        found = self.longest, self.busiest
        self.longest = self.busiest = 0.0
        return found


@dataclass
class Phase:
    name: str
    stalls: list[float] = field(default_factory=list)  # each step's longest gap
    busy: list[float] = field(default_factory=list)  # each step's longest CPU between beats
    fills: list[float] = field(default_factory=list)  # seconds until the rows in view came
    pages: int = 0  # pages read

    def add(self, gaps: tuple[float, float]) -> None:
        self.stalls.append(gaps[0])
        self.busy.append(gaps[1])

    def p95(self) -> float:
        if len(self.stalls) < 2:
            return 0.0
        return statistics.quantiles(self.stalls, n=20, method="inclusive")[-1]


def paired(ours: Phase, bare: Phase | None) -> tuple[str, str]:
    """One phase: our stalls beside the bare table's, our longest busy spell against the
    limit, and how soon the rows in view were filled."""
    ms = lambda v: f"{v * 1000:5.1f}"  # noqa: E731
    peer = f"{ms(bare.p95())} /{ms(max(bare.stalls))}" if bare else "    — /    —"
    peer_busy = ms(max(bare.busy)) if bare else "    —"
    busiest = max(ours.busy)
    verdict = "ok" if busiest <= LIMIT else "OVER"
    fills = (f"{ms(statistics.median(ours.fills))} /{ms(max(ours.fills))}"
             if ours.fills else "    — /    —")  # fmt: skip
    return (f"{ours.name} ({len(ours.stalls)} steps, {ours.pages} pages)",
            f"{ms(ours.p95())} /{ms(max(ours.stalls))} | {peer}   {ms(busiest)} | {peer_busy} "
            f"{busiest / LIMIT:4.2f}x {verdict:<4} {fills}")  # fmt: skip


def spin(until: Callable[[], bool], seconds: float = 120.0) -> float:
    """Run the event loop until `until()` holds; how long that took."""
    app = QApplication.instance()
    assert app is not None
    start = time.perf_counter()
    while not until():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)  # the beat wakes it
        if time.perf_counter() - start > seconds:
            raise RuntimeError("the rows in view never arrived")
    return time.perf_counter() - start


def spin_for(seconds: float) -> None:
    end = time.perf_counter() + seconds
    spin(lambda: time.perf_counter() >= end)


def in_view(tab: CaseListTab) -> range:
    shown = tab._rows_in_view()
    return range(shown[0], shown[1] + 1) if shown else range(0)


def filled(tab: CaseListTab) -> bool:
    rows = in_view(tab)
    return len(rows) > 0 and all(tab.model.is_here(r) for r in rows)


class Bare(QAbstractTableModel):
    """The peer: a table model that reads nothing, over as many rows."""

    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = None) -> int:
        return self.rows

    def columnCount(self, parent: Any = None) -> int:
        return 9

    def data(self, index: Any, role: int = 0) -> Any:
        return f"{index.row()}-{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


class Driver:
    """Scrolls one table as an officer does and times each step on a heartbeat."""

    def __init__(self, view: QTableView, filled: Callable[[], bool],
                 pages: Callable[[], int]) -> None:  # fmt: skip
        self.bar = view.verticalScrollBar()
        self.filled, self.pages = filled, pages
        self.beat = Heartbeat()
        self.beat.start()
        self.phases: list[Phase] = []

    def step(self, phase: Phase, value: int, wait: bool) -> None:
        self.beat.take()
        self.bar.setValue(value)
        if wait:
            phase.fills.append(spin(self.filled))
            QApplication.processEvents()  # and painted
        else:  # the thumb moves on after one frame, whether the rows came or not
            spin_for(FRAME)
        phase.add(self.beat.take())

    def phase(self, name: str, values: list[int], wait: bool = True) -> Phase:
        done = Phase(name)
        before = self.pages()
        for value in values:
            self.step(done, value, wait)
        if not wait:  # the thumb let go of: the rows in view arrive
            self.beat.take()
            done.fills.append(spin(self.filled))
            QApplication.processEvents()
            done.add(self.beat.take())
        done.pages = self.pages() - before
        self.phases.append(done)
        return done

    def run(self, wheel: int, drag: int, jumps: int, seed: int) -> list[int]:
        """Idle, wheel down, drag the thumb to the bottom, jump around; the jumps made."""
        idle = Phase("idle: the machine's noise")
        self.beat.take()
        spin_for(0.5)
        idle.add(self.beat.take())
        self.phases.append(idle)
        self.phase("wheel, 3 rows a notch", [3 * i for i in range(1, wheel + 1)])
        top, end = self.bar.value(), self.bar.maximum()
        dragged = [top + (end - top) * i // drag for i in range(1, drag + 1)]
        self.phase("thumb dragged down, 1 frame a step", dragged, wait=False)
        picks = random.Random(seed).sample(range(end + 1), min(jumps, end + 1))
        self.phase("jumps to random rows", picks)
        self.beat.timer.stop()
        return picks


def bare_table(rows: int) -> tuple[QTableView, Bare]:
    model = Bare(rows)
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.resize(1366, 700)
    view.show()
    return view, model


def scrolling(url: str, count: int, wheel: int = 300, drag: int = 200, jumps: int = 60,
              seed: int = 8) -> dict[str, Any]:  # fmt: skip
    """Open the list, wheel down, drag the thumb to the bottom, jump around; print each
    phase's longest and 95th-percentile stall and how soon the rows in view were filled,
    beside a table that reads nothing scrolled the same way, and the reads done on the GUI
    thread."""
    engine = create_db_engine(url)
    desk = load_desk(engine)
    tab = CaseListTab()
    tab.resize(1366, 700)
    tab.show()
    memory = rss_mb()
    model = tab.model
    ours = Driver(tab.table, lambda: filled(tab), lambda: len(model.fetched))
    opening = Phase("open: count, first screen")
    ours.beat.take()
    start = time.perf_counter()
    loaded: list[bool] = []
    tab.loaded.connect(lambda: loaded.append(True))
    tab.attach(engine, desk)
    spin(lambda: bool(loaded) and filled(tab))
    opening.fills.append(time.perf_counter() - start)
    opening.add(ours.beat.take())
    ours.phases.append(opening)
    rows = model.rowCount()
    if rows < count:
        raise RuntimeError(f"the list shows {rows:,} complaints, not {count:,}")
    picks = ours.run(wheel, drag, jumps, seed)
    fetched = list(model.fetched)
    grown = rss_mb() - memory

    # The peers, in the same run: the same pages read on the GUI thread (the list before
    # its pages moved to a worker), and a table that reads nothing.
    query = model.query
    assert query is not None
    synchronous = []
    for value in picks[:20]:
        pages = sorted({r // query.size for r in range(value, min(value + 30, rows))})
        start = time.perf_counter()
        read_pages(query, pages, {})
        synchronous.append(time.perf_counter() - start)
    tab.close()
    engine.dispose()
    view, _bare = bare_table(rows)
    peer = Driver(view, lambda: True, lambda: 0)
    peer.run(wheel, drag, jumps, seed)
    view.close()

    ms = lambda v: f"{v * 1000:6.1f}"  # noqa: E731
    longest = max(max(p.stalls) for p in ours.phases)
    bare = max(max(p.stalls) for p in peer.phases)
    busiest = max(max(p.busy) for p in ours.phases)
    bare_busiest = max(max(p.busy) for p in peer.phases)
    peers = {p.name: p for p in peer.phases}
    report(f"scrolling the case list over {rows:,} complaints (GUI thread: heartbeat every "
           f"{BEAT_MS} ms; | the same steps on a table that reads nothing)", [
        ("phase                                  (ms)",
         "stall p95 / max | bare     busy | bare  vs 50 ms  filled med / max"),
        *[paired(p, peers.get(p.name)) for p in ours.phases],
        ("longest stall: ours / the bare table", f"{ms(longest)} / {ms(bare)} ms = "
                                                 f"{longest / bare:4.2f}x"),
        ("longest GUI busy: ours / the bare table", f"{ms(busiest)} / {ms(bare_busiest)} ms = "
                                                    f"{busiest / bare_busiest:4.2f}x"),
        ("longest GUI busy vs one frame (16.7 ms)", f"{busiest / FRAME:6.2f}x"),
        ("peer: the jumps' pages read on the GUI thread",
         f"{ms(statistics.median(synchronous))} median / {ms(max(synchronous))} ms max = "
         f"the stall each jump would cost ({max(synchronous) / LIMIT:4.2f}x 50 ms)"),
        ("resident memory grown while scrolling", f"{grown:6.0f} MB"),
    ])  # fmt: skip
    phases = {p.name: p for p in ours.phases}
    return {"rows": rows, "longest": longest, "bare": bare, "busiest": busiest, "phases": phases,
            "synchronous": max(synchronous), "picks": picks, "page_size": query.size,
            "fetched": set(fetched)}  # fmt: skip
