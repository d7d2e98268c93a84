"""Reading the case list's rows in tests: its pages arrive in the background, so a row is
asked for (scrolled into view, for the tab) and then waited for."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView

from pengaduan_desktop.ui.case_model import ID_ROLE, CaseListModel


def here(model: CaseListModel, row: int) -> bool:
    """The row's page has arrived (asking for it when it has not)."""
    return model.data(model.index(row, 0), ID_ROLE) is not None


def read_row(qtbot, model: CaseListModel, row: int, column: int = 0, role: int = 0) -> Any:
    """A row of a model with no view: asked for, waited for."""
    qtbot.waitUntil(lambda: here(model, row), timeout=20_000)
    return model.data(model.index(row, column), role)


def show_row(qtbot, tab, row: int, column: int = 0) -> Any:
    """A row of the case list tab: scrolled to the top of the table, waited for."""
    tab.table.scrollTo(tab.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.waitUntil(lambda: here(tab.model, row), timeout=20_000)
    return tab.model.data(tab.model.index(row, column))
