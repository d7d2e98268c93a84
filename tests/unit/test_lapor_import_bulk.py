"""The SP4N-LAPOR! import through the bulk writer of our own import (issue 11 item 4): the same
rules as before (tracking-ID matches noted once, new reports as complaints with LAPOR!'s note,
one audit entry, all or nothing), its progress by step, and stopping before it writes. On
SQLite and PostgreSQL (the engine fixture)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.lapor_import import NOTE_START, Step, import_lapor
from pengaduan_desktop.core.models import AuditEntry, Complaint, Event
from tests.helpers import add_account, complaint

HEADER = ["ID Tracking", "Tanggal Laporan", "Judul Laporan", "Isi Laporan", "Nama Pelapor",
          "Status", "Tindak Lanjut"]  # fmt: skip


class Stop(Exception):
    pass


def lapor_csv(path: Path, count: int, status: str = "Proses", first: int = 0) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out).writerows([HEADER, *[
            [f"LPR-{i}", f"{1 + i % 28:02d}/05/2026 09:00", f"Laporan {i}", "Isi.",
             f"Pelapor {i}" if i % 3 else "", status, ""]
            for i in range(first, first + count)]])  # fmt: skip
    return path


def counts(engine: Engine) -> tuple[int, int, int]:
    with reading(engine) as session:
        return (session.scalar(select(func.count()).select_from(Complaint)) or 0,
                session.scalar(select(func.count()).select_from(Event)) or 0,
                session.scalar(select(func.count()).select_from(AuditEntry)) or 0)  # fmt: skip


def notes_of(engine: Engine) -> dict[str, list[tuple[str, int | None]]]:
    """LAPOR! ID -> its complaint's LAPOR! notes (text, officer), in order."""
    with reading(engine) as session:
        rows = session.execute(
            select(Complaint.lapor_tracking_id, Event.text, Event.officer_id)
            .join(Event, Event.complaint_id == Complaint.id)
            .where(Event.kind == "note", Event.text.startswith(NOTE_START))
            .order_by(Event.id))  # fmt: skip
        found: dict[str, list[tuple[str, int | None]]] = {}
        for lapor_id, text, officer in rows:
            found.setdefault(lapor_id, []).append((text, officer))
    return found


def test_new_and_matched_reports_through_the_bulk_writer(engine: Engine, tmp_path: Path) -> None:
    officer = add_account(engine, "petugas")
    register(engine, complaint(channel="lapor", form="tertulis", lapor_tracking_id="#LPR-1"))
    heard: list[tuple[Step, int, int]] = []
    done = import_lapor(engine, lapor_csv(tmp_path / "a.csv", 2500), officer,
                        lambda *told: heard.append(told))  # fmt: skip
    assert len(done.created) == 2499 and done.unchanged == 0
    assert done.updated == ["ADU-2026-000001"]
    assert done.created[0] == "ADU-2026-000002" and done.created[-1] == "ADU-2026-002500"
    # Every report noted once, by the officer who imported, the matched one too.
    notes = notes_of(engine)
    assert len(notes) == 2500
    assert notes["LPR-2499"] == [("Dari SP4N-LAPOR!: status Proses", officer)]
    assert notes["#LPR-1"] == [("Dari SP4N-LAPOR!: status Proses", officer)]
    with reading(engine) as session:
        new = session.scalars(select(Complaint).where(Complaint.lapor_tracking_id == "LPR-5")).one()
        assert (new.channel, new.form, new.anonymous) == ("lapor", "tertulis", False)
        assert [e.kind for e in sorted(new.events, key=lambda e: e.id)] == ["received", "note"]
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "import")).all()
    assert len(entries) == 1 and entries[0].subject == "lapor:a.csv"
    assert '"baru": 2499' in entries[0].detail and '"diperbarui": 1' in entries[0].detail
    assert audit.verify(engine) == []
    # The progress: rows checked from 0 to all, then the new complaints written up to all.
    checks = [d for step, d, total in heard if step == Step.CHECK and total == 2500]
    writes = [(d, total) for step, d, total in heard if step == Step.WRITE]
    assert checks[0] == 0 and checks[-1] == 2500 and checks == sorted(checks) and len(checks) > 2
    assert writes[0] == (0, 2499) and writes[-1] == (2499, 2499) and len(writes) >= 3
    assert [step for step, _d, _t in heard].index(Step.WRITE) == len(checks)  # check, then write
    # The same file again: nothing new, nothing noted twice; new news noted once more.
    before = counts(engine)
    again = import_lapor(engine, tmp_path / "a.csv", officer)
    assert (again.created, again.updated, again.unchanged) == ([], [], 2500)
    assert counts(engine) == (before[0], before[1], before[2] + 1)
    news = import_lapor(engine, lapor_csv(tmp_path / "b.csv", 3, "Selesai"), officer)
    assert (len(news.created), len(news.updated), news.unchanged) == (0, 3, 0)
    assert notes_of(engine)["LPR-2"][-1][0] == "Dari SP4N-LAPOR!: status Selesai"


def test_stopped_while_checking_writes_nothing(engine: Engine, tmp_path: Path) -> None:
    before = counts(engine)
    path = lapor_csv(tmp_path / "a.csv", 1500)

    def stop_at_second(step: Step, done: int, total: int) -> None:
        if step == Step.CHECK and done == 1000:
            raise Stop

    with pytest.raises(Stop):
        import_lapor(engine, path, None, stop_at_second)
    assert counts(engine) == before


@pytest.mark.parametrize("at", [0, 2000])
def test_one_transaction_however_far_the_writing_got(
    engine: Engine, tmp_path: Path, at: int
) -> None:
    """Stopped as the writing begins, or after its first batch was written: nothing stays."""
    register(engine, complaint(channel="lapor", form="tertulis", lapor_tracking_id="LPR-0"))
    before = counts(engine)

    def stop(step: Step, done: int, total: int) -> None:
        if step == Step.WRITE and done == at:
            raise Stop

    with pytest.raises(Stop):
        import_lapor(engine, lapor_csv(tmp_path / "a.csv", 4500), None, stop)
    assert counts(engine) == before
    assert notes_of(engine) == {}
    # The numbering carries on without a hole.
    assert register(engine, complaint()).tracking_number == "ADU-2026-000002"
