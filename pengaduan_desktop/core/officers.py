"""The office's officers: list, add, change, deactivate. An officer who has acted (received or
handles a complaint, wrote an event, added an attachment, issued a letter or a report, decided
a day off, wrote a draft or an audit line) is never deleted, only deactivated; an inactive
officer is no longer offered at the desk but still shows on the complaints they handled."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, exists, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import Conflict, NotFound
from pengaduan_desktop.core.field_errors import FieldsInvalid, one_line
from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.models import (
    AgendaEntry,
    Attachment,
    AuditEntry,
    CalendarOverride,
    Complaint,
    Event,
    IssuedReport,
    OfficeProfile,
    Officer,
    ReportDraft,
    Unit,
)
from pengaduan_desktop.core.office_setup import nip_problem, normalise_nip, pangkat_problem
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.vocabulary import ROLE_LABELS, Role

LABELS = {"name": "Nama", "nip": "NIP", "pangkat": "Pangkat/golongan", "jabatan": "Jabatan",
          "unit_id": "Unit kerja", "role": "Peran", "active": "Aktif"}  # fmt: skip
LIMITS = {"name": 200, "pangkat": 100, "jabatan": 300}


@dataclass(frozen=True)
class OfficerData:
    """What the form edits."""

    name: str
    nip: str
    jabatan: str
    role: str
    pangkat: str = ""
    unit_id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class OfficerRow:
    id: int
    data: OfficerData
    unit: str  # the unit's name, "" when none
    acted: bool  # has done something the register keeps: may only be deactivated
    manager: bool  # the Pejabat Pengelola of the office profile

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(Role(self.data.role), self.data.role)


def clean(data: OfficerData) -> OfficerData:
    return OfficerData(
        name=one_line(data.name), nip=normalise_nip(data.nip), jabatan=one_line(data.jabatan),
        role=data.role, pangkat=one_line(data.pangkat), unit_id=data.unit_id, active=data.active,
    )  # fmt: skip


def problems(data: OfficerData) -> dict[str, str]:
    """Every field of a cleaned officer that is not acceptable, with its message."""
    errors: dict[str, str] = {}
    for key in ("name", "jabatan"):
        value = getattr(data, key)
        if not value:
            errors[key] = "wajib diisi"
        elif len(value) > LIMITS[key]:
            errors[key] = f"paling banyak {LIMITS[key]} karakter"
    problem = nip_problem(data.nip) if data.nip or data.role != Role.ADMIN else None
    if problem:
        errors["nip"] = problem
    if data.pangkat:
        problem = pangkat_problem(data.pangkat) or (
            f"paling banyak {LIMITS['pangkat']} karakter"
            if len(data.pangkat) > LIMITS["pangkat"] else None
        )  # fmt: skip
        if problem:
            errors["pangkat"] = problem
    if data.role not in {r.value for r in Role}:
        errors["role"] = "pilih peran dari daftar"
    elif data.role == Role.UNIT and data.unit_id is None:
        errors["unit_id"] = "petugas unit kerja harus punya unit kerja"
    return errors


def has_acted(session: Session, officer_id: int) -> bool:
    """Whether anything the register keeps names this officer."""
    links = (
        Complaint.responsible_officer_id, Complaint.receiving_officer_id, Event.officer_id,
        Attachment.officer_id, AgendaEntry.officer_id, CalendarOverride.officer_id,
        IssuedReport.officer_id, ReportDraft.officer_id, AuditEntry.officer_id,
    )  # fmt: skip
    return any(session.scalar(select(exists().where(column == officer_id))) for column in links)


def _manager_id(session: Session) -> int | None:
    return session.scalar(select(OfficeProfile.default_officer_id))


def officers(engine: Engine, include_inactive: bool = True) -> list[OfficerRow]:
    """The officers, active first, by name."""
    with reading(engine) as session:
        manager = _manager_id(session)
        query = select(Officer, Unit.name).outerjoin(Unit, Officer.unit_id == Unit.id)
        if not include_inactive:
            query = query.where(Officer.active)
        rows = session.execute(query.order_by(Officer.active.desc(), Officer.name, Officer.id))
        return [
            OfficerRow(
                o.id,
                OfficerData(o.name, o.nip, o.jabatan, o.role, o.pangkat, o.unit_id, o.active),
                unit or "",
                has_acted(session, o.id),
                o.id == manager,
            )  # fmt: skip
            for o, unit in rows
        ]


def _check(session: Session, data: OfficerData, officer: int | None) -> OfficerData:
    data = clean(data)
    errors = problems(data)
    if data.unit_id is not None and "unit_id" not in errors:
        unit = session.get(Unit, data.unit_id)
        if unit is None:
            errors["unit_id"] = "unit kerja tidak ditemukan"
    if "nip" not in errors and data.nip:  # an administrator may have none
        same = session.execute(
            select(Officer.id, Officer.name).where(Officer.nip == data.nip, Officer.id != officer)
        ).first()
        if same is not None:
            errors["nip"] = f"NIP ini sudah dipakai oleh {same.name}"
    if errors:
        raise FieldsInvalid(errors, LABELS)
    return data


def insert_officer(session: Session, data: OfficerData) -> int:
    """Inside the caller's transaction (the demo's and `add_officer`'s one door)."""
    data = _check(session, data, None)
    row = Officer(name=data.name, nip=data.nip, jabatan=data.jabatan, role=data.role,
                  pangkat=data.pangkat, unit_id=data.unit_id, active=data.active)  # fmt: skip
    session.add(row)
    session.flush()
    return row.id


