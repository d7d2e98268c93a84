"""The monthly report: preview it, or issue it. The figures are read, the PDF is rendered with
no transaction open (seconds for a large month), and only then one short transaction numbers
and stores it (core.reports.store_issued)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine

from pengaduan_desktop.core.errors import Conflict
from pengaduan_desktop.core.monthly import Month, MonthFigures, ReportMeta, month_lists
from pengaduan_desktop.core.reports import (
    IssuedInfo,
    NumberTaken,
    draft_plan,
    issue_plan,
    store_issued,
)
from pengaduan_desktop.documents.monthly_report import render_monthly_report

Progress = Callable[[int], None]
ATTEMPTS = 3  # renders before giving up when other letters keep taking the planned number


def preview(
    engine: Engine, month: Month, conclusions: str, recommendations: str,
    progress: Progress | None = None,
    summarised: Callable[[MonthFigures], None] | None = None,
) -> tuple[MonthFigures, bytes]:  # fmt: skip
    """The report as it would read, marked unissued; nothing is written. `summarised` gets
    the figures (cheap) before the PDF (slow) is laid out."""
    figures, meta = draft_plan(engine, month, conclusions, recommendations)
    if summarised is not None:
        summarised(figures)
    return figures, render(engine, figures, meta, progress)


def render(engine: Engine, figures: MonthFigures, meta: ReportMeta,
           progress: Progress | None = None) -> bytes:  # fmt: skip
    """The PDF, its lists read from the database a page at a time while it is laid out (a
    month of any size takes the memory of a few pages of rows)."""
    with month_lists(engine, figures.month) as lists:
        return render_monthly_report(figures, meta, progress, lists)


def issue(
    engine: Engine, month: Month, conclusions: str, recommendations: str,
    officer_id: int | None, progress: Progress | None = None,
    deliver: Callable[[bytes], None] | None = None,
) -> IssuedInfo:  # fmt: skip
    """Issue `month`: plan (read), render (no transaction), store (one short transaction).

    Another desk issuing the same month meanwhile: Conflict, nothing stored. Another letter
    of the series taking the planned number: rendered again with the next one."""
    for _attempt in range(ATTEMPTS):
        plan = issue_plan(engine, month, conclusions, recommendations, officer_id)
        pdf = render(engine, plan.figures, plan.meta, progress)
        try:
            return store_issued(engine, plan, pdf, officer_id, deliver)
        except NumberTaken:
            continue
    raise Conflict("nomor surat laporan terus berubah karena meja lain menerbitkan surat; "
                   "coba lagi sebentar")  # fmt: skip
