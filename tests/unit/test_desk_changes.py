"""Shared desks stay live, in the core: the change counter read by another program's writes,
what each entry means for the window, the watcher's thread, and an intake save that may be
retried after a lost connection without writing twice."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, func, select, text
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.calendar_service import set_override
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.desk_changes import (
    EVERYTHING,
    MOST_ENTRIES,
    HistoryReplaced,
    changes_since,
    check_history,
    latest_mark,
    mark_hash,
)
from pengaduan_desktop.core.desk_watch import DeskWatch
from pengaduan_desktop.core.door import Changes
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import AuditEntry, Complaint
from pengaduan_desktop.core.workflow import Action, perform
from tests.helpers import complaint
from tests.other_desk import other_desk


def count(engine: Engine, what=Complaint.id) -> int:  # type: ignore[no-untyped-def]
    with reading(engine) as session:
        return session.scalar(select(func.count(what))) or 0


def test_another_programs_intake_is_seen_and_this_programs_own_is_not(
    engine: Engine, db_url: str
) -> None:
    mark = latest_mark(engine)
    mine = register(engine, complaint(summary="Dari meja ini"))
    after_mine, seen = changes_since(engine, mark)
    assert seen is None and after_mine > mark  # its own: already refreshed, but passed
    complaint_id = int(other_desk(db_url, "intake").split()[0])
    new_mark, seen = changes_since(engine, after_mine)
    assert seen == Changes(frozenset({complaint_id}), complaint_list=True)
    assert new_mark == latest_mark(engine)
    assert changes_since(engine, new_mark) == (new_mark, None)
    # Another desk's verification: that complaint changed, no row came or went.
    other_desk(db_url, "verify", mine.id)
    assert changes_since(engine, new_mark)[1] == Changes(frozenset({mine.id}))


def test_what_each_kind_of_entry_changes(engine: Engine) -> None:
    saved = register(engine, complaint())
    mark = latest_mark(engine)
    perform(engine, saved.id, Action.VERIFY, None)
    assert changes_since(engine, mark, skip_desk=None)[1] == Changes(frozenset({saved.id}))
    mark = latest_mark(engine)
    from datetime import date

    set_override(engine, date(2026, 12, 24), False, "Keputusan kantor", None)
    assert changes_since(engine, mark, skip_desk=None)[1] == Changes(
        calendar=True, complaint_list=True)  # fmt: skip
    mark = latest_mark(engine)
    audit.record(engine, "sesuatu_baru", "x", {}, None)  # an action this desk does not know
    assert changes_since(engine, mark, skip_desk=None)[1] == EVERYTHING
    mark = latest_mark(engine)
    audit.record(engine, audit.Action.IDENTITY_VIEW, f"complaint:{saved.tracking_number}", {},
                 None)  # fmt: skip
    assert changes_since(engine, mark, skip_desk=None) == (latest_mark(engine), None)


def test_a_small_import_names_its_complaints_and_a_large_one_does_not(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A screen can tell whether an import concerns it (a past month's report does not change
    for complaints received today) when the import names its complaints."""
    from pengaduan_desktop.core import desk_changes
    from pengaduan_desktop.core.importer import import_file
    from tests.unit.test_importer import GOOD, write_csv

    register(engine, complaint(summary="Sebelumnya"))  # numbers before the import's
    mark = latest_mark(engine)
    rows = [GOOD | {"summary": f"Impor {n}"} for n in range(3)]
    numbers = import_file(engine, write_csv(tmp_path / "a.csv", rows))
    with reading(engine) as session:
        ids = frozenset(session.scalars(select(Complaint.id).where(
            Complaint.tracking_number.in_(numbers))))  # fmt: skip
    assert len(ids) == 3
    assert changes_since(engine, mark, skip_desk=None)[1] == Changes(ids, complaint_list=True)
    monkeypatch.setattr(desk_changes, "NAMED_IMPORT", 2)  # now too many to name
    assert changes_since(engine, mark, skip_desk=None)[1] == Changes(complaint_list=True)


def test_a_flood_of_entries_refreshes_everything(engine: Engine) -> None:
    mark = latest_mark(engine)
    with reading(engine) as session:  # entries written by "another desk" quickly
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None
    from pengaduan_desktop.core.door import operation

    with operation(engine, None, None) as (session, _):
        for n in range(MOST_ENTRIES + 1):
            audit.append(session, audit.Action.PRINT, f"x:{n}", {}, audit.actor(session, None))
    assert changes_since(engine, mark, skip_desk=None) == (latest_mark(engine), EVERYTHING)


def test_a_retried_intake_saves_one_complaint(engine: Engine) -> None:
    key = "5f0c6b1e-0000-4000-8000-000000000001"
    first = register(engine, complaint(), key=key)
    again = register(engine, complaint(), key=key)  # the reply to the first was lost
    assert again == first
    assert count(engine) == 1
    with reading(engine) as session:
        intakes = session.scalar(select(func.count(AuditEntry.id))
                                 .where(AuditEntry.action == audit.Action.INTAKE))  # fmt: skip
    assert intakes == 1
    other = register(engine, complaint(), key="5f0c6b1e-0000-4000-8000-000000000002")
    assert other.id != first.id and count(engine) == 2


