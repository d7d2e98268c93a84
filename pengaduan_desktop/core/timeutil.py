"""Time zone rules: stored in UTC, shown and reasoned about in Asia/Pontianak (WIB)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Pontianak")


def to_local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ)


def local_date(moment: datetime) -> date:
    return to_local(moment).date()


def local_to_utc(moment: datetime) -> datetime:
    """A naive local (WIB) time, or an aware one, as aware UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=LOCAL_TZ)
    return moment.astimezone(UTC)


def start_of_local_day(day: date, at: time = time(8, 0)) -> datetime:
    return local_to_utc(datetime.combine(day, at))


def local_day_sql(column: Any, dialect: str) -> Any:
    """local_date() for the database: the Pontianak day of a UTC `column`, as a date."""
    from sqlalchemy import Date, cast, func, literal_column, type_coerce

    offset = datetime(2000, 1, 1, tzinfo=LOCAL_TZ).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    if dialect == "postgresql":
        return cast(column + literal_column(f"interval '{minutes} minutes'"), Date)
    return type_coerce(func.date(column, f"{minutes:+d} minutes"), Date)
