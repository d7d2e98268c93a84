"""The case list on paper: every row of a filter, A4 landscape, drawn by the streamed list
table (documents.list_table), so that a list of any length holds one page's rows at a time.
Plain rows in, PDF bytes out."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer

from pengaduan_desktop.documents.fonts import register_fonts, unicode_canvas
from pengaduan_desktop.documents.list_table import PADDING, StreamedList
from pengaduan_desktop.documents.styles import escape, styles

PAGE = landscape(A4)
MARGIN = 12 * mm
WIDTH = PAGE[0] - 2 * MARGIN
SIZE = 7.5
# The widest text of the fixed columns; the others share what is left.
SAMPLES = (
    "ADU-2026-000000",
    "30-11-2026 23:59",
    "",
    "",
    "Kotak Pengaduan",
    "",
    "Ditindaklanjuti",
    "30-11-2026",
    "Selesai terlambat",
)
SHARES = {2: 0.22, 3: 0.53, 5: 0.25}


def widths(header: Sequence[str]) -> list[float]:
    regular, bold = register_fonts()
    fixed = [
        0.0
        if i in SHARES
        else max(stringWidth(sample, regular, SIZE), stringWidth(head, bold, SIZE))
        + 2 * PADDING
        + 1
        for i, (sample, head) in enumerate(zip(SAMPLES, header, strict=True))
    ]
    free = WIDTH - sum(fixed)
    return [SHARES[i] * free if i in SHARES else w for i, w in enumerate(fixed)]


def render_list(
    title: str,
    lines: Sequence[str],
    header: Sequence[str],
    rows: Callable[[], Iterator[Sequence[str]]],
    footer: str,
    counted: Callable[[], None] | None = None,
) -> bytes:
    """`title` and the `lines` under it (the filter, when and by whom), then the rows."""
    regular, bold = register_fonts()
    st = styles()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=title,
        creator="Pengaduan Desktop",
    )

    def page_footer(canvas, doc_):  # type: ignore[no-untyped-def]
        canvas.setFont(regular, 7)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, footer)
        canvas.drawRightString(PAGE[0] - MARGIN, MARGIN - 2 * mm, f"Halaman {doc_.page}")

    frame = Frame(MARGIN, MARGIN + 4 * mm, WIDTH, PAGE[1] - 2 * MARGIN - 4 * mm, id="body")
    doc.addPageTemplates([PageTemplate("list", [frame], onPage=page_footer)])
    story = [Paragraph(f"<b>{escape(title)}</b>", st["title"]), Spacer(1, 2 * mm)]
    story += [Paragraph(escape(line), st["small"]) for line in lines]
    story += [
        Spacer(1, 3 * mm),
        StreamedList(
            header, rows, widths(header), (regular, bold), SIZE, repeat=(0,), counted=counted
        ),
    ]
    doc.build(story, canvasmaker=unicode_canvas)
    return buffer.getvalue()
