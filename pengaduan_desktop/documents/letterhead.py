"""The office letterhead (kop surat) drawn at the top of the first page of every document."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from pengaduan_desktop.assets import resources_dir
from pengaduan_desktop.core.printable import Letterhead
from pengaduan_desktop.documents.fonts import register_fonts

HEIGHT = 34 * mm


def draw_letterhead(canvas: Canvas, head: Letterhead, page_width: float, top: float,
                    margin: float, scale: float = 1.0) -> None:  # fmt: skip
    """Draw the kop surat below `top`; it takes HEIGHT * scale of the page."""
    regular, bold = register_fonts()
    k = scale * mm
    logo = resources_dir() / "icons" / "logo.png"
    if logo.exists():
        canvas.drawImage(str(logo), margin, top - 26 * k, 22 * k, 22 * k,
                         preserveAspectRatio=True, mask="auto")  # fmt: skip
    center = page_width / 2 + 10 * k
    canvas.setFont(bold, 12 * scale)
    canvas.drawCentredString(center, top - 7 * k, head.government)
    canvas.setFont(bold, 14 * scale)
    canvas.drawCentredString(center, top - 13.5 * k, head.office_name)
    canvas.setFont(regular, 8.5 * scale)
    canvas.drawCentredString(center, top - 19 * k, head.address)
    contact = f"Telepon {head.phone} · Faks {head.fax} · Email {head.email}"
    canvas.drawCentredString(center, top - 23 * k, contact)
    if head.website:
        canvas.drawCentredString(center, top - 27 * k, f"Laman {head.website}")
    y = top - 30 * k
    canvas.setLineWidth(1.6)
    canvas.line(margin, y, page_width - margin, y)
    canvas.setLineWidth(0.5)
    canvas.line(margin, y - 1.2 * mm, page_width - margin, y - 1.2 * mm)
