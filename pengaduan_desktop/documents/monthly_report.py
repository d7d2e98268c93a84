"""The monthly report to the Governor of Kalimantan Barat via the Regional Secretary
(DESIGN section 5): cover letter, figures, charts, the list of complaints with their results,
overdue and escalated complaints, conclusions, signature. Plain data in, PDF bytes out."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

from pengaduan_desktop.core.indonesian import month_name, plain_date
from pengaduan_desktop.core.monthly import MonthFigures, ReportMeta, ReportRow
from pengaduan_desktop.core.text import cut
from pengaduan_desktop.documents.charts import horizontal_bars, trend_bars
from pengaduan_desktop.documents.fonts import register_fonts, unicode_canvas
from pengaduan_desktop.documents.letterhead import HEIGHT, draw_letterhead
from pengaduan_desktop.documents.list_table import GRID, HEAD, ListTable
from pengaduan_desktop.documents.styles import styles, table

MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN


def month_title(figures: MonthFigures) -> str:
    return f"{month_name(figures.month.month)} {figures.month.year}"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%".replace(".", ",")


def days(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def render_monthly_report(
    figures: MonthFigures, meta: ReportMeta, progress: Callable[[int], None] | None = None
) -> bytes:
    st = styles()
    regular, bold = register_fonts()
    buffer = io.BytesIO()
    title = f"Laporan Pengelolaan Pengaduan Bulan {month_title(figures)}"
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=title, author=meta.letterhead.office_name,
        creator="Pengaduan Desktop",
    )  # fmt: skip
    body_height = A4[1] - 2 * MARGIN - 4 * mm
    letterhead_room = HEIGHT - 4 * mm

    def p(text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, st[style])

    story: list[Any] = [NextPageTemplate("later"), *_cover(figures, meta, p, title), PageBreak()]
    story += [p(f"<b>{escape(title.upper())}</b>", "title"), Spacer(1, 4 * mm)]
    story += _summary(figures, p)
    story += _breakdowns(figures, p)
    if progress:
        progress(30)
    story += _section(p, "E. Daftar Pengaduan dan Hasil Tindak Lanjut",
                      f"{len(figures.rows)} pengaduan diterima pada bulan ini.")  # fmt: skip
    story += _list(figures.rows, regular, bold)
    carried = f"{len(figures.carried)} pengaduan masih terbuka pada awal bulan."
    story += _section(p, "F. Pengaduan Bawaan dari Bulan Sebelumnya", carried)
    story += _list(figures.carried, regular, bold)
    story += _section(p, "G. Pengaduan Terlambat dan Dieskalasi",
                      f"{figures.overdue_at_end} pengaduan terbuka melewati batas waktu pada "
                      f"akhir bulan; {figures.escalated} pengaduan dieskalasi kepada Gubernur "
                      "melalui Sekretaris Daerah pada bulan ini.")  # fmt: skip
    late = {r.tracking_number: r for r in figures.overdue + figures.escalations}
    story += _list(list(late.values()), regular, bold)
    if progress:
        progress(60)
    story += [CondPageBreak(60 * mm)]
    story += _section(p, "H. Kesimpulan", "")
    story += [p(escape(line) or "&nbsp;", "justify") for line in
              (meta.conclusions.strip() or "–").splitlines()]  # fmt: skip
    story += _section(p, "I. Rekomendasi", "")
    story += [p(escape(line) or "&nbsp;", "justify") for line in
              (meta.recommendations.strip() or "–").splitlines()]  # fmt: skip
    story += [Spacer(1, 8 * mm), KeepTogether(_signature(meta, p))]

    def first_page(canvas, _doc):  # type: ignore[no-untyped-def]
        draw_letterhead(canvas, meta.letterhead, A4[0], A4[1] - MARGIN + 6 * mm, MARGIN)
        _footer(canvas, _doc)

    def _footer(canvas: Any, doc_: Any) -> None:
        canvas.setFont(regular, 7)
        revision = f" · revisi {meta.revision}" if meta.revision else ""
        canvas.drawString(MARGIN, MARGIN - 2 * mm, f"{title} · Nomor {meta.number}{revision}")
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm, f"Halaman {doc_.page}")

    # Only the cover letter carries the letterhead; later pages use the whole height.
    doc.addPageTemplates([
        PageTemplate("first", [Frame(MARGIN, MARGIN + 4 * mm, WIDTH,
                                     body_height - letterhead_room, id="cover")],
                     onPage=first_page),
        PageTemplate("later", [Frame(MARGIN, MARGIN + 4 * mm, WIDTH, body_height, id="body")],
                     onPage=_footer),
    ])  # fmt: skip
    doc.build(story, canvasmaker=unicode_canvas)
    if progress:
        progress(100)
    return buffer.getvalue()


def _cover(figures: MonthFigures, meta: ReportMeta, p: Callable[..., Paragraph],
           title: str) -> list[Any]:  # fmt: skip
    head = meta.letterhead
    rate = percent(figures.on_time_rate)
    return [
        table(
            [
                [
                    "Nomor",
                    ":",
                    meta.number,
                    p(f"{escape(head.city)}, {plain_date(meta.issued)}", "right"),
                ],
                ["Lampiran", ":", "1 (satu) berkas", ""],
                ["Perihal", ":", p(f"<b>{escape(title)}</b>"), ""],
            ],
            [22 * mm, 4 * mm, WIDTH - 86 * mm, 60 * mm],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ],
        ),  # fmt: skip
        Spacer(1, 8 * mm),
        p("Kepada Yth."),
        p("<b>Gubernur Kalimantan Barat</b>"),
        p("melalui Sekretaris Daerah Provinsi Kalimantan Barat"),
        p("di Pontianak"),
        Spacer(1, 8 * mm),
        p(
            "Sesuai Standar Pelayanan Pengelolaan Pengaduan Pelayanan Publik, bersama ini kami "
            f"sampaikan laporan pengaduan dan hasil tindak lanjut penyelesaiannya pada Badan "
            f"Keuangan dan Aset Daerah Provinsi Kalimantan Barat untuk bulan "
            f"{escape(month_title(figures))}, dengan ringkasan sebagai berikut:",
            "justify",
        ),
        Spacer(1, 3 * mm),
        table(
            [
                ["Pengaduan diterima", ":", str(figures.received)],
                ["Bawaan dari bulan sebelumnya", ":", str(figures.carried_over)],
                ["Diselesaikan dalam bulan ini", ":", str(figures.closed)],
                ["Terbuka dan terlambat pada akhir bulan", ":", str(figures.overdue_at_end)],
                ["Tingkat ketepatan waktu", ":", rate],
            ],
            [80 * mm, 4 * mm, 40 * mm],
            [("FONTSIZE", (0, 0), (-1, -1), 10), ("LEFTPADDING", (0, 0), (0, -1), 10 * mm)],
        ),  # fmt: skip
        Spacer(1, 3 * mm),
        p(
            "Rincian laporan terlampir. Demikian kami sampaikan, atas perhatian Bapak kami "
            "ucapkan terima kasih.",
            "justify",
        ),
        Spacer(1, 10 * mm),
        KeepTogether(_signature(meta, p)),
    ]


def _signature(meta: ReportMeta, p: Callable[..., Paragraph]) -> object:
    sign = meta.signatory
    return table(
        [[p(""), p(escape(sign.jabatan), "center")], [p(""), Spacer(1, 20 * mm)],
         [p(""), p(f"<b><u>{escape(sign.name)}</u></b><br/>NIP {escape(sign.nip)}", "center")]],
        [WIDTH - 85 * mm, 85 * mm],
    )  # fmt: skip


def _section(p: Callable[..., Paragraph], heading: str, text: str) -> list[Any]:
    parts: list[Any] = [Spacer(1, 5 * mm), p(f"<b>{escape(heading)}</b>", "bold")]
    if text:
        parts += [Spacer(1, 1.5 * mm), p(escape(text))]
    return parts + [Spacer(1, 2 * mm)]


def _grid(rows: list[list[Any]], widths: list[float], header: bool = True) -> Any:
    commands = [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT")]  # fmt: skip
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), HEAD)]
    return table(rows, widths, commands)


def _summary(figures: MonthFigures, p: Callable[..., Paragraph]) -> list[Any]:
    f = figures
    rows = [
        ["Uraian", "Jumlah"],
        ["Pengaduan diterima pada bulan ini", str(f.received)],
        ["Pengaduan bawaan dari bulan sebelumnya (terbuka pada awal bulan)", str(f.carried_over)],
        ["Pengaduan diselesaikan dalam bulan ini (selesai atau ditolak)", str(f.closed)],
        ["   – selesai tepat waktu", str(f.closed_on_time)],
        ["   – selesai terlambat", str(f.closed_late)],
        ["   – ditolak (bukan kewenangan / tidak lengkap)", str(f.rejected)],
        ["Pengaduan masih terbuka pada akhir bulan", str(f.open_at_end)],
        ["   – di antaranya melewati batas waktu", str(f.overdue_at_end)],
        ["Pengaduan dieskalasi kepada Gubernur melalui Sekda", str(f.escalated)],
        ["Rata-rata waktu penanganan (hari kerja)", days(f.average_days)],
        ["Waktu penanganan terlama (hari kerja)", str(f.longest_days)],
        ["Tingkat ketepatan waktu", percent(f.on_time_rate)],
    ]  # fmt: skip
    note = ("Tingkat ketepatan waktu = pengaduan selesai tepat waktu ÷ (pengaduan diselesaikan "
            f"dalam bulan ini + pengaduan terbuka yang terlambat pada akhir bulan) = "
            f"{f.closed_on_time} ÷ ({f.closed} + {f.overdue_at_end}).")  # fmt: skip
    return [*_section(p, "A. Ringkasan", ""), _grid(rows, [WIDTH - 35 * mm, 35 * mm]),
            Spacer(1, 1.5 * mm), p(escape(note), "small")]  # fmt: skip


def _breakdowns(figures: MonthFigures, p: Callable[..., Paragraph]) -> list[Any]:
    half = WIDTH / 2 - 3 * mm
    parts: list[Any] = []
    for heading, data in (("B. Pengaduan Menurut Kanal", figures.by_channel),
                          ("C. Pengaduan Menurut Kategori", figures.by_category),
                          ("D. Status pada Akhir Bulan (pengaduan bulan ini dan bawaan)",
                           figures.by_status)):  # fmt: skip
        grid = _grid([["Uraian", "Jumlah"], *[[k, str(v)] for k, v in data.items()],
                      ["Jumlah", str(sum(data.values()))]], [half - 25 * mm, 25 * mm])  # fmt: skip
        chart = horizontal_bars("", data, half, max(70.0, 18.0 * len(data) + 20))
        pair = table([[grid, chart]], [half, half + 6 * mm], [("VALIGN", (0, 0), (-1, -1), "TOP")])
        parts.append(KeepTogether([*_section(p, heading, ""), pair]))
    trend = figures.trend
    chart = trend_bars(
        "Pengaduan diterima dan diselesaikan per bulan",
        [f"{month_name(m.month)[:3]} {m.year % 100:02d}" for m, _, _ in trend],
        [r for _, r, _ in trend], [c for _, _, c in trend], WIDTH, 62 * mm)  # fmt: skip
    parts.append(KeepTogether([*_section(p, "Tren 12 Bulan Terakhir", ""), chart]))
    return parts


LIST_HEADER = ["No", "Nomor", "Diterima", "Pengadu", "Perihal", "Status", "Selesai", "HK",
               "Hasil tindak lanjut"]  # fmt: skip
LIST_WIDTHS = [8, 27, 18, 26, 36, 18, 18, 7, 36]  # millimetres, 194 in all
LIST_CHARS = [5, 16, 10, 17, 26, 12, 10, 3, 26]  # what fits at 6.5 pt


def _list(rows: Sequence[ReportRow], regular: str, bold: str) -> list[Any]:
    """Long lists drawn by ListTable: one text object per page, whole rows per page."""
    if not rows:
        return []
    scale = WIDTH / (sum(LIST_WIDTHS) * mm)
    widths = [w * mm * scale for w in LIST_WIDTHS]
    body = [
        [cut(text, limit) for text, limit in zip(
            (str(i), r.tracking_number, r.received.strftime("%d-%m-%Y"), r.complainant,
             r.summary, r.status, r.closed.strftime("%d-%m-%Y") if r.closed else "–",
             "–" if r.working_days is None else str(r.working_days), r.result or "–"),
            LIST_CHARS, strict=True)]
        for i, r in enumerate(rows, start=1)
    ]  # fmt: skip
    return [ListTable(LIST_HEADER, body, widths, (regular, bold))]
