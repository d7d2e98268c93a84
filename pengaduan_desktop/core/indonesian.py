"""Indonesian words for dates and numbers, as printed on letters and receipts."""

from __future__ import annotations

import re
from datetime import date, datetime

from pengaduan_desktop.core.messages import Text

MONTHS = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")  # months
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

_UNITS = (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)  # fmt: skip


def thousands(n: int) -> str:
    """20.000: a count with the thousands separated as Indonesian writes them (every count the
    officer reads: import, lists, tabs, the status bar)."""
    return f"{n:,}".replace(",", ".")


def number_words(n: int) -> str:
    """Spell a whole number in Indonesian: 2026 -> 'dua ribu dua puluh enam'."""
    if n < 0:
        return "minus " + number_words(-n)
    if n < 12:
        return _UNITS[n]
    if n < 20:
        return _UNITS[n - 10] + " belas"
    if n < 100:
        return _join(_UNITS[n // 10] + " puluh", n % 10)
    if n < 200:
        return _join("seratus", n - 100)
    if n < 1000:
        return _join(_UNITS[n // 100] + " ratus", n % 100)
    if n < 2000:
        return _join("seribu", n - 1000)
    for size, word in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (10**3, "ribu")):
        if n >= size:
            return _join(number_words(n // size) + " " + word, n % size)
    raise AssertionError("unreachable")


def _join(head: str, rest: int) -> str:
    return head if rest == 0 else f"{head} {number_words(rest)}"


def month_name(month: int) -> str:
    return MONTHS[month - 1]


def long_date(day: date) -> str:
    """'Rabu, 3 Juni 2026'."""
    return f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year}"


def plain_date(day: date) -> str:
    """'3 Juni 2026'."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def date_in_words(day: date) -> str:
    """'tiga Juni dua ribu dua puluh enam'."""
    return f"{number_words(day.day)} {MONTHS[day.month - 1]} {number_words(day.year)}"


def date_time(moment: datetime) -> str:
    """'3 Juni 2026 pukul 09.15 WIB' (moment already local)."""
    return f"{plain_date(moment.date())} pukul {moment:%H.%M} WIB"


def short_date(day: date) -> str:
    """'20-11-2026', as the officer types a date."""
    return f"{day:%d-%m-%Y}"


def window_date(day: date) -> str:
    """'20/11/2026': how the window shows a date, in both languages (documents, exports and
    file names keep their own forms)."""
    return f"{day.day:02}/{day.month:02}/{day.year}"


WINDOW_DATE_FORMAT = "dd/MM/yyyy"  # the same, for Qt's date edits


def parse_typed_date(text: str) -> date | None:
    """A typed day-month-year: '20112026', '20-11-2026', '20/11/2026', '2.1.2026'. Empty is
    None (the day is not known)."""
    raw = text.strip()
    if not raw:
        return None
    parts = re.split(r"[-/. ]+", raw)
    if len(parts) == 1 and raw.isdigit() and len(raw) == 8:
        parts = [raw[:2], raw[2:4], raw[4:]]
    try:
        day, month, year = (int(p) for p in parts)
        if year < 1900:
            raise ValueError
        return date(year, month, day)
    except ValueError:
        raise ValueError(Text("date.unknown")) from None
