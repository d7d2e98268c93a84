"""The SQLite walk's test of a row (core.word_match.condition) answers most rows in SQLite's
own C and asks Python only of the rest: it finds exactly what FTS5 finds, on ASCII texts, on
texts with diacritics or other letters, and on a row with an empty description."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import Engine, update

from pengaduan_desktop.core.caselist import CaseFilter, fetch_page
from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.search import fts_match
from pengaduan_desktop.core.search_strategy import Strategy
from pengaduan_desktop.core.word_match import query_words
from tests.helpers import complaint

NAMES = ["Đặng Thị Ŝ", "Święty Łukasz", "José Müller", "AÇAÍ_bowl", "SP2D-2026/07 terlambat",
         "naïve café", "İstanbul", "Straße Æsir", "Budi Pratama", "KELVIN Kota"]  # fmt: skip


@pytest.fixture
def texts(sqlite_engine: Engine) -> Engine:
    for name in NAMES:
        register(sqlite_engine, complaint(name=name, summary=f"Perihal {name}"))
    bare = register(sqlite_engine, complaint(name="Tanpa Uraian", summary="Jalan rusak"))
    with writing(sqlite_engine) as session:
        session.execute(update(Complaint).where(Complaint.id == bare.id).values(description=""))
    return sqlite_engine


def found(engine: Engine, typed: str, strategy: Strategy) -> set[int]:
    rows = fetch_page(engine, CaseFilter(search=typed), limit=100, strategy=strategy)
    return {r.id for r in rows}


def test_the_walk_finds_what_the_index_finds(texts: Engine) -> None:
    typed_words = {w for name in NAMES for w in re.findall(r"\w+", name)}
    typed_words |= {"perih", "zzz", "jalan", "rus", "uraian", "kel", "dang", "đang", "cafe",
                    "istan", "sp2d 2026", "budi pratama", "pratama zzz"}  # fmt: skip
    asked = 0
    for word in sorted(typed_words):
        for typed in {word, word[:3], word.lower(), word.upper()}:
            if query_words(re.findall(r"\w+", typed)) is None or fts_match(typed) is None:
                continue  # a phrase or a number: not asked of the walk
            many = found(texts, typed, Strategy.MANY)
            assert many == found(texts, typed, Strategy.FEW), typed
            asked += bool(many)
    assert asked > 20  # the words did find rows: the test compares something


def test_a_row_with_an_empty_description_is_still_found(texts: Engine) -> None:
    with reading(texts) as session:
        assert session.query(Complaint).filter(Complaint.description == "").count() == 1
    assert len(found(texts, "Jalan", Strategy.MANY)) == 1
    assert len(found(texts, "Uraian", Strategy.MANY)) == 1
