"""An official letter (surat dinas) as the Tata Naskah Dinas lays it out (docs/TATA_NASKAH.md):
the kop on the first page only; place and date on the right, level with Nomor; Nomor, Sifat,
Lampiran and Hal on the left; "Yth." and the addressee; the body; the signature block on the
right (a.n., jabatan, name, pangkat/golongan, NIP) kept together with the closing paragraph
and the Tembusan. A letter that runs on has its page number ("- 2 -") at the top of every
later page and no kop there. Plain data in, PDF bytes out."""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer

from pengaduan_desktop.core.letters import LetterData
from pengaduan_desktop.documents.fonts import register_fonts, unicode_canvas
from pengaduan_desktop.documents.letterhead import HEIGHT, draw_letterhead
from pengaduan_desktop.documents.styles import escape, styles, table

MARGIN = 20 * mm
LEFT = MARGIN + 5 * mm  # the binding side
KOP_TOP = A4[1] - MARGIN + 6 * mm  # where the letterhead starts
FIRST_TOP = KOP_TOP - HEIGHT - 2 * mm  # the text of page 1 starts under the kop
PAGE_NUMBER_Y = A4[1] - 14 * mm  # "- 2 -", centred at the top of a later page
SIGNATURE_WIDTH = 105 * mm  # a long name with its degrees on one line
SIGNING_SPACE = 17 * mm  # room for the signature and the stamp


def _lines(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.splitlines())


def render_letter(data: LetterData) -> bytes:
    st = styles()
    st["paragraph"] = ParagraphStyle("paragraph", parent=st["justify"], spaceAfter=1.5 * mm)
    buffer = io.BytesIO()
    width = A4[0] - LEFT - MARGIN
    first = Frame(LEFT, MARGIN, width, FIRST_TOP - MARGIN, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    later = Frame(LEFT, MARGIN, width, PAGE_NUMBER_Y - 6 * mm - MARGIN, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip

    def kop(canvas, _doc):  # type: ignore[no-untyped-def]
        draw_letterhead(canvas, data.letterhead, A4[0], KOP_TOP, MARGIN)

    def page_number(canvas, doc):  # type: ignore[no-untyped-def]
        regular, _bold = register_fonts()
        canvas.setFont(regular, 10)
        canvas.drawCentredString(A4[0] / 2, PAGE_NUMBER_Y, f"- {doc.page} -")

    doc = BaseDocTemplate(
        buffer, pagesize=A4, title=data.subject, author=data.letterhead.office_name,
        creator="Pengaduan Desktop",
        pageTemplates=[PageTemplate("first", [first], onPage=kop, autoNextPageTemplate="later"),
                       PageTemplate("later", [later], onPage=page_number)],
    )  # fmt: skip

    def p(text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, st[style])

    head = table(
        [["Nomor", ":", p(escape(data.number)), p(escape(data.place_date), "right")],
         ["Sifat", ":", p(escape(data.nature)), ""],
         ["Lampiran", ":", p(escape(data.attachments)), ""],
         ["Hal", ":", p(f"<b>{escape(data.subject)}</b>"), ""]],
        [20 * mm, 4 * mm, width - 82 * mm, 58 * mm],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 10),
         ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
         ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
         ("SPAN", (2, 1), (3, 1)), ("SPAN", (2, 2), (3, 2)), ("SPAN", (2, 3), (3, 3))],
    )  # fmt: skip
    recipient = [p(escape(line)) for line in data.recipient]
    body = [p(escape(text), "paragraph") for text in data.paragraphs]
    facts = table(
        [[p(escape(label)), ":", p(_lines(value))] for label, value in data.facts],
        [46 * mm, 4 * mm, width - 50 * mm],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 10),
         ("LEFTPADDING", (0, 0), (0, -1), 8 * mm), ("LEFTPADDING", (1, 0), (-1, -1), 1),
         ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
         ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#cccccc"))],
    )  # fmt: skip
    facts.splitInRow = 1  # a follow-up longer than a page continues on the next one
    closing = [p(escape(text), "paragraph") for text in data.closing]
    story = [head, Spacer(1, 5 * mm), *recipient, Spacer(1, 4 * mm), *body, facts,
             Spacer(1, 3 * mm)]  # fmt: skip
    # The last paragraph, the signature and the Tembusan stay together: a signature never
    # stands alone on a page, and the copies never leave it.
    story += closing[:-1]
    story.append(KeepTogether([*closing[-1:], Spacer(1, 3 * mm), _signature(data, width, p),
                               *_copies(data, p)]))  # fmt: skip
    doc.build(story, canvasmaker=unicode_canvas)
    return buffer.getvalue()


def _signature(data: LetterData, width: float, p):  # type: ignore[no-untyped-def]
    sign = data.signatory
    above = [f"{escape(sign.on_behalf)}," if sign.on_behalf else "", f"{escape(sign.jabatan)},"]
    under = [f"<b><u>{escape(sign.name)}</u></b>"]
    if sign.pangkat:
        under.append(escape(sign.pangkat))
    under.append(f"NIP {escape(sign.nip)}")
    return table(
        [["", p("<br/>".join(line for line in above if line), "center")],
         ["", Spacer(1, SIGNING_SPACE)],
         ["", p("<br/>".join(under), "center")]],
        [width - SIGNATURE_WIDTH, SIGNATURE_WIDTH],
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0),
         ("BOTTOMPADDING", (0, 0), (-1, -1), 0)],
    )  # fmt: skip


def _copies(data: LetterData, p) -> list:  # type: ignore[no-untyped-def]
    if not data.copies:
        return []
    last = len(data.copies)
    return [Spacer(1, 3 * mm), p("Tembusan Yth.:")] + [
        p(f"{i}. {escape(c)}{'.' if i == last else ';'}")
        for i, c in enumerate(data.copies, start=1)
    ]
