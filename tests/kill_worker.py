"""A desk in its own process, for tests/unit/test_kill.py: it saves through the real core
operations and writes one line per save that RETURNED to its own log, flushed and fsynced, so
that whatever the parent reads there was committed before the SIGKILL.

    python -m tests.kill_worker intake   URL LOG COUNT DESK [--officer ID] [--stall FILE]
    python -m tests.kill_worker workflow URL LOG COUNT DESK [--officer ID] [--stall FILE]
    python -m tests.kill_worker read     URL LOG STOPFILE

--stall FILE: once FILE exists, the next save stops inside its transaction (everything flushed,
nothing committed), writes "stalled" to the log and waits to be killed.
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core.db import create_db_engine, reading
from pengaduan_desktop.core.timeutil import LOCAL_TZ

STALLED = "stalled"


def logged(log: TextIO, line: str) -> None:
    log.write(line + "\n")
    log.flush()
    os.fsync(log.fileno())


def stall_when(flag: Path | None, log: TextIO) -> None:
    """Once `flag` exists, stop inside the next operation's transaction: right after its audit
    entry is flushed (core.door: the last write of every operation, before the commit)."""
    if flag is None:
        return
    from pengaduan_desktop.core.models import AuditEntry

    def after_flush(session: Session, _context: object) -> None:
        if flag.exists() and any(isinstance(o, AuditEntry) for o in session.new):
            logged(log, STALLED)
            time.sleep(3600)  # killed long before

    event.listen(Session, "after_flush", after_flush)


def received(desk: int, i: int) -> datetime:
    """Two years in the stream, so the numbering is checked per year."""
    year = 2025 if i % 3 == 0 else 2026
    return datetime(year, 5 + desk % 6, 1 + i % 28, 9, i % 60, tzinfo=LOCAL_TZ)


def intake(url: str, log: TextIO, count: int, desk: int, officer: int | None) -> None:
    from pengaduan_desktop.core.intake import register
    from tests.helpers import complaint

    engine = create_db_engine(url)
    for i in range(count):
        data = complaint(summary=f"Meja {desk} pengaduan ke-{i}", received_at=received(desk, i),
                         name=f"Pengadu Meja {desk} {i}")  # fmt: skip
        saved = register(engine, data, officer)
        logged(log, f"{saved.tracking_number} {desk} {i}")


def workflow(url: str, log: TextIO, count: int, desk: int, officer: int | None) -> None:
    """Verify the desk's complaints (every other one, by id) and note on them."""
    from pengaduan_desktop.core.models import Complaint
    from pengaduan_desktop.core.vocabulary import Status
    from pengaduan_desktop.core.workflow import Action, perform

    engine = create_db_engine(url)
    ours = Complaint.id % 2 == desk % 2
    with reading(engine) as session:
        mine = list(session.scalars(select(Complaint.id).where(ours).order_by(Complaint.id)))
        fresh = set(session.scalars(
            select(Complaint.id).where(ours, Complaint.status == Status.DITERIMA)))  # fmt: skip
    for i in range(count):
        complaint_id = mine[i % len(mine)]
        if complaint_id in fresh:
            version = perform(engine, complaint_id, Action.VERIFY, officer)
            fresh.discard(complaint_id)
            logged(log, f"verify {complaint_id} {version}")
            continue
        text = f"catatan meja {desk} ke-{i}"
        version = perform(engine, complaint_id, Action.NOTE, officer, text=text)
        logged(log, f"note {complaint_id} {version} {text}")


def read(url: str, log: TextIO, stop: Path) -> None:
    """Count the complaints and search the full text until `stop` exists."""
    from pengaduan_desktop.core.caselist import CaseFilter, count_cases
    from pengaduan_desktop.core.models import Complaint

    engine = create_db_engine(url)
    while not stop.exists():
        with reading(engine) as session:
            total = session.scalar(select(func.count()).select_from(Complaint)) or 0
        found = count_cases(engine, CaseFilter(search="Meja"))
        logged(log, f"{total} {found}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("intake", "workflow", "read"))
    parser.add_argument("url")
    parser.add_argument("log", type=Path)
    parser.add_argument("rest", nargs="*")
    parser.add_argument("--officer", type=int)
    parser.add_argument("--stall", type=Path)
    args = parser.parse_args()
    with args.log.open("a", encoding="utf-8") as log:
        if args.mode == "read":
            read(args.url, log, Path(args.rest[0]))
            return
        count, desk = (int(v) for v in args.rest)
        stall_when(args.stall, log)
        work: Any = intake if args.mode == "intake" else workflow
        work(args.url, log, count, desk, args.officer)


if __name__ == "__main__":
    main()
