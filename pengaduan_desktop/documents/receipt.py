"""Tanda Bukti Pengaduan: the one-page receipt handed to a complainant (DESIGN section 4).

Drawn straight onto the canvas: a receipt is one fixed page, so a layout engine buys nothing
and costs most of the time (a Platypus version took about three times as long). The page is
laid out once: the wrapped lines found while choosing the type size are the lines drawn, and a
receipt printed again (preview, then print) reuses its layout and its QR code."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from pengaduan_desktop.core.indonesian import (
    date_in_words,
    date_time,
    long_date,
    number_words,
    plain_date,
)
from pengaduan_desktop.core.lifecycle import ReceiptDelivery
from pengaduan_desktop.core.printable import ReceiptData
from pengaduan_desktop.core.text import without_controls
from pengaduan_desktop.documents.fonts import register_fonts
from pengaduan_desktop.documents.letterhead import HEIGHT, draw_letterhead
from pengaduan_desktop.documents.qr import QUIET_ZONE, qr_modules

PAGE_SIZES = {"A4": A4, "A5": A5}
ESCALATION_NOTE = (
    "Apabila sampai dengan batas waktu tersebut pengaduan belum ditanggapi, pengaduan dapat "
    "dilanjutkan kepada Gubernur Kalimantan Barat melalui Sekretaris Daerah Provinsi "
    "Kalimantan Barat."
)
# Font sizes tried in turn until the receipt fits on one page.
FONT_STEPS = {"A4": (9.5, 8.6, 7.8, 7.0, 6.4), "A5": (8.0, 7.2, 6.5, 5.8, 5.3)}
RULE = colors.HexColor("#cccccc")
# What a receipt the complainant does not sign says instead of their signature.
UNSIGNED_NOTE = {
    ReceiptDelivery.SENT: "Pengadu tidak hadir saat pengaduan diterima. Tanda bukti ini "
    "dikirimkan kepada pengadu dan sah tanpa tanda tangan pengadu.",
    ReceiptDelivery.FILED: "Pengadu tidak hadir saat pengaduan diterima dan tidak meninggalkan "
    "alamat. Tanda bukti ini disimpan dalam berkas pengaduan untuk pengadu dan sah tanpa tanda "
    "tangan pengadu.",
}

Segment = tuple[str, bool]  # text, bold; each segment starts on a new line


@dataclass(frozen=True)
class Geometry:
    width: float
    height: float
    margin: float
    scale: float  # of the letterhead
    label: float  # width of the label column
    size: float  # body font size

    @property
    def leading(self) -> float:
        return self.size * 1.28


def fields(data: ReceiptData) -> list[tuple[str, list[Segment]]]:
    due = data.due_date
    rows: list[tuple[str, list[Segment]]] = [
        ("Diterima", [(date_time(data.received_at), False)]),
        ("Kanal pengaduan", [(data.channel, False)]),
        ("Bentuk pengaduan", [(data.form, False)]),
    ]
    if data.lapor_tracking_id:
        rows.append(("ID Pelacakan LAPOR!", [(data.lapor_tracking_id, False)]))
    if data.letter_number:
        rows.append(("Nomor surat", [(data.letter_number, False)]))
    rows += [
        ("Nama pengadu", [(data.complainant_name or "–", False)]),
        ("Nomor identitas", [(data.id_label or "–", False)]),
        ("Telepon", [(data.phone or "–", False)]),
    ]
    if data.address:
        lines = (line.strip() for line in data.address.splitlines())
        rows.append(("Alamat", [(", ".join(line for line in lines if line), False)]))
    if data.email:
        rows.append(("Email", [(data.email, False)]))
    rows += [
        ("Layanan yang diadukan", [(data.service, False)]),
        ("Perihal", [(data.summary, False)]),
        ("Batas waktu tindak lanjut", [
            (f"paling lambat {data.sla_days} ({number_words(data.sla_days)}) hari kerja sejak "
             "diterima, yaitu", False),
            (long_date(due), True),
            (f"({date_in_words(due)}; {due:%d-%m-%Y})", False),
        ]),
        ("Pejabat yang berwenang menyelesaikan", [
            (data.responsible.name, True), (f"NIP {data.responsible.nip}", False),
            (data.responsible.jabatan, False),
        ]),
        ("Petugas penerima", [(data.receiver.name, False), (f"NIP {data.receiver.nip}", False)]),
        ("Biaya", [("Tidak dipungut biaya", True)]),
    ]  # fmt: skip
    return rows


@lru_cache(maxsize=16)
def layout(data: ReceiptData, page: str) -> tuple[Geometry, float]:
    """The largest type with which everything fits above the bottom margin, and the lowest
    point the receipt then reaches (long texts shrink the type, never spill off the page)."""
    regular, bold = register_fonts()
    width, height = PAGE_SIZES[page]
    small = page == "A5"
    for size in FONT_STEPS[page]:
        geometry = Geometry(width, height, (10 if small else 20) * mm, 0.72 if small else 1.0,
                            (36 if small else 46) * mm, size)  # fmt: skip
        bottom = _draw(None, data, geometry, regular, bold)
        if bottom >= geometry.margin:
            break
    return geometry, bottom


def render_receipt(data: ReceiptData, page: str = "A4") -> bytes:
    regular, bold = register_fonts()
    geometry, _bottom = layout(data, page)
    width, height = geometry.width, geometry.height
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=regular)
    canvas.setTitle(f"Tanda Bukti Pengaduan {data.tracking_number}")
    canvas.setAuthor(data.letterhead.office_name)
    canvas.setSubject("Tanda Bukti Pengaduan")
    canvas.setCreator("Pengaduan Desktop")
    _draw(canvas, data, geometry, regular, bold)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@lru_cache(maxsize=2048)
def _lines(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Wrapped at spaces; a word longer than the line (a long letter number) is cut up.
    Control characters stored before the import refused them become a space (core.text).
    Remembered: the layout pass and the drawing pass wrap the same texts."""
    lines: list[str] = []
    for line in simpleSplit(without_controls(text), font, size, width) or [""]:
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line)
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return tuple(lines)