def add_officer(engine: Engine, data: OfficerData, officer_id: int | None) -> int:
    """Add an officer in one transaction; returns the new id. `officer_id` is who acts."""
    with operation(engine, officer_id, Permission.ACCOUNTS) as (session, _):
        new_id = insert_officer(session, data)
        audit.append(session, audit.Action.OFFICERS, f"officer:{new_id}",
                     {"ditambah": _snapshot(session.get(Officer, new_id))},
                     audit.actor(session, officer_id))  # fmt: skip
        return new_id


def _found(session: Session, target_id: int) -> Officer:
    row = session.get(Officer, target_id)
    if row is None:
        raise NotFound("officers.missing", id=target_id)
    return row


def _update(session: Session, row: Officer, data: OfficerData) -> None:
    if not data.active and row.id == _manager_id(session):
        raise FieldsInvalid(
            {"active": Text("officers.manager_active")}, LABELS,
        )  # fmt: skip
    from pengaduan_desktop.core.accounts import last_admin_problem  # accounts reads officers

    problem = last_admin_problem(session, row.id, data.role, data.active)
    if problem:
        raise FieldsInvalid({"role": problem}, LABELS)
    data = _check(session, data, row.id)
    row.name, row.nip, row.jabatan, row.role = data.name, data.nip, data.jabatan, data.role
    row.pangkat, row.unit_id, row.active = data.pangkat, data.unit_id, data.active


def change_officer(engine: Engine, target_id: int, data: OfficerData,
                   officer_id: int | None) -> None:  # fmt: skip
    """Change every field of an officer (also active) in one transaction."""
    with operation(engine, officer_id, Permission.ACCOUNTS) as (session, _):
        row = _found(session, target_id)
        before = _snapshot(row)
        _update(session, row, data)
        _audit_change(session, target_id, before, _snapshot(row), officer_id)


def set_officer_active(engine: Engine, target_id: int, active: bool,
                       officer_id: int | None) -> None:  # fmt: skip
    """Deactivate (or bring back) an officer: no longer offered at the desk."""
    with operation(engine, officer_id, Permission.ACCOUNTS) as (session, _):
        row = _found(session, target_id)
        data = OfficerData(row.name, row.nip, row.jabatan, row.role, row.pangkat, row.unit_id,
                           active)  # fmt: skip
        before = _snapshot(row)
        _update(session, row, data)
        _audit_change(session, target_id, before, _snapshot(row), officer_id)


def delete_officer(engine: Engine, target_id: int, officer_id: int | None) -> None:
    """Delete an officer who never acted; one who did is refused (deactivate them instead)."""
    with operation(engine, officer_id, Permission.ACCOUNTS) as (session, _):
        row = _found(session, target_id)
        if target_id == _manager_id(session):
            raise Conflict("officers.manager_kept")
        if has_acted(session, target_id):
            raise Conflict("officers.in_register", name=row.name)
        gone = _snapshot(row)
        session.delete(row)
        audit.append(session, audit.Action.OFFICERS, f"officer:{target_id}", {"dihapus": gone},
                     audit.actor(session, officer_id))  # fmt: skip


def _snapshot(row: Officer | None) -> dict[str, object]:
    assert row is not None
    return {"nama": row.name, "nip": row.nip, "pangkat": row.pangkat, "jabatan": row.jabatan,
            "peran": row.role, "unit_id": row.unit_id, "aktif": row.active}  # fmt: skip


def _audit_change(session: Session, target_id: int, before: dict[str, object],
                  after: dict[str, object], officer_id: int | None) -> None:  # fmt: skip
    if after != before:
        audit.append(session, audit.Action.OFFICERS, f"officer:{target_id}",
                     audit.changes(before, after), audit.actor(session, officer_id))  # fmt: skip
