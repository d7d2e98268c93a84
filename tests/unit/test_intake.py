from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.office import default_officer
from pengaduan_desktop.core.validation import ValidationFailed, validate
from pengaduan_desktop.core.vocabulary import EventKind, Status
from tests.helpers import VALID_NIK, complaint


def test_register_stores_complaint_with_due_date_and_event(engine: Engine) -> None:
    saved = register(engine, complaint())
    assert saved.tracking_number == "ADU-2026-000001"
    assert saved.due_date == date(2026, 6, 3)
    with reading(engine) as session:
        row = session.scalars(select(Complaint)).one()
        assert row.received_at == datetime(2026, 5, 24, 3, 30, tzinfo=UTC)  # 10:30 WIB
        assert row.status == Status.DITERIMA
        assert row.complainant.id_number == VALID_NIK
        assert row.complainant.phone == "+6281234567890"  # the search box finds this
        assert row.complainant.phone_typed == "0812-3456-7890"  # documents print this
        assert row.responsible_officer.id == default_officer(session).id
        assert [e.kind for e in session.scalars(select(Event))] == [EventKind.RECEIVED]


def test_numbers_follow_the_year_of_receipt_in_pontianak(engine: Engine) -> None:
    # 31 Dec 2025 18:30 UTC is already 1 January 2026 in Pontianak.
    first = register(engine, complaint(received_at=datetime(2025, 12, 31, 18, 30, tzinfo=UTC)))
    second = register(engine, complaint(received_at=datetime(2025, 12, 31, 10, 0, tzinfo=UTC)))
    assert first.tracking_number == "ADU-2026-000001"
    assert second.tracking_number == "ADU-2025-000001"


def test_every_bad_field_is_named_and_nothing_is_written(engine: Engine) -> None:
    bad = complaint(
        channel="lapor", form="x", summary=" ", name="", id_number="6171059999900003",
        phone="08x", email="a@", lapor_tracking_id="",
    )  # fmt: skip
    with pytest.raises(ValidationFailed) as caught:
        register(engine, bad)
    assert set(caught.value.errors) == {
        "form", "summary", "name", "id_number", "phone", "email", "lapor_tracking_id",
    }  # fmt: skip
    with reading(engine) as session:
        assert session.scalars(select(Complaint)).first() is None


def test_channel_specific_fields() -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate(complaint(channel="email", lapor_tracking_id="123", letter_number="9/X"))
    assert set(caught.value.errors) == {"lapor_tracking_id", "letter_number"}
    assert validate(complaint(channel="lapor", lapor_tracking_id="LAPOR-1")).lapor_tracking_id


def test_face_to_face_needs_an_id_but_anonymous_box_does_not() -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate(complaint(id_type="", id_number=""))
    assert "id_type" in caught.value.errors
    anonymous = validate(
        complaint(channel="kotak_pengaduan", form="tertulis", anonymous=True, name="",
                  id_type="", id_number="", phone="", email="", address="")
    )  # fmt: skip
    assert anonymous.anonymous


def test_received_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate(complaint(received_at=datetime(2030, 1, 1, tzinfo=UTC)))
    assert "received_at" in caught.value.errors


def test_closed_complaints_need_result_and_date() -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate(complaint(status="selesai"))
    assert set(caught.value.errors) == {"result", "closed_at"}


def test_the_typed_phone_and_the_address_have_a_length_limit() -> None:
    from pengaduan_desktop.core.validation import MAX_ADDRESS, MAX_PHONE_TYPED

    typed = validate(complaint(phone="  (0561) 736 541  "))
    assert (typed.phone, typed.phone_typed) == ("+62561736541", "(0561) 736 541")
    padded = "0561" + " " * (MAX_PHONE_TYPED - 9) + "736541"  # valid digits, too long typed
    with pytest.raises(ValidationFailed) as failed:
        validate(complaint(phone=padded, address="x" * (MAX_ADDRESS + 1)))
    assert failed.value.errors == {
        "phone": f"nomor telepon paling banyak {MAX_PHONE_TYPED} karakter",
        "address": f"alamat paling banyak {MAX_ADDRESS} karakter",
    }
    assert validate(complaint(address="x" * MAX_ADDRESS)).address == "x" * MAX_ADDRESS
