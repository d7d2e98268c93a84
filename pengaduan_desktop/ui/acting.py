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


def acting_role_of(widget: QObject | None) -> str | None:
    """The role of the signed-in user of the window up the parent chain (its `user.role`);
    None when no one is signed in there (the program itself, or a page opened on its own)."""
    while widget is not None:
        user = getattr(widget, "user", None)
        role = getattr(user, "role", None)
        if isinstance(role, str):
            return role
        widget = widget.parent()
    return None
