"""Layered fixtures: temp folder -> database URL (SQLite file, or a fresh PostgreSQL database)
-> engine with the schema -> (gui) window. Fresh for every test."""

from __future__ import annotations

import os
import queue
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # the office's screen, not offscreen's 800×600
    _screen = os.path.join(os.path.dirname(__file__), "offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

import pytest
from sqlalchemy import Engine, create_engine, text

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.schema import init_database
from pengaduan_desktop.core.timeutil import LOCAL_TZ


def _sleep_on_the_real_monotonic_clock(seconds: float) -> None:
    threading.Event().wait(seconds)


# CI runs part of the suite under faketime two years ahead, with the monotonic clock left
# real (FAKETIME_DONT_FAKE_MONOTONIC=1) so that timed waits end. libfaketime 0.9.10 then
# shifts the deadline of clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME) by the fake offset,
# and Python 3.11's time.sleep, which makes that call, fails with EINVAL (libfaketime issue
# 426). time.sleep is used by the tests and by subprocess's timed waits; an Event's timed wait
# runs on the real monotonic clock, which is what a sleep means. The program never sleeps.
if (
    "faketime" in os.environ.get("LD_PRELOAD", "")
    and os.environ.get("FAKETIME_DONT_FAKE_MONOTONIC") == "1"
):
    time.sleep = _sleep_on_the_real_monotonic_clock

# pytest-qt waits 5 seconds by default. On a shared CI machine with a worker per core, opening
# a fresh database (every migration) has taken longer than that while the test was right. A
# wait that is not given its own limit waits up to WAIT_MS: a condition that never comes true
# still fails the test, only later.
WAIT_MS = 60_000


def _with_longer_default(method):  # type: ignore[no-untyped-def]
    def wait(self, *args, timeout=WAIT_MS, **kwargs):  # type: ignore[no-untyped-def]
        return method(self, *args, timeout=timeout, **kwargs)

    wait.__doc__ = method.__doc__
    return wait


def _lengthen_qtbot_waits() -> None:
    try:
        from pytestqt.qtbot import QtBot
    except ImportError:  # the suite without pytest-qt: nothing waits on Qt
        return
    for name in ("waitUntil", "waitSignal", "waitSignals", "waitExposed", "waitActive",
                 "waitCallback"):  # fmt: skip
        setattr(QtBot, name, _with_longer_default(getattr(QtBot, name)))


_lengthen_qtbot_waits()

# Every test runs on this day, whatever the machine's clock says (a Sunday: the tests were
# written on it). A test that needs another day pins the clock itself (clock.pinned).
PINNED_NOW = datetime(2026, 11, 29, 10, 0, tzinfo=LOCAL_TZ)
os.environ[clock.ENV_VAR] = PINNED_NOW.isoformat()  # for the programs the tests start


# Modules whose tests share something outside the test's own folder and database (the cups-pdf
# output folder): one pytest-xdist worker runs all of them, one after the other.
ONE_WORKER = ("tests/gui/test_real_printing.py",)


def pytest_configure(config: pytest.Config) -> None:
    """The English catalogue is build output: built once (not in each xdist worker) when it is
    missing or older than its source, as installer/translations.sh --release builds it."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    ts = root / "resources" / "i18n" / "pengaduan_en.ts"
    qm = ts.with_suffix(".qm")
    if hasattr(config, "workerinput") or (qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime):
        return
    venv = str(Path(sys.executable).parent.parent)
    subprocess.run([str(root / "installer" / "translations.sh"), "--release"], check=True,
                   env={**os.environ, "VENV": venv})  # fmt: skip


@pytest.hookimpl(optionalhook=True)  # the hook exists only where pytest-xdist is installed
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """installer/test.sh spreads the tests over a worker per core: each test on its own, but
    the ONE_WORKER modules as one block (pytest-xdist's --dist loadgroup would do it by mark,
    but it renames node ids, which pytest 9.2 no longer allows)."""
    from xdist.scheduler import LoadScopeScheduling

    class Scheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            module = nodeid.split("::", 1)[0]
            return module if module in ONE_WORKER else nodeid

    return Scheduling(config, log)


@pytest.fixture(autouse=True, scope="session")
def cheap_password_hashes() -> None:
    """argon2id at its lowest cost in this process (programs the tests start use the real one)."""
    from pengaduan_desktop.core import accounts

    accounts.use_cost_for_tests()


@pytest.fixture(autouse=True)
def pinned_clock() -> Iterator[datetime]:
    with clock.pinned(PINNED_NOW):
        yield PINNED_NOW


PG_URL = os.environ.get("PENGADUAN_TEST_PG", "")
# Each backend's variant carries its mark, so that a run can pick one: installer/test.sh runs the
# PostgreSQL variants at today's date and the rest (SQLite) two years ahead.
BACKENDS = [
    pytest.param("sqlite", marks=pytest.mark.sqlite),
    pytest.param("postgres", marks=pytest.mark.postgres),
]


def _pg_admin() -> Engine:
    return create_engine(PG_URL, isolation_level="AUTOCOMMIT")


def _pg_url(name: str) -> str:
    base, _, query = PG_URL.partition("?")
    return base.rsplit("/", 1)[0] + f"/{name}" + (f"?{query}" if query else "")


class Templates:
    """One migrated, initialised database per backend and session; a test that asks for an
    `engine` gets a copy (CREATE DATABASE ... TEMPLATE, or a file copy) instead of running
    every migration again. The PostgreSQL copies are made ahead and dropped afterwards by a
    thread of their own (PgCopies), while the tests run."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sqlite_file: Path | None = None
        self.pg_copies: PgCopies | None = None

    def sqlite(self) -> Path:
        if self.sqlite_file is None:
            path = self.folder / "template.db"
            _initialise(f"sqlite:///{path}")
            self.sqlite_file = path
        return self.sqlite_file

    def pg(self) -> PgCopies:
        if self.pg_copies is None:
            name = f"tpl_{uuid.uuid4().hex[:12]}"
            admin = _pg_admin()
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            admin.dispose()
            _initialise(_pg_url(name))
            self.pg_copies = PgCopies(name)
        return self.pg_copies

    def drop(self) -> None:
        if self.pg_copies is not None:
            self.pg_copies.close()


class PgCopies:
    """Copies of a template database, each a database of its own (so a test sees no other
    test's rows), made AHEAD copies in advance by a background thread, which also drops each
    after its test: the ~0.2 s a copy costs the server overlaps the tests instead of adding
    to them."""

    AHEAD = 2

    def __init__(self, template: str) -> None:
        self.template = template
        self.ready: queue.Queue[str | BaseException] = queue.Queue()
        self.orders: queue.Queue[str | None] = queue.Queue()  # "" = make a copy; a name = drop
        self.thread = threading.Thread(target=self._work, name="pg-copies", daemon=True)
        self.thread.start()
        for _ in range(self.AHEAD):
            self.orders.put("")

    def take(self) -> str:
        self.orders.put("")  # the next test's copy
        found = self.ready.get(timeout=300)
        if isinstance(found, BaseException):
            raise found
        return found

    def give_back(self, name: str) -> None:
        self.orders.put(name)

    def close(self) -> None:
        self.orders.put(None)
        self.thread.join(timeout=300)
        admin = _pg_admin()
        with admin.connect() as conn:
            while not self.ready.empty():
                left = self.ready.get()
                if isinstance(left, str):
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{left}" WITH (FORCE)'))
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)'))
        admin.dispose()

    def _work(self) -> None:
        admin = _pg_admin()
        try:
            with admin.connect() as conn:
                while (order := self.orders.get()) is not None:
                    try:
                        if order:
                            conn.execute(text(f'DROP DATABASE IF EXISTS "{order}" WITH (FORCE)'))
                        else:
                            name = f"t_{uuid.uuid4().hex[:12]}"
                            conn.execute(
                                text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
                            )
                            self.ready.put(name)
                    except Exception as exc:  # handed to the test that waits for a copy
                        self.ready.put(exc)
        finally:
            admin.dispose()


