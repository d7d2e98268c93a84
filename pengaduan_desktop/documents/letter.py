"""An official letter on the office letterhead: number, subject, recipient, body, the
complaint's particulars, signature and copies. Plain data in, PDF bytes out."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from pengaduan_desktop.core.letters import LetterData
from pengaduan_desktop.documents.fonts import unicode_canvas
from pengaduan_desktop.documents.letterhead import HEIGHT, draw_letterhead
from pengaduan_desktop.documents.styles import styles, table

MARGIN = 20 * mm


def render_letter(data: LetterData) -> bytes:
    st = styles()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN + 5 * mm, rightMargin=MARGIN,
        topMargin=MARGIN + HEIGHT - 4 * mm, bottomMargin=MARGIN, title=data.subject,
        author=data.letterhead.office_name, creator="Pengaduan Desktop",
    )  # fmt: skip
    width = A4[0] - 2 * MARGIN - 5 * mm

    def p(text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, st[style])

    head = table(
        [["Nomor", ":", p(escape(data.number)), p(escape(data.place_date), "right")],
         ["Lampiran", ":", "–", ""],
         ["Perihal", ":", p(f"<b>{escape(data.subject)}</b>"), ""]],
        [22 * mm, 4 * mm, width - 86 * mm, 60 * mm],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 10),
         ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2)],
    )  # fmt: skip
    recipient = [p(escape(line)) for line in data.recipient]
    body = [p(escape(text), "justify") for text in data.paragraphs]
    facts = table(
        [[label, ":", p(escape(value))] for label, value in data.facts],
        [50 * mm, 4 * mm, width - 54 * mm],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 10),
         ("LEFTPADDING", (0, 0), (0, -1), 10 * mm), ("LEFTPADDING", (1, 0), (-1, -1), 1),
         ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#cccccc"))],
    )  # fmt: skip
    closing = [p(escape(text), "justify") for text in data.closing]
    sign = data.signatory
    signature = table(
        [[p(""), p(escape(sign.jabatan), "center")],
         [p(""), Spacer(1, 22 * mm)],
         [p(""), p(f"<b><u>{escape(sign.name)}</u></b><br/>NIP {escape(sign.nip)}", "center")]],
        [width - 80 * mm, 80 * mm],
    )  # fmt: skip
    gap = Spacer(1, 6 * mm)
    story = [head, gap, *recipient, gap, *body, Spacer(1, 3 * mm), facts, Spacer(1, 4 * mm),
             *closing, gap, KeepTogether(signature)]  # fmt: skip
    if data.copies:
        story += [Spacer(1, 6 * mm), p("<u>Tembusan:</u>", "small")]
        story += [p(f"{i}. {escape(c)}", "small") for i, c in enumerate(data.copies, start=1)]

    def first_page(canvas, _doc):  # type: ignore[no-untyped-def]
        draw_letterhead(canvas, data.letterhead, A4[0], A4[1] - MARGIN + 6 * mm, MARGIN)

    doc.build(story, onFirstPage=first_page, canvasmaker=unicode_canvas)
    return buffer.getvalue()
