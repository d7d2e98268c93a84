"""The rules of a complaint's life that several places need, each stated once: which statuses
are open, from which day the due date counts and how, who is shown as the complainant, and
when each letter exists. (Which action is allowed when, and which needs text: core.workflow.)"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.timeutil import LOCAL_TZ, local_date
from pengaduan_desktop.core.vocabulary import CLOSED_STATUSES, Channel, EventKind, Status

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement
    from sqlalchemy.orm import Session

    from pengaduan_desktop.core.calendar import WorkingCalendar
    from pengaduan_desktop.core.models import Complaint

OPEN_STATUSES = tuple(s for s in Status if s not in CLOSED_STATUSES)
# Open complaints whose due date still counts: an escalated complaint has passed its due date
# and been handed to the Governor, so a calendar change does not move its date any more.
# An on-hold complaint's clock stands still (core.clock_stop): its due date moves on resuming.
CLOCK_STOPPED = frozenset({Status.TUNDA})
RUNNING_STATUSES = tuple(s for s in OPEN_STATUSES
                         if s != Status.DIESKALASI and s not in CLOCK_STOPPED)  # fmt: skip
MAX_SLA_DAYS = 30  # the most working days the office may give itself


def is_open(status: str) -> bool:
    return status in OPEN_STATUSES


# -- the due date ---------------------------------------------------------------------------
def due_date(calendar: WorkingCalendar, clock_start: date, sla_days: int) -> date:
    """The due date: `sla_days` working days after the clock start (the day the complaint was
    received, or the day it was reopened)."""
    return calendar.add_working_days(clock_start, sla_days)


def past_due(due: date, day: date) -> bool:
    """On `day`, the due date has passed (the due date itself still counts as in time)."""
    return due < day


def past_due_sql(due: Any, day: date) -> ColumnElement[bool]:
    """past_due() for the database."""
    condition: ColumnElement[bool] = due < day
    return condition


def is_overdue(status: str, due: date, today: date) -> bool:
    """Open, its clock running, and past its due date (a complaint on hold is never late)."""
    return is_open(status) and status not in CLOCK_STOPPED and past_due(due, today)


def closed_on_time(closed_day: date, due: date) -> bool:
    return not past_due(due, closed_day)


# The end of a local day in UTC hours after that day's midnight UTC (Pontianak: 24 - 7 = 17).
DAY_END_UTC_HOURS = 24 - int(
    (datetime(2000, 1, 1, tzinfo=LOCAL_TZ).utcoffset() or timedelta()).total_seconds() // 3600
)


def closed_on_time_sql(closed_at: Any, due: Any, dialect: str) -> ColumnElement[bool]:
    """closed_on_time() for the database: `closed_at` (UTC) falls on or before the due date
    in Pontianak. For counting in SQL (case list filters, the monthly report's tables)."""
    from sqlalchemy import func, literal_column  # not at import: the window starts without it

    if dialect == "postgresql":
        day_end = due + literal_column(f"interval '{DAY_END_UTC_HOURS} hours'")
    else:
        day_end = func.datetime(due, f"+{DAY_END_UTC_HOURS} hours")
    condition: ColumnElement[bool] = closed_at < day_end
    return condition


def start_clock(session: Session, complaint: Complaint, day: date) -> None:
    """Inside the caller's transaction: the complaint's due date counts from `day` (moved by
    the holds since then: core.clock_stop)."""
    from pengaduan_desktop.core.clock_stop import complaint_due

    complaint.clock_start = day
    complaint.due_date = complaint_due(session, complaint)


def follow_received_day(session: Session, complaint: Complaint) -> None:
    """After the day received was corrected: the clock moves with it, unless a reopening
    restarted it."""
    if any(e.kind == EventKind.REOPENED for e in complaint.events):
        return
    start_clock(session, complaint, local_date(complaint.received_at))


# -- who is shown as the complainant ----------------------------------------------------------
class Audience(StrEnum):
    OFFICE = "office"  # the desk's own screens, and the receipt handed to the complainant
    OUTSIDE = "outside"  # letters and reports that leave the office (Governor, Sekda)
    ADDRESSEE = "addressee"  # the salutation of a letter to the complainant


ANONYMOUS = "Anonim"
CONFIDENTIAL = "(dirahasiakan)"
ADDRESSEE = "Pengadu"


def shown_complainant(name: str, anonymous: bool, confidential: bool,
                      audience: Audience = Audience.OFFICE) -> str:  # fmt: skip
    """The name to show for a complainant: an anonymous complaint has none; a confidential
    one keeps its name inside the office only."""
    known = name.strip() if not anonymous else ""
    if audience == Audience.ADDRESSEE:
        return known or ADDRESSEE
    if audience == Audience.OUTSIDE and confidential:
        return CONFIDENTIAL
    return known or ANONYMOUS


def shows_identity(confidential: bool, audience: Audience = Audience.OFFICE) -> bool:
    """Whether the (masked) identity number may be shown."""
    return not (confidential and audience == Audience.OUTSIDE)


def shows_contact(anonymous: bool, confidential: bool,
                  audience: Audience = Audience.OFFICE) -> bool:  # fmt: skip
    """Whether the complainant's address, email and phone may be printed: never for an
    anonymous complaint (an address or an email names the person the name hides), and like
    the identity number for a confidential one."""
    return not anonymous and shows_identity(confidential, audience)


# -- the receipt ------------------------------------------------------------------------------
class ReceiptDelivery(StrEnum):
    """How the receipt reaches the complainant, which decides whether they sign it."""

    HANDED = "handed"  # at the desk: the complainant signs beside the officer and takes it
    SENT = "sent"  # sent to them (post, email, LAPOR!): no complainant signature
    FILED = "filed"  # no way to reach them: kept in the complaint's file for them


# Only face to face is the complainant at the desk to sign. A letter, the box, LAPOR!, an
# email or a fax arrives without them, and a caller is not in the room either: their receipt
# is sent back (or filed), and a signature line nobody can sign would only look unfinished.
SIGNED_AT_THE_DESK = frozenset({Channel.TATAP_MUKA})


def receipt_delivery(channel: str, reachable: bool) -> ReceiptDelivery:
    """`reachable`: the complaint left a way to send the receipt (an address, an email, a
    phone, or the LAPOR! account it came through)."""
    if channel in SIGNED_AT_THE_DESK:
        return ReceiptDelivery.HANDED
    if reachable or channel == Channel.LAPOR:
        return ReceiptDelivery.SENT
    return ReceiptDelivery.FILED


# -- what leaves the office ---------------------------------------------------------------------
# The steps of a complaint that a letter or a report may tell. Internal notes (and the desk's
# own bookkeeping: printing, exports, recomputed dates) never leave the office.
OUTSIDE_STEPS = (
    EventKind.RECEIVED, EventKind.VERIFIED, EventKind.DISPOSED, EventKind.FOLLOW_UP,
    EventKind.REPLY, EventKind.RESOLVED, EventKind.REJECTED, EventKind.REOPENED,
    EventKind.HELD, EventKind.RESUMED, EventKind.FORWARDED, EventKind.ARCHIVED,
)  # fmt: skip
# Traces of documents leaving the desk: recorded, but not steps in the handling itself.
PAPERWORK = (EventKind.PRINTED, EventKind.EXPORTED)


# -- letters ----------------------------------------------------------------------------------
class Letter(StrEnum):
    RESPONSE = "response"  # surat tanggapan: the result, to the complainant
    ESCALATION = "escalation"  # surat eskalasi: to the Governor via the Sekda
    REJECTION = "rejection"  # surat pemberitahuan: why a rejected complaint is not handled
    FORWARDING = "forwarding"  # surat penerusan: to the agency whose authority it is


LETTER_CONDITIONS: dict[Letter, str] = {
    letter: Text(f"letter.needs.{letter.value}") for letter in Letter
}


def letter_exists(letter: Letter, status: str, result: str) -> bool:
    if letter == Letter.RESPONSE:
        return status == Status.SELESAI and bool(result.strip())
    if letter == Letter.REJECTION:
        return status == Status.DITOLAK
    if letter == Letter.FORWARDING:
        return status == Status.DITERUSKAN
    return status == Status.DIESKALASI
