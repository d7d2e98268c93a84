"""Choosing a table's row from the program (a reload keeping the officer's choice, Home and
End, the first row after a search), whatever keys are held.

QTableView.selectRow and QTableView.setCurrentIndex ask the keyboard which modifiers are down:
with Ctrl or Shift held (or reported held by the last key event, as after Ctrl+A in another
field) they add to the selection or extend it instead of choosing one row. The program's own
choice goes to the selection model with an explicit command."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView


def choose_row(view: QAbstractItemView, row: int, keep_scroll: bool = False) -> None:
    """Select exactly that row and make it current (its column stays the current column).
    The view scrolls to it unless keep_scroll: a row followed in place stays where it is."""
    model = view.model()
    column = max(view.currentIndex().column(), 0)
    flags = QItemSelectionModel.SelectionFlag
    bar = view.verticalScrollBar()
    scrolled = bar.value()
    view.selectionModel().setCurrentIndex(
        model.index(row, column), flags.ClearAndSelect | flags.Rows
    )
    if keep_scroll:
        bar.setValue(scrolled)
