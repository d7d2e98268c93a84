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
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet as WriteOnlySheet
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
        raise InvalidValue("csv.delimiter", delimiter=delimiter)
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


def write_only_row(sheet: WriteOnlySheet, row: Sequence[object],
                   number_formats: dict[int, str] | None = None) -> None:  # fmt: skip
    """append_row for a write-only sheet (a list of any length, written as it is read): every
    text as text, never a formula; `number_formats` by column index (dates). Only the cells
    that need it are made as cell objects (a text that looks like a formula, a formatted
    date): a plain value goes as it is, which is several times cheaper."""
    from openpyxl.cell import WriteOnlyCell

    values: list[object] = []
    for index, value in enumerate(row):
        if isinstance(value, str):
            value = clean(value)
            if looks_like_formula(value):
                cell = WriteOnlyCell(sheet, value=value)
                cell.quotePrefix = True  # Excel keeps it text when the cell is edited
                cell.data_type = "s"  # an inline string, never <f>
                value = cell
        elif number_formats and index in number_formats and value is not None:
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = number_formats[index]
            value = cell
        values.append(value)
    sheet.append(values)
