"""A correction writes only the fields the officer changed, and says old → new for each."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Engine, select

from pengaduan_desktop.core.complaint_detail import complaint_detail
from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.editing import changed_fields, update_complaint
from pengaduan_desktop.core.errors import Conflict
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Event, Unit
from pengaduan_desktop.core.validation import ValidationFailed
from tests.helpers import complaint


def last_event(engine: Engine) -> str:
    with reading(engine) as session:
        return session.scalars(select(Event.text).order_by(Event.id.desc())).first() or ""


def test_only_the_changed_field_is_written(engine: Engine) -> None:
    saved = register(engine, complaint())
    detail = complaint_detail(engine, saved.id)
    with writing(engine) as session:  # another desk disposes meanwhile, without a new version
        unit = session.scalars(select(Unit).where(Unit.name == "Bidang Perbendaharaan")).one()
        c = session.get(Complaint, saved.id)
        c.unit_id, c.status = unit.id, "didisposisikan"
        unit_id = unit.id
    version = complaint_detail(engine, saved.id).version
    before = detail.data  # the form still shows no unit and status diterima
    after = replace(before, phone="0812-9876-5432")
    assert changed_fields(before, after) == ["phone"]
    assert update_complaint(engine, saved.id, before, after, None, version) == ["telepon"]
    with reading(engine) as session:
        c = session.get(Complaint, saved.id)
        assert c.unit_id == unit_id and c.status == "didisposisikan"
        assert c.complainant.phone == "+6281298765432"  # for search
        assert c.complainant.phone_typed == "0812-9876-5432"  # for documents
    assert last_event(engine) == "Data diubah: telepon: 0812-3456-7890 → 0812-9876-5432"
    assert complaint_detail(engine, saved.id).data.phone == "0812-9876-5432"


def test_the_phone_retyped_in_another_form_is_a_change_of_the_typed_form_only(
    engine: Engine,
) -> None:
    saved = register(engine, complaint(phone="0812-3456-7890"))
    d = complaint_detail(engine, saved.id)
    after = replace(d.data, phone=" 0812 3456 7890 ")
    assert update_complaint(engine, saved.id, d.data, after, None, d.version) == ["telepon"]
    with reading(engine) as session:
        who = session.get(Complaint, saved.id).complainant
        assert (who.phone, who.phone_typed) == ("+6281234567890", "0812 3456 7890")
    assert last_event(engine) == "Data diubah: telepon: 0812-3456-7890 → 0812 3456 7890"
    d = complaint_detail(engine, saved.id)  # the same, stripped: nothing to write
    same = replace(d.data, phone="0812 3456 7890  ")
    assert update_complaint(engine, saved.id, d.data, same, None, d.version) == []


def test_several_fields_each_with_old_and_new_and_the_nik_masked(engine: Engine) -> None:
    saved = register(engine, complaint())
    d = complaint_detail(engine, saved.id)
    after = replace(d.data, summary="Pencairan SP2D terlambat tiga minggu",
                    id_number="6171055203850002", event_date=date(2026, 5, 20),
                    confidential=True)  # fmt: skip
    labels = update_complaint(engine, saved.id, d.data, after, None, d.version)
    assert labels == ["perihal", "tanggal kejadian", "kerahasiaan", "nomor identitas"]
    text = last_event(engine)
    assert text == (
        "Data diubah: perihal: Pencairan SP2D terlambat dua minggu → Pencairan SP2D terlambat "
        "tiga minggu; tanggal kejadian: – → 20 Mei 2026; kerahasiaan: tidak → ya; "
        "nomor identitas: 6171**********03 → 6171**********02"
    )
    assert "6171054107900003" not in text


def test_nothing_changed_writes_nothing(engine: Engine) -> None:
    saved = register(engine, complaint())
    d = complaint_detail(engine, saved.id)
    same = replace(d.data, summary=d.data.summary + "  ")  # the same once normalized
    assert update_complaint(engine, saved.id, d.data, d.data, None, d.version) == []
    assert update_complaint(engine, saved.id, d.data, same, None, d.version) == []
    assert complaint_detail(engine, saved.id).version == d.version
    assert last_event(engine) == ""


def test_a_stale_page_and_bad_input_are_refused(engine: Engine) -> None:
    saved = register(engine, complaint())
    d = complaint_detail(engine, saved.id)
    with pytest.raises(Conflict, match="diubah di meja lain"):  # as workflow.perform says it
        update_complaint(engine, saved.id, d.data, replace(d.data, phone="0561 736541"), None,
                         d.version + 1)  # fmt: skip
    with pytest.raises(ValidationFailed) as failed:
        update_complaint(engine, saved.id, d.data, replace(d.data, id_number=""), None, d.version)
    assert failed.value.errors == {"id_number": "NIK wajib diisi"}
