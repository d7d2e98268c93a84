"""The office's units (Bidang and Sub Bagian a complaint is disposed to): list, add, change,
deactivate. A unit that complaints were disposed to, or that officers belong to, is never
deleted, only deactivated; an inactive unit is not offered at the desk any more."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Engine, exists, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import Conflict, NotFound
from pengaduan_desktop.core.field_errors import FieldsInvalid, one_line
from pengaduan_desktop.core.models import Complaint, Officer, Unit
from pengaduan_desktop.core.permissions import Permission

LABELS = {"code": "Kode", "name": "Nama unit kerja", "active": "Aktif"}
CODE = re.compile(r"^[A-Z0-9][A-Z0-9._-]*$")


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    name: str
    active: bool
    used: bool  # complaints were disposed to it or officers belong to it: never deleted


def problems(code: str, name: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not code:
        errors["code"] = "wajib diisi"
    elif len(code) > 30 or not CODE.match(code):
        errors["code"] = "huruf besar, angka, titik atau tanda hubung; paling banyak 30"
    if not name:
        errors["name"] = "wajib diisi"
    elif len(name) > 200:
        errors["name"] = "paling banyak 200 karakter"
    return errors


def _used(session: Session, unit_id: int) -> bool:
    return any(
        session.scalar(select(exists().where(column == unit_id)))
        for column in (Complaint.unit_id, Officer.unit_id)
    )


def units(engine: Engine, include_inactive: bool = True) -> list[UnitRow]:
    with reading(engine) as session:
        query = select(Unit).order_by(Unit.active.desc(), Unit.name, Unit.id)
        if not include_inactive:
            query = query.where(Unit.active)
        return [
            UnitRow(u.id, u.code, u.name, u.active, _used(session, u.id))
            for u in session.scalars(query)
        ]


def _check(session: Session, unit_id: int | None, code: str, name: str) -> tuple[str, str]:
    code, name = one_line(code).upper(), one_line(name)
    errors = problems(code, name)
    if "code" not in errors:
        same = session.scalar(select(Unit.name).where(Unit.code == code, Unit.id != unit_id))
        if same is not None:
            errors["code"] = f"kode ini sudah dipakai oleh {same}"
    if "name" not in errors:
        same_id = session.scalar(select(Unit.id).where(Unit.name == name, Unit.id != unit_id))
        if same_id is not None:
            errors["name"] = "unit kerja dengan nama ini sudah ada"
    if errors:
        raise FieldsInvalid(errors, LABELS)
    return code, name


def add_unit(engine: Engine, code: str, name: str, officer_id: int | None) -> int:
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        code, name = _check(session, None, code, name)
        row = Unit(code=code, name=name, active=True)
        session.add(row)
        session.flush()
        audit.append(session, audit.Action.UNITS, f"unit:{code}",
                     {"ditambah": {"kode": code, "nama": name}},
                     audit.actor(session, officer_id))  # fmt: skip
        return row.id


def _found(session: Session, unit_id: int) -> Unit:
    row = session.get(Unit, unit_id)
    if row is None:
        raise NotFound("units.missing", id=unit_id)
    return row


def change_unit(engine: Engine, unit_id: int, code: str, name: str, active: bool,
                officer_id: int | None) -> None:  # fmt: skip
    """Rename, recode, deactivate or bring back a unit. Complaints show the unit's current
    name (they point at the unit, not at its text)."""
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        row = _found(session, unit_id)
        before = {"kode": row.code, "nama": row.name, "aktif": row.active}
        row.code, row.name = _check(session, unit_id, code, name)
        row.active = active
        after = {"kode": row.code, "nama": row.name, "aktif": row.active}
        if after != before:
            audit.append(session, audit.Action.UNITS, f"unit:{row.code}",
                         audit.changes(before, after),
                         audit.actor(session, officer_id))  # fmt: skip


def delete_unit(engine: Engine, unit_id: int, officer_id: int | None) -> None:
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        row = _found(session, unit_id)
        if _used(session, unit_id):
            raise Conflict("units.in_use", name=row.name)
        session.delete(row)
        audit.append(session, audit.Action.UNITS, f"unit:{row.code}",
                     {"dihapus": {"kode": row.code, "nama": row.name}},
                     audit.actor(session, officer_id))  # fmt: skip
