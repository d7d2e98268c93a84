"""Issuing monthly reports: what a preview or an issue prints, storing an issued report (the
exact PDF with its SHA-256 and a letter number, as a new revision when the month was issued
before), list, reopen, and the reminder of when the next report is due. Rendering is done by
pengaduan_desktop.services.monthly_report, between issue_plan() and store_issued()."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit, clock
from pengaduan_desktop.core.agenda import LetterKind, peek_number, register
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import authorise, operation
from pengaduan_desktop.core.errors import Conflict, NotFound, WorkflowError
from pengaduan_desktop.core.indonesian import month_name
from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.models import IssuedReport, ReportDraft
from pengaduan_desktop.core.monthly import (
    DRAFT_NUMBER,
    Month,
    MonthFigures,
    ReportMeta,
    month_summary,
)
from pengaduan_desktop.core.office import profile
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.printable import head_signatory, letterhead


@dataclass(frozen=True)
class IssuedInfo:
    id: int
    month: Month
    revision: int
    letter_number: str
    issued_on: date
    sha256: str
    size: int


@dataclass(frozen=True)
class ReportDue:
    month: Month
    due: date
    days_left: int  # negative when late
    issued: bool

    @property
    def late(self) -> bool:
        return self.days_left < 0 and not self.issued

    def message(self) -> str:
        """The banner's sentence (core.messages: the window says it in its language)."""
        month = self.month.first
        if self.late:
            return Text("report.late", month=month, due=self.due, days=-self.days_left)
        if self.days_left in (0, 1):
            return Text(f"report.due_{'today' if self.days_left == 0 else 'tomorrow'}",
                        month=month, due=self.due)  # fmt: skip
        return Text("report.due_in", month=month, due=self.due, days=self.days_left)

    def short_message(self) -> Text:
        """The same in a few words (the status bar of a narrow screen), without the date."""
        month = self.month.first
        if self.late:
            return Text("report.late_short", month=month, days=-self.days_left)
        if self.days_left in (0, 1):
            return Text(f"report.due_{'today' if self.days_left == 0 else 'tomorrow'}_short",
                        month=month)  # fmt: skip
        return Text("report.due_in_short", month=month, days=self.days_left)


def _meta(session: Session, number: str, issued: date, conclusions: str,
          recommendations: str, revision: int) -> ReportMeta:  # fmt: skip
    office = profile(session)
    return ReportMeta(letterhead(session),
                      head_signatory(office),
                      number, issued, conclusions, recommendations, revision)  # fmt: skip


def issue_refusal(month: Month, today: date | None = None) -> str:
    """Why the report of `month` cannot be issued yet, or "" when it can: only a month that
    has ended is reported."""
    if month.last >= (today or clock.today()):
        return (
            f"laporan {month_name(month.month)} {month.year} baru dapat diterbitkan setelah "
            "bulan itu berakhir"
        )
    return ""


def _revisions(session: Session, month: Month) -> int:
    """How many times the month was issued: the next issue's revision."""
    return session.scalar(
        select(func.count()).select_from(IssuedReport).where(
            IssuedReport.year == month.year, IssuedReport.month == month.month)
    ) or 0  # fmt: skip


def _subject(month: Month) -> str:
    return f"Laporan Pengelolaan Pengaduan Bulan {month_name(month.month)} {month.year}"


def next_issue(engine: Engine, month: Month) -> tuple[str, int]:
    """The letter number and revision that issuing `month` now would use (nothing reserved:
    another desk issuing first takes the number). Refused like issue() for a running month."""
    refusal = issue_refusal(month)
    if refusal:
        raise WorkflowError(refusal)
    with reading(engine) as session:
        number = peek_number(session, LetterKind.LAPORAN, clock.today())
        return number, _revisions(session, month)


@dataclass(frozen=True)
class IssuePlan:
    """What issuing a month will print, read before anything is written: the figures, and the
    number and revision the report will take unless another desk issues first."""

    month: Month
    figures: MonthFigures
    meta: ReportMeta


class NumberTaken(Conflict):
    """Another letter of the series took the planned number meanwhile: render again."""


def draft_plan(engine: Engine, month: Month, conclusions: str,
               recommendations: str) -> tuple[MonthFigures, ReportMeta]:  # fmt: skip
    """The figures and the wording of a preview: no number, nothing stored. The figures come
    without their lists (core.monthly.month_lists reads those while the PDF is made)."""
    figures = month_summary(engine, month)
    with reading(engine) as session:
        meta = _meta(session, DRAFT_NUMBER, clock.today(), conclusions, recommendations, 0)
    return figures, meta


def issue_plan(engine: Engine, month: Month, conclusions: str, recommendations: str,
               officer_id: int | None) -> IssuePlan:  # fmt: skip
    """Read what issuing `month` now will print (the services layer renders it with no
    transaction open, then calls store_issued)."""
    refusal = issue_refusal(month)
    if refusal:
        raise WorkflowError(refusal)
    with reading(engine) as session:  # refused before the slow part, not after it
        authorise(session, officer_id, Permission.REPORT_ISSUE)
    figures = month_summary(engine, month)  # the lists are read while the PDF is made
    issued_on = clock.today()
    with reading(engine) as session:
        number = peek_number(session, LetterKind.LAPORAN, issued_on)
        meta = _meta(session, number, issued_on, conclusions, recommendations,
                     _revisions(session, month))  # fmt: skip
    return IssuePlan(month, figures, meta)


