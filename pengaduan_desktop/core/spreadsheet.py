"""Cells of the files a spreadsheet opens (CSV, XLSX): data, never code. A text a complainant
typed may start like a formula (`=HYPERLINK(…)`, `+62…`, `@SUM(…)`); Excel would run it. So
every text cell loses its control characters (core.text.without_controls: one bad name must
not break the file for everyone), and a text starting with `=`, `+`, `-`, `@`, tab or CR is
written as text: after an apostrophe in a CSV, as an inline string (never a formula) marked
"quote prefix" in an XLSX. The apostrophe is what Excel itself shows for a typed text that
would otherwise be read as a formula."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.text import without_controls

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# "," for CSV as the standard has it; ";" is what Excel in the Indonesian locale opens as columns.
DELIMITERS = {",": "CSV (,)", ";": "Excel Indonesia (;)"}


def clean(text: str) -> str:
    """A text cell's content: control characters removed."""
    return without_controls(text)


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_START)


def csv_value(value: object) -> object:
    """What a CSV cell holds: None empty, a text cleaned and defused, a number as it is."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = clean(value)
        return "'" + text if looks_like_formula(text) else text
    return value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]],
              delimiter: str = ",") -> bytes:  # fmt: skip
    """A whole CSV file, UTF-8 with a BOM (Excel then reads it as UTF-8)."""
    if delimiter not in DELIMITERS:
        raise InvalidValue(f"pemisah kolom CSV tidak dikenal: {delimiter!r} (pilih , atau ;)")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow([csv_value(h) for h in header])
    for row in rows:
        writer.writerow([csv_value(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def append_row(sheet: Worksheet, row: Sequence[object]) -> None:
    """Append one row to an openpyxl sheet, every text as text: openpyxl would otherwise make
    a text starting with "=" a formula cell."""
    sheet.append([clean(v) if isinstance(v, str) else v for v in row])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            if cell.data_type == "f" or looks_like_formula(cell.value):
                cell.quotePrefix = True  # Excel keeps it text when the cell is edited
            cell.data_type = "s"  # written as an inline string, never as <f>
