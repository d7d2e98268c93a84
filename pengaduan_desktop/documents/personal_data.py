"""Everything held about one complainant, as a PDF for the person who asked for it (UU 27/2022):
the kop, what was asked and when, then each complaint with the identity as recorded, the
complaint itself, its steps, the letters sent about it and its attachments. Plain data in
(core.complainant_data), PDF bytes out."""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
)

from pengaduan_desktop.core.complainant_data import ComplaintHeld, HeldData
from pengaduan_desktop.core.indonesian import date_time, long_date
from pengaduan_desktop.documents.fonts import register_fonts, unicode_canvas
from pengaduan_desktop.documents.letterhead import HEIGHT, draw_letterhead
from pengaduan_desktop.documents.styles import escape, styles, table

MARGIN = 18 * mm
KOP_TOP = A4[1] - MARGIN + 6 * mm
FIRST_TOP = KOP_TOP - HEIGHT - 2 * mm
WIDTH = A4[0] - 2 * MARGIN
TITLE = "Data Pribadi Pengadu yang Disimpan"
GRID = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc"))]  # fmt: skip
HEADER = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]


def _text(value: object) -> str:
    return "<br/>".join(escape(line) for line in str(value).splitlines()) or "\u2013"


def render_personal_data(data: HeldData) -> bytes:
    st = styles()
    buffer = io.BytesIO()
    first = Frame(MARGIN, MARGIN, WIDTH, FIRST_TOP - MARGIN, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
    later = Frame(MARGIN, MARGIN, WIDTH, A4[1] - 2 * MARGIN, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip

    def kop(canvas, doc):  # type: ignore[no-untyped-def]
        draw_letterhead(canvas, data.letterhead, A4[0], KOP_TOP, MARGIN)
        footer(canvas, doc)

    def footer(canvas, doc):  # type: ignore[no-untyped-def]
        regular, _bold = register_fonts()
        canvas.setFont(regular, 8)
        canvas.drawString(
            MARGIN,
            MARGIN - 8 * mm,
            f"{TITLE} \u2013 {data.key} \u2013 {date_time(data.produced_at)}",
        )
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 8 * mm, f"halaman {doc.page}")

    doc = BaseDocTemplate(
        buffer, pagesize=A4, title=f"{TITLE} ({data.key})",
        author=data.letterhead.office_name, creator="Pengaduan Desktop",
        pageTemplates=[PageTemplate("first", [first], onPage=kop, autoNextPageTemplate="later"),
                       PageTemplate("later", [later], onPage=footer)],
    )  # fmt: skip

    def p(text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, st[style])

    story: list[Any] = [
        p(f"<b>{escape(TITLE.upper())}</b>", "title"), Spacer(1, 3 * mm),
        p(f"Disusun pada {escape(date_time(data.produced_at))} atas permintaan data pribadi "
          f"pengadu (Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi), "
          f"dicari dengan <b>{escape(data.key)}</b>. Dokumen ini memuat seluruh pengaduan "
          f"yang tercatat atas nama pengadu tersebut: {len(data.complaints)} pengaduan.",
          "justify"),
        Spacer(1, 4 * mm),
    ]  # fmt: skip
    for number, complaint in enumerate(data.complaints, start=1):
        if number > 1:
            story.append(Spacer(1, 6 * mm))
        story += _complaint(number, complaint, p)
    if not data.complaints:
        story.append(p("Tidak ada pengaduan yang tercatat."))
    doc.build(story, canvasmaker=unicode_canvas)
    return buffer.getvalue()


def _facts(rows: list[tuple[str, object]], p: Any) -> Any:
    return table([[p(escape(label), "label"), p(_text(value), "value")] for label, value in rows],
                 [48 * mm, WIDTH - 48 * mm], GRID)  # fmt: skip


def _complaint(number: int, c: ComplaintHeld, p: Any) -> list[Any]:
    who = c.identity
    identity = [
        ("Nama", who.name), ("Jenis identitas", who.id_type), ("Nomor identitas", who.id_number),
        ("Alamat", who.address), ("Telepon", who.phone), ("Email", who.email),
        ("Identitas dihapus", date_time(who.erased_at) if who.erased_at else "tidak"),
    ]  # fmt: skip
    facts = [
        ("Diterima", date_time(c.received_at)), ("Kanal", c.channel),
        *([("ID SP4N-LAPOR!", c.lapor_tracking_id)] if c.lapor_tracking_id else []),
        ("Layanan", c.service),
        ("Kategori", c.category), ("Perihal", c.summary), ("Uraian", c.description),
        ("Kerugian", c.loss), ("Penyelesaian yang diminta", c.requested_resolution),
        ("Tempat kejadian", c.event_place),
        ("Tanggal kejadian", long_date(c.event_date) if c.event_date else ""),
        ("Anonim", "ya" if c.anonymous else "tidak"),
        ("Identitas dirahasiakan", "ya" if c.confidential else "tidak"),
        ("Status", c.status), ("Ditutup", date_time(c.closed_at) if c.closed_at else ""),
        ("Hasil tindak lanjut", c.result),
    ]  # fmt: skip
    steps = [[p("<b>Waktu</b>", "small"), p("<b>Langkah</b>", "small"),
              p("<b>Petugas</b>", "small"), p("<b>Keterangan</b>", "small")]] + [
        [p(escape(f"{s.at:%d/%m/%Y %H:%M}"), "small"), p(escape(s.kind), "small"),
         p(escape(s.officer), "small"), p(_text(s.text), "small")] for s in c.steps
    ]  # fmt: skip
    letters = [(f"{long_date(x.issued_on)}", f"{x.number} \u2013 {x.subject}") for x in c.letters]
    files = [(f.filename, f"{f.media_type}, {f'{f.size:,}'.replace(',', '.')} bita, "
              f"ditambahkan {date_time(f.added_at)}; SHA-256 {f.sha256}")
             for f in c.files]  # fmt: skip
    none = p("Tidak ada.", "small")
    sections = [
        ("Identitas pengadu sebagaimana tercatat", _facts(identity, p)),
        ("Pengaduan", _facts(facts, p)),
        ("Riwayat penanganan", table(steps, [26 * mm, 28 * mm, 38 * mm, WIDTH - 92 * mm],
                                     GRID + HEADER, repeat_rows=1)),
        ("Surat yang dikirim", _facts(letters, p) if letters else none),
        ("Lampiran", _facts(files, p) if files else none),
    ]  # fmt: skip
    part: list[Any] = []
    heading = [p(f"<b>{number}. Pengaduan {escape(c.tracking_number)}</b>"), Spacer(1, 1.5 * mm)]
    for title, body in sections:
        # A heading never ends a page alone: it goes with the start of what it heads.
        part += [KeepTogether([*heading, p(f"<b>{title}</b>", "label"), body]),
                 Spacer(1, 2 * mm)]  # fmt: skip
        heading = []
    return part[:-1]
