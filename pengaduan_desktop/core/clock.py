"""The one clock of the program: everything that asks "what time is it" or "what day is it"
asks here, so that tests and tools can set the time without touching the machine.

Set it with set_now() (the clock then reads that moment and runs on from there), or by
starting the program with PENGADUAN_NOW=2026-11-30T10:00 (local WIB time unless it says
otherwise)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

from pengaduan_desktop.core.timeutil import LOCAL_TZ, local_to_utc

ENV_VAR = "PENGADUAN_NOW"

_offset = timedelta(0)


def now_utc() -> datetime:
    return datetime.now(UTC) + _offset


def now_local() -> datetime:
    return now_utc().astimezone(LOCAL_TZ)


def today() -> date:
    """Today in Pontianak (WIB)."""
    return now_local().date()


def set_now(moment: datetime | None) -> None:
    """Make the clock read `moment` now and run on from there; None: back to the real time.
    A naive moment is local (WIB) time."""
    global _offset
    _offset = timedelta(0) if moment is None else local_to_utc(moment) - datetime.now(UTC)


@contextmanager
def pinned(moment: datetime) -> Iterator[None]:
    """The clock reads `moment` inside the block and the real time again after it."""
    global _offset
    saved = _offset
    set_now(moment)
    try:
        yield
    finally:
        _offset = saved


def _from_environment() -> None:
    text = os.environ.get(ENV_VAR, "").strip()
    if text:
        set_now(datetime.fromisoformat(text))


_from_environment()
