"""core.monthly.month_reads: whether a change to some complaints concerns a month's report
(the report tab's "Data telah berubah" note), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.monthly import Month, month_reads
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from tests.helpers import complaint


def test_only_complaints_received_before_the_month_ended_concern_it(engine: Engine) -> None:
    september = register(
        engine, complaint(received_at=datetime(2026, 9, 30, 23, 0, tzinfo=LOCAL_TZ))
    )
    october = register(
        engine, complaint(received_at=datetime(2026, 10, 31, 23, 59, tzinfo=LOCAL_TZ))
    )
    november = register(engine, complaint(received_at=datetime(2026, 11, 1, 0, 0, tzinfo=LOCAL_TZ)))
    oct_ = Month(2026, 10)
    assert month_reads(engine, oct_, {october.id})
    assert month_reads(engine, oct_, {september.id})  # carried over, or in the trend
    assert not month_reads(engine, oct_, {november.id})  # the first minute after October
    assert month_reads(engine, oct_, {november.id, october.id})
    assert month_reads(engine, Month(2026, 11), {november.id})
    assert not month_reads(engine, Month(2026, 9), {october.id, november.id})
    assert not month_reads(engine, oct_, set())
    assert not month_reads(engine, oct_, {999_999})  # gone
