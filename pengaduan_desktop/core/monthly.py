"""The figures of the monthly report to the Governor (DESIGN section 5), for one calendar month
in Pontianak time. Every figure here is what the PDF and the exports print."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, and_, case, func, or_, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.calendar import WorkingCalendar
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.identity import mask_id
from pengaduan_desktop.core.lifecycle import (
    Audience,
    closed_on_time,
    closed_on_time_sql,
    past_due,
    past_due_sql,
    shown_complainant,
    shows_identity,
)
from pengaduan_desktop.core.models import Complainant, Complaint, Event, Unit
from pengaduan_desktop.core.office import load_calendar
from pengaduan_desktop.core.post_issue import (
    FirstIssue,
    PostIssueCorrection,
    corrections_after,
    first_issue,
)
from pengaduan_desktop.core.printable import Letterhead, Signatory
from pengaduan_desktop.core.timeutil import local_date, start_of_local_day
from pengaduan_desktop.core.vocabulary import (
    CHANNEL_LABELS,
    STATUS_LABELS,
    Channel,
    EventKind,
    Status,
)

IN_PROGRESS = "Dalam proses"
MIDNIGHT = datetime.min.time()


FIRST_YEAR = 2000  # the office's records start later; a report before it is a typing error


@dataclass(frozen=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        try:
            year, month = (int(part) for part in text.strip().split("-"))
            date(year, month, 1)
        except ValueError:
            raise InvalidValue(f"bulan tidak valid: {text!r} (gunakan YYYY-MM)") from None
        last = clock.today().year + 1
        if not FIRST_YEAR <= year <= last:
            raise InvalidValue(f"bulan di luar jangkauan: {text.strip()} (tahun {FIRST_YEAR} "
                               f"sampai {last})")  # fmt: skip
        return cls(year, month)

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    @property
    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    @property
    def last(self) -> date:
        return self.next.first - timedelta(days=1)

    @property
    def due(self) -> date:
        """The report for this month is due on the 15th of the next."""
        return self.next.first.replace(day=15)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


@dataclass(frozen=True)
class ReportMeta:
    """What the report says besides its figures: who signs, its number, date and text."""

    letterhead: Letterhead
    signatory: Signatory
    number: str
    issued: date
    conclusions: str
    recommendations: str
    revision: int = 0


@dataclass(frozen=True)
class ReportRow:
    tracking_number: str
    received: date
    complainant: str
    channel: str
    category: str
    summary: str
    unit: str
    due: date
    status: str  # at the end of the month
    closed: date | None
    working_days: int | None
    on_time: bool | None
    result: str
    id_label: str  # masked


NO_UNIT = "(belum didisposisi)"


@dataclass(frozen=True)
class Tally:
    """The month's figures for one unit, one service, or the whole office. Closed in the month
    = on time + late + rejected: a rejection is neither on time nor late."""

    name: str
    received: int = 0
    on_time: int = 0  # resolved (not rejected) on or before the due date
    late: int = 0  # resolved after the due date
    rejected: int = 0
    open_at_end: int = 0
    overdue_at_end: int = 0  # open at month end and past the due date

    @property
    def closed(self) -> int:
        return self.on_time + self.late + self.rejected

    @property
    def on_time_rate(self) -> float | None:
        """Resolved on time / (resolved in the month + open and overdue at month end);
        rejections are in neither part (ON_TIME_FORMULA says so in the report)."""
        denominator = self.on_time + self.late + self.overdue_at_end
        return self.on_time / denominator if denominator else None


# The on-time rate in words, as the report prints it under the summary.
ON_TIME_FORMULA = (
    "Tingkat ketepatan waktu = pengaduan selesai tepat waktu ÷ (pengaduan selesai tepat waktu "
    "+ pengaduan selesai terlambat + pengaduan terbuka yang melewati batas waktu pada akhir "
    "bulan); pengaduan yang ditolak tidak termasuk dalam pembilang maupun penyebut."
)


@dataclass
class MonthFigures:
    month: Month
    total: Tally = field(default_factory=lambda: Tally("Jumlah"))
    carried_over: int = 0
    escalated: int = 0
    average_days: float = 0.0
    longest_days: int = 0
    by_unit: list[Tally] = field(default_factory=list)
    by_service: list[Tally] = field(default_factory=list)
    by_channel: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    trend: list[tuple[Month, int, int]] = field(default_factory=list)  # received, closed
    rows: list[ReportRow] = field(default_factory=list)  # received this month
    carried: list[ReportRow] = field(default_factory=list)  # from earlier months
    overdue: list[ReportRow] = field(default_factory=list)  # open and overdue at month end
    escalations: list[ReportRow] = field(default_factory=list)
    # When the month was issued before: that first issue, and what was corrected since
    # (the figures above count the corrected values).
    first_issue: FirstIssue | None = None
    corrections: list[PostIssueCorrection] = field(default_factory=list)

    # The summary's figures are the whole office's tally (one rule per figure, in _tallies).
    @property
    def received(self) -> int:
        return self.total.received

    @property
    def closed(self) -> int:
        return self.total.closed

    @property
    def closed_on_time(self) -> int:
        return self.total.on_time

    @property
    def closed_late(self) -> int:
        return self.total.late

    @property
    def rejected(self) -> int:
        return self.total.rejected

    @property
    def open_at_end(self) -> int:
        return self.total.open_at_end

    @property
    def overdue_at_end(self) -> int:
        return self.total.overdue_at_end

    @property
    def on_time_rate(self) -> float | None:
        return self.total.on_time_rate


def _bounds(month: Month) -> tuple[datetime, datetime]:
    return start_of_local_day(month.first, MIDNIGHT), start_of_local_day(month.next.first, MIDNIGHT)


def _touched(start: datetime, end: datetime) -> list[ColumnElement[bool]]:
    """The complaints a month touches: received in it, or open when it began."""
    return [
        Complaint.received_at < end,
        or_(Complaint.received_at >= start, Complaint.closed_at.is_(None),
            Complaint.closed_at >= start),
    ]  # fmt: skip


def _tallies(session: Session, month: Month, group: Any | None) -> list[Tally]:
    """Each figure of the month counted by the database, per `group` (a column) or for the
    whole office (None). The same conditions make the summary and the unit/service tables."""
    start, end = _bounds(month)
    dialect = session.get_bind().dialect.name
    closed_in = and_(Complaint.closed_at >= start, Complaint.closed_at < end)
    resolved = and_(closed_in, Complaint.status != Status.DITOLAK)
    on_time = closed_on_time_sql(Complaint.closed_at, Complaint.due_date, dialect)
    open_at_end = or_(Complaint.closed_at.is_(None), Complaint.closed_at >= end)
    conditions = {
        "received": Complaint.received_at >= start,
        "on_time": and_(resolved, on_time),
        "late": and_(resolved, ~on_time),
        "rejected": and_(closed_in, Complaint.status == Status.DITOLAK),
        "open_at_end": open_at_end,
        "overdue_at_end": and_(open_at_end, past_due_sql(Complaint.due_date, month.next.first)),
    }
    counts = [func.coalesce(func.sum(case((c, 1), else_=0)), 0) for c in conditions.values()]
    stmt = select(*counts).select_from(Complaint).where(*_touched(start, end))
    if group is None:
        return [Tally("Jumlah", *(int(v) for v in session.execute(stmt).one()))]
    stmt = (stmt.add_columns(group).outerjoin(Unit, Unit.id == Complaint.unit_id)
            .group_by(group))  # fmt: skip
    tallies = [Tally(name or NO_UNIT, *(int(v) for v in values))
               for *values, name in session.execute(stmt)]  # fmt: skip
    return sorted(tallies, key=lambda t: (t.name == NO_UNIT, t.name.lower()))


def month_figures(engine: Engine, month: Month, trend_months: int = 12) -> MonthFigures:
    start, end = _bounds(month)
    figures = MonthFigures(month)
    with reading(engine) as session:
        calendar = load_calendar(session)
        stmt = (
            select(
                Complaint.id,
                Complaint.tracking_number,
                Complaint.received_at,
                Complaint.closed_at,
                Complaint.due_date,
                Complaint.status,
                Complaint.channel,
                Complaint.category,
                Complaint.summary,
                Complaint.result,
                Complaint.complainant_name,
                Complaint.anonymous,
                Complaint.confidential,
                Complainant.id_type,
                Complainant.id_number,
                Unit.name.label("unit"),
            )  # fmt: skip
            .join(Complainant, Complainant.id == Complaint.complainant_id)
            .outerjoin(Unit, Unit.id == Complaint.unit_id)
            .where(*_touched(start, end))
            .order_by(Complaint.received_at, Complaint.id)
        )
        rows = session.execute(stmt).all()
        escalated_ids = set(session.scalars(
            select(Event.complaint_id).where(Event.kind == EventKind.ESCALATED,
                                             Event.at >= start, Event.at < end)))  # fmt: skip
        escalated_before_end = set(
            session.scalars(
                select(Event.complaint_id).where(Event.kind == EventKind.ESCALATED, Event.at < end)
            )
        )
        figures.total = _tallies(session, month, None)[0]
        figures.by_unit = _tallies(session, month, Unit.name)
        figures.by_service = _tallies(session, month, Complaint.service)
        figures.trend = _trend(session, month, trend_months)
        figures.first_issue = first_issue(session, month.year, month.month)
        if figures.first_issue is not None:
            figures.corrections = corrections_after(
                session, figures.first_issue, month.first, month.last,
                {c.tracking_number for c in rows},
            )  # fmt: skip
    handling: list[int] = []
    for c in rows:
        row = _row(c, end, calendar, escalated_before_end)
        if c.received_at >= start:
            figures.rows.append(row)
        else:
            figures.carried.append(row)
        closed_in_month = c.closed_at is not None and start <= c.closed_at < end
        if closed_in_month and row.working_days is not None:
            handling.append(row.working_days)
        if row.closed is None and past_due(c.due_date, month.next.first):
            figures.overdue.append(row)
        if c.id in escalated_ids:
            figures.escalations.append(row)
    figures.carried_over = len(figures.carried)
    figures.escalated = len(figures.escalations)
    if handling:
        figures.average_days = sum(handling) / len(handling)
        figures.longest_days = max(handling)
    figures.by_channel = _ordered(Counter(r.channel for r in figures.rows),
                                  [CHANNEL_LABELS[c] for c in Channel])  # fmt: skip
    figures.by_category = dict(Counter(r.category for r in figures.rows).most_common())
    statuses = [STATUS_LABELS[s] for s in (Status.SELESAI, Status.DITOLAK, Status.DIESKALASI)]
    figures.by_status = _ordered(
        Counter(r.status for r in figures.rows + figures.carried), [*statuses, IN_PROGRESS]
    )
    return figures


def _ordered(counts: Counter[str], order: list[str]) -> dict[str, int]:
    return {key: counts.get(key, 0) for key in order} | {
        k: v for k, v in counts.items() if k not in order
    }


def _row(c: Any, end: datetime, calendar: WorkingCalendar, escalated: set[int]) -> ReportRow:
    """One complaint as the report prints it; `c` is a row of the month's query."""
    received = local_date(c.received_at)
    closed = local_date(c.closed_at) if c.closed_at is not None and c.closed_at < end else None
    if closed is not None:
        status = STATUS_LABELS[Status(c.status)]
        days = calendar.working_days_between(received, closed)
        # A rejection is neither on time nor late (as in the tallies).
        on_time: bool | None = (
            None if c.status == Status.DITOLAK else closed_on_time(closed, c.due_date)
        )
    else:
        status = STATUS_LABELS[Status.DIESKALASI] if c.id in escalated else IN_PROGRESS
        days, on_time = None, None
    name = shown_complainant(c.complainant_name, c.anonymous, c.confidential, Audience.OUTSIDE)
    identity = shows_identity(c.confidential, Audience.OUTSIDE) and c.id_number
    return ReportRow(
        c.tracking_number, received, name, CHANNEL_LABELS[Channel(c.channel)], c.category,
        c.summary, c.unit or "", c.due_date, status, closed, days, on_time,
        c.result if closed is not None else "",
        f"{c.id_type} {mask_id(c.id_number)}" if identity else "",
    )  # fmt: skip


def _trend(session: object, month: Month, count: int) -> list[tuple[Month, int, int]]:
    """Received and closed per month, counted by the database in one pass for each."""
    months = [month]
    while len(months) < count:
        months.insert(0, months[0].previous)
    edges = [_bounds(m)[0] for m in months] + [_bounds(month)[1]]
    result = []
    for column in (Complaint.received_at, Complaint.closed_at):
        bucket = case(*[(and_(column >= edges[i], column < edges[i + 1]), i)
                        for i in range(len(months))], else_=None)  # fmt: skip
        rows = session.execute(  # type: ignore[attr-defined]
            select(bucket.label("b"), func.count()).where(column >= edges[0], column < edges[-1])
            .group_by("b")
        )  # fmt: skip
        result.append({b: n for b, n in rows if b is not None})
    return [(m, result[0].get(i, 0), result[1].get(i, 0)) for i, m in enumerate(months)]
