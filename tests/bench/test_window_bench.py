"""The real main window over a million complaints, on SQLite and PostgreSQL (issue 11, items 3
and 7): run with `python -m pytest -m bench -s tests/bench/test_window_bench.py`. It prints each
step beside the same SQL run directly, and the memory beside its goal and a bare window; it
never fails on time. PENGADUAN_BENCH_SIZE, PENGADUAN_BENCH_DIR and PENGADUAN_BENCH_PG as for
tests/bench/test_bench.py; the window signs in with accounts added to a copy of the SQLite
database (in PENGADUAN_BENCH_WORK, default the temp folder), and to the PostgreSQL one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tests.bench import measure, window_speed

SIZE = int(os.environ.get("PENGADUAN_BENCH_SIZE", "1000000"))
FOLDER = Path(os.environ.get("PENGADUAN_BENCH_DIR", tempfile.gettempdir()))
WORK = Path(os.environ.get("PENGADUAN_BENCH_WORK", tempfile.gettempdir()))
PG_URL = os.environ.get("PENGADUAN_BENCH_PG", "")


@pytest.mark.bench
def test_window_on_sqlite() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    WORK.mkdir(parents=True, exist_ok=True)
    source = FOLDER / f"pengaduan-bench-{SIZE}.db"
    measure.demo_database(source, SIZE)  # made once, then only read
    url = window_speed.window_copy(source, WORK)
    measure.add_rare_complaints(url)
    window_speed.window_bench(url, SIZE)


@pytest.mark.bench
@pytest.mark.skipif(not PG_URL, reason="PENGADUAN_BENCH_PG names no PostgreSQL database")
def test_window_on_postgresql() -> None:
    url = measure.demo_database_at(PG_URL, SIZE)
    window_speed.with_accounts(url)
    measure.add_rare_complaints(url)
    window_speed.window_bench(url, SIZE)


def _expected(url: str, word: str) -> tuple[int, list[str]]:
    """Without the search: the complaints whose texts hold `word`, counted by a plain scan,
    and the tracking numbers of the first 20 in the list's order (newest first)."""
    import sqlite3

    texts = "lower(summary || ' ' || description || ' ' || complainant_name)"
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        count = db.execute(f"SELECT count(*) FROM complaint WHERE {texts} LIKE ?",
                           (f"%{word.lower()}%",)).fetchone()[0]  # fmt: skip
        first = [n for (n,) in db.execute(
            f"SELECT tracking_number FROM complaint WHERE {texts} LIKE ? "
            "ORDER BY received_at DESC, id DESC LIMIT ?",
            (f"%{word.lower()}%", window_speed.OPENED))]  # fmt: skip
    return count, first


def test_small_window_pass(tmp_path: Path) -> None:
    """The window benchmark over 2,000 complaints, in the default suite so that it does not
    rot: the rows were shown, each search found what a plain scan finds, the 20 complaints
    were opened (and let go when closed)."""
    source = tmp_path / "small.db"
    measure.demo_database(source, 2000)
    url = window_speed.window_copy(source, tmp_path)
    measure.add_rare_complaints(url)  # three more, for the rare word
    figures = window_speed.window_bench(url, 2003)
    ours, sql = figures["window"], figures["sql"]
    assert ours["rows"] == sql["rows"] == ours["rows_again"] == 2003
    assert ours["in_view"] >= 20  # a screen of rows at 1366×768
    assert ours["last_row"] == 2002
    assert abs(ours["middle_row"] - 1001) <= ours["in_view"]
    word_count, _ = _expected(url, window_speed.COMMON_WORD)
    name_count, first_named = _expected(url, window_speed.SURNAME)
    found = ours["found"]
    assert (found["word"], found["name"], found["rare"]) == (word_count, name_count, 3)
    assert found["nik"] >= 1 and found["phone"] >= 1 and found["number"] == 1
    assert word_count > 0 and name_count >= window_speed.OPENED
    assert ours["opened"] == first_named  # the rows of the name search, in order
    assert ours["pages_alive"] == 0
    assert all(sql[step]["statements"] >= 1 for step in window_speed.STEPS)
    assert figures["bare"]["rss"] > 0 and ours["rss"] > 0
