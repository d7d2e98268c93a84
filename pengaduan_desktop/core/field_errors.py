"""A refusal that names each field of a form that is not acceptable, for the office's lists."""

from __future__ import annotations

from pengaduan_desktop.core.errors import FieldErrors, InvalidValue


class FieldsInvalid(InvalidValue, FieldErrors):
    """`errors` maps each field key to its message (core.messages); the text names the fields
    by `labels`."""


def one_line(text: str) -> str:
    """Spaces trimmed and runs folded, as every name in the office's lists is kept."""
    return " ".join(text.split())
