"""A busy month in the report tab: made off the GUI thread with the progress bar rising, and
a preview of its first and last pages rather than hundreds of page images."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.report_tab import PREVIEW_FIRST, PREVIEW_LAST, preview_pages
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import fill_office, pdf_pages


def test_preview_pages() -> None:
    assert preview_pages(3) == [0, 1, 2]
    assert preview_pages(PREVIEW_FIRST + PREVIEW_LAST) == list(range(15))
    assert preview_pages(300) == [*range(12), 297, 298, 299]


def test_a_busy_month_previews_its_first_and_last_pages(qtbot, window: MainWindow,
                                                        tmp_path: Path) -> None:  # fmt: skip
    assert window.engine is not None
    generate(window.engine, 3600, seed=5)  # about 300 a month
    fill_office(window.engine)
    tab = window.report
    heard: list[int] = []
    tab.progress.connect(heard.append)
    window.tabs.setCurrentWidget(tab)
    tab.month.setCurrentIndex(tab.month.findData("2026-10"))
    qtbot.waitUntil(lambda: tasks_running() == 0 and bool(tab.pdf), timeout=120_000)
    assert tab.pdf is not None
    total = pdf_pages(tab.pdf)
    assert total > PREVIEW_FIRST + PREVIEW_LAST
    assert tab.status.text() == f"Pratinjau: {total} halaman."
    widgets = [tab.pages.itemAt(i).widget() for i in range(tab.pages.count())]
    images = [
        w for w in widgets if isinstance(w, QLabel) and w.pixmap() and not w.pixmap().isNull()
    ]
    gaps = [w for w in widgets if isinstance(w, QLabel) and w.text()]
    assert len(images) == PREVIEW_FIRST + PREVIEW_LAST
    assert [g.text() for g in gaps] == [
        f"… halaman {PREVIEW_FIRST + 1}–{total - PREVIEW_LAST} tidak ditampilkan di pratinjau …\n"
        "simpan PDF atau cetak untuk membaca seluruhnya"
    ]
    assert widgets.index(gaps[0]) == PREVIEW_FIRST  # between the first pages and the last
    # The bar rose with the rows laid out, in the worker, and is hidden again.
    assert heard == sorted(heard) and heard[-1] == 100 and len(heard) > 10
    assert not tab.bar.isVisible()
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    qtbot.waitUntil(lambda: all(w.isVisible() for w in widgets))  # shown on the next turn
    narrowed: list[bool] = []
    for width in (1366, 1024):
        window.resize(width, 768)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        tab.scroll.verticalScrollBar().setValue(gaps[0].y() - 200)  # the gap in view
        window.grab().save(str(folder / f"report-long-month-{width}.png"))
        # Every page is read without scrolling sideways: at 1024 the pages are narrowed to
        # the column, keeping their proportions; at 1366 they have their own size.
        room = tab.scroll.viewport().width()
        qtbot.waitUntil(lambda r=room: all(i.width() <= r for i in images))
        assert not tab.scroll.horizontalScrollBar().isVisible()
        full = images[0].full.width()
        shown = images[0].pixmap()
        assert shown.width() == min(full, images[0].contentsRect().width())
        assert abs(shown.height() / shown.width() - images[0].full.height() / full) < 0.01
        narrowed.append(shown.width() < full)
    assert narrowed == [False, True]  # full size at 1366, narrowed at 1024
    assert Qt.AlignmentFlag.AlignCenter & gaps[0].alignment()