def test_retries_racing_each_other_save_one_complaint(engine: Engine) -> None:
    key = "5f0c6b1e-0000-4000-8000-00000000000a"
    start = threading.Barrier(4)

    def save(_n: int) -> int:
        start.wait()
        return register(engine, complaint(), key=key).id

    with ThreadPoolExecutor(4) as pool:
        ids = set(pool.map(save, range(4)))
    assert len(ids) == 1 and count(engine) == 1


def test_the_watcher_tells_another_programs_change(engine: Engine, db_url: str) -> None:
    seen: list[Changes] = []
    arrived = threading.Event()

    def on_changes(changes: Changes) -> None:
        seen.append(changes)
        arrived.set()

    watch = DeskWatch(engine, on_changes, lambda exc: None, lambda: None)
    watch.start()
    try:
        register(engine, complaint())  # this program's own: not told
        complaint_id = int(other_desk(db_url, "intake").split()[0])
        assert arrived.wait(60)
        merged = Changes()
        for changes in seen:
            merged = merged | changes
        assert complaint_id in merged.complaints and merged.complaint_list
        assert len(merged.complaints) == 1
    finally:
        watch.stop()


def test_a_save_committed_but_reported_lost_is_not_written_twice(engine: Engine) -> None:
    """The commit happened, but the desk never heard so (the connection dropped with the
    reply): the form's retry with the same key returns that complaint."""
    key = "5f0c6b1e-0000-4000-8000-00000000000b"

    def reply_lost(_session: Session) -> None:
        raise ConnectionResetError("the reply to the commit was lost")

    event.listen(Session, "after_commit", reply_lost)
    try:
        with pytest.raises(ConnectionResetError):
            register(engine, complaint(), key=key)
    finally:
        event.remove(Session, "after_commit", reply_lost)
    assert count(engine) == 1
    again = register(engine, complaint(), key=key)
    assert again.tracking_number == "ADU-2026-000001" and count(engine) == 1


def test_a_server_that_does_not_answer_is_told_from_a_refusal(engine: Engine) -> None:
    from sqlalchemy.exc import DBAPIError

    from pengaduan_desktop.core.db import create_db_engine
    from pengaduan_desktop.core.desk_watch import unreachable

    # A constraint: the server answered "no".
    with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_entry (id, action, subject, detail, prev_hash, "
                          "hash, at) SELECT id, action, subject, detail, prev_hash, hash, at "
                          "FROM audit_entry LIMIT 1"))  # fmt: skip
    assert not unreachable(caught.value)
    if engine.dialect.name == "postgresql":
        url = engine.url.set(query={**engine.url.query, "port": "1"})  # nobody listens there
        gone = create_db_engine(url.render_as_string(hide_password=False))
        with pytest.raises(DBAPIError) as lost:
            gone.connect()
        gone.dispose()
        assert unreachable(lost.value)


def test_a_restore_at_another_desk_is_noticed(engine: Engine, db_url: str,
                                              tmp_path: Path) -> None:  # fmt: skip
    """Another program replaces the database with a backup: the entry at a desk's mark is
    gone or another one, or the restore's own entry follows it. Either way: HistoryReplaced,
    and the watcher tells `on_restored` and follows the restored database from then on."""
    from pengaduan_desktop.core.backup import write_backup

    before_backup = latest_mark(engine)
    before_hash = mark_hash(engine, before_backup)
    backup = tmp_path / "cadangan.zip"
    write_backup(engine, backup, None)
    register(engine, complaint(summary="Tidak ada di cadangan"))
    register(engine, complaint(summary="Juga tidak"))
    mark = latest_mark(engine)
    known = mark_hash(engine, mark)
    assert check_history(engine, mark, known) == known  # nothing replaced yet

    told, arrived = threading.Event(), threading.Event()
    changed: list[Changes] = []

    def on_changes(changes: Changes) -> None:
        changed.append(changes)
        arrived.set()

    watch = DeskWatch(engine, on_changes, lambda exc: None, lambda: None,
                      on_restored=told.set)  # fmt: skip
    watch.start()
    try:
        other_desk(db_url, "restore", backup)
        assert told.wait(60)
        # The desk's mark is past the restored trail: its entry is gone.
        with pytest.raises(HistoryReplaced):
            check_history(engine, mark, known)
        # A mark inside the restored trail: the entry is the same, the restore's own follows.
        assert check_history(engine, before_backup, before_hash) == before_hash
        with pytest.raises(HistoryReplaced):
            changes_since(engine, before_backup)
        # From the restored database's newest entry on, the watcher follows again.
        told.clear()
        changed.clear()
        arrived.clear()
        complaint_id = int(other_desk(db_url, "intake").split()[0])
        assert arrived.wait(60)
        assert any(complaint_id in c.complaints for c in changed)
        assert not told.is_set()
    finally:
        watch.stop()


def test_a_damaged_file_is_no_outage(sqlite_engine: Engine) -> None:
    """A page SQLite cannot read: the watcher says the file is damaged (not that the database
    is out of reach, which waiting would mend) and stops."""
    from tests.unit.test_outputs import damage_table

    path = Path(sqlite_engine.url.database or "")
    sqlite_engine.dispose()
    damage_table(path, "audit_entry")
    damaged, lost = threading.Event(), threading.Event()
    watch = DeskWatch(sqlite_engine, lambda c: None, lambda exc: lost.set(), lambda: None,
                      on_damaged=lambda exc: damaged.set())  # fmt: skip
    watch.start()
    try:
        assert damaged.wait(60)
        watch.stop()
        assert not lost.is_set() and not watch._thread.is_alive()
    finally:
        watch.stop()
