"""Tanda Bukti Pengaduan: the one-page receipt handed to a complainant (DESIGN section 4)."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape, unescape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from pengaduan_desktop.core.indonesian import (
    date_in_words,
    date_time,
    long_date,
    number_words,
    plain_date,
)
from pengaduan_desktop.core.printable import ReceiptData
from pengaduan_desktop.documents.fonts import unicode_canvas
from pengaduan_desktop.documents.letterhead import HEIGHT, draw_letterhead
from pengaduan_desktop.documents.qr import QrFlowable
from pengaduan_desktop.documents.styles import styles, table

PAGE_SIZES = {"A4": A4, "A5": A5}
ESCALATION_NOTE = (
    "Apabila sampai dengan batas waktu tersebut pengaduan belum ditanggapi, pengaduan dapat "
    "dilanjutkan kepada Gubernur Kalimantan Barat melalui Sekretaris Daerah Provinsi "
    "Kalimantan Barat."
)


def due_sentence(data: ReceiptData) -> str:
    due = data.due_date
    return (
        f"paling lambat {data.sla_days} ({number_words(data.sla_days)}) hari kerja sejak "
        f"diterima, yaitu <b>{long_date(due)}</b> ({date_in_words(due)}; "
        f"{due:%d-%m-%Y})"
    )


# Font sizes tried in turn until the receipt fits on one page.
FONT_STEPS = {"A4": (10.0, 9.0, 8.0), "A5": (8.5, 7.5, 6.8)}


def render_receipt(data: ReceiptData, page: str = "A4") -> bytes:
    """The receipt on one page: long texts shrink the type rather than spill to a second page."""
    for base in FONT_STEPS[page]:
        pdf, pages = _render(data, page, base)
        if pages == 1:
            break
    return pdf


def _render(data: ReceiptData, page: str, base: float) -> tuple[bytes, int]:
    size = PAGE_SIZES[page]
    small = page == "A5"
    margin = (10 if small else 20) * mm
    scale = 0.72 if small else 1.0
    st = styles(base)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=size, leftMargin=margin, rightMargin=margin,
        topMargin=margin + (HEIGHT - 4 * mm) * scale, bottomMargin=margin,
        title=f"Tanda Bukti Pengaduan {data.tracking_number}",
        author=data.letterhead.office_name, subject="Tanda Bukti Pengaduan",
        creator="Pengaduan Desktop",
    )  # fmt: skip
    width = size[0] - 2 * margin

    def p(text: str, style: str = "value") -> Paragraph:
        return Paragraph(text, st[style])

    def e(text: str) -> str:
        return escape(text) if text else "–"

    qr = QrFlowable(data.tracking_number, (18 if small else 24) * mm)
    title = table(
        [[[p("TANDA BUKTI PENGADUAN", "title"),
           p(f"Nomor Pengaduan: <b>{e(data.tracking_number)}</b>", "center")], qr]],
        [width - 28 * mm, 28 * mm],
        [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, 0), "RIGHT")],
    )  # fmt: skip

    rows = [
        ("Diterima", e(date_time(data.received_at))),
        ("Kanal pengaduan", e(data.channel)),
        ("Bentuk pengaduan", e(data.form)),
    ]
    if data.lapor_tracking_id:
        rows.append(("ID Pelacakan LAPOR!", e(data.lapor_tracking_id)))
    if data.letter_number:
        rows.append(("Nomor surat", e(data.letter_number)))
    rows += [
        ("Nama pengadu", e(data.complainant_name)),
        ("Nomor identitas", e(data.id_label)),
        ("Telepon", e(data.phone)),
        ("Layanan yang diadukan", e(data.service)),
        ("Perihal", e(data.summary)),
        ("Batas waktu tindak lanjut", due_sentence(data)),
        ("Pejabat yang berwenang menyelesaikan",
         f"<b>{e(data.responsible.name)}</b><br/>NIP {e(data.responsible.nip)}<br/>"
         f"{e(data.responsible.jabatan)}"),
        ("Petugas penerima", f"{e(data.receiver.name)}<br/>NIP {e(data.receiver.nip)}"),
        ("Biaya", "<b>Tidak dipungut biaya</b>"),
    ]  # fmt: skip
    label_width = 48 * mm if not small else 38 * mm
    value_width = width - label_width - 4 * mm
    label_style = st["label"]

    def cell(text: str, wrap_at: float) -> Any:
        # Plain strings cost a tenth of a Paragraph; only markup or long text needs one.
        if (
            "<" in text
            or "&" in text
            or stringWidth(text, label_style.fontName, label_style.fontSize) > wrap_at
        ):
            return p(text)
        return unescape(text)

    fields = table(
        [
            [cell(label, label_width - 6), ":", cell(value, value_width - 6)]
            for label, value in rows
        ],
        [label_width, 4 * mm, value_width],
        [
            ("FONTSIZE", (0, 0), (-1, -1), label_style.fontSize),
            ("LEADING", (0, 0), (-1, -1), label_style.leading),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#cccccc")),
        ],
    )
    note = table(
        [[p(ESCALATION_NOTE, "note")]],
        [width],
        [
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f2f2")),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )
    city_date = f"{e(data.letterhead.city)}, {plain_date(data.received_at.date())}"
    half = width / 2
    signatures = table(
        [
            [p("&nbsp;", "center"), p(city_date, "center")],
            [p("Pengadu,", "center"), p("Petugas Penerima,", "center")],
            [Spacer(1, (12 if small else 20) * mm), Spacer(1, 1)],
            [p(f"<b>{e(data.complainant_name)}</b>", "center"),
             p(f"<b>{e(data.receiver.name)}</b><br/>NIP {e(data.receiver.nip)}", "center")],
        ],
        [half, half],
        [("VALIGN", (0, 0), (-1, -1), "TOP")],
    )  # fmt: skip
    gap = (1.5 if small else 4) * mm
    story = [
        title,
        Spacer(1, gap),
        fields,
        Spacer(1, gap),
        note,
        Spacer(1, gap),
        signatures,
        Spacer(1, gap),
        p(
            "Simpan tanda bukti ini. Sebutkan nomor pengaduan untuk menanyakan perkembangan "
            f"pengaduan melalui telepon {e(data.letterhead.phone)} atau email "
            f"{e(data.letterhead.email)}.",
            "small",
        ),
    ]

    def first_page(canvas, _doc):  # type: ignore[no-untyped-def]
        top = size[1] - margin + 6 * mm * scale
        draw_letterhead(canvas, data.letterhead, size[0], top, margin, scale)

    doc.build(story, onFirstPage=first_page, canvasmaker=unicode_canvas)
    return buffer.getvalue(), doc.page
