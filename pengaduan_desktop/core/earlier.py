"""Probable earlier complaints of the complainant now at the desk (issue 12 item 6): the same
NIK (or SIM number), the same phone (E.164), the same SP4N-LAPOR! ID, or a similar summary
received within 90 days.

Cheap at a million complaints, every kind through an index:
- identity: the complainant indexes on id_number and phone, then complaint.complainant_id;
- LAPOR!: the partial index on lapor_tracking_id, in each form an ID may have been recorded;
- a similar summary: the summary's significant words (4+ letters, not a common Indonesian
  word), each counted in the full-text index only up to RARE_CAP; the three rarest are asked
  for as "at least two of them" (one when the summary has only one), newest first, at most
  CANDIDATES rows; those received within WINDOW are scored by the share of significant words
  their summary has in common (Jaccard) and kept from MIN_SIMILARITY. On SQLite the FTS5 query
  is restricted to the summary column; PostgreSQL's tsvector holds every text column, so the
  score (on the summaries alone) decides there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, Integer, Select, func, literal_column, select, text
from sqlalchemy.orm import Session

from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import scope
from pengaduan_desktop.core.identity import IdentityError, clean_digits, normalize_phone
from pengaduan_desktop.core.messages import Joined, Text
from pengaduan_desktop.core.models import Complainant, Complaint, ComplaintLink
from pengaduan_desktop.core.privacy import listed_name
from pengaduan_desktop.core.row_problems import row_problem
from pengaduan_desktop.core.search import lapor_forms, planned_rows
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.core.validation import ComplaintInput

WINDOW = timedelta(days=90)  # a similar summary counts when received this close
RARE_CAP = 2000  # a word's complaints are counted up to here: enough to rank rarity
# PostgreSQL: an estimate this high comes from the index statistics' most common words (an
# unknown word is estimated at a fixed share, 5,000 at a million): such a word is common.
SURELY_COMMON = 20 * RARE_CAP
RAREST = 3  # significant words asked for
COUNTED_WORDS = 6  # significant words whose frequency is counted
CANDIDATES = 200  # newest matches scored
MIN_SIMILARITY = 0.5  # share of significant words in common
PER_KIND = 20  # identity and LAPOR! matches read, newest first
SHOWN = 10  # earlier complaints listed
WORD = re.compile(r"\w+", re.UNICODE)
LAPOR_PREFIX = re.compile(r"^\s*(?:LAPOR!?[\s#:-]*|#\s*)", re.IGNORECASE)
# Words too common in complaints to say what one is about.
COMMON = frozenset((
    "yang", "dengan", "untuk", "dari", "pada", "kepada", "tidak", "belum", "sudah", "karena",
    "atas", "dalam", "akan", "oleh", "atau", "juga", "masih", "bulan", "tahun", "mohon", "tolong",
    "sampai", "hingga", "setelah", "sejak", "saya", "kami", "mereka", "bapak", "tentang",
    "terhadap", "bagi", "agar", "supaya", "namun", "tetapi", "sangat", "lebih", "para", "telah",
    "sedang", "bisa", "dapat", "harus", "adalah", "ialah", "yaitu", "serta", "kata", "lagi",
    "pernah", "hari", "sama", "saat", "waktu", "sebagai", "tersebut",
))  # fmt: skip


class Why:
    """Why a complaint resembles another (as text, the Indonesian; the window says it in
    its language)."""

    ID_NUMBER = Text("why.id_number")
    PHONE = Text("why.phone")
    LAPOR = Text("why.lapor")
    SIMILAR = Text("why.similar")


@dataclass(frozen=True)
class Probe:
    """What the form holds so far. id_number: digits; phone: E.164."""

    id_number: str = ""
    phone: str = ""
    lapor_tracking_id: str = ""
    summary: str = ""
    received_at: datetime | None = None  # aware; None: now
    exclude_id: int | None = None  # the complaint itself (its own page)

    def empty(self) -> bool:
        return not (
            self.id_number
            or self.phone
            or bare_lapor(self.lapor_tracking_id)
            or significant_words(self.summary)
        )


@dataclass(frozen=True)
class Earlier:
    id: int
    tracking_number: str
    received_at: datetime  # local
    complainant: str  # as lists show it (a confidential one masked)
    summary: str
    status: str
    reasons: tuple[str, ...]
    similarity: float = 0.0  # of the summaries, when similar


@dataclass
class _Found:
    reasons: list[str] = field(default_factory=list)
    similarity: float = 0.0


def probe_of(
    data: ComplaintInput, exclude_id: int | None = None, until_received: bool = False
) -> Probe:
    """The probe of a complaint as typed or as recorded: its identity number as digits, its
    phone in E.164 (nothing while it is not a phone yet). `until_received`: only complaints
    received up to it (a recorded complaint's page); else any recorded so far (intake)."""
    try:
        phone = normalize_phone(data.phone) if data.phone.strip() else ""
    except IdentityError:
        phone = ""
    digits = clean_digits(data.id_number)
    received = data.received_at if data.received_at.tzinfo else None
    return Probe(
        digits if digits.isdigit() and len(digits) >= 12 else "",
        phone,
        data.lapor_tracking_id.strip(),
        data.summary.strip(),
        received if until_received else None,
        exclude_id,
    )


def significant_words(summary: str) -> list[str]:
    """The words that say what a summary is about, lower case, each once, in order."""
    words = (w.casefold() for w in WORD.findall(summary))
    return list(dict.fromkeys(w for w in words if len(w) >= 4 and w not in COMMON))


def similarity(a: str, b: str) -> float:
    """The share of significant words two summaries have in common (0..1)."""
    left, right = set(significant_words(a)), set(significant_words(b))
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def bare_lapor(typed: str) -> str:
    return LAPOR_PREFIX.sub("", typed).strip()


def earlier_complaints(engine: Engine, probe: Probe, viewer_id: int | None = None) -> list[Earlier]:
    """The probable earlier complaints, the strongest first (an identity match before any
    similar summary, then more reasons, then newer); those the viewer may not see are left
    out."""
    with reading(engine) as session:
        return find(session, probe, viewer_id)


def find(session: Session, probe: Probe, viewer_id: int | None = None) -> list[Earlier]:
    """earlier_complaints inside the caller's read."""
    visible = scope(session, viewer_id)  # first: an inactive account reads nothing
    found: dict[int, _Found] = {}
    for reason, ids in _identity_matches(session, probe):
        for cid in ids:
            found.setdefault(cid, _Found()).reasons.append(reason)
    for cid, score in similar_summaries(session, probe).items():
        entry = found.setdefault(cid, _Found())
        entry.reasons.append(Why.SIMILAR)
        entry.similarity = score
    if probe.exclude_id is not None:  # the complaint itself, and those already linked to it
        for cid in (probe.exclude_id, *_linked(session, probe.exclude_id)):
            found.pop(cid, None)
    if not found:
        return []
    stmt = (
        select(
            Complaint.id,
            Complaint.tracking_number,
            Complaint.received_at,
            Complaint.summary,
            Complaint.status,
            Complaint.anonymous,
            Complaint.confidential,
            Complainant.name,
        )
        .join(Complainant, Complainant.id == Complaint.complainant_id)
        .where(Complaint.id.in_(found), *visible)
    )
    rows = [
        Earlier(
            r.id,
            r.tracking_number,
            to_local(r.received_at),
            listed_name(r.name, r.anonymous, r.confidential),
            r.summary,
            r.status,
            tuple(found[r.id].reasons),
            found[r.id].similarity,
        )
        for r in session.execute(stmt)
    ]
    # Who the complainant is outweighs what the summary says: a complaint of the same NIK,
    # phone or LAPOR! ID comes before every merely similar one and is never cut off by them.
    rows.sort(key=lambda e: (_identified(e), len(e.reasons), e.similarity, e.received_at, e.id),
              reverse=True)  # fmt: skip
    return rows[:SHOWN]


def _identified(earlier: Earlier) -> bool:
    return any(reason != Why.SIMILAR for reason in earlier.reasons)


def _linked(session: Session, complaint_id: int) -> list[int]:
    pairs = select(ComplaintLink.complaint_id, ComplaintLink.earlier_id).where(
        (ComplaintLink.complaint_id == complaint_id) | (ComplaintLink.earlier_id == complaint_id)
    )
    return [cid for pair in session.execute(pairs) for cid in pair]


def _newest(condition: Any, probe: Probe) -> Select[Any]:
    stmt = select(Complaint.id).where(condition)
    if probe.received_at is not None:
        stmt = stmt.where(Complaint.received_at <= probe.received_at)
    return stmt.order_by(Complaint.received_at.desc()).limit(PER_KIND)


def _identity_matches(session: Session, probe: Probe) -> list[tuple[str, list[int]]]:
    """(reason, complaint ids) for the same NIK, phone and LAPOR! ID, each through its index."""
    result: list[tuple[str, list[int]]] = []
    people = (
        (Why.ID_NUMBER, Complainant.id_number, probe.id_number),
        (Why.PHONE, Complainant.phone, probe.phone),
    )
    for reason, key, value in people:
        if value:
            persons = select(Complainant.id).where(key == value, key != "")
            stmt = _newest(Complaint.complainant_id.in_(persons), probe)
            result.append((reason, list(session.scalars(stmt))))
    lapor = bare_lapor(probe.lapor_tracking_id)
    if lapor:
        condition = Complaint.lapor_tracking_id.in_(lapor_forms(lapor))
        stmt = _newest(condition & (Complaint.lapor_tracking_id != ""), probe)
        result.append((Why.LAPOR, list(session.scalars(stmt))))
    return result


# -- similar summaries ---------------------------------------------------------------------------
def similar_summaries(
    session: Session, probe: Probe, counts: dict[str, int] | None = None
) -> dict[int, float]:
    """Complaint id -> similarity, for the summaries like the probe's received within WINDOW
    before it (and not after it). `counts`: words already counted (an import's rows share
    them), filled as it goes."""
    words = significant_words(probe.summary)
    if not words:
        return {}
    postgres = session.get_bind().dialect.name == "postgresql"
    # The longest words are counted (the rarest are among them): a long summary costs no more.
    counts = {} if counts is None else counts
    counted: dict[str, int] = {}
    for w in sorted(words, key=len, reverse=True)[:COUNTED_WORDS]:
        if w not in counts:
            counts[w] = _frequency(session, w, postgres)
        counted[w] = counts[w]
    words = list(counted)
    known = [w for w in words if counted[w]]  # a word in no complaint cannot be shared
    if not known:
        return {}
    rarest = sorted(known, key=lambda w: (counted[w], -len(w)))[:RAREST]
    until = probe.received_at or now_utc()
    span = _id_span(session, until - WINDOW, until)
    if span is None:
        return {}
    ids = _candidates(session, rarest, span, postgres, common=counted[rarest[0]] >= RARE_CAP)
    rows = session.execute(
        select(Complaint.id, Complaint.summary).where(
            Complaint.id.in_(ids),
            Complaint.received_at >= until - WINDOW,
            Complaint.received_at <= until,
        )
    )
    scores = {cid: similarity(probe.summary, summary) for cid, summary in rows}
    return {cid: score for cid, score in scores.items() if score >= MIN_SIMILARITY}


def _id_span(session: Session, low: datetime, high: datetime) -> tuple[int, int] | None:
    """The ids of the first and the last complaint received in [low, high], read at the two
    ends of the received-time index (ids follow the order complaints are recorded, so the
    complaints of the window lie between them; one imported with an earlier date lies
    outside and is not compared)."""
    first = session.scalar(select(Complaint.id).where(Complaint.received_at >= low,
                           Complaint.received_at <= high)
                           .order_by(Complaint.received_at, Complaint.id).limit(1))  # fmt: skip
    last = session.scalar(select(Complaint.id).where(Complaint.received_at >= low,
                          Complaint.received_at <= high)
                          .order_by(Complaint.received_at.desc(), Complaint.id.desc())
                          .limit(1))  # fmt: skip
    if first is None or last is None:
        return None
    return min(first, last), max(first, last)


def _fts_words(words: list[str]) -> str:
    """FTS5, the summary column: at least two of the words (the one when alone)."""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if len(quoted) == 1:
        return f"summary : {quoted[0]}"
    pairs = [f"({a} AND {b})" for i, a in enumerate(quoted) for b in quoted[i + 1 :]]
    return f"summary : ({' OR '.join(pairs)})"


def _tsquery(words: list[str]) -> str:
    """PostgreSQL to_tsquery text: at least two of the words (the one when alone)."""
    clean = [re.sub(r"\W", "", w) for w in words]
    if len(clean) == 1:
        return clean[0]
    return " | ".join(f"({a} & {b})" for i, a in enumerate(clean) for b in clean[i + 1 :])


def _vector_match(query: str) -> Any:
    return literal_column("complaint.search_vector").op("@@", return_type=Integer)(
        func.to_tsquery("simple", query)
    )


def _frequency(session: Session, word: str, postgres: bool) -> int:
    """How many complaints hold the word, counted up to RARE_CAP (index only). PostgreSQL:
    a word the planner's statistics know as very common (SURELY_COMMON, no row read) is not
    counted: its bitmap alone would cost 50 ms; any other is counted on the GIN index."""
    if postgres:
        matches = select(Complaint.id).where(_vector_match(_tsquery([word])))
        if planned_rows(session, matches) >= SURELY_COMMON:
            return RARE_CAP
        session.execute(text("SET LOCAL enable_seqscan = off"))
        session.execute(text("SET LOCAL enable_indexscan = off"))
        inner = matches.limit(RARE_CAP).subquery()
        found = int(session.scalar(select(func.count()).select_from(inner)) or 0)
        session.execute(text("RESET enable_seqscan"))
        session.execute(text("RESET enable_indexscan"))
        return found
    capped = (
        "SELECT count(*) FROM (SELECT rowid FROM complaint_fts "
        "WHERE complaint_fts MATCH :m LIMIT :n)"
    )
    return int(session.scalar(text(capped), {"m": _fts_words([word]), "n": RARE_CAP}) or 0)


def _candidates(session: Session, words: list[str], span: tuple[int, int], postgres: bool,
                common: bool) -> list[int]:  # fmt: skip
    """The newest CANDIDATES complaints numbered within `span` holding at least two of the
    words."""
    low, high = span
    if not postgres:
        newest = ("SELECT rowid FROM complaint_fts WHERE complaint_fts MATCH :m "
                  "AND rowid BETWEEN :low AND :high ORDER BY rowid DESC LIMIT :n")  # fmt: skip
        found = session.scalars(text(newest), {"m": _fts_words(words), "low": low, "high": high,
                                               "n": CANDIDATES})  # fmt: skip
        return [int(i) for i in found]
    # Held to one plan whatever the planner guesses: a common word walks the newest rows of
    # the span and stops at CANDIDATES; rare words are read from the GIN index and sorted.
    off = "enable_bitmapscan" if common else "enable_indexscan"
    session.execute(text(f"SET LOCAL {off} = off"))
    stmt = (
        select(Complaint.id)
        .where(_vector_match(_tsquery(words)), Complaint.id.between(low, high))
        .order_by(Complaint.id.desc())
        .limit(CANDIDATES)
    )
    found_pg = list(session.scalars(stmt))
    session.execute(text(f"RESET {off}"))
    return found_pg


# -- import -------------------------------------------------------------------------------------
IMPORT_SIMILAR_ROWS = 20  # a larger file is matched by identity and LAPOR! ID only
IMPORT_LINES = 50  # rows named; the rest counted
CHUNK = 500


def _by_value(session: Session, key: Any, values: set[str]) -> dict[str, str]:
    """value -> the newest tracking number recorded with it, through the column's index."""
    found: dict[str, tuple[datetime, str]] = {}
    ordered = sorted(values - {""})
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        stmt = select(key, Complaint.received_at, Complaint.tracking_number).where(
            key.in_(chunk), key != ""
        )
        if key.class_ is Complainant:
            stmt = stmt.join(Complaint, Complaint.complainant_id == Complainant.id)
        for value, received, number in session.execute(stmt):
            if value not in found or found[value][0] < received:
                found[value] = (received, number)
    return {value: number for value, (_at, number) in found.items()}


def import_resemblances(session: Session, items: list[tuple[int, Any]], where: str) -> list[str]:
    """One line per row of an import that resembles a complaint already recorded (the rows
    are ComplaintInput, numbered): same NIK, phone or LAPOR! ID, looked up in batches; and,
    in a file of at most IMPORT_SIMILAR_ROWS rows, a similar summary within 90 days."""
    nik = _by_value(session, Complainant.id_number, {i.id_number for _n, i in items})
    phone = _by_value(session, Complainant.phone, {i.phone for _n, i in items})
    lapor = _by_value(
        session, Complaint.lapor_tracking_id, {i.lapor_tracking_id for _n, i in items}
    )
    lines: list[str] = []
    counts: dict[str, int] = {}
    similar: dict[tuple[str, date], list[str]] = {}
    for number, item in items:
        found: dict[str, list[str]] = {}
        for table, value, why in (
            (nik, item.id_number, Why.ID_NUMBER),
            (phone, item.phone, Why.PHONE),
            (lapor, item.lapor_tracking_id, Why.LAPOR),
        ):
            if value and value in table:
                found.setdefault(table[value], []).append(why)
        if len(items) <= IMPORT_SIMILAR_ROWS:
            at = item.received_at if item.received_at.tzinfo else item.received_at.replace(
                tzinfo=UTC)  # fmt: skip
            key = (" ".join(significant_words(item.summary)), at.date())
            if key not in similar:  # rows of one file often repeat a summary
                probe = Probe(summary=item.summary, received_at=at)
                ids = list(similar_summaries(session, probe, counts))
                similar[key] = [str(n) for n in session.scalars(
                    select(Complaint.tracking_number).where(Complaint.id.in_(ids)))]  # fmt: skip
            for tracking in similar[key]:
                found.setdefault(tracking, []).append(Why.SIMILAR)
        if found:
            named = Joined(Text("import.resembled", number=n, why=tuple(w))
                           for n, w in list(found.items())[:3])  # fmt: skip
            lines.append(row_problem(where, number, Text("import.resembles", earlier=named)))
    if len(lines) > IMPORT_LINES:
        lines = [*lines[:IMPORT_LINES], Text("import.more_rows", count=len(lines) - IMPORT_LINES)]
    return lines
