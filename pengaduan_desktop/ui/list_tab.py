"""What every tab of the office's lists shares: a table of the rows on the left, the form of
the chosen row on the right with each message under its field, and Baru / Simpan / Hapus.
Reading and writing run off the GUI thread (ui.tasks); a saved change is announced with
`changed` so the desk refreshes its lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.core.field_errors import FieldsInvalid
from pengaduan_desktop.ui.msgbox import ask, show_error
from pengaduan_desktop.ui.operations import Operation, changed
from pengaduan_desktop.ui.rejection_reasons_dialog import ERROR_STYLE, INACTIVE, OK_STYLE
from pengaduan_desktop.ui.row_choice import choose_row
from pengaduan_desktop.ui.tasks import run_task


def sentence(text: str) -> str:
    from pengaduan_desktop.ui.language import say

    text = say(text)  # a core message in the window's language
    return text[:1].upper() + text[1:]


def with_error_line(widget: QWidget) -> tuple[QVBoxLayout, QLabel]:
    """The widget with its message line under it (hidden until there is something to say)."""
    error = QLabel()
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.hide()
    column = QVBoxLayout()
    column.setSpacing(2)
    column.addWidget(widget)
    column.addWidget(error)
    return column, error


class ListTab(QWidget):
    """Subclasses say what a row is: `load`, `cells`, `show_row`, `clear_form`, `save_call`,
    and, when rows may be deleted, `delete_call` and `why_kept`."""

    changed = Signal()
    loaded = Signal()
    # What a row is called in messages ("pegawai", "unit kerja"): a subclass's own is marked
    # QT_TRANSLATE_NOOP("ListTab", ...) to be translated where it is shown.
    noun = QT_TRANSLATE_NOOP("ListTab", "isian")
    name_column = 0  # the cell that names a row

    def __init__(self, engine: Engine, acting_officer: Callable[[], int | None],
                 headers: list[str], intro: str, deletable: bool = False,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.engine = engine
        self.acting_officer = acting_officer
        self.rows: list[Any] = []
        self.editing: int | None = None  # the id of the row in the form; None: a new one
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.viewport().installEventFilter(self)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Baru"))
        self.save_button = QPushButton(self.tr("Simpan"))
        self.delete_button = QPushButton(self.tr("Hapus"))
        self.delete_button.setVisible(deletable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(self.message)
        right.addStretch(1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(right, 2)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(body, 1)
        self.table.currentCellChanged.connect(lambda row, *_: self._chosen(row))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setAutoDefault(False)

    # -- what a subclass says ------------------------------------------------------------
    def load(self) -> list[Any]:  # runs off the GUI thread: no widgets
        raise NotImplementedError

    def row_id(self, row: Any) -> int:
        return int(row.id)

    def cells(self, row: Any) -> list[str]:
        raise NotImplementedError

    def active(self, row: Any) -> bool:
        return bool(row.active)

    def show_row(self, row: Any) -> None:
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError

    def save_call(self, editing: int | None, officer: int | None) -> Callable[[], Any]:
        """A function for the worker that saves the form and returns the row's id."""
        raise NotImplementedError

    @staticmethod
    def add_or_change(editing: int | None, add: Callable[[], int],
                      change: Callable[[int], None]) -> Callable[[], int]:  # fmt: skip
        """The worker's save: add a row (returns its id) or change the one being edited."""

        def run() -> int:
            if editing is None:
                return add()
            change(editing)
            return editing

        return run

    def delete_call(self, row_id: int, officer: int | None) -> Callable[[], Any]:
        raise NotImplementedError

    def why_kept(self, row: Any) -> str:
        """Why this row may not be deleted ("" when it may)."""
        return ""

    # -- the form --------------------------------------------------------------------------
    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        column, error = with_error_line(widget)
        self.form.addRow(label, column)
        self.errors[key] = error
        self.inputs[key] = widget

    def clear_errors(self, keep_message: bool = False) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()
        if not keep_message:
            self.message.clear()

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, text in errors.items():
            label = self.errors.get(key)
            if label is None:
                self.say(text, ok=False)
                continue
            label.setText(sentence(text))
            label.show()
        first = next((self.inputs[k] for k in self.inputs if k in errors), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str, ok: bool = True) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(sentence(text))

    # -- reading -------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        run_task(self.load, lambda rows: self._loaded(rows, select), self._failed)

    def _loaded(self, rows: list[Any], select: int | None) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = self.cells(row)
            if not self.active(row):
                n = self.name_column
                cells[n] = self.tr("{name} (nonaktif)").format(name=cells[n])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not self.active(row):
                    item.setForeground(QBrush(INACTIVE))
                self.table.setItem(r, c, item)
        self._fit_columns()
        ids = [self.row_id(row) for row in rows]
        target = select if select in ids else self.editing if self.editing in ids else None
        if target is None and rows and self.editing is None and select is None:
            target = ids[0]
        if target is not None:
            choose_row(self.table, ids.index(target))
        self.table.blockSignals(False)
        if target is not None:
            self._chosen(ids.index(target), keep_message=True)
        self.loaded.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the table's viewport
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Every column visible without a sideways scroll: the widest are cut to one common
        width (the whole text is the tooltip)."""
        table = self.table
        wanted = [max(table.sizeHintForColumn(c), table.horizontalHeader().sectionSizeHint(c))
                  for c in range(table.columnCount())]  # fmt: skip
        room = table.viewport().width()
        cap = max(wanted, default=0)
        while cap > 60 and sum(min(w, cap) for w in wanted) > room:
            cap -= 8
        for c, width in enumerate(wanted[:-1]):  # the last takes what is left
            table.setColumnWidth(c, min(width, cap))

    def _chosen(self, index: int, keep_message: bool = False) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        self.editing = self.row_id(row)
        self.clear_errors(keep_message)
        self.show_row(row)
        kept = self.why_kept(row)
        self.delete_button.setEnabled(not kept)
        self.delete_button.setToolTip(kept)

    def start_new(self) -> None:
        self.editing = None
        self.table.clearSelection()
        self.clear_errors()
        self.clear_form()
        self.delete_button.setEnabled(False)
        self.delete_button.setToolTip("")
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first.setFocus()

    # -- writing -------------------------------------------------------------------------
    def save(self) -> None:
        self.clear_errors()
        self.save_button.setEnabled(False)
        call = self.save_call(self.editing, self.acting_officer())
        Operation(self, call, changed(lists=True)).success(self._saved).failure(
            self._failed).run_in_background(initiator=self)  # fmt: skip

    def _saved(self, row_id: int | None) -> None:
        self.save_button.setEnabled(True)
        self.editing = row_id
        self.reload(select=row_id)
        self.say(self.tr("✓ Tersimpan."))
        self.changed.emit()

    def delete(self) -> None:
        row_id = self.editing
        if row_id is None:
            return
        name = next(self.cells(r)[self.name_column] for r in self.rows if self.row_id(r) == row_id)
        call = self.delete_call(row_id, self.acting_officer())
        noun = QCoreApplication.translate("ListTab", self.noun)
        ask(self, self.tr("Hapus {noun}").format(noun=noun),
            self.tr("Hapus {name}? Ini tidak dapat dibatalkan.").format(name=name),
            self.tr("Hapus"), lambda: Operation(self, call, changed(lists=True)).success(
                self._deleted).failure(self._failed).run_in_background(initiator=self))  # fmt: skip

    def _deleted(self, _result: Any) -> None:
        self.editing = None
        self.reload()
        self.say(self.tr("✓ Dihapus."))
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, FieldsInvalid):
            self.show_errors(exc.errors)
        elif isinstance(exc, UserError):
            self.say(str(exc), ok=False)
        else:
            show_error(self, exc)
