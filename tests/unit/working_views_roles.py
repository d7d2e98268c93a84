"""The working views' operations (issue 12, item 7) for the role matrix of test_roles: kept
here so that test_roles.py gains two lines."""

from __future__ import annotations

from typing import Any

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.bulk_disposition import dispose_many
from pengaduan_desktop.core.disposition_data import disposition_sheets, record_sheets_printed
from pengaduan_desktop.core.list_export import record_list_export
from pengaduan_desktop.core.permissions import Permission as P
from pengaduan_desktop.core.saved_views import (
    ViewSpec,
    delete_view,
    rename_view,
    save_view,
    saved_views,
)


def _renamed(w: Any, o: int) -> None:
    # The officer's own view, saved first (an inactive account is refused there already).
    rename_view(w.engine, o, save_view(w.engine, o, "Tampilan saya", ViewSpec()), "Baru")


def _deleted(w: Any, o: int) -> None:
    delete_view(w.engine, o, save_view(w.engine, o, "Tampilan saya", ViewSpec()))


def working_views_operations(op: Any) -> dict[str, Any]:
    """`op` is test_roles.Op."""
    return {
        # Any active account keeps its own views (a view filters only what it may see).
        "saved_views.save_view": op(
            None, lambda w, o: save_view(w.engine, o, "Terbuka unit", ViewSpec(search="SP2D"))
        ),
        "saved_views.rename_view": op(None, _renamed),
        "saved_views.delete_view": op(None, _deleted),
        "saved_views.saved_views": op(None, lambda w, o: saved_views(w.engine, o), writes=False),
        "bulk_disposition.dispose_many": op(
            P.WORKFLOW,
            lambda w, o: dispose_many(w.engine, [w.mine], w.unit_y, "Ke unit lain", o),
            "mine",
        ),
        "disposition_data.record_sheets_printed": op(
            P.LETTERS,
            lambda w, o: record_sheets_printed(w.engine, [w.number(w.mine)], "dicetak", o),
            "mine",
        ),
        "disposition_data.disposition_sheets": op(
            None,
            lambda w, o: disposition_sheets(w.engine, [w.mine], o, clock.today()),
            "mine",
            writes=False,
        ),
        # Whoever reads the list may take it away; the trail says who did.
        "list_export.record_list_export": op(
            None,
            lambda w, o: record_list_export(w.engine, o, w.folder / "daftar.xlsx", "Semua", 2),
        ),
    }
