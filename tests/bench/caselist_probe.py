"""One contender of the case-list benchmark, run in its own process so that its resident
memory is its own. Prints one JSON line of figures (seconds, megabytes)."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RARE_WORD = "jembatanrusak"
SCREEN = 30  # rows on a first screen


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def shown(model: Any, first: int) -> None:
    """Ask for a screen of rows, as a view painting them does, and run the event loop until
    their pages have arrived from the model's worker."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    rows = range(first, min(first + SCREEN, model.rowCount()))
    while True:
        for row in rows:
            for column in range(model.columnCount()):
                model.data(model.index(row, column))
        if all(model.is_here(row) for row in rows):
            return
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


def configured(model: Any, engine: Any, f: Any) -> None:
    """A new filter: counted and its first page read in the background, then shown."""
    from PySide6.QtCore import QEventLoop

    from pengaduan_desktop.core.caselist import SortKey

    loop = QEventLoop()
    model.loaded.connect(loop.quit)
    model.configure(engine, f, SortKey.RECEIVED, True)
    loop.exec()
    model.loaded.disconnect(loop.quit)
    shown(model, 0)


def ours(url: str) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from pengaduan_desktop.core.caselist import CaseFilter
    from pengaduan_desktop.core.db import create_db_engine
    from pengaduan_desktop.ui.case_model import CaseListModel

    _app = QApplication([])  # kept alive while the model is used
    engine = create_db_engine(url)
    model = CaseListModel()

    def screen(first: int) -> None:
        shown(model, first)

    def show(f: CaseFilter) -> None:
        configured(model, engine, f)

    figures = {
        "first": timed(lambda: show(CaseFilter())),
        "end": timed(lambda: screen(model.rowCount() - SCREEN)),
        "filter": timed(lambda: show(CaseFilter(statuses=("dieskalasi",), channel="email"))),
        "search": timed(lambda: show(CaseFilter(search=RARE_WORD))),
        "found": model.rowCount(),
        "rss": rss_mb(),
    }
    return figures


def raw(url: str) -> dict[str, float]:
    from pengaduan_desktop.core.caselist import CaseFilter, fetch_page
    from pengaduan_desktop.core.db import create_db_engine

    engine = create_db_engine(url)
    return {
        "first": timed(lambda: fetch_page(engine, CaseFilter(), limit=SCREEN)),
        "end": timed(lambda: fetch_page(engine, CaseFilter(), from_end=True, limit=SCREEN)),
        "filter": timed(lambda: fetch_page(
            engine, CaseFilter(statuses=("dieskalasi",), channel="email"), limit=SCREEN)),
        "search": timed(lambda: fetch_page(engine, CaseFilter(search=RARE_WORD), limit=SCREEN)),
        "rss": rss_mb(),
    }  # fmt: skip


def like_scan(url: str) -> dict[str, float]:
    """The search without the full-text index: LIKE over number, name, summary, description."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    pattern = f"%{RARE_WORD}%"
    sql = text(
        "SELECT id FROM complaint WHERE tracking_number LIKE :p OR complainant_name LIKE :p "
        "OR summary LIKE :p OR description LIKE :p ORDER BY received_at DESC LIMIT 30"
    )
    with engine.connect() as conn:
        return {"search": timed(lambda: conn.execute(sql, {"p": pattern}).all()), "rss": rss_mb()}


def in_memory(url: str) -> dict[str, float]:
    """Every row in a Python list, as a plain QAbstractTableModel over a list would hold."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    rows: list[Any] = []
    sql = text(
        "SELECT id, tracking_number, received_at, complainant_name, summary, channel, unit_id, "
        "status, due_date FROM complaint ORDER BY received_at DESC"
    )

    def load() -> None:
        with engine.connect() as conn:
            rows.extend(tuple(r) for r in conn.execute(sql))

    first = timed(load)
    return {"first": first, "end": 0.0, "rss": rss_mb(), "rows": len(rows)}


def qsql(url: str) -> dict[str, float]:
    from PySide6.QtSql import QSqlDatabase, QSqlQueryModel
    from PySide6.QtWidgets import QApplication

    _app = QApplication([])  # kept alive while the model is used
    db = QSqlDatabase.addDatabase("QSQLITE")
    db.setDatabaseName(url.removeprefix("sqlite:///"))
    db.open()
    model = QSqlQueryModel()
    sql = ("SELECT tracking_number, received_at, complainant_name, summary, channel, unit_id, "
           "status, due_date FROM complaint ORDER BY received_at DESC")  # fmt: skip

    def first() -> None:
        model.setQuery(sql, db)
        for row in range(SCREEN):
            model.data(model.index(row, 0))

    def end() -> None:
        while model.canFetchMore():
            model.fetchMore()
        model.data(model.index(model.rowCount() - 1, 0))

    figures = {"first": timed(first), "end": timed(end), "rss": rss_mb()}
    return figures


