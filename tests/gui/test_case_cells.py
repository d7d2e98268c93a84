"""The case list paints its own cells (ui.case_cells): each row's SLA colour behind it, the
selection, the text in the SLA colour for the due date and the state, long texts elided."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from sqlalchemy import Engine

from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.ui.case_model import DUE, NUMBER, SLA_BACKGROUND, SLA_FOREGROUND, SUMMARY
from pengaduan_desktop.ui.main_window import MainWindow

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)


@pytest.fixture
def demo(engine: Engine) -> Engine:
    generate(engine, 300, seed=5, now=NOW)
    return engine


def cell_pixels(image: QImage, table, row: int, column: int) -> list[QColor]:
    x0, y0 = table.columnViewportPosition(column), table.rowViewportPosition(row)
    width, height = table.columnWidth(column) - 1, table.rowHeight(row) - 1  # not the grid
    return [image.pixelColor(x, y) for x in range(x0, x0 + width) for y in range(y0, y0 + height)]


def distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_cells_are_painted_in_their_colours(qtbot, demo: Engine, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.cases)
    tab = window.cases
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.sla.setCurrentIndex(tab.sla.findData(Sla.OVERDUE.value))
    assert tab.model.rowCount() >= 3
    qtbot.waitUntil(lambda: tab.model.is_here(2) and not tab.model.loading(), timeout=20_000)
    tab.table.selectRow(1)
    table = tab.table
    qtbot.waitUntil(lambda: table.viewport().grab().toImage().pixelColor(
        table.columnViewportPosition(SUMMARY) + 1, table.rowViewportPosition(0) + 1)
        == SLA_BACKGROUND[Sla.OVERDUE], timeout=20_000)  # fmt: skip
    image = table.viewport().grab().toImage()

    late = cell_pixels(image, table, 0, NUMBER)
    assert late.count(SLA_BACKGROUND[Sla.OVERDUE]) > len(late) // 2  # the row's colour
    assert min(c.lightness() for c in late) < 100  # and its number written on it
    due = cell_pixels(image, table, 0, DUE)
    assert min(distance(c, SLA_FOREGROUND[Sla.OVERDUE]) for c in due) < 60  # in dark red

    palette = table.palette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    highlights = [palette.color(group, QPalette.ColorRole.Highlight) for group in groups]
    chosen = cell_pixels(image, table, 1, SUMMARY)
    assert max(chosen.count(colour) for colour in highlights) > len(chosen) // 2


def test_a_long_text_is_elided_to_its_column(qtbot, window: MainWindow) -> None:
    cells = window.cases.cells
    shown = cells._shown("Jalan " * 80, 120).text()
    assert shown.endswith("…") and len(shown) < 60
    assert cells._shown("Jalan rusak", 400).text() == "Jalan rusak"
