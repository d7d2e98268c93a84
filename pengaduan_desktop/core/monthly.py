"""The figures of the monthly report to the Governor (DESIGN section 5), for one calendar month
in Pontianak time. Every figure here is what the PDF and the exports print."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any, NamedTuple, Protocol

from sqlalchemy import (
    ColumnElement,
    Date,
    Engine,
    and_,
    case,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
    union,
)
from sqlalchemy.orm import Session, aliased

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.calendar import WorkingCalendar
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.identity import mask_id
from pengaduan_desktop.core.lifecycle import (
    CLOCK_STOPPED,
    Audience,
    closed_on_time,
    closed_on_time_sql,
    past_due_sql,
    shown_complainant,
    shows_identity,
)
from pengaduan_desktop.core.links import counted
from pengaduan_desktop.core.models import Complainant, Complaint, ComplaintHold, Event, Unit
from pengaduan_desktop.core.month_steps import MonthExtras, month_extras
from pengaduan_desktop.core.office import load_calendar
from pengaduan_desktop.core.post_issue import (
    FirstIssue,
    PostIssueCorrection,
    corrections_after,
    first_issue,
)
from pengaduan_desktop.core.printable import Letterhead, Signatory
from pengaduan_desktop.core.timeutil import local_date, local_day_sql, start_of_local_day
from pengaduan_desktop.core.vocabulary import (
    CHANNEL_LABELS,
    CLOSED_WITHOUT_RESULT,
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
            raise InvalidValue("month.invalid", text=text) from None
        last = clock.today().year + 1
        if not FIRST_YEAR <= year <= last:
            raise InvalidValue("month.range", text=text.strip(), first=FIRST_YEAR, last=last)
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

    @property
    def draft(self) -> bool:
        """Not issued: a preview, or a copy saved before issuing (every page says so)."""
        return self.number == DRAFT_NUMBER


DRAFT_NUMBER = "(belum diterbitkan)"  # the number a report not yet issued shows


@dataclass(slots=True)  # not frozen: a month's list makes one per complaint, frozen is slower
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
    lapor_tracking_id: str = ""  # the SP4N-LAPOR! tracking ID, where it came through LAPOR!


class Listed(Protocol):
    """What the report's lists print of a complaint: a ReportRow has it, a ListedRow is only
    it."""

    @property
    def tracking_number(self) -> str: ...
    @property
    def received(self) -> date: ...
    @property
    def complainant(self) -> str: ...
    @property
    def summary(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def closed(self) -> date | None: ...
    @property
    def working_days(self) -> int | None: ...
    @property
    def result(self) -> str: ...


class ListedRow(NamedTuple):
    """A row of the printed lists (month_lists): the columns the PDF prints, as ReportRow
    has them, read without the rest."""

    tracking_number: str
    received: date
    complainant: str
    summary: str
    status: str
    closed: date | None
    working_days: int | None
    result: str


NO_UNIT = "(belum didisposisi)"


@dataclass(frozen=True)
class Tally:
    """The month's figures for one unit, one service, or the whole office. Closed in the month
    = on time + late + rejected + set aside: a rejection, a forwarding (not BKAD's authority)
    and an archiving are neither on time nor late. received + carried over = closed + open
    at the end."""

    name: str
    received: int = 0
    on_time: int = 0  # resolved (not rejected) on or before the due date
    late: int = 0  # resolved after the due date
    rejected: int = 0
    open_at_end: int = 0
    overdue_at_end: int = 0  # open at month end and past the due date
    set_aside: int = 0  # forwarded to another agency or archived (closed, no result of ours)

    @property
    def closed(self) -> int:
        return self.on_time + self.late + self.rejected + self.set_aside

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
    "bulan); pengaduan yang ditolak tidak termasuk dalam pembilang maupun penyebut, demikian "
    "pula yang diteruskan ke instansi lain atau diarsipkan."
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
    # Issue 12: steps that met their deadline per unit, the IKM (core.month_steps).
    extras: MonthExtras = field(default_factory=MonthExtras)

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
    def set_aside(self) -> int:
        return self.total.set_aside

    @property
    def open_at_end(self) -> int:
        return self.total.open_at_end

    @property
    def overdue_at_end(self) -> int:
        return self.total.overdue_at_end

    @property
    def on_time_rate(self) -> float | None:
        return self.total.on_time_rate


# Closed without a result and not rejected: forwarded, archived (and a merged duplicate, which
# the report leaves out altogether: counted()).
SET_ASIDE = CLOSED_WITHOUT_RESULT - {Status.DITOLAK}


def _bounds(month: Month) -> tuple[datetime, datetime]:
    return start_of_local_day(month.first, MIDNIGHT), start_of_local_day(month.next.first, MIDNIGHT)


def _touched(start: datetime, end: datetime) -> list[ColumnElement[bool]]:
    """The complaints a month touches: received in it, or open when it began."""
    return [
        Complaint.received_at < end,
        or_(Complaint.received_at >= start, Complaint.closed_at.is_(None),
            Complaint.closed_at >= start),
        counted(),  # a merged duplicate is counted once, as its original (core.links)
    ]  # fmt: skip


def _tallies(session: Session, month: Month) -> tuple[list[Tally], list[Tally]]:
    """Each figure of the month counted by the database per unit and per service, in one pass
    grouped by both (the same conditions make the summary and the unit/service tables)."""
    start, end = _bounds(month)
    dialect = session.get_bind().dialect.name
    closed_in = and_(Complaint.closed_at >= start, Complaint.closed_at < end)
    resolved = and_(closed_in, Complaint.status.not_in(list(CLOSED_WITHOUT_RESULT)))
    on_time = closed_on_time_sql(Complaint.closed_at, Complaint.due_date, dialect)
    open_at_end = or_(Complaint.closed_at.is_(None), Complaint.closed_at >= end)
    conditions = {
        "received": Complaint.received_at >= start,
        "on_time": and_(resolved, on_time),
        "late": and_(resolved, ~on_time),
        "rejected": and_(closed_in, Complaint.status == Status.DITOLAK),
        "open_at_end": open_at_end,
        "overdue_at_end": and_(
            open_at_end,
            past_due_sql(Complaint.due_date, month.next.first),
            ~_held_at_end(month),
        ),
        "set_aside": and_(closed_in, Complaint.status.in_(list(SET_ASIDE))),
    }
    counts = [func.coalesce(func.sum(case((c, 1), else_=0)), 0) for c in conditions.values()]
    stmt = (select(Unit.name, Complaint.service, *counts).select_from(Complaint)
            .outerjoin(Unit, Unit.id == Complaint.unit_id).where(*_touched(start, end))
            .group_by(Unit.name, Complaint.service))  # fmt: skip
    by_unit: dict[str, list[int]] = {}
    by_service: dict[str, list[int]] = {}
    for unit, service, *values in session.execute(stmt):
        for found, name in ((by_unit, unit or NO_UNIT), (by_service, service or NO_UNIT)):
            sums = found.setdefault(name, [0] * len(conditions))
            for n, value in enumerate(values):
                sums[n] += int(value)

    def ordered(found: dict[str, list[int]]) -> list[Tally]:
        tallies = [Tally(name, *values) for name, values in found.items()]
        return sorted(tallies, key=lambda t: (t.name == NO_UNIT, t.name.lower()))

    return ordered(by_unit), ordered(by_service)


ROW_COLUMNS = (
    Complaint.id, Complaint.tracking_number, Complaint.received_at, Complaint.closed_at,
    Complaint.due_date, Complaint.status, Complaint.channel, Complaint.category,
    Complaint.summary, Complaint.result, Complaint.complainant_name, Complaint.anonymous,
    Complaint.confidential, Complainant.id_type, Complainant.id_number,
    Unit.name.label("unit"), Complaint.lapor_tracking_id,
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
    held: frozenset[int]  # complaints on hold (Tunda) when the month ended
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
    held = frozenset(session.scalars(select(Complaint.id).where(_held_at_end(month))))
    return _Reading(month, start, end, load_calendar(session), escalated, held)  # fmt: skip


def _held_at_end(month: Month) -> ColumnElement[bool]:
    """On hold (Tunda) when `month` ended: held on or before its last day and not resumed by
    then. A complaint's status is what it is now: a hold begun after the month (on the 1st,
    even at 02:00) is not the month's. A complaint imported as Tunda has no hold recorded:
    it has been on hold since it was recorded."""
    held = select(ComplaintHold.complaint_id).where(
        ComplaintHold.held_on <= month.last,
        or_(ComplaintHold.resumed_on.is_(None), ComplaintHold.resumed_on > month.last),
    )
    imported = aliased(Complaint)  # its own rows: never the outer query's complaint
    never_held = select(imported.id).where(
        imported.status.in_(list(CLOCK_STOPPED)),
        ~exists().where(ComplaintHold.complaint_id == imported.id),
    )
    # One set, read once per statement (a few rows: holds are rare).
    return Complaint.id.in_(union(held, never_held))


_LABELS = {status.value: label for status, label in STATUS_LABELS.items()}
_CHANNELS = {channel.value: label for channel, label in CHANNEL_LABELS.items()}
ESCALATED_LABEL = STATUS_LABELS[Status.DIESKALASI]


def _state(c: Any, r: _Reading) -> tuple[date | None, str, int | None]:
    """A complaint at the end of the month: closed day (None while open), status label and
    working days of handling (None while open)."""
    closed_at = c.closed_at
    if closed_at is not None and closed_at < r.end:
        closed = local_date(closed_at)
        return closed, _LABELS[c.status], r.working_days(local_date(c.received_at), closed)
    if c.id in r.held:
        return None, _LABELS[Status.TUNDA], None
    return None, ESCALATED_LABEL if c.id in r.escalated else IN_PROGRESS, None


def _overdue_sql(month: Month, end: datetime) -> ColumnElement[bool]:
    """Open at the end of the month and past its due date (not on hold then)."""
    return and_(or_(Complaint.closed_at.is_(None), Complaint.closed_at >= end),
                past_due_sql(Complaint.due_date, month.next.first),
                ~_held_at_end(month))  # fmt: skip


def _escalated_in(start: datetime, end: datetime) -> Any:
    return select(Event.complaint_id).where(Event.kind == EventKind.ESCALATED, Event.at >= start,
                                            Event.at < end)  # fmt: skip


def month_reads(engine: Engine, month: Month, ids: Collection[int]) -> bool:
    """Whether any of the complaints `ids` can figure in `month`'s report. Only a complaint
    received before the month ended can: one received later is in none of its figures, lists
    or trend. The report tab asks it when complaints change, so that the complaints of a
    later month (today's new ones) do not mark an earlier month's report as changed."""
    if not ids:
        return False
    _start, end = _bounds(month)
    with reading(engine) as session:
        found = session.scalar(select(Complaint.id).where(
            Complaint.id.in_(sorted(ids)), Complaint.received_at < end).limit(1))  # fmt: skip
    return found is not None


def month_summary(engine: Engine, month: Month, trend_months: int = 12) -> MonthFigures:
    """Every figure of the month without its lists (rows, carried, overdue, escalations stay
    empty): what the report prints above and beside its lists; month_lists() reads those."""
    with reading(engine) as session:
        return _summary(session, month, _reading(session, month), trend_months)


def _summary(session: Session, month: Month, r: _Reading, trend_months: int) -> MonthFigures:
    start, end = r.start, r.end
    figures = MonthFigures(month)
    figures.by_unit, figures.by_service = _tallies(session, month)
    # The units share the month's complaints out (one group without a unit): their sum is
    # the office's total, without another pass over the month.
    figures.total = Tally("Jumlah", *(sum(getattr(t, f.name) for t in figures.by_unit)
                                      for f in fields(Tally)[1:]))  # fmt: skip
    figures.trend = _trend(session, month, trend_months)
    channels: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    # The month's complaints counted by the database, grouped by what the figures tell apart.
    for channel, category, new, status, escalated, n in session.execute(_kinds(r)):
        statuses[_LABELS.get(status, status)] += n
        if new:
            channels[channel] += n
            categories[category] += n
        else:
            figures.carried_over += n
        figures.escalated += n if escalated else 0
    # Working days of handling of those closed in the month, one count per pair of days.
    handling, longest = 0, 0
    closed_in = Complaint.closed_at >= start, Complaint.closed_at < end
    dialect = session.get_bind().dialect.name
    received_on, closed_on = (local_day_sql(c, dialect)
                              for c in (Complaint.received_at, Complaint.closed_at))  # fmt: skip
    for received, closed, n in session.execute(
            select(received_on, closed_on, func.count()).where(*_touched(start, end), *closed_in)
            .group_by(received_on, closed_on)):  # fmt: skip
        days = r.working_days(received, closed)
        handling, longest = handling + n, max(longest, days)
        figures.average_days += days * n
    if handling:
        figures.average_days /= handling
        figures.longest_days = longest
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
    figures.extras = month_extras(session, month)
    return figures


ESCALATED_STATE, IN_PROGRESS_STATE = "~escalated", "~in_progress"
_LABELS[ESCALATED_STATE], _LABELS[IN_PROGRESS_STATE] = ESCALATED_LABEL, IN_PROGRESS


def _state_sql(month: Month, end: datetime) -> Any:
    """_state()'s status at the end of the month, by the database: the status of a complaint
    closed before `end`, Tunda when on hold then, else ESCALATED_STATE or IN_PROGRESS_STATE
    (_LABELS names each)."""
    escalated_before_end = select(Event.complaint_id).where(Event.kind == EventKind.ESCALATED,
                                                            Event.at < end)  # fmt: skip
    return case(
        (and_(Complaint.closed_at.is_not(None), Complaint.closed_at < end), Complaint.status),
        (_held_at_end(month), literal(Status.TUNDA.value)),
        (Complaint.id.in_(escalated_before_end), ESCALATED_STATE),
        else_=IN_PROGRESS_STATE,
    )


def _kinds(r: _Reading) -> Any:
    """The month's complaints (_touched) counted per channel, category, received in the month
    or carried over, state at the month's end (as _state() names it) and escalated in the
    month."""
    start, end = r.start, r.end
    columns = (Complaint.channel, Complaint.category, (Complaint.received_at >= start).label("new"),
               _state_sql(r.month, end).label("state"),
               Complaint.id.in_(_escalated_in(start, end)).label("escalated"))  # fmt: skip
    # Grouped by position: each subquery is written (and run) once.
    by_position: list[Any] = [literal_column(str(n + 1)) for n in range(len(columns))]
    return select(*columns, func.count()).where(*_touched(start, end)).group_by(*by_position)


@dataclass(frozen=True)
class MonthLists:
    """The report's three lists, each a fresh iterator of its rows in the order printed:
    received in the month (G), carried over (H), and open past due at the end of the month
    followed by the month's other escalations (I)."""

    received: Callable[[], Iterator[Listed]]
    carried: Callable[[], Iterator[Listed]]
    overdue: Callable[[], Iterator[Listed]]  # open and past due at the end of the month
    escalations: Callable[[], Iterator[Listed]]  # escalated in the month
    late: Callable[[], Iterator[Listed]]  # overdue, then the other escalations

    @classmethod
    def of(cls, figures: MonthFigures) -> MonthLists:
        """The lists of figures read whole (month_figures)."""

        def late() -> Iterator[Listed]:
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
    """The month's lists as the report prints them (ListedRow), read from the database a page
    at a time while they are used (inside this block): a month of any size never holds all
    its rows at once."""
    with reading(engine) as session:
        r = _Reading(month, *_bounds(month), load_calendar(session), frozenset(), frozenset())
        yield _lists(session, r, partial(_listed_rows, session, r))


def _lists(session: Session, r: _Reading, read: Callable[..., Iterator[Listed]]) -> MonthLists:
    """The lists, each read by `read` (given the conditions that pick its rows)."""
    picks = _picks(r)

    def late() -> Iterator[Listed]:
        yield from read(*picks["overdue"])
        yield from read(*picks["escalated_not_overdue"])

    return MonthLists(partial(read, *picks["received"]), partial(read, *picks["carried"]),
                      partial(read, *picks["overdue"]), partial(read, *picks["escalations"]),
                      late)  # fmt: skip


def _picks(r: _Reading) -> dict[str, tuple[ColumnElement[bool], ...]]:
    """The conditions of each list, besides _touched()."""
    overdue = _overdue_sql(r.month, r.end)
    escalated = Complaint.id.in_(_escalated_in(r.start, r.end))
    return {"received": (Complaint.received_at >= r.start,),
            "carried": (Complaint.received_at < r.start,), "overdue": (overdue,),
            "escalations": (escalated,),
            "escalated_not_overdue": (escalated, ~overdue)}  # fmt: skip


def _report_rows(session: Session, r: _Reading, *where: ColumnElement[bool]) -> Iterator[ReportRow]:
    stmt = (select(*ROW_COLUMNS)
            .join(Complainant, Complainant.id == Complaint.complainant_id)
            .outerjoin(Unit, Unit.id == Complaint.unit_id)
            .where(*_touched(r.start, r.end), *where)
            .order_by(Complaint.received_at, Complaint.id)
            .execution_options(yield_per=PAGE))  # fmt: skip
    for c in session.execute(stmt):
        yield _row(c, r)


def _listed_rows(session: Session, r: _Reading, *where: ColumnElement[bool]) -> Iterator[ListedRow]:
    """The printed columns only, the same as _row() gives them: the database computes each
    local day and the status at the month's end (_state_sql), so that a row costs Python
    only its name and its working days."""
    dialect = session.get_bind().dialect.name
    closed_by_end = and_(Complaint.closed_at.is_not(None), Complaint.closed_at < r.end)
    closed_on = type_coerce(case((closed_by_end, local_day_sql(Complaint.closed_at, dialect)),
                                 else_=None), Date)  # fmt: skip
    stmt = (select(Complaint.tracking_number, local_day_sql(Complaint.received_at, dialect),
                   Complaint.complainant_name, Complaint.anonymous, Complaint.confidential,
                   Complaint.summary, _state_sql(r.month, r.end), closed_on, Complaint.result)
            .where(*_touched(r.start, r.end), *where)
            .order_by(Complaint.received_at, Complaint.id)
            .execution_options(yield_per=PAGE))  # fmt: skip
    labels, days, outside = _LABELS, r.working_days, Audience.OUTSIDE
    for number, received, name, anonymous, confidential, summary, state, closed, result in (
            session.execute(stmt)):  # fmt: skip
        shown = shown_complainant(name, anonymous, confidential, outside)
        if closed is None:
            yield ListedRow(number, received, shown, summary, labels[state], None, None, "")
        else:
            yield ListedRow(number, received, shown, summary, labels[state], closed,
                            days(received, closed), result)  # fmt: skip


def month_figures(engine: Engine, month: Month, trend_months: int = 12) -> MonthFigures:
    """Every figure of the month and its lists, read whole (the exports write every row), in
    one reading of the database."""
    with reading(engine) as session:
        r = _reading(session, month)
        figures = _summary(session, month, r, trend_months)
        picks = _picks(r)
        figures.rows = list(_report_rows(session, r, *picks["received"]))
        figures.carried = list(_report_rows(session, r, *picks["carried"]))
        figures.overdue = list(_report_rows(session, r, *picks["overdue"]))
        figures.escalations = list(_report_rows(session, r, *picks["escalations"]))
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
    on_time = (None if closed is None or c.status in CLOSED_WITHOUT_RESULT
               else closed_on_time(closed, c.due_date))  # fmt: skip
    name = shown_complainant(c.complainant_name, c.anonymous, c.confidential, Audience.OUTSIDE)
    identity = shows_identity(c.confidential, Audience.OUTSIDE) and c.id_number
    return ReportRow(
        c.tracking_number, received, name, _CHANNELS[c.channel], c.category,
        c.summary, c.unit or "", c.due_date, status, closed, days, on_time,
        c.result if closed is not None else "",
        f"{c.id_type} {mask_id(c.id_number)}" if identity else "",
        c.lapor_tracking_id,
    )  # fmt: skip


def _trend(session: Session, month: Month, count: int) -> list[tuple[Month, int, int]]:
    """Received and closed per month, counted by the database: received as one count per
    month over the receipt-time index, closed in one pass with a bucket per month."""
    months = [month]
    while len(months) < count:
        months.insert(0, months[0].previous)
    edges = [_bounds(m)[0] for m in months] + [_bounds(month)[1]]
    received = {i: session.scalar(select(func.count()).select_from(Complaint).where(
        Complaint.received_at >= edges[i], Complaint.received_at < edges[i + 1], counted())) or 0
        for i in range(len(months))}  # fmt: skip
    column = Complaint.closed_at
    # Within [edges[0], edges[-1]) (the WHERE below), the first upper edge above it decides.
    bucket = case(*[(column < edges[i + 1], i) for i in range(len(months))], else_=None)
    rows = session.execute(
        select(bucket.label("b"), func.count()).where(column >= edges[0], column < edges[-1],
                                                      counted())
        .group_by("b")
    )  # fmt: skip
    closed = {b: n for b, n in rows if b is not None}
    return [(m, received[i], closed.get(i, 0)) for i, m in enumerate(months)]
