"""The rules of a complaint's life, stated once in core.lifecycle: open statuses, the due date
counted from the clock start, who is shown as the complainant, when each letter exists."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import Engine, MetaData, select

from pengaduan_desktop.core.calendar_service import set_override
from pengaduan_desktop.core.db import create_db_engine, reading, writing
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.lifecycle import (
    OPEN_STATUSES,
    RUNNING_STATUSES,
    Audience,
    Letter,
    letter_exists,
    shown_complainant,
    shows_identity,
)
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.vocabulary import EventKind, Status
from pengaduan_desktop.core.workflow import Action, perform
from tests.helpers import complaint


def clock_and_due(engine: Engine, cid: int) -> tuple[date, date]:
    with reading(engine) as session:
        c = session.get(Complaint, cid)
        return c.clock_start, c.due_date


def test_the_clock_starts_on_the_day_received(engine: Engine) -> None:
    saved = register(engine, complaint())  # Sunday 24 May 2026, 10:30 WIB
    assert clock_and_due(engine, saved.id) == (date(2026, 5, 24), date(2026, 6, 3))


def test_reopen_then_an_office_day_off_counts_from_the_reopening(engine: Engine) -> None:
    cid = register(engine, complaint()).id  # received 24 May 2026, due 3 June
    with writing(engine) as session:
        session.get(Complaint, cid).status = Status.DIDISPOSISIKAN
    perform(engine, cid, Action.RESOLVE, None, "Dana telah dicairkan")
    # Reopened on Monday 15 June: 5 working days, skipping 16 June (Tahun Baru Islam).
    perform(engine, cid, Action.REOPEN, None, "Dana belum diterima", today=date(2026, 6, 15))
    assert clock_and_due(engine, cid) == (date(2026, 6, 15), date(2026, 6, 23))
    # Thursday 18 June becomes an office day off: one working day later, from the reopening
    # (counted from the day received it would jump back to 4 June).
    assert set_override(engine, date(2026, 6, 18), False, "SK Kepala Badan 9/2026", None) == 1
    assert clock_and_due(engine, cid) == (date(2026, 6, 15), date(2026, 6, 24))
    with reading(engine) as session:
        last = session.scalars(select(Event).where(Event.complaint_id == cid)
                               .order_by(Event.id.desc())).first()  # fmt: skip
        assert last.kind == EventKind.DUE_CHANGED
        assert "23 Juni 2026 → 24 Juni 2026" in last.text


def test_an_escalated_complaint_keeps_its_due_date(engine: Engine) -> None:
    cid = register(engine, complaint()).id
    perform(engine, cid, Action.ESCALATE, None, "Lewat batas", today=date(2026, 6, 10))
    assert set_override(engine, date(2026, 5, 29), False, "SK 1/2026", None) == 0
    assert clock_and_due(engine, cid)[1] == date(2026, 6, 3)


def test_open_statuses() -> None:
    assert set(OPEN_STATUSES) == set(Status) - {Status.SELESAI, Status.DITOLAK, Status.DIGABUNG,
                                                Status.DITERUSKAN, Status.DIARSIPKAN}  # fmt: skip
    assert Status.DIESKALASI in OPEN_STATUSES and Status.DIESKALASI not in RUNNING_STATUSES


@pytest.mark.parametrize(
    ("name", "anonymous", "confidential", "audience", "shown"),
    [("Siti", False, False, Audience.OFFICE, "Siti"),
     ("Siti", False, True, Audience.OFFICE, "Siti"),  # the desk handles it: it sees the name
     ("Siti", False, True, Audience.OUTSIDE, "(dirahasiakan)"),
     ("", True, False, Audience.OFFICE, "Anonim"),
     ("", True, False, Audience.OUTSIDE, "Anonim"),
     ("", True, True, Audience.OUTSIDE, "(dirahasiakan)"),
     ("Siti", False, False, Audience.ADDRESSEE, "Siti"),
     ("", True, False, Audience.ADDRESSEE, "Pengadu")],
)  # fmt: skip
def test_who_is_shown_as_the_complainant(name: str, anonymous: bool, confidential: bool,
                                         audience: Audience, shown: str) -> None:  # fmt: skip
    assert shown_complainant(name, anonymous, confidential, audience) == shown


def test_a_confidential_identity_stays_in_the_office() -> None:
    assert shows_identity(True, Audience.OFFICE) and not shows_identity(True, Audience.OUTSIDE)


def test_when_each_letter_exists() -> None:
    assert letter_exists(Letter.RESPONSE, Status.SELESAI, "Dana telah dicairkan")
    assert not letter_exists(Letter.RESPONSE, Status.SELESAI, "  ")
    assert not letter_exists(Letter.RESPONSE, Status.DITOLAK, "Bukan kewenangan BKAD")
    assert letter_exists(Letter.ESCALATION, Status.DIESKALASI, "")
    assert not letter_exists(Letter.ESCALATION, Status.DITINDAKLANJUTI, "")


def test_migration_0005_starts_each_clock_on_the_local_day(db_url: str) -> None:
    from pengaduan_desktop.core.bulk import sync_id_sequences
    from pengaduan_desktop.core.schema import init_database, upgrade

    engine = create_db_engine(db_url)
    try:
        upgrade(engine, "0004")
        old = MetaData()
        old.reflect(engine)
        late_evening = datetime(2026, 3, 1, 17, 30)  # naive UTC: 2 March, 00:30 WIB
        with engine.begin() as conn:
            conn.execute(old.tables["officer"].insert(), {
                "id": 1, "name": "Petugas Lama", "nip": "-", "jabatan": "Pengelola",
                "role": "pengelola", "active": True})  # fmt: skip
            conn.execute(old.tables["complainant"].insert(), {
                "id": 1, "name": "Bong Fui Lin", "id_type": "", "id_number": "", "address": "",
                "phone": "", "email": ""})  # fmt: skip
            for cid in (1, 2):
                conn.execute(old.tables["complaint"].insert(), {
                    "id": cid, "tracking_number": f"ADU-2026-00000{cid}", "year": 2026,
                    "sequence": cid, "received_at": late_evening, "channel": "email",
                    "form": "tertulis", "service": "Layanan", "category": "Lainnya",
                    "summary": "Jembatan kantor retak", "description": "", "loss": "",
                    "requested_resolution": "", "event_place": "", "complainant_id": 1,
                    "complainant_name": "Bong Fui Lin", "anonymous": False, "confidential": False,
                    "lapor_tracking_id": "", "letter_number": "", "responsible_officer_id": 1,
                    "receiving_officer_id": 1, "status": "diverifikasi",
                    "due_date": date(2026, 3, 9), "result": "", "created_at": late_evening,
                    "updated_at": late_evening, "version": 1})  # fmt: skip
            for eid, at in ((1, datetime(2026, 3, 10, 2, 0)), (2, datetime(2026, 3, 20, 18, 0))):
                conn.execute(old.tables["event"].insert(), {
                    "id": eid, "complaint_id": 2, "kind": "reopened", "officer_id": 1, "at": at,
                    "text": "dibuka kembali"})  # fmt: skip
            sync_id_sequences(conn, ("officer", "complainant", "complaint", "event"))
        init_database(engine)
        assert clock_and_due(engine, 1) == (date(2026, 3, 2), date(2026, 3, 9))
        assert clock_and_due(engine, 2)[0] == date(2026, 3, 21)  # the last reopening, in WIB
        # Down again (the search triggers of 0002 survive: no table rebuild), and up.
        from alembic import command

        from pengaduan_desktop.core.caselist import CaseFilter, fetch_page
        from pengaduan_desktop.core.schema import alembic_config, current_revision

        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0004")
        assert current_revision(engine) == "0004"
        init_database(engine)
        assert clock_and_due(engine, 2)[0] == date(2026, 3, 21)
        with writing(engine) as session:
            session.get(Complaint, 1).summary = "Atap ruang tunggu bocor"
        assert [r.tracking_number for r in fetch_page(engine, CaseFilter(search="bocor"))] == [
            "ADU-2026-000001"
        ]
    finally:
        engine.dispose()  # also when an assertion fails: no connection left open


def test_a_corrected_day_received_moves_the_clock_unless_reopened(engine: Engine) -> None:
    from dataclasses import replace

    from pengaduan_desktop.core.complaint_detail import complaint_detail
    from pengaduan_desktop.core.editing import update_complaint

    def correct(cid: int) -> None:
        d = complaint_detail(engine, cid)
        day_before = replace(d.data, received_at=datetime(2026, 5, 20, 10, 30, tzinfo=LOCAL_TZ))
        update_complaint(engine, cid, d.data, day_before, None, d.version)

    plain = register(engine, complaint()).id
    correct(plain)
    assert clock_and_due(engine, plain) == (date(2026, 5, 20), date(2026, 5, 29))
    reopened = register(engine, complaint()).id
    with writing(engine) as session:
        session.get(Complaint, reopened).status = Status.DITOLAK
    perform(engine, reopened, Action.REOPEN, None, "Berkas baru", today=date(2026, 6, 15))
    correct(reopened)
    assert clock_and_due(engine, reopened) == (date(2026, 6, 15), date(2026, 6, 23))
