"""The office's people and lists: officers, units, the catalogue and the service time."""

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from pengaduan_desktop.core import demo
from pengaduan_desktop.core.catalogue import Kind, add_item, change_item, items
from pengaduan_desktop.core.complaint_detail import complaint_detail
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.errors import Conflict
from pengaduan_desktop.core.field_errors import FieldsInvalid
from pengaduan_desktop.core.importer import import_file
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Event, Officer
from pengaduan_desktop.core.office import load_desk
from pengaduan_desktop.core.officers import (
    OfficerData,
    add_officer,
    change_officer,
    delete_officer,
    officers,
    set_officer_active,
)
from pengaduan_desktop.core.service_time import save_service_time, service_time
from pengaduan_desktop.core.units import add_unit, change_unit, delete_unit, units
from pengaduan_desktop.core.vocabulary import EventKind, Role
from tests.helpers import complaint
from tests.unit.test_importer import GOOD, write_csv

RINA = OfficerData(name="  Rina   Marlina ", nip="19850115 201001 2 001",
                   jabatan="Pengadministrasi", role=Role.PETUGAS,
                   pangkat="Pengatur (II/c)")  # fmt: skip


def row_of(engine: Engine, officer_id: int):
    return next(o for o in officers(engine) if o.id == officer_id)


def test_officer_is_added_cleaned_and_offered_at_the_desk(engine: Engine) -> None:
    new = add_officer(engine, RINA, None)
    row = row_of(engine, new)
    assert row.data.name == "Rina Marlina" and row.data.nip == "198501152010012001"
    assert not row.acted and row.role_label == "Petugas penerima"
    assert new in [o.id for o in load_desk(engine).officers]


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"name": " "}, "name", "wajib diisi"),
        ({"nip": "12345"}, "nip", "18 angka"),
        ({"nip": "198513152010012001"}, "nip", "tanggal lahir"),
        ({"pangkat": "Pengatur"}, "pangkat", "golongan"),
        ({"jabatan": ""}, "jabatan", "wajib diisi"),
        ({"role": "raja"}, "role", "pilih peran"),
        ({"role": Role.UNIT}, "unit_id", "harus punya unit kerja"),
    ],
)
def test_officer_refusals_name_the_field(engine: Engine, change, field, words) -> None:
    data = OfficerData(**{**RINA.__dict__, **change})
    with pytest.raises(FieldsInvalid) as caught:
        add_officer(engine, data, None)
    assert words in caught.value.errors[field]
    assert len(officers(engine)) == 1  # nothing written


def test_same_nip_twice_is_refused(engine: Engine) -> None:
    add_officer(engine, RINA, None)
    with pytest.raises(FieldsInvalid) as caught:
        add_officer(engine, OfficerData(**{**RINA.__dict__, "name": "Orang Lain"}), None)
    assert "sudah dipakai oleh Rina Marlina" in caught.value.errors["nip"]


def test_officer_who_never_acted_may_be_deleted(engine: Engine) -> None:
    new = add_officer(engine, RINA, None)
    delete_officer(engine, new, None)
    assert [o.id for o in officers(engine)] != [new] and len(officers(engine)) == 1


def test_officer_who_acted_is_only_deactivated_and_still_shown_on_old_complaints(
    engine: Engine,
) -> None:
    rina = add_officer(engine, RINA, None)
    unit = units(engine)[0]
    saved = register(engine, complaint(responsible_officer_id=rina, unit_id=unit.id), rina)
    assert row_of(engine, rina).acted
    with pytest.raises(Conflict, match="nonaktifkan"):
        delete_officer(engine, rina, None)
    set_officer_active(engine, rina, False, None)
    assert rina not in [o.id for o in load_desk(engine).officers]
    assert not row_of(engine, rina).data.active
    detail = complaint_detail(engine, saved.id)
    assert detail.responsible == "Rina Marlina"
    assert detail.data.responsible_officer_id == rina
    # Brought back, offered again.
    set_officer_active(engine, rina, True, None)
    assert rina in [o.id for o in load_desk(engine).officers]


def test_the_manager_cannot_be_deactivated_or_deleted(engine: Engine) -> None:
    manager = next(o for o in officers(engine) if o.manager)
    with pytest.raises(FieldsInvalid) as caught:
        set_officer_active(engine, manager.id, False, None)
    assert "Profil kantor" in caught.value.errors["active"]
    with pytest.raises(Conflict):
        delete_officer(engine, manager.id, None)


def test_changing_an_officer_keeps_their_complaints(engine: Engine) -> None:
    rina = add_officer(engine, RINA, None)
    saved = register(engine, complaint(responsible_officer_id=rina), rina)
    unit = units(engine)[0]
    changed = OfficerData(**{**RINA.__dict__, "name": "Rina Marlina, S.E.", "role": Role.UNIT,
                             "unit_id": unit.id})  # fmt: skip
    change_officer(engine, rina, changed, None)
    row = row_of(engine, rina)
    assert row.data.role == Role.UNIT and row.unit == unit.name
    assert complaint_detail(engine, saved.id).responsible == "Rina Marlina, S.E."


