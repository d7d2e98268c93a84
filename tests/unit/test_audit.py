"""The audit trail is a hash chain: verify finds any entry edited, deleted, inserted or re-hashed
by hand, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Engine, select, text

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.models import AuditEntry


def fill(engine: Engine, n: int = 5) -> None:
    for i in range(1, n + 1):
        with writing(engine) as session:
            audit.append(session, "test", f"complaint:ADU-{i}", {"i": i, "nama": "Siti"}, None)


def test_a_chain_links_each_entry_to_the_one_before(engine: Engine) -> None:
    fill(engine, 3)
    with reading(engine) as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert rows[0].prev_hash == audit.GENESIS
    assert rows[0].action == audit.Action.SCHEMA  # the database's creation starts the chain
    assert [r.prev_hash for r in rows[1:]] == [r.hash for r in rows[:-1]]
    assert json.loads(rows[2].detail) == {"i": 2, "nama": "Siti"}
    verdict = audit.check(engine)
    assert verdict.problems == [] and verdict.count == 4 and verdict.last_hash == rows[-1].hash


def test_an_entry_rolls_back_with_the_change(engine: Engine) -> None:
    fill(engine, 1)
    try:
        with writing(engine) as session:
            audit.append(session, "test", "x", {}, None)
            raise RuntimeError("the change failed")
    except RuntimeError:
        pass
    fill(engine, 1)  # on PostgreSQL the id sequence skipped one: a gap is not a problem
    assert audit.verify(engine) == []
    assert audit.entries(engine, audit.Filters(action="test")).total == 2


def ids(engine: Engine) -> list[int]:
    with reading(engine) as session:
        return list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def test_an_edited_detail_is_found(engine: Engine) -> None:
    fill(engine)
    third = ids(engine)[2]
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET detail = '{\"i\": 33}' WHERE id = :id"),
                     {"id": third})  # fmt: skip
    problems = audit.verify(engine)
    assert len(problems) == 1
    assert problems[0].startswith(f"entri #{third} ") and "diubah" in problems[0]


def test_a_deleted_middle_entry_is_found(engine: Engine) -> None:
    fill(engine)
    third, fourth = ids(engine)[2:4]
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": third})
    problems = audit.verify(engine)
    assert len(problems) == 1
    assert problems[0].startswith(f"entri #{fourth} ") and "rantai terputus" in problems[0]


def test_a_forged_entry_is_found(engine: Engine) -> None:
    fill(engine)
    rows = ids(engine)
    second = rows[1]
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": second})
        # a forger who knows the recipe: a well-formed entry linked to the first one
        with reading(engine) as session:
            first = session.get(AuditEntry, rows[0])
            assert first is not None
            at, prev = first.at, first.hash
        body = '{"i": 99}'
        forged = audit.entry_hash(at, None, "test", "complaint:ADU-2", body, prev)
        conn.execute(
            text("INSERT INTO audit_entry (id, at, officer_id, action, subject, detail, "
                 "prev_hash, hash) VALUES (:id, :at, NULL, 'test', 'complaint:ADU-2', :d, :p, :h)"),
            {"id": second, "at": at.replace(tzinfo=None), "d": body, "p": prev, "h": forged},
        )  # fmt: skip
    problems = audit.verify(engine)
    assert len(problems) == 1
    assert problems[0].startswith(f"entri #{rows[2]} ") and "rantai terputus" in problems[0]


def test_an_inserted_entry_with_any_hash_is_found(engine: Engine) -> None:
    fill(engine, 2)
    with reading(engine) as session:
        first = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).first()
        assert first is not None
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO audit_entry (id, at, officer_id, action, subject, detail, "
                 "prev_hash, hash) VALUES (1000, :at, NULL, 'test', 'x', '{}', :p, :h)"),
            {"at": first.at.replace(tzinfo=None), "p": first.hash, "h": "f" * 64},
        )  # fmt: skip
    problems = audit.verify(engine)
    assert len(problems) == 2  # its own hash, and it does not follow the last entry
    assert all(p.startswith("entri #1000 ") for p in problems)


def test_a_rehashed_entry_breaks_the_link_to_the_next(engine: Engine) -> None:
    fill(engine)
    rows = ids(engine)
    with reading(engine) as session:
        e = session.get(AuditEntry, rows[1])
        assert e is not None
        body = '{"i": 2, "nama": "Budi"}'
        new = audit.entry_hash(e.at, e.officer_id, e.action, e.subject, body, e.prev_hash)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET detail = :d, hash = :h WHERE id = :id"),
                     {"d": body, "h": new, "id": rows[1]})  # fmt: skip
    problems = audit.verify(engine)
    assert len(problems) == 1
    assert problems[0].startswith(f"entri #{rows[2]} ") and "rantai terputus" in problems[0]


def test_entries_are_filtered_and_paged(engine: Engine) -> None:
    fill(engine, 5)
    with writing(engine) as session:
        audit.append(session, "other", "report:2026-11", {"bulan": "November"}, 1)
    page = audit.entries(engine, offset=0, limit=2)
    assert page.total == 7 and [r.subject for r in page.rows] == [
        "report:2026-11",
        "complaint:ADU-5",
    ]
    assert audit.entries(engine, audit.Filters(action="test")).total == 5
    assert audit.entries(engine, audit.Filters(officer_id=1)).total == 1
    assert audit.entries(engine, audit.Filters(text="novem")).total == 1
    assert audit.entries(engine, audit.Filters(text="ADU-3")).total == 1
    assert audit.entries(engine, audit.Filters(start=date(2026, 11, 29))).total == 7
    assert audit.entries(engine, audit.Filters(end=date(2026, 11, 28))).total == 0
    assert audit.actions_in_use(engine) == ["other", "schema", "test"]


def test_export_csv(engine: Engine, tmp_path) -> None:
    fill(engine, 3)
    path = tmp_path / "jejak.csv"
    assert audit.export_csv(engine, path, audit.Filters(text="ADU-2")) == 1
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("No,Waktu (WIB),Petugas,Aksi")
    assert len(lines) == 2 and "complaint:ADU-2" in lines[1] and "2026-11-29 10:00" in lines[1]


def test_two_desks_appending_at_once_keep_one_chain(engine: Engine, db_url: str) -> None:
    """Each desk its own engine (its own connections); every entry must link to the one
    committed before it, so the chain never forks."""
    import threading

    from pengaduan_desktop.core.db import create_db_engine

    desks = [create_db_engine(db_url) for _ in range(2)]
    start = threading.Barrier(len(desks))
    failures: list[BaseException] = []

    def desk(other: Engine, name: str) -> None:
        try:
            start.wait()
            for i in range(25):
                with writing(other) as session:
                    audit.append(session, "test", f"{name}-{i}", {"i": i}, None)
        except BaseException as exc:  # handed to the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=desk, args=(e, f"meja{n}")) for n, e in enumerate(desks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for e in desks:
        e.dispose()
    assert failures == []
    verdict = audit.check(engine)
    assert verdict.problems == [] and verdict.count == 1 + 50
    with reading(engine) as session:
        links = list(session.scalars(select(AuditEntry.prev_hash)))
    assert len(set(links)) == len(links)  # no two entries follow the same one
