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
    Integer,
    Select,
    and_,
    column,
    false,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session

from pengaduan_desktop.core import word_match
from pengaduan_desktop.core.identity import IdentityError, normalize_phone
from pengaduan_desktop.core.models import Complainant, Complaint
from pengaduan_desktop.core.search_strategy import Strategy

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


def _complainants(condition: ColumnElement[bool], dialect: str,
                  strategy: Strategy) -> ColumnElement[bool]:  # fmt: skip
    """Complaints of the complainants matching `condition`, found through both indexes."""
    column = _probed(Complaint.complainant_id, "complaint.complainant_id", dialect, strategy)
    found: ColumnElement[bool] = column.in_(select(Complainant.id).where(condition))
    return found


def _phone_prefix(phone: str, dialect: str) -> ColumnElement[bool]:
    if dialect == "postgresql":
        # Byte order whatever the server's collation: the text_pattern_ops index serves it.
        starts: ColumnElement[bool] = and_(
            Complainant.phone.op("~>=~", return_type=Boolean)(phone),
            Complainant.phone.op("~<~", return_type=Boolean)(phone + AFTER_DIGITS),
        )
        return starts
    return and_(Complainant.phone >= phone, Complainant.phone < phone + AFTER_DIGITS)


def _fts_match(words: list[str], prefix: bool = True) -> str:
    """FTS5: every word, as a prefix, quoted so that no word is read as query syntax.
    Without `prefix`, each word whole: FTS5 reads such a word's matches one by one, while a
    prefix reads every match of every word it begins before it answers."""
    star = "*" if prefix else ""
    return " ".join('"' + w.replace('"', '""') + '"' + star for w in words)


def fts_match(typed: str, prefix: bool = True) -> str | None:
    """The FTS5 MATCH text of a words query (None when the query is not words)."""
    query = read_query(typed)
    if query is None or query.kind is not QueryKind.WORDS:
        return None
    return _fts_match(WORD.findall(query.value), prefix)


def _words(query: str, dialect: str, strategy: Strategy) -> ColumnElement[bool]:
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
    probe = word_match.query_words(words) if strategy is Strategy.MANY else None
    if probe is not None:  # each row of the sort order's walk tested on its own text
        texts = (Complaint.tracking_number, Complaint.complainant_name, Complaint.summary,
                 Complaint.description)  # fmt: skip
        return word_match.condition(probe, *texts)
    ids = text(FTS_IDS).bindparams(m=_fts_match(words)).columns(column("rowid", Integer))
    found: ColumnElement[bool] = _probed(Complaint.id, "complaint.id", dialect, strategy).in_(ids)
    return found


def _probed(column: Any, name: str, dialect: str, strategy: Strategy) -> Any:
    """SQLite, many matches: the unary '+' keeps the planner from reading every match through
    this column's index and sorting them all; it walks the sort order's index instead, probes
    each row and stops at the page's last row. (PostgreSQL is steered by core.search_plan.)"""
    if dialect == "sqlite" and strategy is Strategy.MANY:
        return literal_column(f"+{name}")
    return column


def search_condition(
    typed: str, dialect: str, strategy: Strategy = Strategy.FEW
) -> ColumnElement[bool] | None:
    """The WHERE condition for the search box, each kind on its own index; None if empty.
    `strategy`: how the page is read (see Strategy)."""
    query = read_query(typed)
    if query is None:
        return None
    if query.kind is QueryKind.NUMBER:
        condition = Complaint.sequence == int(query.value)
        return condition if query.year is None else and_(condition, Complaint.year == query.year)
    if query.kind is QueryKind.PHONE:
        return _complainants(_phone_prefix(query.value, dialect), dialect, strategy)
    if query.kind is QueryKind.ID_NUMBER:
        # The index holds only recorded numbers; the '<> ""' term lets both planners use it.
        return _complainants(
            and_(Complainant.id_number == query.value, Complainant.id_number != ""),
            dialect,
            strategy,
        )
    if query.kind is QueryKind.LAPOR:
        return and_(
            Complaint.lapor_tracking_id.in_(lapor_forms(query.value)),
            Complaint.lapor_tracking_id != "",
        )
    return _words(query.value, dialect, strategy)


def steer(session: Session, strategy: Strategy) -> None:
    """PostgreSQL: hold its planner to the strategy for the rest of this read, whatever it
    guesses of a search's matches (a wrong guess walks a million rows for a rare word, or
    sorts 100,000 for a common one). SQLite is steered by the condition itself (_probed)."""
    if session.get_bind().dialect.name == "sqlite":
        if strategy is Strategy.MANY:
            connection = session.connection().connection.driver_connection
            assert connection is not None
            word_match.register(connection)
        return
    many = strategy is Strategy.MANY  # each setting named, so that a second steer undoes a first
    session.execute(
        text(STEER), {"bitmap": "off" if many else "on", "index": "on" if many else "off"}
    )


def plan_sql(session: Session, query: Select[Any]) -> tuple[str, Any]:
    """PostgreSQL: the EXPLAIN of a query and its parameters, compiled (planned_rows)."""
    compiled = query.compile(session.get_bind(), compile_kwargs={"render_postcompile": True})
    return f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params


def planned_rows(session: Session, query: Select[Any] | tuple[str, Any]) -> int:
    """PostgreSQL: the planner's guess of the rows a query returns (its statistics; no row
    is read). `query` may come compiled already (plan_sql), when it is asked again."""
    sql, params = query if isinstance(query, tuple) else plan_sql(session, query)
    explained = session.connection().exec_driver_sql(sql, params)
    plan: list[dict[str, Any]] = explained.scalar_one()
    return int(plan[0]["Plan"]["Plan Rows"])


def fts_count(session: Session, match: str, cap: int | None = None) -> int:
    """SQLite: the complaints the words match, from the full-text index alone (one row per
    complaint), counted up to `cap`."""
    if cap is None:
        return int(session.scalar(text(FTS_COUNT), {"m": match}) or 0)
    capped = text(f"SELECT count(*) FROM ({FTS_IDS} LIMIT :n)")
    return int(session.scalar(capped, {"m": match, "n": cap}) or 0)


# One round trip for the three planner settings, for the rest of the transaction (SET LOCAL).
STEER = ("SELECT set_config('enable_bitmapscan', :bitmap, true), "
         "set_config('enable_indexscan', :index, true), "
         "set_config('enable_indexonlyscan', :index, true)")  # fmt: skip
FTS_WINDOW = f"{FTS_IDS} AND rowid BETWEEN :low AND :high"


def fts_window(match: str, low: int, high: int) -> ColumnElement[bool]:
    """SQLite: the words' matches among the complaints numbered low..high (FTS5 seeks them)."""
    ids = text(FTS_WINDOW).bindparams(m=match, low=low, high=high)
    return Complaint.id.in_(ids.columns(column("rowid", Integer)))
