"""A long list of complaints drawn straight onto the page: one text object and one path of
grid lines per page, instead of a Platypus table that draws every cell on its own (a month
of thousands of complaints went from seconds to a fraction of one).

Long cells wrap within their column and are never cut: a text is measured once with the
font's widths, and only a text wider than its column is broken into lines (simpleSplit on the
plain string, no Paragraph). A row is as tall as its longest cell; rows stay whole on a page,
except a row taller than a quarter page, which continues on the next page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from pengaduan_desktop.core.text import without_controls

GRID = colors.HexColor("#b0b0b0")
HEAD = colors.HexColor("#e4e9f2")
PADDING = 2.0  # points left and right of a cell's text
LEADING = 1.2  # line height as a multiple of the font size
TALL_ROW = 200.0  # points: a row taller than this may continue on the next page
CONTINUED = "(lanjutan)"

Lines = list[str]
# Drawing: reportlab encodes every string for the embedded font's subsets, a character at a
# time in Python, which made the whole texts of a month's list several times slower to draw
# than the cut ones. Printable ASCII has fixed codes in the first subset (TTFont's
# asciiReadable), so once that subset is current such a line goes out as it is: the same
# operators reportlab writes ("(text) Tj T*"). Any other line takes reportlab's own path.
PRINTABLE_ASCII = re.compile(r"[ -~]*").fullmatch


def wrap_cell(text: str, width: float, font: str, size: float) -> Lines:
    """The text as the lines that fit `width`; one measurement for the usual short text.
    Control characters stored before the import refused them become a space (core.text)."""
    text = without_controls(text)
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return [text]
    lines: Lines = []
    for part in text.splitlines() or [""]:
        lines += simpleSplit(part, font, size, width) or [""]
    out: Lines = []
    for line in lines:  # a word longer than the column (a URL, a number) breaks by characters
        while len(line) > 1 and stringWidth(line, font, size) > width:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


class ListTable(Flowable):  # type: ignore[misc]
    """Rows of plain strings in fixed columns, wrapped in their cells; splits across pages
    between rows (and inside a row only when the row is very tall). Each cell is measured
    once, when the table is made; its parts on later pages reuse the lines and heights."""

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]],
                 widths: Sequence[float], fonts: tuple[str, str], size: float = 6.5,
                 cells: Sequence[Sequence[Lines]] | None = None,
                 heights: Sequence[float] | None = None,
                 repeat: Sequence[int] = ()) -> None:  # fmt: skip
        super().__init__()
        self.hAlign = "CENTER"  # placed like the Platypus tables of the same width
        self.header, self.widths = header, widths
        self.regular, self.bold = fonts
        self.size = size
        self.repeat = tuple(repeat)  # columns shown again when a tall row continues
        self.line = size * LEADING
        self.pad = size * 0.55  # above the first line and below the last
        if cells is None:
            cells = self._wrap_all(rows)
        self.cells = cells
        self.heights = list(heights) if heights is not None else [self._height(r) for r in cells]
        self.head = [wrap_cell(text, w - 2 * PADDING, self.bold, size)
                     for text, w in zip(header, widths, strict=True)]  # fmt: skip
        self.head_height = self._height(self.head)

    def _wrap_all(self, rows: Sequence[Sequence[str]]) -> list[list[Lines]]:
        # Dates, statuses and day counts repeat: each distinct text of a column is measured once.
        seen: list[dict[str, Lines]] = [{} for _ in self.widths]
        room = [w - 2 * PADDING for w in self.widths]
        out = []
        for row in rows:
            cells = []
            for column, text in enumerate(row):
                lines = seen[column].get(text)
                if lines is None:
                    lines = wrap_cell(text, room[column], self.regular, self.size)
                    if len(text) < 24:
                        seen[column][text] = lines
                cells.append(lines)
            out.append(cells)
        return out

    def _height(self, row: Sequence[Lines]) -> float:
        return max(len(lines) for lines in row) * self.line + 2 * self.pad

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.head_height + sum(self.heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        room = available_height - self.head_height
        used, fit = 0.0, 0
        for height in self.heights:
            if used + height > room:
                break
            used += height
            fit += 1
        if fit >= len(self.cells):
            return []
        first, rest = list(self.cells[:fit]), list(self.cells[fit:])
        first_heights, rest_heights = self.heights[:fit], self.heights[fit:]
        tall = rest[0]
        lines_left = int((room - used - 2 * self.pad) // self.line)
        if rest_heights[0] > TALL_ROW and lines_left >= 3:
            # A very tall row continues on the next page instead of leaving a gap.
            first.append([lines[:lines_left] for lines in tall])
            continued = [lines[lines_left:] for lines in tall]
            for column in self.repeat:  # the continuation names its row
                continued[column] = [line for line in tall[column] if line != CONTINUED]
            if self.repeat:
                continued[self.repeat[-1]].append(CONTINUED)
            rest[0] = continued
            first_heights.append(self._height(first[-1]))
            rest_heights[0] = self._height(rest[0])
        if not first:
            return []
        return [self._part(first, first_heights), self._part(rest, rest_heights)]

    def _part(self, cells: Sequence[Sequence[Lines]], heights: Sequence[float]) -> ListTable:
        return ListTable(self.header, [], self.widths, (self.regular, self.bold), self.size,
                         cells, heights, self.repeat)  # fmt: skip

    def draw(self) -> None:
        canvas, width = self.canv, sum(self.widths)
        rows = [self.head, *self.cells]
        heights = [self.head_height, *self.heights]
        top = self.height
        canvas.setFillColor(HEAD)
        canvas.rect(0, top - heights[0], width, heights[0], stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        lines = canvas.beginPath()
        y = top
        for h in [0.0, *heights]:
            y -= h
            lines.moveTo(0, y)
            lines.lineTo(width, y)
        x = 0.0
        for w in [*self.widths, 0]:
            lines.moveTo(x, top - sum(heights))
            lines.lineTo(x, top)
            x += w
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.3)
        canvas.drawPath(lines, stroke=1, fill=0)
        text = canvas.beginText()
        text.setLeading(self.line)
        escape = canvas._escape
        y = top
        lift = self.size * 0.22 + (self.line - self.size) / 2  # from the line's foot
        for r, (row, h) in enumerate(zip(rows, heights, strict=True)):
            text.setFont(self.bold if r == 0 else self.regular, self.size)
            x = PADDING
            first_baseline = y - self.pad - self.line + lift
            for cell, w in zip(row, self.widths, strict=True):
                if any(cell):
                    # One origin per cell, then each line and T* (down by the leading);
                    # _textOut skips measuring a width nobody needs.
                    text.setTextOrigin(x, first_baseline)
                    for line in cell:
                        if text._curSubset == 0 and PRINTABLE_ASCII(line):
                            text._code.append(f"({escape(line)}) Tj T*")
                        else:
                            text._textOut(line, TStar=1)
                x += w
            y -= h
        canvas.drawText(text)
