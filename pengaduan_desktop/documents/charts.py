"""Bar charts for the monthly report, in our font, with value axes that start at zero."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from pengaduan_desktop.core.indonesian import thousands
from pengaduan_desktop.documents.fonts import register_fonts

BLUE = colors.HexColor("#1f4e8c")
GOLD = colors.HexColor("#c9a227")


def _whole_steps(chart: VerticalBarChart | HorizontalBarChart, top: float) -> None:
    """Counts are whole: ticks at 1, 2, 5, 10, 20, 50… apart, printed the Indonesian way
    (1.000), never 0.2 or 0.4."""
    step = 1
    while top / step > 6:
        step = int(step * (2.5 if str(step)[0] == "2" else 2))
    axis = chart.valueAxis
    axis.valueStep = step
    axis.valueMax = -(-top // step) * step
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
    chart.x, chart.y = 110, 12
    chart.width, chart.height = width - 130, height - (30 if title else 16)
    labels = list(data)[::-1]
    chart.data = [[data[k] for k in labels]]
    chart.categoryAxis.categoryNames = labels
    chart.bars[0].fillColor = BLUE
    chart.barLabelFormat = "%d"
    chart.barLabels.nudge = 7
    _axis_fonts(chart)
    _whole_steps(chart, max([*data.values(), 1]) * 1.15)
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
    _whole_steps(chart, max([*received, *closed, 1]) * 1.1)
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
