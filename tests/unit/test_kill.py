"""Kill it and count: desks in their own processes save through the real core operations, one
is SIGKILLed mid-stream (chosen by what its log says it has saved), and afterwards nothing that
returned is missing, nothing half-written is there, the numbers have no hole, the files and the
full-text index are sound and the audit chain verifies.

Every worker (tests/kill_worker.py) writes one fsynced line per save that returned: what the
log holds was committed before the kill."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.models import AuditEntry, Complaint, Event
from pengaduan_desktop.core.numbering import format_tracking_number
from pengaduan_desktop.core.vocabulary import EventKind, Status
from tests.helpers import add_account, complaint
from tests.kill_worker import STALLED

ROOT = Path(__file__).resolve().parents[2]
# Desks and saves per desk: 4 x 250 on PostgreSQL, 2 x 150 on SQLite (one writer at a time).
DESKS = {"sqlite": (2, 150), "postgresql": (4, 250)}
ACTIONS = 150  # workflow actions per desk
STALL_AFTER = 40  # the victim stops inside its transaction once it logged this many saves
KILL_AT = 100  # the second victim (PostgreSQL) dies as its log reaches this many saves
FTS_CHECK = "INSERT INTO complaint_fts(complaint_fts) VALUES('integrity-check')"
FTS_CHECK_CONTENT = "INSERT INTO complaint_fts(complaint_fts, rank) VALUES('integrity-check', 1)"


@dataclass
class Worker:
    process: subprocess.Popen[bytes]
    log: Path
    stall: Path | None = None
    killed: bool = False
    lines: list[str] = field(default_factory=list)

    def read(self) -> list[str]:
        self.lines = self.log.read_text(encoding="utf-8").splitlines() if self.log.exists() else []
        return self.lines

    def saves(self) -> list[str]:
        return [line for line in self.read() if line != STALLED]

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.communicate()
        assert self.process.returncode == -signal.SIGKILL
        self.killed = True


def start(mode: str, url: str, log: Path, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "tests.kill_worker", mode, url, str(log),
                             *args], cwd=ROOT, stderr=subprocess.PIPE)  # fmt: skip


def wait_for(condition, workers: list[Worker]) -> None:  # type: ignore[no-untyped-def]
    """Poll until `condition()`; a worker that dies meanwhile fails the test with its output."""
    while not condition():
        for w in workers:
            if not w.killed and w.process.poll() not in (None, 0):
                pytest.fail(w.process.stderr.read().decode() if w.process.stderr else "")
        time.sleep(0.02)


def finished(worker: Worker) -> None:
    _out, err = worker.process.communicate()
    assert worker.process.returncode == 0, err.decode()


@pytest.fixture
def reader(db_url: str, tmp_path: Path) -> Iterator[Worker]:
    """A second process reading (counting, searching) while the writers are killed."""
    stop, log = tmp_path / "stop-reading", tmp_path / "reader.log"
    worker = Worker(start("read", db_url, log, str(stop)), log)
    yield worker
    stop.touch()
    finished(worker)
    counts = [tuple(int(n) for n in line.split()) for line in worker.read()]
    assert counts, "the reader never read"
    totals = [total for total, _found in counts]
    assert totals == sorted(totals), "a committed complaint disappeared from a reader's view"


# ------------------------------------------------------------------------------- checks
def check_database(engine: Engine, url: str) -> None:
    """The SQLite file and its FTS5 index are sound; the audit chain verifies (in core and as
    the administrator runs it)."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
            # The index in itself, then against its content table (rank 1: the plain check
            # does not look at an external content table). Either raises "database disk
            # image is malformed".
            conn.exec_driver_sql(FTS_CHECK)
            conn.exec_driver_sql(FTS_CHECK_CONTENT)
    assert audit.verify(engine) == []
    result = subprocess.run([sys.executable, "-m", "pengaduan_desktop", "--db", url, "audit",
                             "verify"], capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("jejak audit utuh")


def check_numbers(engine: Engine) -> dict[str, tuple[int, int]]:
    """Unique and gapless per year: ADU-YYYY-000001 .. N, and each number's sequence column
    says the same. Returns tracking number -> (desk, i) from the summary."""
    with reading(engine) as session:
        rows = session.execute(select(Complaint.tracking_number, Complaint.year,
                                      Complaint.sequence, Complaint.summary)).all()  # fmt: skip
    by_year: dict[int, list[int]] = defaultdict(list)
    for number, year, sequence, _summary in rows:
        assert number == format_tracking_number(year, sequence)
        by_year[year].append(sequence)
    for year, sequences in by_year.items():
        assert sorted(sequences) == list(range(1, len(sequences) + 1)), f"hole or twin in {year}"
    owners: dict[str, tuple[int, int]] = {}
    for number, _year, _sequence, summary in rows:
        found = re.fullmatch(r"Meja (\d+) pengaduan ke-(\d+)", summary)
        if found:
            owners[number] = (int(found[1]), int(found[2]))
    return owners


def check_whole_intakes(engine: Engine) -> None:
    """Each complaint came with its 'received' event and its audit entry, or not at all."""
    with reading(engine) as session:
        complaints = session.scalar(select(func.count()).select_from(Complaint))
        received = session.scalar(select(func.count()).select_from(Event)
                                  .where(Event.kind == EventKind.RECEIVED))  # fmt: skip
        intakes = select(AuditEntry.subject).where(AuditEntry.action == audit.Action.INTAKE)
        subjects = Counter(session.scalars(intakes))
        numbers = set(session.scalars(select(Complaint.tracking_number)))
    assert received == complaints
    assert set(subjects.values()) <= {1}
    assert set(subjects) == {f"complaint:{n}" for n in numbers}


# -------------------------------------------------------------------------------- tests
def test_intake_survives_a_desk_killed_mid_stream(
    engine: Engine, db_url: str, tmp_path: Path, reader: Worker
) -> None:
    """Desks stream intakes; the first is SIGKILLed inside a save's transaction (flushed, not
    committed), on PostgreSQL a second at whatever moment its log reaches KILL_AT saves."""
    desks, each = DESKS[engine.dialect.name]
    officer = add_account(engine, "petugas")
    workers: list[Worker] = []
    for desk in range(desks):
        log, stall = tmp_path / f"meja-{desk}.log", tmp_path / f"henti-{desk}"
        acting = ["--officer", str(officer)] if desk % 2 == 0 else []  # odd desks: the program
        process = start("intake", db_url, log, str(each), str(desk), *acting, "--stall", str(stall))
        workers.append(Worker(process, log, stall))
    victim = workers[0]
    wait_for(lambda: len(victim.saves()) >= STALL_AFTER, workers)
    assert victim.stall is not None
    victim.stall.touch()
    wait_for(lambda: STALLED in victim.read(), workers)
    victim.kill()  # holding the write lock (SQLite) or the year's counter row (PostgreSQL)
    if desks > 2:
        wait_for(lambda: len(workers[1].saves()) >= KILL_AT, workers)
        workers[1].kill()
    for worker in workers:
        if not worker.killed:
            finished(worker)

    owners = check_numbers(engine)
    returned = {line.split()[0]: (int(line.split()[1]), int(line.split()[2]))
                for w in workers for line in w.saves()}  # fmt: skip
    assert returned.items() <= owners.items(), "a save that returned is missing"
    for desk, worker in enumerate(workers):
        stored = sorted(i for d, i in owners.values() if d == desk)
        logged = sorted(i for d, i in returned.values() if d == desk)
        if worker.killed:  # at most the one it committed but did not live to write down
            assert stored[: len(logged)] == logged and len(stored) - len(logged) <= 1
        else:
            assert stored == logged == list(range(each))
    # The stalled save never committed: the victim's complaints are exactly those it logged.
    assert sorted(i for d, i in owners.values() if d == 0) == list(range(len(victim.saves())))
    check_whole_intakes(engine)
    check_database(engine, db_url)


def test_workflow_survives_a_desk_killed_mid_stream(engine: Engine, db_url: str,
                                                     tmp_path: Path) -> None:  # fmt: skip
    """Two desks verify and note on complaints; one is SIGKILLed as its log reaches 40 actions.
    Every action that returned is there, with its audit entry; none is half there."""
    from pengaduan_desktop.core.intake import register

    officer = add_account(engine, "pengelola")
    for i in range(20):
        register(engine, complaint(summary=f"Meja 9 pengaduan ke-{i}"), officer)
    workers = []
    for desk in range(2):
        log = tmp_path / f"tindak-{desk}.log"
        workers.append(Worker(start("workflow", db_url, log, str(ACTIONS), str(desk), "--officer",
                                    str(officer)), log))  # fmt: skip
    wait_for(lambda: len(workers[0].saves()) >= 40, workers)
    workers[0].kill()
    finished(workers[1])

    with reading(engine) as session:
        events = session.execute(select(Event.complaint_id, Event.kind, Event.text)).all()
        versions = dict(session.execute(select(Complaint.id, Complaint.version)).all())
        statuses = dict(session.execute(select(Complaint.id, Complaint.status)).all())
        entries = session.scalar(select(func.count()).select_from(AuditEntry)
                                 .where(AuditEntry.action == audit.Action.WORKFLOW))  # fmt: skip
    notes = {t for _c, kind, t in events if kind == EventKind.NOTE}
    verified = {c for c, kind, _t in events if kind == EventKind.VERIFIED}
    for worker in workers:
        for line in worker.saves():
            kind, complaint_id, version, *words = line.split()
            assert versions[int(complaint_id)] >= int(version)
            if kind == "note":
                assert " ".join(words) in notes
            else:
                assert int(complaint_id) in verified
    assert {c for c, s in statuses.items() if s == Status.DIVERIFIKASI} == verified
    changes = [e for e in events if e[1] in (EventKind.NOTE, EventKind.VERIFIED)]
    assert entries == len(changes)  # each action with its audit entry, or neither
    assert len(workers[1].saves()) == ACTIONS
    check_database(engine, db_url)


def test_the_fts_check_can_fail(sqlite_engine: Engine) -> None:
    """The FTS5 check above is real: an index out of step with its table is reported."""
    from pengaduan_desktop.core.intake import register

    register(sqlite_engine, complaint())
    with sqlite_engine.begin() as conn:
        conn.exec_driver_sql(FTS_CHECK_CONTENT)
        conn.exec_driver_sql("DROP TRIGGER complaint_fts_au")
        conn.execute(text("UPDATE complaint SET summary = 'diubah di luar indeks'"))
    with pytest.raises(Exception, match="malformed"), sqlite_engine.connect() as conn:
        conn.exec_driver_sql(FTS_CHECK_CONTENT)
