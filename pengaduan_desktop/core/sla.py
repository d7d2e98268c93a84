"""The SLA state of a complaint: derived from status, due date and closing time, never stored."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum

from pengaduan_desktop.core.lifecycle import closed_on_time, past_due
from pengaduan_desktop.core.timeutil import local_date
from pengaduan_desktop.core.vocabulary import CLOSED_STATUSES, Status


class Sla(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    CLOSED_ON_TIME = "closed_on_time"
    CLOSED_LATE = "closed_late"
    REJECTED = "rejected"  # closed, but counted apart from on-time and late closures


SLA_LABELS: dict[Sla, str] = {
    Sla.ON_TIME: "Dalam batas waktu",
    Sla.DUE_SOON: "Segera jatuh tempo",
    Sla.OVERDUE: "Terlambat",
    Sla.CLOSED_ON_TIME: "Selesai tepat waktu",
    Sla.CLOSED_LATE: "Selesai terlambat",
    Sla.REJECTED: "Ditolak",
}


def sla_state(status: str, due: date, closed_at: datetime | None, today: date) -> Sla:
    if status == Status.DITOLAK:
        return Sla.REJECTED
    if status in CLOSED_STATUSES:
        closed_day = local_date(closed_at) if closed_at else today
        return Sla.CLOSED_ON_TIME if closed_on_time(closed_day, due) else Sla.CLOSED_LATE
    if past_due(due, today):
        return Sla.OVERDUE
    if due <= today + timedelta(days=1):
        return Sla.DUE_SOON
    return Sla.ON_TIME
