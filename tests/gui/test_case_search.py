"""The case list's search box finds people: a phone, a NIK or a LAPOR! ID typed as the officer
types it shows that complaint."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui.main_window import MainWindow
from tests.helpers import complaint

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
NIK = "6104021505850002"


def test_typing_a_phone_nik_or_lapor_id_shows_that_complaint(
    qtbot, engine: Engine, window: MainWindow, tmp_path: Path
) -> None:
    generate(engine, 300, seed=7, now=NOW)
    wanted = register(engine, complaint(name="Yohanes Ding", phone="+6281256789012",
                                        id_number=NIK)).tracking_number  # fmt: skip
    register(engine, complaint(name="Maria Ulfa", phone="081256789013"))
    lapor = register(engine, complaint(name="Rudi Hartono", channel="lapor", form="tertulis",
                                       lapor_tracking_id="#1916449")).tracking_number  # fmt: skip
    window.tabs.setCurrentWidget(window.cases)
    tab = window.cases
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.apply_filter()
    total = tab.model.rowCount()
    assert total == 303

    def search(typed: str, number: str) -> None:
        tab.search.clear()
        qtbot.waitUntil(lambda: tab.model.rowCount() == total, timeout=20_000)
        qtbot.keyClicks(tab.search, typed)
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=20_000)
        assert tab.model.data(tab.model.index(0, 0)) == number, typed
        assert tab.count.text() == "1 pengaduan"

    search("0812-5678-9012", wanted)
    folder = os.environ.get("PENGADUAN_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        window.grab().save(str(Path(folder) / "case-list-search-phone.png"))
    search("+62 812 5678 9012", wanted)
    search("6104 0215 0585 0002", wanted)
    search("1916449", lapor)


def test_a_common_word_shows_its_rows_with_an_estimate_then_the_count(
    qtbot, engine: Engine, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    """Many matches: the first rows come with "≈" and an estimate; the exact count follows,
    and the rows are those of a plain sorted query."""
    from pengaduan_desktop.core import caselist
    from pengaduan_desktop.core.caselist import CaseFilter, count_cases, fetch_page
    from pengaduan_desktop.core.indonesian import thousands
    from pengaduan_desktop.core.search_strategy import Strategy

    monkeypatch.setattr(caselist, "FEW_LEAST", 0)  # 450 complaints: many from about 210
    generate(engine, 450, seed=7, now=NOW)
    tab = window.cases
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.apply_filter()
    qtbot.waitUntil(lambda: tab.model.exact, timeout=20_000)
    seen: list[tuple[str, bool]] = []
    tab.model.loaded.connect(lambda _count: seen.append((tab.count.text(), tab.model.exact)))
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    with qtbot.waitSignal(tab.model.counted, timeout=20_000):
        qtbot.keyClicks(tab.search, "tidak")
        qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
        shoot(window, folder, "case-list-search-estimate")
    exact = count_cases(engine, CaseFilter(search="tidak"))
    assert tab.model.query is not None and tab.model.query.strategy is Strategy.MANY
    assert seen[0][0].startswith("≈ ") and not seen[0][1], seen
    assert tab.model.exact and tab.count.text() == f"{thousands(exact)} pengaduan"
    assert tab.model.rowCount() == exact
    expected = fetch_page(engine, CaseFilter(search="tidak"), limit=1000, strategy=Strategy.FEW)
    assert [tab.model.data(tab.model.index(r, 0)) for r in range(20)] == [
        r.tracking_number for r in expected[:20]
    ]
    shoot(window, folder, "case-list-search-counted")


def shoot(window: MainWindow, folder: Path, name: str) -> None:
    """The window as the officer sees it at both office screen widths."""
    folder.mkdir(parents=True, exist_ok=True)
    size = window.size()
    for width in (1366, 1024):
        window.resize(width, 768)
        window.grab().save(str(folder / f"{name}-{width}.png"))
    window.resize(size)
