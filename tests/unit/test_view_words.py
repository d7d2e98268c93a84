"""The case list's view and filters in words (core.view_words): what a printed or exported
list says in its heading, and the periods of the filter bar."""

from __future__ import annotations

from datetime import date

import pytest

from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.core.view_words import (
    PERIODS,
    Shown,
    period,
    selection_words,
    view_words,
)
from pengaduan_desktop.core.vocabulary import Channel, Status


def test_every_filter_is_named_in_indonesian_after_the_view() -> None:
    words = view_words(Shown(
        built_in="open", status=Status.DITERIMA.value, channel=Channel.SURAT.value,
        unit="Bidang Anggaran", officer="Siti Rahma", period="last_month",
        sla=Sla.OVERDUE.value, search="  sp2d gaji ",
    ))  # fmt: skip
    assert words == (
        "Semua terbuka · Diterima · Surat · Bidang Anggaran · Siti Rahma · Bulan lalu · "
        "Terlambat · pencarian \u201csp2d gaji\u201d"
    )


def test_the_view_alone_an_own_view_and_no_view() -> None:
    assert view_words(Shown()) == "Semua pengaduan"
    assert view_words(Shown(built_in="mine")) == "Pengaduan saya"
    assert view_words(Shown(saved="Surat masuk Bidang", built_in="open")) == "Surat masuk Bidang"
    assert view_words(Shown(search="   ")) == "Semua pengaduan"


def test_a_selection_counts_as_indonesian_writes_numbers() -> None:
    assert selection_words(1234, "Semua terbuka") == "1.234 pengaduan terpilih dari Semua terbuka"


@pytest.mark.parametrize(
    ("choice", "first", "last"),
    [
        ("this_month", date(2026, 3, 1), date(2026, 3, 10)),
        ("last_month", date(2026, 2, 1), date(2026, 2, 28)),
        ("30_days", date(2026, 2, 9), date(2026, 3, 10)),
        ("this_year", date(2026, 1, 1), date(2026, 3, 10)),
        ("last_year", date(2025, 1, 1), date(2025, 12, 31)),
        ("", None, None),
    ],
)
def test_each_period_covers_its_days(choice: str, first: date | None, last: date | None) -> None:
    assert period(choice, date(2026, 3, 10)) == (first, last)
    assert not choice or choice in PERIODS
