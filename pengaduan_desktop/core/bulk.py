"""Fast bulk inserts for generated or imported data: executemany of plain tuples on SQLite,
COPY on PostgreSQL. Values must already be in the shape both store: timestamps as naive-UTC
ISO text, dates as ISO text, booleans as 0/1."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection


def insert_rows(
    conn: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    cols = ", ".join(columns)
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None
    cursor = dbapi.cursor()
    try:
        if conn.dialect.name == "postgresql":
            with cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            cursor.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
    finally:
        cursor.close()


def sync_id_sequences(conn: Connection, tables: Sequence[str]) -> None:
    """PostgreSQL: rows inserted with explicit ids leave the id sequences behind; move each to
    its table's largest id so that the next ordinary insert does not collide."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
        )
