"""The monthly report as the Governor reads it in a big month: counts with thousands
separators, chart labels that never touch or hide under a bar, headings never alone at a
page's foot."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Group, Rect, String, UserNode, mmult
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import Engine

from pengaduan_desktop.core.importer import import_file
from pengaduan_desktop.core.indonesian import thousands
from pengaduan_desktop.core.monthly import Month, MonthFigures, ReportMeta, Tally, month_figures
from pengaduan_desktop.core.reports import draft_plan
from pengaduan_desktop.documents.charts import BLUE, horizontal_bars, trend_bars
from pengaduan_desktop.documents.monthly_report import render_monthly_report
from tests.helpers import fill_office, pdf_text
from tests.unit.test_monthly_report import BASE, KNOWN, OCTOBER

COUNTS = [5, 9, 12, 47, 99, 180, 999, 1503, 9999, 12223, 26790, 71226, 85055, 99999, 100000]


Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)


def _primitives(node: object, m: Matrix = IDENTITY) -> list[tuple[object, Matrix]]:
    """The shapes a drawing paints, each with its transform: groups opened, widgets (axes,
    labels) drawn."""
    if isinstance(node, UserNode):
        return _primitives(node.provideNode(), m)
    if isinstance(node, Group):
        m = mmult(m, tuple(node.transform))
        return [leaf for child in node.contents for leaf in _primitives(child, m)]
    return [(node, m)]


def _at(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _boxes(drawing: Drawing) -> tuple[list[tuple[str, float, float, float, float]],
                                      list[tuple[float, float, float, float]]]:  # fmt: skip
    """Every text of the drawn chart as (text, left, right, bottom, top), and its bars."""
    shapes = _primitives(drawing)
    boxes = []
    for s, m in shapes:
        if not isinstance(s, String):
            continue
        width = stringWidth(s.text, s.fontName, s.fontSize)
        shift = {"start": 0.0, "middle": width / 2, "end": width}[s.textAnchor]
        x, y = _at(m, s.x - shift, s.y)
        boxes.append((s.text, x, x + width, y - 0.2 * s.fontSize, y + 0.8 * s.fontSize))
    bars = []
    for r, m in shapes:
        if isinstance(r, Rect) and r.fillColor == BLUE and r.width > 0:
            (x0, y0), (x1, y1) = _at(m, r.x, r.y), _at(m, r.x + r.width, r.y + r.height)
            bars.append((x0, x1, y0, y1))
    return boxes, bars


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


@pytest.mark.parametrize("top", COUNTS)
def test_bar_chart_labels_never_touch_and_show_whole_values(top: int) -> None:
    data = {"Tatap muka": top, "Kotak pengaduan": top // 7, "Surat": top // 3, "Email": 1,
            "SP4N-LAPOR!": top * 2 // 3}  # fmt: skip
    width = 250.0
    drawing = horizontal_bars("", data, width, 110)
    boxes, bars = _boxes(drawing)
    texts = [b[0] for b in boxes]
    for value in data.values():
        assert thousands(value) in texts  # the whole number, 71.226 rather than 1226
    for i, (text, *box) in enumerate(boxes):
        assert box[0] >= -0.5 and box[1] <= width + 0.5, text  # inside the drawing
        for other, *box2 in boxes[i + 1 :]:
            assert not _overlaps(box, box2), (text, other)  # type: ignore[arg-type]
        for rect in bars:  # no text drawn over a bar (where its first digit would hide)
            assert not _overlaps(box, rect), (text, rect)  # type: ignore[arg-type]
    ticks = [t for t, _, _, _, top_ in boxes if top_ < 12]  # under the value axis
    assert 3 <= len(ticks) <= 7 and ticks[0] == "0"


@pytest.mark.parametrize("top", COUNTS)
def test_trend_chart_labels_never_touch(top: int) -> None:
    months = [f"Bln {m:02d}" for m in range(1, 13)]
    received = [top * (m % 5 + 1) // 5 for m in range(12)]
    drawing = trend_bars("Tren", months, received, [r // 2 for r in received], 500, 175)
    boxes, _ = _boxes(drawing)
    for i, (text, *box) in enumerate(boxes):
        assert box[0] >= -0.5 and box[1] <= 500.5, text
        for other, *box2 in boxes[i + 1 :]:
            assert not _overlaps(box, box2), (text, other)  # type: ignore[arg-type]


@pytest.fixture
def october(engine: Engine, tmp_path: Path) -> tuple[MonthFigures, ReportMeta]:
    source = tmp_path / "known.json"
    source.write_text(json.dumps([BASE | row for row in KNOWN]))
    import_file(engine, source)
    fill_office(engine)
    _, meta = draft_plan(engine, OCTOBER, "Kesimpulan.", "Rekomendasi.")
    return month_figures(engine, OCTOBER), meta


def test_counts_of_a_big_month_are_printed_with_thousands_separators(
    october: tuple[MonthFigures, ReportMeta],
) -> None:
    figures, meta = october
    big = replace(
        figures,
        total=Tally(
            "Jumlah",
            received=85055,
            on_time=61234,
            late=12223,
            rejected=4321,
            open_at_end=26790,
            overdue_at_end=13579,
        ),  # fmt: skip
        carried_over=71226,
        escalated=1234,
        by_channel={"Tatap muka": 71226, "Email": 12223, "Surat": 1606},
        trend=[(Month(2026, m), 80000 + m, 70000 + m) for m in range(1, 11)],
    )
    text = pdf_text(render_monthly_report(big, meta))
    for count in ("85.055", "61.234", "12.223", "4.321", "26.790", "13.579", "71.226", "1.234",
                  "1.606"):  # fmt: skip
        assert count in text, count
    for raw in ("85055", "61234", "12223", "26790", "71226"):
        assert raw not in text, raw
    assert "ADU-2026-000001" in text  # tracking numbers keep their own form
    assert "2026" in text and "2.026" not in text  # years are no counts


def _page_of(pages: list[str], words: str) -> int:
    return next(i for i, page in enumerate(pages) if words in page)


@pytest.mark.parametrize("recommendations", [2, 12])
def test_a_heading_never_ends_a_page_without_its_content(
    october: tuple[MonthFigures, ReportMeta], recommendations: int
) -> None:
    """However long the conclusions push it, "M. Rekomendasi" shares its page with its first
    line, and "L. Kesimpulan" with its own."""
    figures, meta = october
    advice = "\n".join(f"Saran{i} perbaikan layanan." for i in range(recommendations))
    for lines in range(0, 66, 3):
        text = "\n".join(f"Butir{i} kesimpulan bulan ini." for i in range(lines)) or "Butir0"
        pdf = render_monthly_report(figures, replace(meta, conclusions=text,
                                                     recommendations=advice))  # fmt: skip
        pages = [" ".join((p.extract_text() or "").split())
                 for p in PdfReader(io.BytesIO(pdf)).pages]  # fmt: skip
        assert _page_of(pages, "M. Rekomendasi") == _page_of(pages, "Saran0 "), lines
        assert _page_of(pages, "L. Kesimpulan") == _page_of(pages, "Butir0"), lines
