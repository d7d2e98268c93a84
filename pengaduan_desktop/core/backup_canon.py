"""The canonical content of a database, table by table: what a backup holds and what its
manifest hashes, the same whichever engine holds the data.

Every table the database has (found by reflection, so a table a later migration adds is
included without naming it) except the search structures the migrations make by hand
(schema.HAND_MADE: the FTS5 table and its shadow tables, the tsvector column), which a restore
rebuilds. One line per row, rows ordered by primary key, each line the row's values as a JSON
array in the order of the column names sorted. Values are normalised so SQLite and PostgreSQL
give the same bytes:

- a datetime: UTC, no offset, always with microseconds: "2026-11-29T03:00:00.000000";
- a date "2026-11-29", a time "03:00:00.000000";
- a boolean true/false (SQLite's 0/1 is read through the column's type);
- bytes (attachments, issued reports, the logo): base64;
- a decimal: its digits without exponent or trailing zeros ("12.5"), as a string;
- text as it is (JSON with ensure_ascii off, UTF-8), integers and floats as JSON numbers.

Text primary keys are ordered by code point on both engines (PostgreSQL: COLLATE "C").
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, MetaData, Table, inspect, literal_column, select
from sqlalchemy.types import TypeEngine

from pengaduan_desktop.core.schema import HAND_MADE

BATCH = 2000


@dataclass(frozen=True)
class TableShape:
    name: str
    columns: tuple[str, ...]  # sorted by name
    primary_key: tuple[str, ...]


def dumped_tables(conn: Connection) -> list[TableShape]:
    """Every table of the database a backup holds, with the columns it holds, by name."""
    inspector = inspect(conn)
    shapes = []
    for name in sorted(inspector.get_table_names()):
        if name.startswith(HAND_MADE) or name.startswith("sqlite_"):
            continue
        columns = sorted(
            c["name"]
            for c in inspector.get_columns(name)
            if not c.get("computed") and not c["name"].startswith(HAND_MADE)
        )
        key = tuple(inspector.get_pk_constraint(name).get("constrained_columns") or ())
        shapes.append(TableShape(name, tuple(columns), key))
    return shapes


def reflect(conn: Connection, names: list[str]) -> MetaData:
    metadata = MetaData()
    metadata.reflect(conn, only=names)
    return metadata


# -- values -> canonical JSON ---------------------------------------------------------------
def _utc_naive(value: datetime) -> datetime:
    return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value


def canonical_value(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, datetime):
        return _utc_naive(value).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="microseconds")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text if text != "-0" else "0"
    raise TypeError(f"nilai jenis {type(value).__name__} tidak dapat dicadangkan")


def _python_type(column_type: TypeEngine[Any]) -> type | None:
    try:
        return column_type.python_type
    except NotImplementedError:
        return None


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _datetime_text(value: datetime | None) -> str | None:
    if value is None:
        return None
    return _utc_naive(value).isoformat(timespec="microseconds")


def _bool_value(value: Any) -> bool | None:
    return None if value is None else bool(value)  # SQLite's 0/1 as a boolean


def encoder(column_type: TypeEngine[Any]) -> Callable[[Any], Any] | None:
    """The canonical form of one column's values (chosen once per column, not per value);
    None for text and integers, which are canonical as the driver gives them."""
    kind = _python_type(column_type)
    if kind in (str, int):
        return None
    if kind is datetime:
        return _datetime_text
    if kind is bool:
        return _bool_value
    return canonical_value


def canonical_line(values: Any, encoders: list[tuple[int, Callable[[Any], Any]]]) -> bytes:
    out = list(values)
    for index, encode in encoders:
        out[index] = encode(out[index])
    return (_ENCODER.encode(out) + "\n").encode("utf-8")


def table_lines(conn: Connection, table: Table, shape: TableShape) -> Iterator[bytes]:
    """The table's canonical lines, in primary-key order, read in batches."""
    columns = [table.c[name] for name in shape.columns]
    encoders = [(i, e) for i, c in enumerate(columns) if (e := encoder(c.type)) is not None]
    order = [_ordering(conn, table.c[name]) for name in shape.primary_key]
    query = select(*columns)
    if order:
        result = conn.execute(query.order_by(*order).execution_options(yield_per=BATCH))
        for row in result:
            yield canonical_line(row, encoders)
        return
    # No primary key: every line, sorted (such tables are small).
    yield from sorted(canonical_line(row, encoders) for row in conn.execute(query))


def _ordering(conn: Connection, column: Any) -> Any:
    if conn.dialect.name == "postgresql" and _python_type(column.type) is str:
        return literal_column(f'"{column.name}" COLLATE "C"')
    return column


# -- canonical JSON -> values for the target's column type ----------------------------------
def decoder(column_type: TypeEngine[Any]) -> Callable[[Any], Any] | None:
    kind = _python_type(column_type)
    aware = bool(getattr(column_type, "timezone", False))
    if kind is datetime:
        return lambda v: _datetime(v, aware)
    if kind is date:
        return lambda v: None if v is None else date.fromisoformat(v)
    if kind is time:
        return lambda v: None if v is None else time.fromisoformat(v)
    if kind is bytes:
        return lambda v: None if v is None else base64.b64decode(v)
    if kind is Decimal:
        return lambda v: None if v is None else Decimal(str(v))
    if kind is bool:
        return lambda v: None if v is None else bool(v)
    return None  # as JSON gives it


def _datetime(value: str | None, aware: bool) -> datetime | None:
    if value is None:
        return None
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC) if aware else moment


class Hasher:
    """SHA-256 and count of a table's lines."""

    def __init__(self) -> None:
        self.sha = hashlib.sha256()
        self.rows = 0

    def add(self, line: bytes) -> None:
        self.sha.update(line)
        self.rows += 1

    def hexdigest(self) -> str:
        return self.sha.hexdigest()
