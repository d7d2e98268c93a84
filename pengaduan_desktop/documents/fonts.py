"""The Unicode TrueType fonts every document embeds (never Helvetica)."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.graphics import shapes
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from pengaduan_desktop.assets import asset

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    pdfmetrics.registerFont(TTFont(REGULAR, str(asset("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(asset("fonts", "DejaVuSans-Bold.ttf"))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    # Graphics (QR codes, charts) start every drawing in this font; the default is Helvetica,
    # which is neither embedded nor Unicode.
    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    return REGULAR, BOLD


def unicode_canvas(*args: Any, maker: type[Canvas] = Canvas, **kwargs: Any) -> Canvas:
    """A canvas (of class `maker`) whose initial font is ours, so that no page ever
    references Helvetica."""
    regular, _ = register_fonts()
    kwargs["initialFontName"] = kwargs.get("initialFontName") or regular
    return maker(*args, **kwargs)
