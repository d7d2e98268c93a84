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
    ON_HOLD = "on_hold"  # Tunda: the clock stands still, never late
    FORWARDED = "forwarded"  # closed: not BKAD's authority, counted apart like a rejection
    ARCHIVED = "archived"  # closed without follow-up, counted apart like a rejection
    MERGED = "merged"  # a duplicate merged into its original: neither on time nor late


SLA_LABELS: dict[Sla, str] = {
    Sla.ON_TIME: "Dalam batas waktu",
    Sla.DUE_SOON: "Segera jatuh tempo",
    Sla.OVERDUE: "Terlambat",
    Sla.CLOSED_ON_TIME: "Selesai tepat waktu",
    Sla.CLOSED_LATE: "Selesai terlambat",
    Sla.REJECTED: "Ditolak",
    Sla.ON_HOLD: "Waktu berhenti",  # the status column says "Tunda"
    Sla.FORWARDED: "Diteruskan",
    Sla.ARCHIVED: "Diarsipkan",
    Sla.MERGED: "Digabung",
}
# The states the status already says (a page need not repeat them beside it).
SAID_BY_STATUS = frozenset({Sla.REJECTED, Sla.ON_HOLD, Sla.FORWARDED, Sla.ARCHIVED,
                            Sla.MERGED})  # fmt: skip
# A status that decides the state by itself, whatever the dates.
BY_STATUS = {Status.DITOLAK: Sla.REJECTED, Status.TUNDA: Sla.ON_HOLD,
             Status.DITERUSKAN: Sla.FORWARDED, Status.DIARSIPKAN: Sla.ARCHIVED,
             Status.DIGABUNG: Sla.MERGED}  # fmt: skip


def sla_state(status: str, due: date, closed_at: datetime | None, today: date) -> Sla:
    if status in BY_STATUS:
        return BY_STATUS[Status(status)]
    if status in CLOSED_STATUSES:
        closed_day = local_date(closed_at) if closed_at else today
        return Sla.CLOSED_ON_TIME if closed_on_time(closed_day, due) else Sla.CLOSED_LATE
    if past_due(due, today):
        return Sla.OVERDUE
    if due <= today + timedelta(days=1):
        return Sla.DUE_SOON
    return Sla.ON_TIME
