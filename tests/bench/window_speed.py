"""The real main window over a big table (issue 11, items 3 and 7): signed in as a real
account, the time until the rows are painted for the first screen, a scroll to the end, a jump
to the middle, a common-word search and a name search; then the resident memory after opening
20 complaints. Each figure is printed beside its limit from the same run: the SQL the same
page needs (captured from core.caselist as the list asks it, then run directly on the
database driver), and for memory beside the 200 MB goal and a bare PySide6 window.

Each contender runs in its own process (`python -m tests.bench.window_speed KIND URL`), so that
its resident memory is its own; it prints one JSON line."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

COMMON_WORD = "sp2d"  # in one demo complaint text of ten: about 100,000 of a million
SURNAME = "Pratama"  # one of the demo's common surnames
OPENED = 20  # complaints opened from the list before memory is read
MEMORY_GOAL_MB = 200
USERNAME = "pengelola"  # the Pejabat Pengelola Pengaduan: sees every complaint
ROOT = Path(__file__).resolve().parents[2]
GOAL_MS = 50  # issue 11: each step's rows on the screen within 50 ms at 1M complaints
SEARCHES = ("word", "name", "rare", "nik", "phone", "number")  # typed in the search box
STEPS = ("first", "end", "middle", *SEARCHES, "again")
LABELS = {
    "first": "first rows after signing in",
    "again": "every complaint again (search emptied)",
    "end": "scroll to the end",
    "middle": "jump to the middle",
    "word": f"search a common word '{COMMON_WORD}'",
    "name": f"search a surname '{SURNAME}'",
    "rare": "search a rare word",
    "nik": "search a NIK",
    "phone": "search a phone number",
    "number": "search a tracking number",
}


def typed_searches(url: str) -> dict[str, str]:
    """What the officer types for each search step: the common word, the surname, and the
    rare word, NIK, phone and tracking number of tests.bench.measure's people search (a
    complainant halfway through the table; add_rare_complaints adds the rare word)."""
    from tests.bench.measure import _people_to_find

    people = list(_people_to_find(url).values())  # word, surname, rare, NIK, phone, number
    return dict(zip(SEARCHES, (typed for typed, _word in people), strict=True))


def rss_mb(field: str = "VmRSS") -> float:
    """Resident memory now (VmRSS), or its peak so far (VmHWM), in megabytes."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"{field} not in /proc/self/status")


# -- preparing the database ------------------------------------------------------------------
def with_accounts(url: str) -> None:
    """The administrator and the Pejabat Pengelola accounts the window signs in with
    (tests.helpers.PASSWORD), added once to a demo database."""
    from pengaduan_desktop.core.accounts import accounts
    from pengaduan_desktop.core.db import create_db_engine
    from tests.helpers import add_account

    engine = create_db_engine(url)
    present = {a.username for a in accounts(engine)}
    for role in ("admin", USERNAME):
        if role not in present:
            add_account(engine, role)
    engine.dispose()


def window_copy(source: Path, folder: Path) -> str:
    """A copy of a demo database that may be written (the accounts are added to it), made once
    beside the source's size marker: the source is left as it was."""
    copy = folder / f"{source.stem}-window.db"
    marker, done = copy.with_suffix(".done"), source.with_suffix(".done")
    stamp = done.read_text() if done.exists() else str(source.stat().st_size)
    if not (marker.exists() and marker.read_text() == stamp):
        import sqlite3

        copy.unlink(missing_ok=True)
        with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
            src.backup(dst)  # whole and consistent, WAL included
        marker.write_text(stamp)
    url = f"sqlite:///{copy}"
    with_accounts(url)
    return url


# -- the contenders, each in its own process -------------------------------------------------
def _spin(until: Any, seconds: float = 300.0) -> float:
    """Run the event loop until `until()` holds, as the window's own loop would run; how long
    that took. A slow timer wakes the loop so that a step that never ends fails."""
    from PySide6.QtCore import QEvent, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    waker = QTimer()
    waker.start(100)
    try:
        while not until():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            # The main loop also deletes what was let go (deleteLater); processEvents does not.
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if time.perf_counter() - start > seconds:
                raise RuntimeError("the window never got there")
    finally:
        waker.stop()
    return time.perf_counter() - start


