"""Tracking numbers: one sequence per year, safe when several desks save at the same moment."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pengaduan_desktop.core.models import Counter

PREFIX = "ADU"


def format_tracking_number(year: int, sequence: int) -> str:
    return f"{PREFIX}-{year}-{sequence:06d}"


def next_value(session: Session, name: str, count: int = 1) -> int:
    """Reserve `count` values of the named counter; returns the last one reserved.

    The UPDATE takes the row lock (PostgreSQL) or the write lock (SQLite, in a BEGIN IMMEDIATE
    transaction), so two desks never get the same value; the counter row of a new year is
    created with ON CONFLICT DO NOTHING so that two first-of-the-year saves do not collide."""
    stmt = (
        update(Counter)
        .where(Counter.name == name)
        .values(value=Counter.value + count)
        .returning(Counter.value)
    )
    value = session.execute(stmt).scalar_one_or_none()
    if value is None:
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        session.execute(insert(Counter).values(name=name, value=0).on_conflict_do_nothing())
        value = session.execute(stmt).scalar_one()
    return int(value)


def next_tracking_number(session: Session, year: int) -> tuple[int, str]:
    sequence = next_value(session, f"complaint-{year}")
    return sequence, format_tracking_number(year, sequence)
