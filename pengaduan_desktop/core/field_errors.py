"""A refusal that names each field of a form that is not acceptable, for the office's lists."""

from __future__ import annotations

from pengaduan_desktop.core.errors import InvalidValue


class FieldsInvalid(InvalidValue):
    """`errors` maps each field key to its Indonesian message; the text names the fields."""

    def __init__(self, errors: dict[str, str], labels: dict[str, str]) -> None:
        super().__init__("; ".join(f"{labels.get(k, k)}: {v}" for k, v in errors.items()))
        self.errors = errors


def one_line(text: str) -> str:
    """Spaces trimmed and runs folded, as every name in the office's lists is kept."""
    return " ".join(text.split())
