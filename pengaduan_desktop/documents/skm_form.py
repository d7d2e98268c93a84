"""Formulir Survei Kepuasan Masyarakat: one A4 page the complainant fills in by hand when the
complaint is closed; the officer types the answers in later (ui.survey_dialog). The QR code
holds the tracking number, so the returned form finds its complaint. The nine elements and
the scale come from core.survey, the one table."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from pengaduan_desktop.core.indonesian import long_date
from pengaduan_desktop.core.printable import Letterhead
from pengaduan_desktop.core.survey import ELEMENTS, SCALE
from pengaduan_desktop.core.text import without_controls
from pengaduan_desktop.documents.fonts import register_fonts, unicode_canvas
from pengaduan_desktop.documents.letterhead import HEIGHT, draw_letterhead
from pengaduan_desktop.documents.receipt import _qr as draw_qr

MARGIN = 18 * mm
QR_SIZE = 26 * mm
INTRO = (
    "Terima kasih telah menyampaikan pengaduan. Mohon nilai penanganan pengaduan Anda dengan "
    "memberi tanda centang (✓) pada satu kotak di setiap unsur, lalu serahkan formulir ini "
    "kepada petugas atau masukkan ke kotak pengaduan. Jawaban Anda hanya dipakai untuk "
    "menghitung Indeks Kepuasan Masyarakat (Permenpan RB Nomor 14 Tahun 2017)."
)


@dataclass(frozen=True)
class SurveyFormData:
    letterhead: Letterhead
    tracking_number: str
    summary: str
    closed_on: date | None


def render_survey_form(data: SurveyFormData) -> bytes:
    regular, bold = register_fonts()
    out = io.BytesIO()
    canvas = unicode_canvas(out, pagesize=A4, pageCompression=1)
    canvas.setTitle(f"Formulir SKM {data.tracking_number}")
    width, height = A4
    draw_letterhead(canvas, data.letterhead, width, height - 10 * mm, MARGIN)
    y = height - 10 * mm - HEIGHT - 6 * mm
    canvas.setFont(bold, 13)
    canvas.drawCentredString(width / 2, y, "FORMULIR SURVEI KEPUASAN MASYARAKAT")
    y -= 5.5 * mm
    canvas.setFont(regular, 9.5)
    canvas.drawCentredString(width / 2, y, "Penanganan Pengaduan Pelayanan Publik")
    y -= 9 * mm
    y = _complaint(canvas, data, y, regular, bold)
    y = _paragraph(canvas, INTRO, MARGIN, y, width - 2 * MARGIN, regular, 9)
    y = _grid(canvas, y - 3 * mm, width, regular, bold)
    _closing(canvas, y - 8 * mm, width, regular)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _complaint(canvas: Canvas, data: SurveyFormData, y: float, regular: str, bold: str) -> float:
    width = A4[0]
    draw_qr(canvas, data.tracking_number, width - MARGIN - QR_SIZE, y - QR_SIZE + 4 * mm, QR_SIZE)
    rows = [("Nomor pengaduan", data.tracking_number),
            ("Perihal", without_controls(data.summary)),
            ("Tanggal selesai", long_date(data.closed_on) if data.closed_on else "-")]  # fmt: skip
    text_width = width - 2 * MARGIN - QR_SIZE - 40 * mm
    for label, value in rows:
        canvas.setFont(regular, 9.5)
        canvas.drawString(MARGIN, y, label)
        canvas.drawString(MARGIN + 33 * mm, y, ":")
        lines = simpleSplit(value, bold, 9.5, text_width)[:2] or [""]
        canvas.setFont(bold, 9.5)
        for line in lines:
            canvas.drawString(MARGIN + 36 * mm, y, line)
            y -= 5 * mm
    return min(y, y - QR_SIZE + 5 * len(rows) * mm) - 3 * mm


def _paragraph(canvas: Canvas, text: str, x: float, y: float, width: float, font: str,
               size: float) -> float:  # fmt: skip
    canvas.setFont(font, size)
    for line in simpleSplit(text, font, size, width):
        canvas.drawString(x, y, line)
        y -= size * 1.35
    return y


def _grid(canvas: Canvas, y: float, width: float, regular: str, bold: str) -> float:
    """The nine elements as rows, the four answers as columns of boxes."""
    column = 21 * mm
    first = width - MARGIN - column * len(SCALE)
    row_height = 13.5 * mm
    canvas.setFillColor(colors.HexColor("#eeeeee"))
    canvas.rect(MARGIN, y - 10 * mm, width - 2 * MARGIN, 10 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.setFont(bold, 9)
    canvas.drawString(MARGIN + 2 * mm, y - 6.2 * mm, "Unsur pelayanan")
    for n, (value, label) in enumerate(SCALE.items()):
        center = first + column * (n + 0.5)
        canvas.drawCentredString(center, y - 4.5 * mm, str(value))
        canvas.setFont(regular, 7.5)
        canvas.drawCentredString(center, y - 8 * mm, label)
        canvas.setFont(bold, 9)
    y -= 10 * mm
    canvas.setStrokeColor(colors.HexColor("#999999"))
    for element in ELEMENTS:
        top = y
        canvas.setFont(bold, 9)
        canvas.drawString(MARGIN + 2 * mm, top - 4.3 * mm, f"{element.code}. {element.name}")
        lines = simpleSplit(element.question, regular, 8.5, first - MARGIN - 4 * mm)[:2]
        canvas.setFont(regular, 8.5)
        for k, line in enumerate(lines):
            canvas.drawString(MARGIN + 2 * mm, top - (8.2 + 3.6 * k) * mm, line)
        for n in range(len(SCALE)):
            center = first + column * (n + 0.5)
            canvas.rect(center - 2.5 * mm, top - row_height / 2 - 2.5 * mm, 5 * mm, 5 * mm)
        y -= row_height
        canvas.line(MARGIN, y, width - MARGIN, y)
    return y


def _closing(canvas: Canvas, y: float, width: float, regular: str) -> None:
    canvas.setFont(regular, 9.5)
    canvas.drawString(MARGIN, y, "Saran dan masukan:")
    for k in range(3):
        line_y = y - (6.5 + 6.5 * k) * mm
        canvas.line(MARGIN, line_y, width - MARGIN, line_y)
    y -= 28 * mm
    canvas.drawString(MARGIN, y, "Tanggal pengisian: ........................................")
    canvas.drawString(width / 2 + 10 * mm, y, "Formulir diisi tanpa nama pengadu.")
