"""Reading a file to import into numbered rows of named fields: CSV (`,` or `;`, sniffed from
the header line; UTF-8 with or without BOM, else Windows-1252), XLSX or JSON. A row of the
wrong shape (a field too many or too few, a quote left open) is named by its row number; the
column names may be ours (`received_at`) or Indonesian (`Tanggal diterima`, `Perihal`, as
Excel users and our own exports write them)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pengaduan_desktop.core.messages import Text

COLUMNS = (
    "received_at", "channel", "form", "name", "id_type", "id_number", "phone", "email",
    "address", "service", "category", "summary", "description", "lapor_tracking_id",
    "anonymous", "confidential", "status", "closed_at", "result",
)  # fmt: skip
OPTIONAL_EXTRA = ("loss", "requested_resolution", "event_place", "event_date", "letter_number")
REQUIRED = ("received_at", "channel", "form", "service", "category", "summary")
# Indonesian column names; those our monthly export writes (Diterima, Pengadu, Kanal, Kategori,
# Perihal, Tanggal selesai, Hasil tindak lanjut) among them.
ALIASES = {
    "received_at": ("diterima", "tanggal diterima", "waktu diterima", "tanggal pengaduan"),
    "channel": ("kanal", "kanal pengaduan", "saluran"),
    "form": ("bentuk", "bentuk pengaduan"),
    "name": ("nama", "pengadu", "nama pengadu"),
    "id_type": ("jenis identitas",),
    "id_number": ("nomor identitas", "no identitas", "nik"),
    "phone": ("telepon", "nomor telepon", "no telepon", "no hp", "nomor hp"),
    "email": ("e-mail", "surel"),
    "address": ("alamat",),
    "service": ("layanan", "layanan yang diadukan"),
    "category": ("kategori",),
    "summary": ("perihal",),
    "description": ("uraian", "uraian pengaduan"),
    "lapor_tracking_id": ("id lapor", "id lapor!", "id pelacakan lapor!", "nomor lapor"),
    "anonymous": ("anonim",),
    "confidential": ("rahasia",),
    "closed_at": ("tanggal selesai",),
    "result": ("hasil", "hasil tindak lanjut"),
    "loss": ("kerugian",),
    "requested_resolution": ("penyelesaian yang diminta",),
    "event_place": ("tempat kejadian",),
    "event_date": ("tanggal kejadian",),
    "letter_number": ("nomor surat",),
}
WINDOWS_1252_NOTE = "berkas dibaca sebagai Windows-1252"


class FileUnreadable(Exception):
    """The file as a whole cannot be read (missing, unknown kind, not a table); the message is
    the officer's."""


@dataclass
class Table:
    """What a file holds: rows numbered as the officer sees them (a spreadsheet's row, the
    header being row 1; a JSON list's object from 1), the problems of shape, notes."""

    where: str  # "baris " or "objek ke-": how a row is named
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    header_problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # column -> as the file names it

    def label(self, column: str) -> str:
        return self.labels.get(column, column)


_KNOWN = {name: name for name in COLUMNS + OPTIONAL_EXTRA}
_KNOWN.update({alias: name for name, aliases in ALIASES.items() for alias in aliases})


def column_name(header: str) -> str | None:
    """Our name of a column as the file names it, or None."""
    key = " ".join(header.replace("_", " ").split()).casefold()
    return _KNOWN.get(key.replace(" ", "_")) or _KNOWN.get(key)


def read_table(path: Path) -> Table:
    if not path.exists():
        raise FileUnreadable(Text("file.missing", path=path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path.read_bytes())
    if suffix == ".xlsx":
        return _read_xlsx(path)
    if suffix == ".json":
        return _read_json(path.read_bytes())
    raise FileUnreadable(Text("file.kind", suffix=suffix or Text("file.no_suffix")))


def decode(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 (a BOM dropped), else Windows-1252 with a note saying so."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), [WINDOWS_1252_NOTE]
    except UnicodeDecodeError:
        raise FileUnreadable(Text("file.encoding")) from None


def sniff_delimiter(header_line: str) -> str:
    """`;` (Excel in Indonesian) or `,`: whichever the header line has more of."""
    return ";" if header_line.count(";") > header_line.count(",") else ","


def _header(table: Table, cells: list[Any]) -> list[str | None]:
    """Our name for each column of the header (None for an empty trailing cell)."""
    names: list[str | None] = []
    unknown: list[str] = []
    for cell in cells:
        text = "" if cell is None else str(cell).strip()
        name = column_name(text) if text else None
        if text and name is None:
            unknown.append(text)
        elif name in table.labels:
            table.header_problems.append(Text("file.column_twice", column=text))
        elif name:
            table.labels[name] = text
        names.append(name)
    if unknown:
        table.header_problems.append(Text("file.unknown_columns", names=", ".join(unknown)))
    missing = [c for c in REQUIRED if c not in table.labels]
    if missing and not unknown:
        table.header_problems.append(Text("file.missing_columns", names=", ".join(missing)))
    while names and names[-1] is None and not str(cells[len(names) - 1] or "").strip():
        names.pop()
    return names


def _blank(values: list[Any]) -> bool:
    return all(v is None or str(v).strip() == "" for v in values)


def _add(table: Table, number: int, names: list[str | None], values: list[Any]) -> None:
    width = len(names)
    if len(values) != width:
        table.problems.append((number, Text("file.row_width", count=len(values), width=width)))
        return
    if None in names:
        table.rows.append((number, {n: v for n, v in zip(names, values, strict=True) if n}))
    else:  # every column named: the quicker way
        table.rows.append((number, dict(zip(names, values, strict=True))))  # type: ignore[arg-type]


QUOTE_PROBLEM = Text("file.quote")  # reading stops there


def _read_csv(data: bytes) -> Table:
    text, notes = decode(data)
    table = Table("baris ", notes=notes)
    first, _, rest = text.partition("\n")
    number = 0
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter, text, number = first.strip()[4], rest, 1  # Excel's "sep=;" line
    else:
        delimiter = sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    names: list[str | None] | None = None
    while True:
        number += 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error:
            table.problems.append((number, QUOTE_PROBLEM))
            break  # the reader cannot tell where the rows after it begin
        if names is None:
            names = _header(table, values)
            if table.header_problems:
                return table
            continue
        if not values or _blank(values):
            continue
        _add(table, number, names, values)
    if names is None:
        raise FileUnreadable(Text("file.no_header"))
    return table


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise FileUnreadable(Text("file.xlsx")) from None
    table = Table("baris ")
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        names = _header(table, list(next(rows, ())))
        if table.header_problems:
            return table
        for number, row in enumerate(rows, start=2):
            values = list(row)
            while len(values) > len(names) and values[-1] in (None, ""):
                values.pop()  # a sheet's empty cells after the last column are nothing
            if not _blank(values):
                _add(table, number, names, values)
    finally:
        book.close()
    return table


def _read_json(data: bytes) -> Table:
    text, notes = decode(data)
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileUnreadable(Text("file.json_line", line=exc.lineno)) from None
    if not isinstance(items, list) or not all(isinstance(r, dict) for r in items):
        raise FileUnreadable(Text("file.json_list"))
    table = Table("objek ke-", notes=notes)
    if not items:
        return table
    keys: dict[str, None] = {}
    for item in items:
        keys.update(dict.fromkeys(item))
    names = _header(table, list(keys))
    if table.header_problems:
        return table
    rename = {k: n for k, n in zip(keys, names, strict=False) if n}
    for number, item in enumerate(items, start=1):
        table.rows.append((number, {rename[k]: v for k, v in item.items() if k in rename}))
    return table
