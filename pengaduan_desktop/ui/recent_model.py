"""Table model of the most recent complaints (the reprint panel on the intake tab)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from pengaduan_desktop.core.list_cells import words
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.table_model import HeaderedTableModel

if TYPE_CHECKING:
    from pengaduan_desktop.core.queries import RecentRow

Index = QModelIndex | QPersistentModelIndex
# The panel is narrow: number, name and due date; the summary shows as a tooltip.
NUMBER, COMPLAINANT, DUE = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecentComplaintsModel(HeaderedTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RecentRow] = []
        self._headers = [self.tr("Nomor"), self.tr("Pengadu"), self.tr("Batas waktu")]

    def set_rows(self, rows: list[RecentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.tracking_number
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                NUMBER: row.tracking_number,
                # Anonim and (dirahasiakan) in the window's language, as in the case list
                COMPLAINANT: words(language.current()).names.get(row.complainant, row.complainant),
                DUE: row.due_date.strftime("%d/%m/%Y"),
            }[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            received = row.received_at.strftime("%d/%m/%Y %H:%M")
            return self.tr("{summary}\nDiterima {received} WIB").format(
                summary=row.summary, received=received
            )
        return None

    def tracking_number(self, row: int) -> str | None:
        return self._rows[row].tracking_number if 0 <= row < len(self._rows) else None
