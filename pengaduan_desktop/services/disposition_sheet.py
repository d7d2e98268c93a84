"""The lembar disposisi of one or many complaints as one PDF, a page each: read for the
officer who prints it, then drawn."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Engine

from pengaduan_desktop.core import clock, door
from pengaduan_desktop.core.disposition_data import disposition_sheets
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.documents.disposition_sheet import render_sheets


def sheets_pdf(
    engine: Engine,
    complaint_ids: Sequence[int],
    officer_id: int | None,
    progress: Callable[[int], None] | None = None,
) -> tuple[bytes, list[str]]:
    """The PDF and the tracking numbers it holds, in order."""
    door.permitted(engine, officer_id, Permission.LETTERS)
    data = disposition_sheets(engine, complaint_ids, officer_id, clock.today())
    return render_sheets(data, progress), [s.tracking_number for s in data.sheets]
