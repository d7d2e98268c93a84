"""The case list's view and filters in words. A printed or exported list names them in its
heading, and the audit trail records them: both in Indonesian, whatever language the window
speaks, because the printout is an official document. The periods of the filter bar live here
too, with the dates each one covers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pengaduan_desktop.core.indonesian import thousands
from pengaduan_desktop.core.messages import label
from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.core.vocabulary import Channel, Status

ALL_COMPLAINTS = "Semua pengaduan"  # no view chosen
PERIODS: dict[str, str] = {
    "this_month": "Bulan ini",
    "last_month": "Bulan lalu",
    "30_days": "30 hari terakhir",
    "this_year": "Tahun ini",
    "last_year": "Tahun lalu",
}


def period(choice: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day of receipt a period of the filter bar covers (None: any)."""
    first = today.replace(day=1)
    if choice == "this_month":
        return first, today
    if choice == "last_month":
        end = first - timedelta(days=1)
        return end.replace(day=1), end
    if choice == "30_days":
        return today - timedelta(days=29), today
    if choice == "this_year":
        return today.replace(month=1, day=1), today
    if choice == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return None, None


@dataclass(frozen=True)
class Shown:
    """What the filter bar shows: the view, then each filter chosen (None: all)."""

    built_in: str | None = None  # a BuiltIn value, when a built-in view is chosen
    saved: str | None = None  # the officer's own view, by the name they gave it
    status: str | None = None  # a Status value
    channel: str | None = None  # a Channel value
    unit: str | None = None  # the unit's name
    officer: str | None = None  # the officer's name
    period: str | None = None  # a key of PERIODS
    sla: str | None = None  # an Sla value
    search: str = ""


def view_words(shown: Shown) -> str:
    """The view first, then each filter: "Semua terbuka · Diterima · Bulan ini · pencarian
    “sp2d”"."""
    # Here, not above: the window imports this module before the database library loads.
    from pengaduan_desktop.core.saved_views import BUILT_IN_LABELS, BuiltIn

    if shown.saved:
        parts = [shown.saved]
    elif shown.built_in:
        parts = [BUILT_IN_LABELS[BuiltIn(shown.built_in)]]
    else:
        parts = [ALL_COMPLAINTS]
    if shown.status:
        parts.append(label(Status(shown.status)))
    if shown.channel:
        parts.append(label(Channel(shown.channel)))
    parts += [name for name in (shown.unit, shown.officer) if name]
    if shown.period:
        parts.append(PERIODS[shown.period])
    if shown.sla:
        parts.append(label(Sla(shown.sla)))
    if shown.search.strip():
        parts.append(f"pencarian \u201c{shown.search.strip()}\u201d")
    return " · ".join(parts)


def selection_words(count: int, of: str) -> str:
    """The heading of a printout of selected rows: "3 pengaduan terpilih dari Semua terbuka"."""
    return f"{thousands(count)} pengaduan terpilih dari {of}"
