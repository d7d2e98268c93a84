"""Who acts from a dialog: the signed-in user of the window the dialog belongs to."""

from __future__ import annotations

from PySide6.QtCore import QObject


def acting_officer_of(widget: QObject | None) -> int | None:
    """The officer id the nearest window or tab up the parent chain acts as (its
    `acting_officer()`); None when there is none (the program itself)."""
    while widget is not None:
        found = getattr(widget, "acting_officer", None)
        if callable(found):
            result = found()
            return result if isinstance(result, int) else None
        widget = widget.parent()
    return None