def store_issued(
    engine: Engine, plan: IssuePlan, pdf: bytes, officer_id: int | None,
    deliver: Callable[[bytes], None] | None = None,
) -> IssuedInfo:  # fmt: skip
    """Freeze the rendered report in one short transaction: the letter number from the agenda
    register, the revision, the PDF and its hash, the draft, the audit entry.

    Refuses (Conflict) when another desk issued the same month since the plan was read, and
    (NumberTaken) when another letter of the series took the planned number: the PDF would
    then print a number or revision that is not its own. `deliver` receives the PDF before
    the transaction commits (the command line writes its file there): when it fails, nothing
    is issued and no letter number is used."""
    month, meta = plan.month, plan.meta
    with operation(engine, officer_id, Permission.REPORT_ISSUE) as (session, _officer):
        officer = audit.actor(session, officer_id)
        # The number first: on PostgreSQL it locks the series' counter, so the revision
        # read after it sees a report another desk committed meanwhile.
        number = register(session, LetterKind.LAPORAN, meta.issued, _subject(month),
                          officer_id=officer).number  # fmt: skip
        revision = _revisions(session, month)
        if revision != meta.revision:
            raise Conflict("report.issued_elsewhere", month=date(month.year, month.month, 1))
        if number != meta.number:
            raise NumberTaken("report.number_taken", number=meta.number, next=number)
        digest = hashlib.sha256(pdf).hexdigest()
        row = IssuedReport(year=month.year, month=month.month, revision=revision,
                           letter_number=number, issued_on=meta.issued, officer_id=officer,
                           conclusions=meta.conclusions, recommendations=meta.recommendations,
                           sha256=digest, pdf=pdf)  # fmt: skip
        session.add(row)
        # The draft holds what was issued: a later revision starts from it.
        _store_draft(session, month, meta.conclusions, meta.recommendations, officer)
        session.flush()
        audit.append(session, audit.Action.REPORT_ISSUED, f"report:{month.year}-{month.month:02d}",
                     {"nomor": number, "revisi": revision, "sha256": digest,
                      "ukuran": len(pdf)}, officer)  # fmt: skip
        if deliver is not None:
            deliver(pdf)
        return IssuedInfo(row.id, month, revision, number, meta.issued, digest, len(pdf))


def issued_reports(engine: Engine) -> list[IssuedInfo]:
    stmt = select(
        IssuedReport.id,
        IssuedReport.year,
        IssuedReport.month,
        IssuedReport.revision,
        IssuedReport.letter_number,
        IssuedReport.issued_on,
        IssuedReport.sha256,
        func.length(IssuedReport.pdf),
    ).order_by(  # fmt: skip
        IssuedReport.year.desc(), IssuedReport.month.desc(), IssuedReport.revision.desc()
    )
    with reading(engine) as session:
        return [IssuedInfo(r[0], Month(r[1], r[2]), r[3], r[4], r[5], r[6], int(r[7] or 0))
                for r in session.execute(stmt)]  # fmt: skip


def issued_pdf(engine: Engine, report_id: int) -> bytes:
    """The report exactly as issued; refuses bytes that no longer match their hash."""
    with reading(engine) as session:
        row = session.get(IssuedReport, report_id)
        if row is None:
            raise NotFound("report.missing", id=report_id)
        if hashlib.sha256(row.pdf).hexdigest() != row.sha256:
            raise Conflict("report.digest", number=row.letter_number)
        return bytes(row.pdf)


def report_due(engine: Engine, today: date | None = None) -> ReportDue:
    """The report the office owes next: last month's until it is issued, then this month's."""
    today = today or clock.today()
    current = Month(today.year, today.month)
    with reading(engine) as session:
        issued = {(y, m) for y, m in session.execute(
            select(IssuedReport.year, IssuedReport.month).distinct())}  # fmt: skip
    month = current.previous
    if (month.year, month.month) in issued:
        month = current
    return ReportDue(month, month.due, (month.due - today).days,
                     (month.year, month.month) in issued)  # fmt: skip


# -- drafts: the officer's text for a month, kept until the month is issued ----------------
@dataclass(frozen=True)
class Draft:
    conclusions: str = ""
    recommendations: str = ""


def load_draft(engine: Engine, month: Month) -> Draft:
    """The month's conclusions and recommendations as last saved (or as last issued, for a
    month issued before drafts were kept); empty when none."""
    with reading(engine) as session:
        row = session.get(ReportDraft, (month.year, month.month))
        if row is not None:
            return Draft(row.conclusions, row.recommendations)
        issued = session.execute(
            select(IssuedReport.conclusions, IssuedReport.recommendations)
            .where(IssuedReport.year == month.year, IssuedReport.month == month.month)
            .order_by(IssuedReport.revision.desc()).limit(1)
        ).first()  # fmt: skip
        return Draft(*issued) if issued is not None else Draft()


def save_draft(engine: Engine, month: Month, conclusions: str, recommendations: str,
               officer_id: int | None) -> None:  # fmt: skip
    """Keep the month's text (one row per month, replaced on every save)."""
    with operation(engine, officer_id, Permission.REPORT_DRAFT) as (session, _officer):
        row = session.get(ReportDraft, (month.year, month.month))
        if row is not None and (row.conclusions, row.recommendations) == (
            conclusions,
            recommendations,
        ):
            return  # nothing new: no write, no audit entry
        _store_draft(session, month, conclusions, recommendations, officer_id)
        audit.append(session, audit.Action.REPORT_DRAFT, f"report:{month.year}-{month.month:02d}",
                     {"kesimpulan": conclusions, "rekomendasi": recommendations},
                     audit.actor(session, officer_id))  # fmt: skip


def _store_draft(session: Session, month: Month, conclusions: str, recommendations: str,
                 officer_id: int | None) -> None:  # fmt: skip
    row = session.get(ReportDraft, (month.year, month.month))
    if row is None:
        row = ReportDraft(year=month.year, month=month.month)
        session.add(row)
    row.conclusions, row.recommendations = conclusions, recommendations
    row.officer_id = officer_id