def median(fn: Any, rounds: int = 3) -> float:
    return sorted(timed(fn) for _ in range(rounds))[rounds // 2]


def settled(model: Any) -> None:
    """Run the event loop until the model's count is exact and no worker is left."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from pengaduan_desktop.ui.tasks import tasks_running

    while not model.exact or tasks_running():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def people(url: str, searches: str) -> dict[str, dict[str, Any]]:
    """Each search typed in the box (label -> what is typed): the time to the first rows in
    our case model (its plan, then the first screen), as the window shows them; whether the
    count came as an estimate ("≈") and the count once exact."""
    from PySide6.QtWidgets import QApplication

    from pengaduan_desktop.core.caselist import CaseFilter
    from pengaduan_desktop.core.db import create_db_engine
    from pengaduan_desktop.ui.case_model import CaseListModel

    _app = QApplication([])  # kept alive while the model is used
    engine = create_db_engine(url)
    model = CaseListModel()
    configured(model, engine, CaseFilter())  # connected, imports done
    settled(model)

    def show(typed: str) -> float:
        took = timed(lambda: configured(model, engine, CaseFilter(search=typed)))
        estimated = not model.exact
        settled(model)  # the exact count, off the clock
        return took if not estimated else -took  # negative: the count came as an estimate

    figures: dict[str, dict[str, Any]] = {}
    for label, typed in json.loads(searches).items():
        first = show(typed)  # the officer's first look
        again = sorted(abs(show(typed)) for _ in range(3))[1]
        figures[label] = {"first": abs(first), "again": again, "estimated": first < 0,
                          "found": model.rowCount(),
                          "strategy": str(model.query.strategy) if model.query else ""}  # fmt: skip
    return figures


def _page_statements(engine: Any, typed: str) -> tuple[Any, list[tuple[str, Any]]]:
    """The plan of a search, and the statements our first page runs (its planner settings on
    PostgreSQL, then the page's SELECT), as the driver receives them."""
    from sqlalchemy import event

    from pengaduan_desktop.core.caselist import CaseFilter, fetch_page, plan_list

    f = CaseFilter(search=typed)
    plan = plan_list(engine, f)
    caught: list[tuple[str, Any]] = []

    def catch(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        caught.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", catch)
    try:
        fetch_page(engine, f, strategy=plan.strategy)
    finally:
        event.remove(engine, "before_cursor_execute", catch)
    return plan, [c for c in caught if c[0].lstrip().upper().startswith(("SET", "SELECT"))][-3:]


def people_peers(url: str, searches: str) -> dict[str, dict[str, float | None]]:
    """The peers of each search (label -> (typed, words for the full-text count or "")): the
    raw SQL of the same first page run on a bare connection (the limit: what the page costs
    the database alone), the plain sorted query that fetches and sorts every match, and the
    full-text index's bare count."""
    from sqlalchemy import text

    from pengaduan_desktop.core.caselist import CaseFilter, fetch_page
    from pengaduan_desktop.core.db import create_db_engine
    from pengaduan_desktop.core.search_strategy import Strategy
    from pengaduan_desktop.core.word_match import register

    engine = create_db_engine(url)
    postgres = engine.dialect.name == "postgresql"
    fts = text(
        "SELECT count(*) FROM complaint WHERE search_vector @@ to_tsquery('simple', :q)"
        if postgres else "SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH :q"
    )  # fmt: skip
    figures: dict[str, dict[str, float | None]] = {}
    for label, (typed, word) in json.loads(searches).items():
        plan, statements = _page_statements(engine, typed)
        raw = engine.raw_connection()
        try:
            if not postgres:
                register(raw.driver_connection)  # type: ignore[arg-type]

            def page(raw: Any = raw, statements: Any = statements) -> None:
                cursor = raw.cursor()
                for statement, parameters in statements:
                    cursor.execute(statement, parameters)
                cursor.fetchall()
                raw.rollback()

            raw_page = median(page)
        finally:
            raw.close()
        query = f"{word}:*" if postgres else f'"{word}"*'
        with engine.connect() as conn:
            count = median(lambda conn=conn, query=query: conn.execute(fts, {"q": query}).scalar(),
                           ) if word else None  # fmt: skip
        sort_all = timed(lambda typed=typed: fetch_page(engine, CaseFilter(search=typed),
                                                        strategy=Strategy.FEW))  # fmt: skip
        figures[label] = {"raw": raw_page, "sort_all": sort_all, "fts": count,
                          "planned": plan.count}  # fmt: skip
    return figures


if __name__ == "__main__":
    kind, url, *rest = sys.argv[1:]
    print(json.dumps({"ours": ours, "raw": raw, "like": like_scan, "memory": in_memory,
                      "qsql": qsql, "people": people,
                      "people_peers": people_peers}[kind](url, *rest)))  # fmt: skip
