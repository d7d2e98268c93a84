"""The full-text match of SQLite's index, tested on one row's own text: each typed word begins
a word of the tracking number, the complainant's name, the summary or the description, with
case and diacritics ignored (FTS5's unicode61 tokenizer, remove_diacritics 2). A walk of the
sort order probes each row with it: FTS5 cannot answer "does this row match" without reading
every match of a prefix first."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from functools import lru_cache
from typing import Any

from sqlalchemy import Boolean, ColumnElement, LargeBinary, and_, case, cast, false, func, not_, or_

FUNCTION = "words_match"


def fold(text: str) -> str:
    """Lower case, without the diacritics that decompose (a letter with a stroke, such as
    'Đ', keeps it), as the tokenizer folds a token."""
    if text.isascii():
        return text.lower()
    bare = unicodedata.normalize("NFD", text)
    return "".join(c for c in bare if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=64)
def _patterns(words: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each word, and the pattern that finds it only where a token begins (not after a
    letter or digit)."""
    return tuple((w, re.compile(r"(?<![^\W_])" + re.escape(w))) for w in words.split())


def words_match(words: str, *columns: str | None) -> bool:
    """`words`: the folded words, space-separated. Every word begins a token of a column.
    The columns are joined by a line break, which no token spans."""
    text = fold("\n".join(c for c in columns if c))
    # Most rows lack a word altogether: the plain substring test says so fastest.
    return all(w in text and p.search(text) for w, p in _patterns(words))


def query_words(typed_words: list[str]) -> str | None:
    """The typed words folded for words_match, or None when a word is not one single token
    (the index would read it as a phrase: only the index itself answers that)."""
    folded = [fold(w) for w in typed_words]
    if not folded or any(not re.fullmatch(r"[^\W_]+", w) for w in folded):
        return None
    return " ".join(folded)


_built: dict[tuple[str, tuple[int, ...]], ColumnElement[bool]] = {}


def condition(words: str, *columns: Any) -> ColumnElement[bool]:
    """The condition below, built once for the words (building it costs milliseconds, and
    each keystroke asks for it more than once). Columns are told apart by identity: SQL
    columns' == builds an expression."""
    key = (words, tuple(id(c) for c in columns))
    built = _built.get(key)
    if built is None:
        if len(_built) >= 64:
            _built.clear()
        built = _built[key] = _condition(words, *columns)
    return built


def _condition(words: str, *columns: Any) -> ColumnElement[bool]:
    """The SQL that asks words_match of a row, with a test in SQLite's own C first: a call into
    Python costs a few microseconds a row, and most rows of a walk fail. A row whose texts are
    all ASCII (as many characters as bytes; a missing text counts as ASCII) and where some word
    is not even a substring of a text, case aside, cannot match, since folding ASCII is lowering
    it; only the others are asked. LIKE ignores the case of ASCII letters as lowering does, and
    costs less than lowering each text (a folded word holds no '%' or '_': query_words). Tokens
    do not span texts, so a word is sought in each text."""
    every_word = and_(*(or_(*(c.like(f"%{word}%") for c in columns))
                        for word in words.split()))  # fmt: skip
    ascii_only = and_(*(func.length(c) == func.length(cast(c, LargeBinary)) for c in columns))
    asked = func.words_match(words, *columns, type_=Boolean)
    # CASE: evaluated in this order, whatever the planner does with the terms of a WHERE.
    return case((or_(every_word, not_(ascii_only)), asked), else_=false())


def register(connection: sqlite3.Connection) -> None:
    connection.create_function(FUNCTION, -1, words_match, deterministic=True)
