"""The case-list search box: what kind of thing was typed (a tracking number, a phone number, a
NIK, a SP4N-LAPOR! tracking ID, or words) and the indexed condition that finds it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Engine,
    Integer,
    and_,
    column,
    false,
    func,
    literal_column,
    select,
    text,
)

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.identity import IdentityError, normalize_phone
from pengaduan_desktop.core.models import Complainant, Complaint

# "ADU-2026-000123", "2026-123", "123". The year starts with 2 so that "0561-736541" is a phone.
NUMBER_QUERY = re.compile(r"^\s*(?:ADU-)?(?:(2\d{3})-)?0*(\d{1,6})\s*$", re.IGNORECASE)
# "LAPOR-2026123456", "lapor 1916449", "#1916449": the LAPOR! word or the '#' it is quoted with.
LAPOR_QUERY = re.compile(r"^\s*(?:LAPOR!?[\s#:-]*|#\s*)([0-9A-Z][0-9A-Z-]*)\s*$", re.IGNORECASE)
# Digits as people write them: spaces, dashes, dots, brackets, a leading '+'.
DIGITS_QUERY = re.compile(r"^\s*\+?[\d\s().-]+$")
WORD = re.compile(r"\w+", re.UNICODE)
NIK_DIGITS = 16
SIM_DIGITS = (12, 13, 14)  # older SIM numbers; since 2024 a SIM number is the NIK
LAPOR_DIGITS_MIN = 7  # "#1916449": a bare number this long that is no phone is a LAPOR! ID
FTS_IDS = "SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH :m"
FTS_COUNT = "SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH :m"
COMMON_SHARE = 100  # words in 1 complaint of 100 or more are common
# The byte after '9': "+6281234" <= phone < "+6281234:" holds every phone starting so.
AFTER_DIGITS = ":"


class QueryKind(StrEnum):
    NUMBER = "number"  # our tracking number, whole or its last digits
    PHONE = "phone"  # the complainant's phone, E.164, as a prefix
    ID_NUMBER = "id_number"  # the complainant's NIK (or SIM number), exact
    LAPOR = "lapor"  # the SP4N-LAPOR! tracking ID, exact
    WORDS = "words"  # full text: number, complainant, summary, description


@dataclass(frozen=True)
class SearchQuery:
    kind: QueryKind
    value: str  # sequence digits, E.164 phone, NIK digits, the bare LAPOR! ID, the words
    year: int | None = None  # a whole tracking number's year


def read_query(typed: str) -> SearchQuery | None:
    """What the officer typed in the search box, recognised; None when it is empty."""
    query = typed.strip()
    if not query:
        return None
    number = NUMBER_QUERY.match(query)
    if number:
        year, sequence = number.groups()
        return SearchQuery(QueryKind.NUMBER, sequence, int(year) if year else None)
    lapor = LAPOR_QUERY.match(query)
    if lapor:
        return SearchQuery(QueryKind.LAPOR, lapor.group(1))
    if DIGITS_QUERY.match(query):
        digits = re.sub(r"\D", "", query)
        if len(digits) == NIK_DIGITS:
            return SearchQuery(QueryKind.ID_NUMBER, digits)
        try:
            return SearchQuery(QueryKind.PHONE, normalize_phone(query))
        except IdentityError:
            pass
        if len(digits) in SIM_DIGITS:
            return SearchQuery(QueryKind.ID_NUMBER, digits)
        if len(digits) >= LAPOR_DIGITS_MIN and not digits.startswith("0"):
            return SearchQuery(QueryKind.LAPOR, digits)
    return SearchQuery(QueryKind.WORDS, query)


def lapor_forms(bare: str) -> tuple[str, ...]:
    """The ways one LAPOR! ID may have been recorded: bare, with '#', with 'LAPOR-'."""
    forms = (f"{prefix}{body}" for body in (bare, bare.upper()) for prefix in ("", "#", "LAPOR-"))
    return tuple(dict.fromkeys(forms))


def _complainants(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """Complaints of the complainants matching `condition`, found through both indexes."""
    return Complaint.complainant_id.in_(select(Complainant.id).where(condition))


def _phone_prefix(phone: str, dialect: str) -> ColumnElement[bool]:
    if dialect == "postgresql":
        # Byte order whatever the server's collation: the text_pattern_ops index serves it.
        starts: ColumnElement[bool] = and_(
            Complainant.phone.op("~>=~", return_type=Boolean)(phone),
            Complainant.phone.op("~<~", return_type=Boolean)(phone + AFTER_DIGITS),
        )
        return starts
    return and_(Complainant.phone >= phone, Complainant.phone < phone + AFTER_DIGITS)


def _fts_match(words: list[str]) -> str:
    """FTS5: every word, as a prefix, quoted so that no word is read as query syntax."""
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def _words(query: str, dialect: str, common: bool) -> ColumnElement[bool]:
    words = WORD.findall(query)
    if not words:
        return false()
    if dialect == "postgresql":
        tsquery = " & ".join(f"{w.lower()}:*" for w in words)
        vector: ColumnElement[Any] = literal_column("complaint.search_vector")
        matches: ColumnElement[bool] = vector.op("@@", return_type=Boolean)(
            func.to_tsquery("simple", tsquery)
        )
        return matches
    ids = text(FTS_IDS).bindparams(m=_fts_match(words)).columns(column("rowid", Integer))
    # Common words: the unary '+' keeps SQLite from reading every match by id and sorting
    # them; it walks the sort order's index instead and stops at the page's last row.
    return (literal_column("+complaint.id") if common else Complaint.id).in_(ids)


def _fts_words(engine: Engine, typed: str) -> list[str] | None:
    """The words of a words query on SQLite, whose full-text index can be asked alone."""
    query = read_query(typed)
    if engine.dialect.name != "sqlite" or query is None or query.kind is not QueryKind.WORDS:
        return None
    return WORD.findall(query.value)


def common_words(engine: Engine, typed: str) -> bool:
    """SQLite: the words match at least one complaint in COMMON_SHARE, so that walking the
    sort order's index finds a page sooner than sorting every match. Counted from the
    full-text index alone, and only up to that share."""
    words = _fts_words(engine, typed)
    if not words:
        return False
    with reading(engine) as session:
        enough = max((session.scalar(select(func.max(Complaint.id))) or 0) // COMMON_SHARE, 1)
        found = session.scalar(
            text(f"SELECT count(*) FROM ({FTS_IDS} LIMIT :n)"),
            {"m": _fts_match(words), "n": enough},
        )  # fmt: skip
    return (found or 0) >= enough


def count_words(engine: Engine, typed: str) -> int | None:
    """SQLite: the number of complaints the words match, from the full-text index alone
    (it holds one row per complaint); None when the query is not words."""
    words = _fts_words(engine, typed)
    if not words:
        return None if words is None else 0
    with reading(engine) as session:
        return int(session.scalar(text(FTS_COUNT), {"m": _fts_match(words)}) or 0)


def search_condition(typed: str, dialect: str, common: bool = False) -> ColumnElement[bool] | None:
    """The WHERE condition for the search box, each kind on its own index; None if empty.
    `common`: the words are common (see common_words)."""
    query = read_query(typed)
    if query is None:
        return None
    if query.kind is QueryKind.NUMBER:
        condition = Complaint.sequence == int(query.value)
        return condition if query.year is None else and_(condition, Complaint.year == query.year)
    if query.kind is QueryKind.PHONE:
        return _complainants(_phone_prefix(query.value, dialect))
    if query.kind is QueryKind.ID_NUMBER:
        # The index holds only recorded numbers; the '<> ""' term lets both planners use it.
        return _complainants(
            and_(Complainant.id_number == query.value, Complainant.id_number != "")
        )
    if query.kind is QueryKind.LAPOR:
        return and_(
            Complaint.lapor_tracking_id.in_(lapor_forms(query.value)),
            Complaint.lapor_tracking_id != "",
        )
    return _words(query.value, dialect, common)
