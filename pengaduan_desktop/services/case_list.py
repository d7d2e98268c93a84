"""Exactly the filtered case list as PDF or XLSX, every row of it: read a page at a time
(core.list_export), drawn or written as it is read, and the export left in the audit trail
before the file appears."""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from pathlib import Path

from sqlalchemy import Engine

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.caselist import CaseFilter, SortKey
from pengaduan_desktop.core.files import publish_all
from pengaduan_desktop.core.indonesian import date_time, thousands
from pengaduan_desktop.core.list_export import (
    HEADER,
    all_rows,
    cells,
    list_xlsx,
    record_list_export,
    viewer_filter,
)
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.documents.case_list_pdf import render_list

TITLE = "Daftar Pengaduan"


class Counter:
    """Counts the rows written and tells `progress` (from the worker thread)."""

    def __init__(self, progress: Callable[[int], None] | None) -> None:
        self.rows, self.progress = 0, progress

    def __call__(self) -> None:
        self.rows += 1
        if self.progress and self.rows % 100 == 0:
            self.progress(self.rows)


def list_pdf(
    engine: Engine,
    f: CaseFilter,
    sort: SortKey,
    descending: bool,
    what: str,
    officer_name: str,
    counter: Counter,
    limit: int | None = None,
    total: int = 0,
) -> bytes:
    """The list as PDF; only its first `limit` rows when given (a printout), and when the
    list (of `total` rows, as the window counted them) is longer, the heading says so."""
    lines = [
        f"Tampilan: {what}",
        f"Dicetak {date_time(to_local(clock.now_utc()))} oleh {officer_name}",
    ]
    if limit is not None and total > limit:
        lines.append(f"Hanya {thousands(limit)} baris pertama dari {thousands(total)} yang "
                     "dicetak; seluruh daftar dapat disimpan sebagai PDF atau XLSX.")  # fmt: skip

    def rows():  # type: ignore[no-untyped-def]
        found = (cells(row) for row in all_rows(engine, f, sort, descending))
        return islice(found, limit) if limit is not None else found

    return render_list(TITLE, lines, HEADER, rows, f"{TITLE} · {what}", counter)


def export_list(
    engine: Engine,
    f: CaseFilter,
    sort: SortKey,
    descending: bool,
    path: Path,
    officer_id: int | None,
    what: str,
    officer_name: str = "",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the list the officer sees (`f` read as they may see it) to `path`: XLSX by its
    suffix, else PDF. Returns the number of rows."""
    f = viewer_filter(f, officer_id)
    counter = Counter(progress)
    if path.suffix.lower() == ".xlsx":
        data = list_xlsx(engine, f, sort, descending, f"{TITLE} · {what}", counter)
    else:
        data = list_pdf(engine, f, sort, descending, what, officer_name, counter)
    publish_all(
        [(path, data)], lambda: record_list_export(engine, officer_id, path, what, counter.rows)
    )
    return counter.rows
