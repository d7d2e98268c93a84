"""A long list of complaints drawn straight onto the page: one text object and one path of
grid lines per page, instead of a Platypus table that draws every cell on its own (a month
of thousands of complaints went from seconds to a fraction of one)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

GRID = colors.HexColor("#b0b0b0")
HEAD = colors.HexColor("#e4e9f2")


def fit(text: str, width: float, font: str, size: float) -> str:
    """The text, cut with an ellipsis where it would cross into the next column."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(1, int(len(text) * 0.9)) - 1] if len(text) > 12 else text[:-1]
    return text + "…"


class ListTable(Flowable):  # type: ignore[misc]
    """Rows of short plain strings in fixed columns; splits across pages by whole rows."""

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]],
                 widths: Sequence[float], fonts: tuple[str, str], size: float = 6.5,
                 row_height: float = 11.0) -> None:  # fmt: skip
        super().__init__()
        self.header, self.rows, self.widths = header, rows, widths
        self.regular, self.bold = fonts
        self.size, self.row_height = size, row_height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.row_height * (len(self.rows) + 1)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        fit = int(available_height // self.row_height) - 1  # one row for the header
        if fit < 1 or fit >= len(self.rows):
            return []
        args = (self.header, self.widths, (self.regular, self.bold), self.size, self.row_height)
        return [ListTable(args[0], self.rows[:fit], *args[1:]),
                ListTable(args[0], self.rows[fit:], *args[1:])]  # fmt: skip

    def draw(self) -> None:
        canvas, h, width = self.canv, self.row_height, sum(self.widths)
        top = self.height
        canvas.setFillColor(HEAD)
        canvas.rect(0, top - h, width, h, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        lines = canvas.beginPath()
        for i in range(len(self.rows) + 2):
            lines.moveTo(0, top - i * h)
            lines.lineTo(width, top - i * h)
        x = 0.0
        for w in [*self.widths, 0]:
            lines.moveTo(x, 0)
            lines.lineTo(x, top)
            x += w
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.3)
        canvas.drawPath(lines, stroke=1, fill=0)
        text = canvas.beginText()
        baseline = h * 0.32
        for r, row in enumerate([self.header, *self.rows]):
            text.setFont(self.bold if r == 0 else self.regular, self.size)
            x = 2.0
            y = top - (r + 1) * h + baseline
            font = self.bold if r == 0 else self.regular
            for value, w in zip(row, self.widths, strict=True):
                text.setTextOrigin(x, y)
                text.textOut(fit(value, w - 4, font, self.size))
                x += w
        canvas.drawText(text)
