"""The agenda register of outgoing letters (Tata Naskah Dinas): every kind of letter has its own
sequence per year and a numbering pattern with its classification code. A number is stored when
the letter is first issued; a complaint's letter printed again shows the same number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import Conflict, InvalidValue, NotFound
from pengaduan_desktop.core.indonesian import ROMAN
from pengaduan_desktop.core.messages import Text, label_code
from pengaduan_desktop.core.models import AgendaEntry, Counter, LetterSeries
from pengaduan_desktop.core.numbering import next_value
from pengaduan_desktop.core.permissions import Permission


class LetterKind(StrEnum):
    TANGGAPAN = "tanggapan"  # the response carrying the follow-up result
    PENOLAKAN = "penolakan"  # the notice to a rejected complaint
    ESKALASI = "eskalasi"  # to the Governor via the Regional Secretary
    LAPORAN = "laporan"  # the monthly report
    PENERUSAN = "penerusan"  # forwarding a complaint that is not BKAD's to its agency


LETTER_KIND_LABELS: dict[LetterKind, str] = {
    LetterKind.TANGGAPAN: "Surat tanggapan",
    LetterKind.PENOLAKAN: "Surat pemberitahuan penolakan",
    LetterKind.ESKALASI: "Surat eskalasi",
    LetterKind.LAPORAN: "Laporan bulanan",
    LetterKind.PENERUSAN: "Surat penerusan pengaduan",
}

# What a pattern may use: {klasifikasi} {seq} {tahun} {bulan} {bulan_romawi}; {seq:03d} pads.
PLACEHOLDERS = ("klasifikasi", "seq", "tahun", "bulan", "bulan_romawi")


@dataclass(frozen=True)
class Series:
    kind: LetterKind
    klasifikasi: str
    pattern: str


def format_number(series: Series, seq: int, day: date) -> str:
    try:
        return series.pattern.format(
            klasifikasi=series.klasifikasi, seq=seq, tahun=day.year, bulan=day.month,
            bulan_romawi=ROMAN[day.month - 1],
        )  # fmt: skip
    except (KeyError, IndexError, ValueError, AttributeError) as exc:
        raise InvalidValue("agenda.bad_pattern", pattern=series.pattern, reason=str(exc)) from None


def _series(session: Session, kind: LetterKind) -> Series:
    row = session.get(LetterSeries, kind.value)
    if row is None:
        raise NotFound("agenda.no_series", kind=Text(label_code(kind)))
    return Series(kind, row.klasifikasi, row.pattern)


def _counter(kind: LetterKind, year: int) -> str:
    return f"agenda-{kind.value}-{year}"


def first_entry(session: Session, kind: LetterKind, complaint_id: int) -> AgendaEntry | None:
    """The register entry a complaint's letter of this kind was first issued with, if any."""
    return session.scalars(
        select(AgendaEntry)
        .where(AgendaEntry.kind == kind.value, AgendaEntry.complaint_id == complaint_id)
        .order_by(AgendaEntry.id)
        .limit(1)
    ).first()


def existing_number(session: Session, kind: LetterKind, complaint_id: int) -> str | None:
    """The number a complaint's letter of this kind was first issued with, if any."""
    entry = first_entry(session, kind, complaint_id)
    return entry.number if entry is not None else None


def peek_number(session: Session, kind: LetterKind, day: date) -> str:
    """The number the next letter of this kind issued on `day` would take (nothing reserved)."""
    used = session.scalar(select(Counter.value).where(Counter.name == _counter(kind, day.year)))
    return format_number(_series(session, kind), (used or 0) + 1, day)


