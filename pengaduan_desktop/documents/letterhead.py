"""The office letterhead (kop surat) drawn at the top of the first page of every document.

The logo is decoded and compressed once per session: its image object is kept and placed in
each new document as it is (the same bytes ReportLab's drawImage would write again for every
page), which was a fifth of a receipt's time."""

from __future__ import annotations

import copy
import hashlib
import io
from functools import cache, lru_cache

from PIL import Image
from reportlab.lib.boxstuff import aspectRatioFix
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFImageXObject
from reportlab.pdfgen.canvas import Canvas

from pengaduan_desktop.assets import resources_dir
from pengaduan_desktop.core.printable import Letterhead
from pengaduan_desktop.documents.fonts import register_fonts

HEIGHT = 34 * mm


@cache
def _builtin_logo() -> bytes | None:
    path = resources_dir() / "icons" / "logo.png"
    return _flat(path.read_bytes()) if path.exists() else None


@lru_cache(maxsize=4)
def _flat(image_bytes: bytes) -> bytes:
    """The logo as PNG flattened onto white paper. A transparent image (a soft mask) makes a
    PostScript print pipeline turn the whole page into a picture, text included. Cached per
    image: every receipt of a session draws the same one."""
    with Image.open(io.BytesIO(image_bytes)) as image:
        rgba = image.convert("RGBA")
    paper = Image.new("RGB", rgba.size, "white")
    paper.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    paper.save(out, "PNG")
    return out.getvalue()


def logo_png(head: Letterhead) -> bytes | None:
    """The office's own logo when one was chosen, else the built-in one."""
    return _flat(head.logo) if head.logo else _builtin_logo()


@lru_cache(maxsize=4)
def _logo_image(png: bytes) -> PDFImageXObject:
    """The logo as a PDF image object, made once per image (decoded and deflated once)."""
    name = hashlib.sha1(png).hexdigest()
    image = PDFImageXObject(name, ImageReader(io.BytesIO(png)), mask=None)
    image.name = name
    return image


def _draw_logo(canvas: Canvas, png: bytes, x: float, y: float, size: float) -> None:
    """drawImage(..., preserveAspectRatio=True) with the image object made once: a copy (a
    document marks the objects it holds) registered in this document the first time it is
    drawn, then placed by name."""
    image = _logo_image(png)
    doc = canvas._doc
    registered = doc.getXObjectName(image.name)
    if registered not in doc.idToObject:
        mine = copy.copy(image)  # shares the compressed bytes
        doc.Reference(mine, registered)
        doc.addForm(image.name, mine)
    x, y, width, height, _scaled = aspectRatioFix(True, "c", x, y, size, size, image.width,
                                                  image.height)  # fmt: skip
    canvas._currentPageHasImages = 1
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(width, height)
    canvas._code.append(f"/{registered} Do")
    canvas.restoreState()
    canvas._formsinuse.append(image.name)


def draw_letterhead(canvas: Canvas, head: Letterhead, page_width: float, top: float,
                    margin: float, scale: float = 1.0) -> None:  # fmt: skip
    """Draw the kop surat below `top`; it takes HEIGHT * scale of the page."""
    regular, bold = register_fonts()
    k = scale * mm
    logo = logo_png(head)
    if logo is not None:
        _draw_logo(canvas, logo, margin, top - 26 * k, 22 * k)
    center = page_width / 2 + 10 * k
    canvas.setFont(bold, 12 * scale)
    canvas.drawCentredString(center, top - 7 * k, head.government)
    canvas.setFont(bold, 14 * scale)
    canvas.drawCentredString(center, top - 13.5 * k, head.office_name)
    canvas.setFont(regular, 8.5 * scale)
    canvas.drawCentredString(center, top - 19 * k, head.address)
    parts = (("Telepon", head.phone), ("Faks", head.fax), ("Email", head.email))
    contact = " · ".join(f"{word} {value}" for word, value in parts if value)
    canvas.drawCentredString(center, top - 23 * k, contact)
    if head.website:
        canvas.drawCentredString(center, top - 27 * k, f"Laman {head.website}")
    y = top - 30 * k
    canvas.setLineWidth(1.6)
    canvas.line(margin, y, page_width - margin, y)
    canvas.setLineWidth(0.5)
    canvas.line(margin, y - 1.2 * mm, page_width - margin, y - 1.2 * mm)
