"""The agenda register: no two letters of the office ever carry the same number."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core.agenda import LetterKind, Series, all_series, register, save_series
from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.errors import Conflict, InvalidValue
from pengaduan_desktop.core.models import AgendaEntry, LetterSeries

DAY = date(2026, 11, 30)


def test_each_kind_counts_on_its_own_and_the_numbers_differ(engine: Engine) -> None:
    with writing(engine) as session:
        numbers = [register(session, kind, DAY, "uji").number for kind in LetterKind]
    assert len(set(numbers)) == len(numbers)  # the starting patterns keep the kinds apart
    assert all("/1/" in number for number in numbers)  # every kind starts at 1


def test_a_pattern_that_makes_two_kinds_alike_is_refused(engine: Engine) -> None:
    response = {s.kind: s for s in all_series(engine)}[LetterKind.TANGGAPAN]
    with pytest.raises(InvalidValue, match="akan bernomor sama"):
        save_series(engine, LetterKind.PENOLAKAN, response.klasifikasi, response.pattern)
    # A different classification code is enough to keep them apart.
    save_series(engine, LetterKind.PENOLAKAN, "000.8.3.5", response.pattern)
    saved = {s.kind: s for s in all_series(engine)}[LetterKind.PENOLAKAN]
    assert saved == Series(LetterKind.PENOLAKAN, "000.8.3.5", response.pattern)


def test_a_number_already_in_the_register_is_never_given_again(engine: Engine) -> None:
    with writing(engine) as session:
        register(session, LetterKind.TANGGAPAN, DAY, "pertama")
    with writing(engine) as session:  # as an old database could have it: the same pattern
        row = session.get(LetterSeries, LetterKind.PENOLAKAN.value)
        same = session.get(LetterSeries, LetterKind.TANGGAPAN.value)
        assert row is not None and same is not None
        row.klasifikasi, row.pattern = same.klasifikasi, same.pattern
    refused = pytest.raises(Conflict, match="sudah tercatat di agenda untuk surat tanggapan")
    with refused, writing(engine) as session:
        register(session, LetterKind.PENOLAKAN, DAY, "kedua")
    with reading(engine) as session:
        assert session.scalar(select(func.count()).select_from(AgendaEntry)) == 1
