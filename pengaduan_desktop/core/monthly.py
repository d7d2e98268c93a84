"""The figures of the monthly report to the Governor (DESIGN section 5), for one calendar month
in Pontianak time. Every figure here is what the PDF and the exports print."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
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
    # The lists: filled by month_figures(), empty from month_summary() (month_lists() reads
    # them a page at a time instead).
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


ROW_COLUMNS = (
    Complaint.id, Complaint.tracking_number, Complaint.received_at, Complaint.closed_at,
    Complaint.due_date, Complaint.status, Complaint.channel, Complaint.category,
    Complaint.summary, Complaint.result, Complaint.complainant_name, Complaint.anonymous,
    Complaint.confidential, Complainant.id_type, Complainant.id_number,
    Unit.name.label("unit"),
)  # fmt: skip
PAGE = 500  # rows read from the database at a time while a list is printed


@dataclass(frozen=True)
class _Reading:
    """What turning a complaint of the month into a report row needs."""

    month: Month
    start: datetime
    end: datetime
    calendar: WorkingCalendar
    escalated: frozenset[int]  # complaints escalated before the month ended
    days: dict[tuple[date, date], int] = field(default_factory=dict)  # working days, memo

    def working_days(self, received: date, closed: date) -> int:
        key = (received, closed)
        days = self.days.get(key)
        if days is None:
            days = self.days[key] = self.calendar.working_days_between(received, closed)
        return days


def _reading(session: Session, month: Month) -> _Reading:
    start, end = _bounds(month)
    escalated = frozenset(
        session.scalars(
            select(Event.complaint_id).where(Event.kind == EventKind.ESCALATED, Event.at < end)
        )
    )
    return _Reading(month, start, end, load_calendar(session), escalated)  # fmt: skip


_LABELS = {status.value: label for status, label in STATUS_LABELS.items()}
ESCALATED_LABEL = STATUS_LABELS[Status.DIESKALASI]


def _state(c: Any, r: _Reading) -> tuple[date | None, str, int | None]:
    """A complaint at the end of the month: closed day (None while open), status label and
    working days of handling (None while open)."""
    closed_at = c.closed_at
    if closed_at is not None and closed_at < r.end:
        closed = local_date(closed_at)
        return closed, _LABELS[c.status], r.working_days(local_date(c.received_at), closed)
    return None, ESCALATED_LABEL if c.id in r.escalated else IN_PROGRESS, None


def _overdue_sql(month: Month, end: datetime) -> ColumnElement[bool]:
    """Open at the end of the month and past its due date."""
    return and_(or_(Complaint.closed_at.is_(None), Complaint.closed_at >= end),
                past_due_sql(Complaint.due_date, month.next.first))  # fmt: skip


def _escalated_in(start: datetime, end: datetime) -> Any:
    return select(Event.complaint_id).where(Event.kind == EventKind.ESCALATED, Event.at >= start,
                                            Event.at < end)  # fmt: skip


def month_summary(engine: Engine, month: Month, trend_months: int = 12) -> MonthFigures:
    """Every figure of the month without its lists (rows, carried, overdue, escalations stay
    empty): what the report prints above and beside its lists; month_lists() reads those."""
    with reading(engine) as session:
        return _summary(session, month, _reading(session, month), trend_months)


def _summary(session: Session, month: Month, r: _Reading, trend_months: int) -> MonthFigures:
    start, end = r.start, r.end
    figures = MonthFigures(month)
    figures.by_unit = _tallies(session, month, Unit.name)
    # The units share the month's complaints out (one group without a unit): their sum is
    # the office's total, without another pass over the month.
    figures.total = Tally("Jumlah", *(sum(getattr(t, f.name) for t in figures.by_unit)
                                      for f in fields(Tally)[1:]))  # fmt: skip
    figures.by_service = _tallies(session, month, Complaint.service)
    figures.trend = _trend(session, month, trend_months)
    escalated_ids = set(session.scalars(_escalated_in(start, end)))
    # One pass over the month's complaints, reading only what the counts need.
    light = (select(Complaint.id, Complaint.received_at, Complaint.closed_at, Complaint.status,
                    Complaint.channel, Complaint.category)
             .where(*_touched(start, end)))  # fmt: skip
    channels: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    handling: list[int] = []
    for c in session.execute(light.execution_options(yield_per=PAGE * 10)):
        closed, status, days = _state(c, r)
        statuses[status] += 1
        if c.received_at >= start:
            channels[c.channel] += 1
            categories[c.category] += 1
        else:
            figures.carried_over += 1
        if closed is not None and c.closed_at >= start and days is not None:
            handling.append(days)
        figures.escalated += c.id in escalated_ids
    if handling:
        figures.average_days = sum(handling) / len(handling)
        figures.longest_days = max(handling)
    figures.by_channel = _ordered(Counter({CHANNEL_LABELS[Channel(k)]: v
                                           for k, v in channels.items()}),
                                  [CHANNEL_LABELS[c] for c in Channel])  # fmt: skip
    figures.by_category = dict(categories.most_common())
    labels = [STATUS_LABELS[s] for s in (Status.SELESAI, Status.DITOLAK, Status.DIESKALASI)]
    figures.by_status = _ordered(statuses, [*labels, IN_PROGRESS])
    figures.first_issue = first_issue(session, month.year, month.month)
    if figures.first_issue is not None:
        numbers = set(session.scalars(select(Complaint.tracking_number)
                                      .where(*_touched(start, end))))  # fmt: skip
        figures.corrections = corrections_after(
            session, figures.first_issue, month.first, month.last, numbers)  # fmt: skip
    return figures


@dataclass(frozen=True)
class MonthLists:
    """The report's three lists, each a fresh iterator of its rows in the order printed:
    received in the month (G), carried over (H), and open past due at the end of the month
    followed by the month's other escalations (I)."""

    received: Callable[[], Iterator[ReportRow]]
    carried: Callable[[], Iterator[ReportRow]]
    overdue: Callable[[], Iterator[ReportRow]]  # open and past due at the end of the month
    escalations: Callable[[], Iterator[ReportRow]]  # escalated in the month
    late: Callable[[], Iterator[ReportRow]]  # overdue, then the other escalations

    @classmethod
    def of(cls, figures: MonthFigures) -> MonthLists:
        """The lists of figures read whole (month_figures)."""

        def late() -> Iterator[ReportRow]:
            return iter({r.tracking_number: r for r in figures.overdue + figures.escalations}
                        .values())  # fmt: skip

        return cls(
            lambda: iter(figures.rows),
            lambda: iter(figures.carried),
            lambda: iter(figures.overdue),
            lambda: iter(figures.escalations),
            late,
        )


