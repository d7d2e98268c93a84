"""Paragraph styles on the embedded fonts, shared by every document."""

from __future__ import annotations

from functools import cache
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from pengaduan_desktop.core.text import without_controls
from pengaduan_desktop.documents.fonts import register_fonts


def escape(text: str) -> str:
    """A text from the database made ready for a Paragraph: control characters (stored before
    the import refused them) become a space (core.text), then markup characters are escaped."""
    return xml_escape(without_controls(text))


@cache
def styles(base: float = 10) -> dict[str, ParagraphStyle]:
    """Styles scaled from a base font size (10 pt for A4, smaller for A5)."""
    regular, bold = register_fonts()
    k = base / 10
    body = ParagraphStyle("body", fontName=regular, fontSize=base, leading=13 * k)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8 * k, leading=10 * k),
        "label": ParagraphStyle("label", parent=body, fontSize=9.5 * k, leading=12 * k),
        "value": ParagraphStyle("value", parent=body, fontSize=9.5 * k, leading=12 * k),
        "bold": ParagraphStyle("bold", parent=body, fontName=bold),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=bold,
            fontSize=14 * k,
            leading=18 * k,
            alignment=TA_CENTER,
        ),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "justify": ParagraphStyle("justify", parent=body, alignment=TA_JUSTIFY),
        "note": ParagraphStyle(
            "note", parent=body, fontSize=9 * k, leading=11.5 * k, alignment=TA_JUSTIFY
        ),
    }


def table(
    rows: list[list[Any]],
    widths: list[float],
    commands: list[Any] | None = None,
    heights: list[float] | None = None,
    repeat_rows: int = 0,
) -> Table:
    """A Table whose cells use our font (a Table's own default is Helvetica)."""
    regular, _ = register_fonts()
    result = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=repeat_rows)
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), regular), *(commands or [])]))
    return result
