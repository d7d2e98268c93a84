"""Paints the case list's cells. Qt's own delegate asks the model seven roles of each cell
(seven calls into Python) and lays each text out afresh at every paint; a screen of the list
is some 250 cells, painted again at every scroll, search, selection and page arrival. This one
asks the model once a cell (CaseListModel.cell) and draws one line of text, elided at the
right as Qt elides it, laid out once (QStaticText) and kept for the next paints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

if TYPE_CHECKING:
    from pengaduan_desktop.ui.case_model import CaseListModel

Index = QModelIndex | QPersistentModelIndex
# The state's bits as plain ints: a Python enum's '&' costs more than the rest of a cell.
SELECTED = QStyle.StateFlag.State_Selected.value
ACTIVE = QStyle.StateFlag.State_Active.value
FOCUSED = QStyle.StateFlag.State_HasFocus.value
# The characters of the rows' texts: tracking numbers, dates, names, summaries, the states'
# marks (ui.case_pages.SLA_MARK).
GLYPHS = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz", "0123456789/-:.,()'\"!?&",
          "●◷⚠✔✖⊘‖→▪≡—…")  # fmt: skip
KEPT = 4096  # texts laid out: a few screens' worth (a new search brings new ones)


class Look(NamedTuple):
    """What every cell shares, asked of the view once (again when the row height changes)."""

    height: int  # of a row
    margin: int  # Qt's text margin in an item view
    top: int  # from the row's top to the text's
    highlight: tuple[QBrush, QBrush]  # a selected row's background: active, inactive window
    highlighted_text: tuple[QColor, QColor]
    text: tuple[QColor, QColor]


class CaseCells(QStyledItemDelegate):
    def __init__(self, model: CaseListModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model
        self._look: Look | None = None
        self._shown_texts: dict[tuple[str, int], QStaticText] = {}
        self._font = QFont()
        self._metrics = QFontMetrics(self._font)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        text, background, foreground = self.model.cell(index.row(), index.column())
        rect, state = option.rect, option.state.value
        look = self._look
        if look is None or look.height != rect.height():
            look = self._look = self._look_of(option)
        group = 0 if state & ACTIVE else 1
        if state & SELECTED:
            painter.fillRect(rect, look.highlight[group])
            pen = look.highlighted_text[group]
        else:
            if background is not None:
                painter.fillRect(rect, background)
            pen = foreground.color() if foreground is not None else look.text[group]
        if state & FOCUSED:  # the current cell's dotted frame, as Qt's delegate draws it
            self._focus_frame(painter, option)
        if not text:
            return
        shown = self._shown(text, rect.width() - 2 * look.margin)
        painter.setPen(pen)
        painter.drawStaticText(rect.left() + look.margin, rect.top() + look.top, shown)

    def forget(self) -> None:
        """Lay every text out afresh at the next paint (benchmarks: a paint after a search)."""
        self._shown_texts.clear()

    def _look_of(self, option: QStyleOptionViewItem) -> Look:
        widget = option.widget
        style = widget.style() if widget is not None else None
        margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
                  if style is not None else 3)  # fmt: skip
        palette: QPalette = option.palette
        groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
        height = option.rect.height()
        self._font = QFont(option.font)  # copies: the option goes
        self._metrics = QFontMetrics(self._font)
        self._shown_texts.clear()
        highlight = [QBrush(palette.brush(g, QPalette.ColorRole.Highlight)) for g in groups]
        highlighted = [QColor(palette.color(g, QPalette.ColorRole.HighlightedText)) for g in groups]
        text = [QColor(palette.color(g, QPalette.ColorRole.Text)) for g in groups]
        return Look(height, margin, (height - self._metrics.height()) // 2,
                    (highlight[0], highlight[1]), (highlighted[0], highlighted[1]),
                    (text[0], text[1]))  # fmt: skip

    def _shown(self, text: str, width: int) -> QStaticText:
        """The text elided to the width, laid out once for every paint after. Most texts fit:
        laid out whole first, and only one too wide is measured again and elided."""
        key = (text, width)
        shown = self._shown_texts.get(key)
        if shown is None:
            if len(self._shown_texts) >= KEPT:
                self._shown_texts.clear()
            if len(text) * self._metrics.averageCharWidth() > width:  # likely too wide
                text_shown = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                shown = self._laid_out(text_shown)  # laid out once, as it is shown
            else:
                shown = self._laid_out(text)
                if shown.size().width() > width:
                    elided = self._metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                    shown = self._laid_out(elided)
            self._shown_texts[key] = shown
        return shown

    def _laid_out(self, text: str) -> QStaticText:
        shown = QStaticText(text)
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.prepare(QTransform(), self._font)
        return shown

    def warm(self, font: QFont) -> None:
        """Draw every character a row may show once, off the screen, in the table's font:
        the glyphs are rasterised and cached while the password is typed, not during the
        first paint of the rows (which they made some milliseconds longer)."""
        image = QImage(64, 16, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setFont(font)
        for line in GLYPHS:
            shown = QStaticText(line)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.prepare(QTransform(), font)
            painter.drawStaticText(0, 0, shown)
        painter.end()

    @staticmethod
    def _focus_frame(painter: QPainter, option: QStyleOptionViewItem) -> None:
        from PySide6.QtWidgets import QStyleOptionFocusRect

        frame = QStyleOptionFocusRect()
        frame.rect = option.rect
        frame.state = option.state
        frame.palette = option.palette
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, frame, painter, widget)