def test_units_add_change_deactivate_delete(engine: Engine) -> None:
    new = add_unit(engine, " inspek ", "Bidang  Pengawasan", None)
    row = next(u for u in units(engine) if u.id == new)
    assert (row.code, row.name, row.used) == ("INSPEK", "Bidang Pengawasan", False)
    with pytest.raises(FieldsInvalid) as caught:
        add_unit(engine, "INSPEK", "", None)
    assert set(caught.value.errors) == {"code", "name"}
    delete_unit(engine, new, None)
    assert new not in [u.id for u in units(engine)]
    # A unit complaints were disposed to: renamed and deactivated, never deleted.
    used = units(engine)[0]
    saved = register(engine, complaint(unit_id=used.id))
    with pytest.raises(Conflict, match="nonaktifkan"):
        delete_unit(engine, used.id, None)
    change_unit(engine, used.id, used.code, "Bidang Baru", False, None)
    assert used.id not in [u for u, _name in load_desk(engine).units]
    assert complaint_detail(engine, saved.id).unit == "Bidang Baru"


def test_service_rename_keeps_old_text_and_inactive_is_not_offered(engine: Engine) -> None:
    old = "Pelayanan Pencairan Dana (SP2D)"
    saved = register(engine, complaint(service=old))
    item = next(i for i in items(engine, Kind.SERVICE) if i.name == old)
    change_item(engine, item.id, "Pencairan SP2D", True, None)
    desk = load_desk(engine)
    assert "Pencairan SP2D" in desk.services and old not in desk.services
    assert complaint_detail(engine, saved.id).data.service == old
    change_item(engine, item.id, "Pencairan SP2D", False, None)
    assert "Pencairan SP2D" not in load_desk(engine).services
    assert complaint_detail(engine, saved.id).data.service == old
    with pytest.raises(FieldsInvalid, match="sudah ada"):
        add_item(engine, Kind.CATEGORY, "Lainnya", None)
    with pytest.raises(FieldsInvalid, match="wajib"):
        add_item(engine, Kind.CATEGORY, "  ", None)


def test_import_accepts_a_new_active_service(engine: Engine, tmp_path: Path) -> None:
    # The import never held services to the list (old registers carry their own wording);
    # a service the office just added goes in as it is written.
    add_item(engine, Kind.SERVICE, "Pelayanan Rekonsiliasi Aset", None)
    path = write_csv(tmp_path / "in.csv", [GOOD | {"service": "Pelayanan Rekonsiliasi Aset"}])
    (number,) = import_file(engine, path)
    with reading(engine) as session:
        service = session.scalar(
            select(Complaint.service).where(Complaint.tracking_number == number)
        )
    assert service == "Pelayanan Rekonsiliasi Aset"
    assert load_desk(engine).services[-1] == "Pelayanan Rekonsiliasi Aset"


def test_service_time_recomputes_open_due_dates(engine: Engine) -> None:
    number = register(engine, complaint()).tracking_number  # Sun 24 May 2026: due Wed 3 June
    assert service_time(engine).sla_days == 5
    # Saturdays become working days: Sat 30 May counts, so it is due a day earlier.
    assert save_service_time(engine, 5, {1, 2, 3, 4, 5, 6}, None) == 1
    with reading(engine) as session:
        due = session.scalar(select(Complaint.due_date).where(Complaint.tracking_number == number))
        text = session.scalars(
            select(Event.text).where(Event.kind == EventKind.DUE_CHANGED).order_by(Event.id)
        ).all()[-1]
    assert due == date(2026, 6, 2)
    assert "hari kerja menjadi Senin, Selasa, Rabu, Kamis, Jumat, Sabtu" in text
    assert service_time(engine).work_week == frozenset({1, 2, 3, 4, 5, 6})
    assert save_service_time(engine, 5, {1, 2, 3, 4, 5, 6}, None) == 0  # nothing changed


@pytest.mark.parametrize(
    ("days", "week", "field"),
    [(0, {1}, "sla_days"), (31, {1}, "sla_days"), (5, set(), "work_week"),
     (5, {0, 8}, "work_week")],
)  # fmt: skip
def test_service_time_refuses_bad_values(engine: Engine, days, week, field) -> None:
    with pytest.raises(FieldsInvalid) as caught:
        save_service_time(engine, days, week, None)
    assert field in caught.value.errors
    assert service_time(engine).sla_days == 5


def test_demo_officers_come_through_the_one_door(engine: Engine) -> None:
    demo.generate(engine, 20, seed=3)
    names = {o.data.name: o for o in officers(engine)}
    for name, nip in demo.DESK_OFFICERS:
        assert names[name].data.nip == nip and names[name].data.pangkat == "Pengatur (II/c)"
    with reading(engine) as session:
        services = set(session.scalars(select(Complaint.service)))
        assert session.scalar(select(Officer.id).where(Officer.name == "Rina Marlina"))
    assert services <= set(load_desk(engine).services)
    # A second run adds none.
    demo.generate(engine, 5, seed=4)
    assert len(officers(engine)) == len(names)
