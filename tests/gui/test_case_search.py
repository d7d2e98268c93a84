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
