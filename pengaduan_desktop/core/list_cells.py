"""The cells of one row of the case list: THE rule for how a list row reads, asked by the
window's list (ui.case_pages, in its language, dates dd/mm/yyyy) and by the printed list and
the spreadsheet (core.list_export, Indonesian, dates dd-mm-yyyy). Light on imports: the window
asks it in the worker that reads a page, before the database library need be loaded."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from pengaduan_desktop.core.lifecycle import ANONYMOUS, CONFIDENTIAL, shown_complainant
from pengaduan_desktop.core.messages import label, render
from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.core.vocabulary import Channel, Status

if TYPE_CHECKING:
    from pengaduan_desktop.core.caselist import CaseRow

WINDOW_DATES = "/"  # the window writes 20/11/2026
DOCUMENT_DATES = "-"  # the printed list and the spreadsheet write 20-11-2026


class Words(NamedTuple):
    """A list's words in one language, made once: a page of rows only looks them up."""

    names: dict[str, str]  # "Anonim" and "(dirahasiakan)"
    channels: dict[str, str]
    statuses: dict[str, str]
    slas: dict[Sla, str]


@cache
def words(lang: str) -> Words:
    return Words(
        {ANONYMOUS: render("complainant.anonymous", {}, lang),
         CONFIDENTIAL: render("complainant.confidential", {}, lang)},
        {c.value: label(c, lang) for c in Channel},
        {s.value: label(s, lang) for s in Status},
        {s: label(s, lang) for s in Sla},
    )  # fmt: skip


def cells(row: CaseRow, lang: str = "id", dates: str = DOCUMENT_DATES) -> list[str]:
    """A row's cells in the list's column order, in `lang`, dates separated by `dates`.
    Dates are written by hand: strftime imports a module at each call, holding the GIL that
    the GUI thread waits for."""
    said = words(lang)
    received, due = row.received_at, row.due_date
    name = shown_complainant(row.complainant_name, row.anonymous, False)
    return [
        row.tracking_number,
        f"{received.day:02}{dates}{received.month:02}{dates}{received.year} "
        f"{received.hour:02}:{received.minute:02}",
        said.names.get(name, name),
        row.summary,
        said.channels[row.channel],
        row.unit or "—",
        said.statuses[row.status],
        f"{due.day:02}{dates}{due.month:02}{dates}{due.year}",
        said.slas[row.sla],
    ]