@contextmanager
def month_lists(engine: Engine, month: Month) -> Iterator[MonthLists]:
    """The month's lists read from the database a page at a time while they are used
    (inside this block): a month of any size never holds all its rows at once."""
    with reading(engine) as session:
        r = _reading(session, month)
        start, end = r.start, r.end
        overdue = _overdue_sql(month, end)

        def rows(*where: ColumnElement[bool]) -> Iterator[ReportRow]:
            stmt = (select(*ROW_COLUMNS)
                    .join(Complainant, Complainant.id == Complaint.complainant_id)
                    .outerjoin(Unit, Unit.id == Complaint.unit_id)
                    .where(*_touched(start, end), *where)
                    .order_by(Complaint.received_at, Complaint.id)
                    .execution_options(yield_per=PAGE))  # fmt: skip
            for c in session.execute(stmt):
                yield _row(c, r)

        escalated = Complaint.id.in_(_escalated_in(start, end))

        def late() -> Iterator[ReportRow]:
            yield from rows(overdue)
            yield from rows(escalated, ~overdue)

        yield MonthLists(lambda: rows(Complaint.received_at >= start),
                         lambda: rows(Complaint.received_at < start), lambda: rows(overdue),
                         lambda: rows(escalated), late)  # fmt: skip


def month_figures(engine: Engine, month: Month, trend_months: int = 12) -> MonthFigures:
    """Every figure of the month and its lists, read whole (the exports write every row)."""
    figures = month_summary(engine, month, trend_months)
    with month_lists(engine, month) as lists:
        figures.rows = list(lists.received())
        figures.carried = list(lists.carried())
        figures.overdue = list(lists.overdue())
        figures.escalations = list(lists.escalations())
    return figures


def _ordered(counts: Counter[str], order: list[str]) -> dict[str, int]:
    return {key: counts.get(key, 0) for key in order} | {
        k: v for k, v in counts.items() if k not in order
    }


def _row(c: Any, r: _Reading) -> ReportRow:
    """One complaint as the report prints it; `c` is a row of the month's query."""
    closed, status, days = _state(c, r)
    received = local_date(c.received_at)
    # A rejection is neither on time nor late (as in the tallies).
    on_time = (None if closed is None or c.status == Status.DITOLAK
               else closed_on_time(closed, c.due_date))  # fmt: skip
    name = shown_complainant(c.complainant_name, c.anonymous, c.confidential, Audience.OUTSIDE)
    identity = shows_identity(c.confidential, Audience.OUTSIDE) and c.id_number
    return ReportRow(
        c.tracking_number, received, name, CHANNEL_LABELS[Channel(c.channel)], c.category,
        c.summary, c.unit or "", c.due_date, status, closed, days, on_time,
        c.result if closed is not None else "",
        f"{c.id_type} {mask_id(c.id_number)}" if identity else "",
    )  # fmt: skip


def _trend(session: Session, month: Month, count: int) -> list[tuple[Month, int, int]]:
    """Received and closed per month, counted by the database: received as one count per
    month over the receipt-time index, closed in one pass with a bucket per month."""
    months = [month]
    while len(months) < count:
        months.insert(0, months[0].previous)
    edges = [_bounds(m)[0] for m in months] + [_bounds(month)[1]]
    received = {i: session.scalar(select(func.count()).select_from(Complaint).where(
        Complaint.received_at >= edges[i], Complaint.received_at < edges[i + 1])) or 0
        for i in range(len(months))}  # fmt: skip
    column = Complaint.closed_at
    bucket = case(*[(and_(column >= edges[i], column < edges[i + 1]), i)
                    for i in range(len(months))], else_=None)  # fmt: skip
    rows = session.execute(
        select(bucket.label("b"), func.count()).where(column >= edges[0], column < edges[-1])
        .group_by("b")
    )  # fmt: skip
    closed = {b: n for b, n in rows if b is not None}
    return [(m, received[i], closed.get(i, 0)) for i, m in enumerate(months)]