def _initialise(url: str) -> None:
    engine = create_db_engine(url)
    try:
        init_database(engine)
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    found = Templates(tmp_path_factory.mktemp("templates"))
    yield found
    found.drop()


def _skip_without_pg() -> None:
    if not PG_URL:
        pytest.skip("PENGADUAN_TEST_PG is not set (installer/test.sh starts a server)")


def _pg_database() -> Iterator[str]:
    """A new, empty PostgreSQL database, dropped afterwards."""
    _skip_without_pg()
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield _pg_url(name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _pg_copy(copies: PgCopies) -> Iterator[str]:
    name = copies.take()
    try:
        yield _pg_url(name)
    finally:
        copies.give_back(name)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path, templates: Templates) -> Iterator[str]:
    """An empty database; a copy of the initialised template when the test also asks for
    `engine` (which would initialise it anyway)."""
    seeded = "engine" in request.fixturenames
    if request.param == "sqlite":
        path = tmp_path / "pengaduan.db"
        if seeded:
            shutil.copyfile(templates.sqlite(), path)
        yield f"sqlite:///{path}"
    else:
        _skip_without_pg()
        if seeded:
            yield from _pg_copy(templates.pg())
        else:
            yield from _pg_database()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'pengaduan.db'}"


def _ready_engine(url: str) -> Iterator[Engine]:
    engine = create_db_engine(url)
    init_database(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    yield from _ready_engine(db_url)


@pytest.fixture
def sqlite_engine(sqlite_url: str) -> Iterator[Engine]:
    yield from _ready_engine(sqlite_url)
