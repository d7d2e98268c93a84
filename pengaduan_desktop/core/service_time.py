"""The service time: how many working days a complaint has (SLA) and which weekdays are
working days. A change recomputes the due dates of open complaints through the calendar's
rule (calendar_service.recompute_due_dates), in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Engine

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.calendar import parse_work_week
from pengaduan_desktop.core.calendar_service import check_sla_days, recompute_due_dates
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.field_errors import FieldsInvalid
from pengaduan_desktop.core.indonesian import WEEKDAYS
from pengaduan_desktop.core.office import default_officer, profile
from pengaduan_desktop.core.permissions import Permission

LABELS = {"sla_days": "Batas waktu", "work_week": "Hari kerja"}


@dataclass(frozen=True)
class ServiceTime:
    sla_days: int
    work_week: frozenset[int]  # ISO weekdays, Monday=1


def service_time(engine: Engine) -> ServiceTime:
    with reading(engine) as session:
        office = profile(session)
        return ServiceTime(office.sla_days, parse_work_week(office.work_week))


def week_text(days: Iterable[int]) -> str:
    """The working weekdays as the officer reads them: "Senin, Selasa, Rabu"."""
    return ", ".join(WEEKDAYS[d - 1] for d in sorted(days))


def save_service_time(engine: Engine, sla_days: int, work_week: Iterable[int],
                      officer_id: int | None) -> int:  # fmt: skip
    """Save both in one transaction; returns how many open complaints got a new due date."""
    week = frozenset(work_week)
    errors: dict[str, str] = {}
    try:
        check_sla_days(sla_days)
    except InvalidValue as exc:
        errors["sla_days"] = str(exc)
    if not week:
        errors["work_week"] = "pilih paling sedikit satu hari kerja"
    elif not week <= set(range(1, 8)):
        errors["work_week"] = "hari kerja tidak dikenal"
    if errors:
        raise FieldsInvalid(errors, LABELS)
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        office = profile(session)
        said = []
        if office.sla_days != sla_days:
            said.append(f"batas waktu menjadi {sla_days} hari kerja")
        if parse_work_week(office.work_week) != week:
            said.append(f"hari kerja menjadi {week_text(week)}")
        if not said:
            return 0
        before = {"hari_layanan": office.sla_days, "hari_kerja": office.work_week}
        office.sla_days = sla_days
        office.work_week = ",".join(str(d) for d in sorted(week))
        session.flush()
        after = {"hari_layanan": office.sla_days, "hari_kerja": office.work_week}
        audit.append(session, audit.Action.SERVICE_TIME, "office", audit.changes(before, after),
                     audit.actor(session, officer_id))  # fmt: skip
        officer = officer_id or default_officer(session).id
        return recompute_due_dates(session, officer, "; ".join(said))