def _wrap(segments: Sequence[Segment], width: float, size: float, regular: str,
          bold: str) -> list[Segment]:  # fmt: skip
    lines: list[Segment] = []
    for text, is_bold in segments:
        font = bold if is_bold else regular
        lines += [(line, is_bold) for line in _lines(text, font, size, width)]
    return lines


def _draw(canvas: Canvas | None, data: ReceiptData, g: Geometry, regular: str,
          bold: str) -> float:  # fmt: skip
    """Lay the receipt out (and draw it when given a canvas); returns the lowest y used."""
    left, right, size, lead = g.margin, g.width - g.margin, g.size, g.leading
    top = g.height - g.margin + 6 * mm * g.scale
    y = top - HEIGHT * g.scale - 2 * mm
    if canvas is not None:
        draw_letterhead(canvas, data.letterhead, g.width, top, g.margin, g.scale)
    # Title and QR code.
    qr = (18 if g.scale < 1 else 24) * mm
    if canvas is not None:
        _qr(canvas, data.tracking_number, right - qr, y - qr, qr)
        middle = (left + right - qr) / 2
        canvas.setFont(bold, size * 1.45)
        canvas.drawCentredString(middle, y - qr / 2 + 2, "TANDA BUKTI PENGADUAN")
        canvas.setFont(regular, size)
        canvas.drawCentredString(middle, y - qr / 2 - size * 1.3,
                                 f"Nomor Pengaduan: {data.tracking_number}")  # fmt: skip
    y -= qr + 2 * mm
    # The particulars, one row each: label, colon, value lines.
    value_x = left + g.label + 4 * mm
    for label, segments in fields(data):
        labels = _lines(label, regular, size, g.label - 2)
        values = _wrap(segments, right - value_x, size, regular, bold)
        rows = max(len(labels), len(values))
        if canvas is not None:
            text = canvas.beginText()
            for i, line in enumerate(labels):
                text.setFont(regular, size)
                text.setTextOrigin(left + 2, y - size - i * lead)
                text.textOut(line)
            text.setTextOrigin(left + g.label, y - size)
            text.textOut(":")
            for i, (line, is_bold) in enumerate(values):
                text.setFont(bold if is_bold else regular, size)
                text.setTextOrigin(value_x, y - size - i * lead)
                text.textOut(line)
            canvas.drawText(text)
        y -= rows * lead + 0.32 * size  # the row's padding shrinks with the type
        if canvas is not None:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.25)
            canvas.line(left, y, right, y)
        y -= 0.21 * size
    # The escalation note, boxed.
    y -= 2 * mm
    note = _lines(ESCALATION_NOTE, regular, size * 0.95, right - left - 8)
    box = len(note) * lead * 0.95 + 8
    if canvas is not None:
        canvas.setFillColor(colors.HexColor("#f2f2f2"))
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.8)
        canvas.rect(left, y - box, right - left, box, stroke=1, fill=1)
        canvas.setFillColor(colors.black)
        text = canvas.beginText(left + 4, y - 4 - size * 0.95)
        text.setFont(regular, size * 0.95, lead * 0.95)
        for line in note:
            text.textLine(line)
        canvas.drawText(text)
    y -= box + 4 * mm
    # Signatures: the complainant left, the receiving officer right; long names wrap. Where
    # the complainant was not at the desk, the left says instead how the receipt reaches them.
    handed = data.delivery == ReceiptDelivery.HANDED
    quarter = (right - left) / 4
    half = 2 * quarter - 8
    gap = (12 if g.scale < 1 else 20) * mm * min(1.0, size / 8)  # room to sign, scaled
    signers = [
        (left + 3 * quarter, _lines(data.receiver.name, bold, size, half),
         _lines(f"NIP {data.receiver.nip}", regular, size, half)),
    ]  # fmt: skip
    if handed:
        signers.append((left + quarter, _lines(data.complainant_name or "–", bold, size, half), ()))
    note = () if handed else _lines(UNSIGNED_NOTE[data.delivery], regular, size, half)
    if canvas is not None:
        canvas.setFont(regular, size)
        city_date = f"{data.letterhead.city}, {plain_date(data.received_at.date())}"
        canvas.drawCentredString(left + 3 * quarter, y - size, city_date)
        if handed:
            canvas.drawCentredString(left + quarter, y - size - lead, "Pengadu,")
        canvas.drawCentredString(left + 3 * quarter, y - size - lead, "Petugas Penerima,")
        for x, names, extra in signers:
            base = y - size - lead - gap
            for i, line in enumerate(names + extra):
                canvas.setFont(bold if i < len(names) else regular, size)
                canvas.drawCentredString(x, base - i * lead, line)
        text = canvas.beginText(left, y - size)
        text.setFont(regular, size, lead)
        for line in note:
            text.textLine(line)
        canvas.drawText(text)
    tallest = max(len(names) + len(extra) for _x, names, extra in signers)
    y -= size + max(lead + gap + tallest * lead, (len(note) - 1) * lead) + 3 * mm
    # How to ask after the complaint.
    footer = _lines(
        "Simpan tanda bukti ini. Sebutkan nomor pengaduan untuk menanyakan perkembangan "
        f"pengaduan melalui telepon {data.letterhead.phone} atau email "
        f"{data.letterhead.email}.", regular, size * 0.8, right - left)  # fmt: skip
    if canvas is not None:
        text = canvas.beginText(left, y - size * 0.8)
        text.setFont(regular, size * 0.8, size)
        for line in footer:
            text.textLine(line)
        canvas.drawText(text)
    return y - len(footer) * size


def _qr(canvas: Canvas, value: str, x: float, y: float, size: float) -> None:
    canvas.setFillColor(colors.black)
    canvas.drawPath(_qr_path(value, x, y, size), stroke=0, fill=1)


@lru_cache(maxsize=64)
def _qr_path(value: str, x: float, y: float, size: float) -> PDFPathObject:
    """The dark modules as one path of rectangles, one per run of a row."""
    modules = qr_modules(value)
    quiet = QUIET_ZONE
    box = size / (len(modules) + 2 * quiet)
    path = PDFPathObject()
    for r, row in enumerate(modules):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                path.rect(x + (start + quiet) * box, y + size - (r + 1 + quiet) * box,
                          (c - start) * box, box)  # fmt: skip
            else:
                c += 1
    return path