def register(
    session: Session, kind: LetterKind, day: date, subject: str,
    complaint_id: int | None = None, officer_id: int | None = None,
) -> AgendaEntry:  # fmt: skip
    """Give the next number of this kind in `day`'s year and write it in the register, inside
    the caller's transaction. For a complaint's letter the first number is kept and returned."""
    if complaint_id is not None:
        first = first_entry(session, kind, complaint_id)
        if first is not None:
            return first
    series = _series(session, kind)
    seq = next_value(session, _counter(kind, day.year))
    number = format_number(series, seq, day)
    taken = session.scalar(select(AgendaEntry.kind).where(AgendaEntry.number == number))
    if taken is not None:
        raise Conflict("agenda.number_taken", number=number,
                       kind=Text(label_code(LetterKind(taken))))  # fmt: skip
    entry = AgendaEntry(kind=kind.value, year=day.year, seq=seq, number=number, issued_on=day,
                        subject=subject[:300], complaint_id=complaint_id,
                        officer_id=officer_id)  # fmt: skip
    session.add(entry)
    session.flush()
    audit.append(session, audit.Action.LETTER_NUMBER, f"agenda:{number}",
                 {"jenis": kind.value, "tanggal": day, "hal": entry.subject,
                  "pengaduan_id": complaint_id}, audit.actor(session, officer_id))  # fmt: skip
    return entry


def all_series(engine: Engine) -> list[Series]:
    with reading(engine) as session:
        rows = session.scalars(select(LetterSeries))
        found = {
            row.kind: Series(LetterKind(row.kind), row.klasifikasi, row.pattern) for row in rows
        }
    return [found[k.value] for k in LetterKind if k.value in found]


def checked_series(kind: LetterKind, klasifikasi: str, pattern: str) -> Series:
    """The series trimmed, or InvalidValue saying what is wrong with it."""
    klasifikasi, pattern = klasifikasi.strip(), pattern.strip()
    if not klasifikasi:
        raise InvalidValue("agenda.no_code")
    if "{seq" not in pattern:
        raise InvalidValue("agenda.no_seq")
    series = Series(kind, klasifikasi, pattern)
    format_number(series, 1, date(2026, 1, 1))  # refuses a broken one
    return series


def save_series(engine: Engine, kind: LetterKind, klasifikasi: str, pattern: str) -> None:
    save_all_series(engine, [Series(kind, klasifikasi, pattern)])


def clashing(series: list[Series]) -> str:
    """Why two kinds could give the same number (each kind counts on its own), or "". Tried on
    a few sequence numbers and days: patterns that differ only by chance still differ there."""
    samples = [(seq, day) for seq in (1, 12, 123) for day in (date(2026, 1, 5), date(2027, 11, 30))]
    for i, one in enumerate(series):
        for other in series[i + 1 :]:
            for seq, day in samples:
                number = format_number(one, seq, day)
                if number == format_number(other, seq, day):
                    return Text("agenda.clash", one=Text(label_code(one.kind)),
                                other=Text(label_code(other.kind)), number=number)  # fmt: skip
    return ""


def save_all_series(engine: Engine, given: list[Series], officer_id: int | None = None) -> None:
    """Check every series, and that no two kinds can give the same number, then save them in
    one transaction."""
    checked = [checked_series(s.kind, s.klasifikasi, s.pattern) for s in given]
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        stored = {r.kind: Series(LetterKind(r.kind), r.klasifikasi, r.pattern)
                  for r in session.scalars(select(LetterSeries))}  # fmt: skip
        stored.update({s.kind.value: s for s in checked})
        problem = clashing(list(stored.values()))
        if problem:
            raise InvalidValue(problem)
        changes: dict[str, object] = {}
        for series in checked:
            row = session.get(LetterSeries, series.kind.value)
            old = (row.klasifikasi, row.pattern) if row is not None else None
            if row is None:
                session.add(LetterSeries(kind=series.kind.value, klasifikasi=series.klasifikasi,
                                         pattern=series.pattern))  # fmt: skip
            else:
                row.klasifikasi, row.pattern = series.klasifikasi, series.pattern
            if old != (series.klasifikasi, series.pattern):
                changes[series.kind.value] = {
                    "lama": old and list(old),
                    "baru": [series.klasifikasi, series.pattern],
                }
        if changes:
            audit.append(session, audit.Action.LETTER_SERIES, "letter_series",
                         {"perubahan": changes}, audit.actor(session, officer_id))  # fmt: skip
