"""What the damaged-database check (core.db_health) costs at start-up: the same at any size,
and set against the full `PRAGMA quick_check` it avoids and the whole `init_database`."""

from __future__ import annotations

from pathlib import Path

from pengaduan_desktop.core import db_health
from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.schema import init_database
from tests.bench.measure import demo_database, median_time, report


def _check(path: Path) -> None:
    db_health._checked.discard(path.absolute())  # measured again, not remembered
    db_health.check_sqlite_file(path)


def _quick_check(url: str) -> None:
    engine = create_db_engine(url)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA quick_check").all()
    engine.dispose()


def _open(url: str) -> None:
    engine = create_db_engine(url)
    init_database(engine)
    engine.dispose()


def damage_check(big_url: str, count: int, small: Path, rounds: int = 20) -> dict[str, float]:
    small_url, _ = demo_database(small, 10)
    big = Path(big_url.removeprefix("sqlite:///"))
    figures = {
        "check_small": median_time(lambda: _check(small), rounds),
        "check_big": median_time(lambda: _check(big), rounds),
        "open_big": median_time(lambda: _open(big_url), 5),
        "quick_check_big": median_time(lambda: _quick_check(big_url), 1),
    }
    ratio = figures["check_big"] / figures["check_small"]
    report(f"damaged-database check at start-up ({count:,} complaints, "
           f"{big.stat().st_size / 1e6:,.0f} MB)", [  # fmt: skip
        ("header + schema check, 10 complaints", f"{figures['check_small'] * 1000:.2f} ms"),
        (f"header + schema check, {count:,}", f"{figures['check_big'] * 1000:.2f} ms"),
        ("ratio big / small (limit: 3)", f"{ratio:.2f}"),
        ("share of create_db_engine + init_database",
         f"{figures['check_big'] / figures['open_big'] * 100:.1f}% of "
         f"{figures['open_big'] * 1000:.0f} ms"),
        ("PRAGMA quick_check (avoided)", f"{figures['quick_check_big'] * 1000:,.0f} ms"),
    ])  # fmt: skip
    return figures