def _settings_in(folder: str) -> None:
    """The window's QSettings (geometry, printer) in a folder of this run, not the user's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("BKAD Kalbar Bench")
    QCoreApplication.setApplicationName("Pengaduan Desktop Bench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


class Painted:
    """Counts the case table's paints, so that a step ends with the rows on the screen."""

    total = 0  # every table's paints (one table is watched)

    def __init__(self, viewport: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        outer = self
        self.count = 0

        class Watch(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint:
                    outer.count += 1
                    Painted.total += 1
                return False

        self.watch = Watch()
        viewport.installEventFilter(self.watch)


def window(url: str, searches: str = "{}") -> dict[str, Any]:
    """The real window, signed in through its dialog; each step timed until the rows in view
    are read and painted. Then OPENED complaints opened from the list, one after the other."""
    from pengaduan_desktop.ui.module_sources import keep_module_sources_out_of_memory

    keep_module_sources_out_of_memory()  # as ui.launch starts the program
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest

    from pengaduan_desktop.ui.app import make_app
    from pengaduan_desktop.ui.main_window import MainWindow
    from pengaduan_desktop.ui.tasks import tasks_running
    from tests.helpers import PASSWORD

    app = make_app([])
    folder = tempfile.mkdtemp(prefix="window-bench-")
    _settings_in(folder)
    win = MainWindow(url)
    win.resize(1366, 768)
    win.show()
    win.connect_database()
    _spin(lambda: win.sign_in_dialog is not None and win.sign_in_dialog.isVisible())
    tab, dialog = win.cases, win.sign_in_dialog
    assert dialog is not None
    table, model = tab.table, tab.model
    painted = Painted(table.viewport())
    attached: list[tuple[float, float, float, int]] = []
    attach = tab.attach

    def timed_attach(*args: Any) -> None:  # the list's work starts here, the password checked
        attached.append(now())
        attach(*args)

    tab.attach = timed_attach  # type: ignore[method-assign]

    def in_view() -> range:
        shown = tab._rows_in_view()
        return range(shown[0], shown[1] + 1) if shown else range(0)

    def shown(search: str | None = None) -> bool:
        """The rows in view are here (for this search) and painted since they came."""
        query = model.query
        if query is None or (search is not None and query.filter.search != search):
            return False
        rows = in_view()
        return model.rowCount() == 0 or (len(rows) > 0 and all(model.is_here(r) for r in rows))

    arrived = [0]  # the paints counted when rows last arrived in the model

    def rows_arrived(*_args: Any) -> None:
        arrived[0] = painted.count

    model.modelReset.connect(rows_arrived)
    model.dataChanged.connect(rows_arrived)

    def until_painted(step: str, start: tuple[float, float, float, int],
                      search: str | None = None) -> None:  # fmt: skip
        """Time `step` from `start` until its rows are here, and until the window has painted
        them (the paint Qt makes after they arrive; none is forced unless it never comes);
        and the processor time the process spent on it meanwhile, every thread together
        (what the step costs, whatever else the machine runs)."""
        _spin(lambda: shown(search))
        figures[f"{step}_here"] = time.perf_counter() - start[0]
        if painted.count <= arrived[0]:
            waited = time.perf_counter()
            _spin(lambda: painted.count > arrived[0] or time.perf_counter() - waited > 2)
            if painted.count <= arrived[0]:  # no paint came by itself: ask for one
                table.viewport().update()
                _spin(lambda: painted.count > arrived[0])
        figures[step] = time.perf_counter() - start[0]
        figures[f"{step}_cpu"] = time.process_time() - start[1]
        figures[f"{step}_gui"] = time.thread_time() - start[2]
        figures[f"{step}_paints"] = painted.count - start[3]

    figures: dict[str, Any] = {"rss_open": 0.0}
    dialog.username.setText(USERNAME)
    dialog.password.setText(PASSWORD)
    win.tabs.setCurrentWidget(tab)  # the list in view once the role's tabs are shown
    figures["peak_before_sign_in"] = rss_mb("VmHWM")
    _spin(lambda: tasks_running() == 0)  # as while a person types: the warm-up (ui.warm_up)
    dialog.ok_button.click()
    _spin(lambda: bool(attached))
    figures["peak_sign_in"] = rss_mb("VmHWM")  # the password's argon2id work memory
    win.tabs.setCurrentWidget(tab)
    until_painted("first", attached[0], "")
    figures["rows"] = model.rowCount()
    figures["in_view"] = len(in_view())
    figures["rss_open"] = rss_mb()

    bar = table.verticalScrollBar()
    start = settled_now()
    table.scrollToBottom()
    until_painted("end", start)
    figures["last_row"] = max(in_view(), default=-1)

    start = settled_now()
    bar.setValue(bar.maximum() // 2)
    until_painted("middle", start)
    figures["middle_row"] = min(in_view(), default=-1)

    found: dict[str, int] = {}
    for step, typed in json.loads(searches).items():
        table.scrollToTop()
        settled_now()  # the work the last step left is done before typing
        tab.search.setText(typed)
        start = settled_now(wait=False)
        QTest.keyClick(tab.search, Qt.Key.Key_Return)
        until_painted(step, start, typed)
        _spin(lambda: model.exact and not model.loading() and tasks_running() == 0)  # the count too
        found[step] = model.rowCount()
        if step == "word":  # the search's end: the officer scrolls to its oldest
            start = settled_now()
            table.scrollToBottom()
            until_painted("word_end", start, typed)
    figures["found"] = found
    figures["settled"] = list(SETTLED)  # after first, end, middle, each search, word_end
    tab.search.setText(SURNAME)  # the 20 complaints are opened from the surname's rows
    QTest.keyClick(tab.search, Qt.Key.Key_Return)
    _spin(lambda: shown(SURNAME))
    _spin(lambda: not model.loading() and tasks_running() == 0)

    opened, seconds = [], []
    table.setFocus()
    for row in range(OPENED):
        table.scrollTo(model.index(row, 0))
        _spin(lambda row=row: model.is_here(row))
        table.setCurrentIndex(model.index(row, 0))
        before = set(win._pages)
        start = time.perf_counter()
        QTest.keyClick(table, Qt.Key.Key_Return)  # Enter opens the complaint's page
        new = set(win._pages) - before
        if len(new) != 1:
            raise RuntimeError(f"Enter on row {row} opened {len(new)} pages")
        page = win._pages[new.pop()]
        _spin(lambda page=page: page.detail is not None and not _busy(page))
        seconds.append(time.perf_counter() - start)
        opened.append(page.detail.tracking_number)
        page.close_asking()  # Tutup: nothing edited, so it closes at once
        _spin(lambda page=page: not page.isVisible())
    settled_now()
    tab.search.clear()  # back to every complaint: the list's own first screen, nothing else
    start = settled_now(wait=False)
    QTest.keyClick(tab.search, Qt.Key.Key_Return)
    until_painted("again", start, "")
    _spin(lambda: not model.loading() and tasks_running() == 0)
    figures["rows_again"] = model.rowCount()
    figures["paint"] = _paint_cpu(table)
    figures["paint_fresh"] = _paint_cpu(table, forget=tab.cells.forget)  # as after a search
    _spin(lambda: tasks_running() == 0)
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the main loop's next turn
    from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog

    alive = sum(isinstance(w, ComplaintDialog) for w in app.allWidgets())  # closed: let go
    figures.update(opened=opened, open_median=statistics.median(seconds), open_max=max(seconds),
                   rss=rss_mb(), peak=rss_mb("VmHWM"), pages_alive=alive)  # fmt: skip
    figures["paint_texts"] = _paint_cpu(_texts_table(table, model))  # after memory is read
    if os.environ.get("PENGADUAN_BENCH_TRACE"):
        figures["trace"] = _what_holds(win)
    win.live.stop()
    return figures


def _paint_cpu(view: Any, rounds: int = 5, forget: Any = None) -> float:
    """The GUI thread's processor time for one paint of a table's rows (median); `forget`
    before each: what the cells keep from one paint to the next is dropped."""
    samples = []
    for _ in range(rounds):
        if forget is not None:
            forget()
        start = time.thread_time()
        view.viewport().repaint()
        samples.append(time.thread_time() - start)
    return statistics.median(samples)


def _texts_table(table: Any, model: Any) -> Any:
    """A peer for one paint: a bare table model answering only the texts of the rows our
    table shows, in a table of the same size and column widths (text takes Qt time to lay
    out and elide; a bare table of short texts does not show that)."""
    from PySide6.QtCore import QAbstractTableModel
    from PySide6.QtWidgets import QTableView

    top = max(0, table.rowAt(0))
    texts = [
        [model.data(model.index(top + r, c)) for c in range(model.columnCount())]
        for r in range(max(1, len(range(top, table.rowAt(table.viewport().height() - 1)))))
    ]
    display = 0  # Qt.ItemDataRole.DisplayRole

    class Texts(QAbstractTableModel):
        def rowCount(self, parent: Any = None) -> int:  # noqa: N802
            return int(model.rowCount())

        def columnCount(self, parent: Any = None) -> int:  # noqa: N802
            return len(texts[0])

        def data(self, index: Any, role: int = display) -> Any:
            return texts[index.row() % len(texts)][index.column()] if role == display else None

    view = QTableView()
    view.setModel(Texts(view))
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(table.verticalHeader().defaultSectionSize())
    view.setWordWrap(False)
    view.resize(table.size())
    for column in range(model.columnCount()):
        view.horizontalHeader().resizeSection(column, table.horizontalHeader().sectionSize(column))
    view.show()
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    return view


SETTLED: list[float] = []  # the processor time of the work each step left behind (settled_now)


def settled_now(wait: bool = True) -> tuple[float, float, float, int]:
    """now(), once what the previous action asked for (a scroll to the top, a paint) and the
    work it left for after its rows are painted (the exact count, the late counts, the rest of
    signing in) are done, so that they are not counted in the next step. That work's
    processor time is kept in SETTLED, one figure per step, and printed."""
    from PySide6.QtWidgets import QApplication

    from pengaduan_desktop.ui.tasks import tasks_running

    start = time.process_time()
    for _ in range(3):
        QApplication.processEvents()
    if wait:  # not after text was typed: its search would start meanwhile (SEARCH_DELAY_MS)
        _spin(lambda: tasks_running() == 0)
        for _ in range(3):
            QApplication.processEvents()
        SETTLED.append(time.process_time() - start)
    return now()


def now() -> tuple[float, float, float, int]:
    """The wall clock, the process's processor time (all its threads), the GUI thread's, and
    the paints of the case table so far."""
    return time.perf_counter(), time.process_time(), time.thread_time(), Painted.total


def _busy(page: Any) -> bool:
    return not page.ui.tabs.isEnabled()


def _what_holds(win: Any) -> list[str]:
    """Where the memory is (PENGADUAN_BENCH_TRACE=1): the widgets still alive by class, and
    the lines whose Python allocations are still held (tracemalloc, started with the run)."""
    import gc
    import tracemalloc
    from collections import Counter

    from PySide6.QtWidgets import QApplication

    gc.collect()
    alive = Counter(type(w).__name__ for w in QApplication.allWidgets())
    lines = [f"{len(QApplication.allWidgets())} widgets alive; top-level: "
             + ", ".join(f"{type(w).__name__}" for w in QApplication.topLevelWidgets()
                         if type(w).__name__ not in ("QMenu",))[:300]]  # fmt: skip
    lines += [", ".join(f"{name} {n}" for name, n in alive.most_common(12))]
    if tracemalloc.is_tracing():
        top = tracemalloc.take_snapshot().statistics("lineno")[:15]
        lines += [str(stat) for stat in top]
    return lines


def bare(_url: str = "") -> dict[str, float]:
    """The peer for memory: a bare PySide6 main window, shown and painted."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    main = QMainWindow()
    main.resize(1366, 768)
    main.show()
    for _ in range(5):
        app.processEvents()
    figures = {"rss": rss_mb(), "peak": rss_mb("VmHWM")}
    from tests.bench.scrolling import bare_table

    view, _model = bare_table(1_000_000)  # a table that reads nothing, as wide as ours
    view.resize(1366, 620)
    for _ in range(5):
        app.processEvents()
    figures["paint"] = _paint_cpu(view)
    return figures


def raw(url: str, searches: str = "{}") -> dict[str, Any]:
    """The limit of each step: the SQL that core.caselist sends for the same page (for a new
    filter, its plan and first page: core.caselist.first_page), captured once as the list
    asks it, then run directly on the database driver (median of 3, warm); and the exact
    count beside it, which the window shows after the rows when it first estimated it."""
    from sqlalchemy import event

    from pengaduan_desktop.core.accounts import accounts
    from pengaduan_desktop.core.caselist import CaseFilter, SortKey, count_cases, first_page
    from pengaduan_desktop.core.db import create_db_engine
    from pengaduan_desktop.ui.case_pages import ListQuery, anchored, read_anchors, read_pages

    engine = create_db_engine(url)
    viewer = next(a.officer_id for a in accounts(engine) if a.username == USERNAME)
    page_size = 100  # ui.case_model.CaseListModel.PAGE, without importing Qt here
    captured: list[tuple[str, Any]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            captured.append((statement, parameters))

    from dataclasses import replace

    def sql_of(fn: Any) -> list[tuple[str, Any]]:
        captured.clear()
        fn()
        return list(captured)

    def listed(typed: str) -> tuple[CaseFilter, int]:
        f = CaseFilter(search=typed, viewer_id=viewer)
        return f, count_cases(engine, f)

    everything, count = listed("")
    query = ListQuery(engine, everything, SortKey.RECEIVED, True, count, page_size)
    started = time.perf_counter()  # the jump's anchors, read once the window shows the list
    query = replace(query, anchors=read_anchors(query)) if anchored(query) else query
    anchors_read = time.perf_counter() - started
    last_page = (count - 1) // page_size
    middle_pages = sorted({r // page_size for r in range(count // 2, count // 2 + 30)})
    work: dict[str, tuple[Any, Any]] = {
        "first": (lambda: count_cases(engine, everything),
                  lambda: first_page(engine, everything, limit=page_size)),
        "again": (lambda: count_cases(engine, everything),
                  lambda: first_page(engine, everything, limit=page_size)),
        "end": (None, lambda: read_pages(query, [last_page], {})),
        "middle": (None, lambda: read_pages(query, middle_pages, {})),
    }  # fmt: skip
    for step, typed in json.loads(searches).items():
        f, _n = listed(typed)
        work[step] = (lambda f=f: count_cases(engine, f),
                      lambda f=f: first_page(engine, f, limit=page_size))  # fmt: skip
    figures: dict[str, Any] = {"rows": count, "anchors": anchors_read}
    connection = engine.raw_connection()
    try:
        if engine.dialect.name == "sqlite":  # the probe a walk of many matches calls
            from pengaduan_desktop.core.word_match import register

            register(connection.driver_connection)  # type: ignore[arg-type]
        cursor = connection.cursor()

        def run(statements: list[tuple[str, Any]]) -> float:
            def once() -> None:
                for statement, parameters in statements:
                    cursor.execute(statement, parameters)
                    cursor.fetchall()

            samples = []
            for _ in range(3):
                start = time.perf_counter()
                once()
                samples.append(time.perf_counter() - start)
            return statistics.median(samples)

        for step, (counting, paging) in work.items():
            page_sql = sql_of(paging)
            count_sql = sql_of(counting) if counting else []
            figures[step] = {"page": run(page_sql), "count": run(count_sql) if count_sql else None,
                             "statements": len(page_sql) + len(count_sql)}  # fmt: skip
        connection.rollback()
    finally:
        connection.close()
    engine.dispose()
    return figures


# -- the parent: runs each contender and prints ----------------------------------------------
def probe(kind: str, url: str = "", *args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-m", "tests.bench.window_speed", kind, url, *args],
                         capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    if out.returncode != 0:
        raise RuntimeError(f"{kind} failed:\n{out.stderr[-4000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def load() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def window_bench(url: str, count: int) -> dict[str, Any]:
    """Every step of the real window beside the same SQL run directly and the 50 ms goal;
    memory beside its goal and a bare window. Prints; returns the figures (no time is
    asserted)."""
    from tests.bench.measure import report

    backend = url.split(":")[0].split("+")[0]
    searches = json.dumps(typed_searches(url))
    load_before = load()
    sql = probe("raw", url, searches)
    ours = probe("window", url, searches)
    peer = probe("bare")
    ms = lambda v: f"{v * 1000:7.2f}" if v is not None else "      — "  # noqa: E731
    rows = [("step (until the rows are painted), ms",
             "wall (CPU: all threads / GUI thread) paints | SQL of the rows, wall/SQL | "
             f"goal {GOAL_MS} ms: CPU, wall | exact count")]  # fmt: skip
    for step in STEPS:
        page, counted = sql[step]["page"], sql[step]["count"]
        wall, cpu, gui = ours[step], ours[step + "_cpu"], ours[step + "_gui"]
        against = lambda v: "ok" if v <= GOAL_MS / 1000 else "OVER"  # noqa: E731
        rows.append((LABELS[step],
                     f"{ms(wall)} ({ms(cpu).strip():>6} / {ms(gui).strip():>6}) "
                     f"{ours[step + '_paints']} | {ms(page)} {wall / max(page, 1e-5):7.1f}x | "
                     f"{against(cpu):4} {against(wall):4} | {ms(counted)}"))  # fmt: skip
    settled = ours["settled"]
    rows += [
        ("work left for after the rows (counts, the rest of signing in), CPU ms",
         f"after the first rows {settled[0] * 1000:.0f}; after each later step, median "
         f"{statistics.median(settled[1:]) * 1000:.0f}, most {max(settled[1:]) * 1000:.0f}"),
        ("  the jump's anchors, read once after the list is shown (wall)",
         f"{ms(sql['anchors'])}"),
        ("  search's end (no peer)", f"{ms(ours['word_end'])} ({ms(ours['word_end_cpu'])})"),
        (f"open a complaint from the list ({OPENED}): median / max",
         f"{ms(ours['open_median'])} / {ms(ours['open_max'])}"),
        ("one paint of the rows in view: ours / a bare table",
         f"{ms(ours['paint'])} / {ms(peer['paint'])} ms (GUI thread's CPU; "
         f"{ours['paint'] / peer['paint']:.1f}x)"),
        ("  a bare table of our very texts", f"{ms(ours['paint_texts'])} ms "
                                             f"({ours['paint'] / ours['paint_texts']:.2f}x)"),
        ("  ours, every text laid out afresh", f"{ms(ours['paint_fresh'])} ms "
                                               f"({ours['paint_fresh'] / ours['paint_texts']:.2f}x "
                                               "the bare table of our texts)"),
        ("found: " + " / ".join(SEARCHES),
         " / ".join(f"{ours['found'][s]:,}" for s in SEARCHES)),
        (f"resident after all that (goal {MEMORY_GOAL_MB} MB)",
         f"{ours['rss']:6.0f} MB  peak {ours['peak']:.0f} MB  "
         f"{'ok' if ours['rss'] <= MEMORY_GOAL_MB else 'OVER'}"),
        ("  the window just signed in", f"{ours['rss_open']:6.0f} MB"),
        ("  bare PySide6 main window", f"{peer['rss']:6.0f} MB  (ours "
                                       f"{ours['rss'] / peer['rss']:.1f}x)"),
        ("machine load (1, 5, 15 min) before / after", f"{load_before} / {load()}"),
    ]  # fmt: skip
    for line in ours.get("trace", []):
        rows.append(("  trace", line))
    report(f"the real main window over {count:,} complaints ({backend}; window, SQL and bare "
           "window each in its own process; goal: each step's CPU, and its wall on a quiet "
           "machine)", rows)  # fmt: skip
    return {"window": ours, "sql": sql, "bare": peer}


if __name__ == "__main__":
    kind, *rest = sys.argv[1:]
    if os.environ.get("PENGADUAN_BENCH_TRACE"):
        import tracemalloc

        tracemalloc.start()
    result = {"window": window, "raw": raw, "bare": bare}[kind](*rest)
    print(json.dumps(result), flush=True)
    os._exit(0)  # no teardown of the window's threads and connections: the figures are out
