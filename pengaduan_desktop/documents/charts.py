"""Bar charts for the monthly report, in our font, with value axes that start at zero."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from pengaduan_desktop.core.indonesian import thousands
from pengaduan_desktop.documents.fonts import register_fonts

BLUE = colors.HexColor("#1f4e8c")
GOLD = colors.HexColor("#c9a227")


TICK_GAP = 6  # points between two neighbouring tick labels, at least
LABEL_NUDGE = 3  # points between a bar's end and its value


def nice_step(top: float, length: float, room: Callable[[int], float]) -> int:
    """The smallest whole step of 1, 2 or 5 times a power of ten whose ticks stand at least
    `room(largest tick)` points apart on an axis `length` points long (at most 6 steps)."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            candidate = step * factor
            steps = max(1, -(-int(top) // candidate))
            if steps <= 6 and length / steps >= room(steps * candidate):
                return candidate
        step *= 10


def _whole_steps(chart: VerticalBarChart | HorizontalBarChart, top: float, length: float,
                 across: bool) -> None:  # fmt: skip
    """Counts are whole: ticks at 1, 2, 5, 10, 20, 50… apart, printed the Indonesian way
    (1.000), never 0.2 or 0.4, and far enough apart that no two labels touch: `across` when
    the labels stand side by side (their widths count), else stacked (their height counts)."""
    axis = chart.valueAxis
    font, size = axis.labels.fontName, axis.labels.fontSize

    def room(largest: int) -> float:
        return float(stringWidth(thousands(largest), font, size) if across else size) + TICK_GAP

    step = nice_step(max(top, 1), length, room)
    axis.valueStep = step
    axis.valueMax = max(1, -(-int(top) // step)) * step
    axis.labelTextFormat = lambda value: thousands(int(value))


def _axis_fonts(chart: VerticalBarChart | HorizontalBarChart, size: float = 7) -> None:
    regular, _ = register_fonts()
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = regular
        axis.labels.fontSize = size
    chart.valueAxis.valueMin = 0
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = size


def horizontal_bars(title: str, data: dict[str, int], width: float, height: float) -> Drawing:
    regular, bold = register_fonts()
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    labels = list(data)[::-1]
    chart.data = [[data[k] for k in labels]]
    chart.categoryAxis.categoryNames = labels
    chart.bars[0].fillColor = BLUE
    _axis_fonts(chart)
    # Each value stands whole right of its bar's end, in the room kept right of the axis.
    chart.barLabelFormat = lambda value: thousands(int(value))
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = LABEL_NUDGE
    top = max([*data.values(), 1])
    value_room = stringWidth(thousands(top), regular, chart.barLabels.fontSize) + LABEL_NUDGE
    # and the last tick label, centred on the axis's end, stays inside the drawing
    tick_room = stringWidth(thousands(top * 10), regular, chart.valueAxis.labels.fontSize) / 2
    chart.x, chart.y = 110, 12
    chart.width = width - chart.x - max(value_room, tick_room) - 2
    chart.height = height - (30 if title else 16)
    _whole_steps(chart, top, chart.width, across=True)
    drawing.add(chart)
    if title:
        drawing.add(String(0, height - 12, title, fontName=bold, fontSize=9))
    return drawing


def trend_bars(title: str, months: list[str], received: list[int], closed: list[int],
               width: float, height: float) -> Drawing:  # fmt: skip
    regular, bold = register_fonts()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 35, 28
    chart.width, chart.height = width - 50, height - 62
    chart.data = [received, closed]
    chart.categoryAxis.categoryNames = months
    chart.bars[0].fillColor = BLUE
    chart.bars[1].fillColor = GOLD
    _axis_fonts(chart, 6.5)
    top = max([*received, *closed, 1])
    _whole_steps(chart, top * 1.1, chart.height, across=False)
    # the value labels left of the axis, whole however large the counts
    widest = stringWidth(thousands(int(chart.valueAxis.valueMax)), regular, 6.5)
    chart.x = max(35, widest + 10)
    chart.width = width - chart.x - 15
    drawing.add(chart)
    legend = Legend()
    legend.fontName = regular
    legend.fontSize = 7
    legend.x, legend.y = width - 170, height - 14
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(BLUE, "Diterima"), (GOLD, "Diselesaikan")]
    drawing.add(legend)
    drawing.add(String(0, height - 12, title, fontName=bold, fontSize=9))
    return drawing
