"""The monthly report to the Governor of Kalimantan Barat via the Regional Secretary
(DESIGN section 5): cover letter, figures, charts, the list of complaints with their results,
overdue and escalated complaints, conclusions, signature. Plain data in, PDF bytes out."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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

from pengaduan_desktop.core.exports import TALLY_COLUMNS
from pengaduan_desktop.core.indonesian import date_time, month_name, plain_date, thousands
from pengaduan_desktop.core.letters import GOVERNOR, GOVERNOR_PLACE
from pengaduan_desktop.core.monthly import (
    ON_TIME_FORMULA,
    Listed,
    MonthFigures,
    MonthLists,
    ReportMeta,
    Tally,
)
from pengaduan_desktop.documents.charts import horizontal_bars, trend_bars
from pengaduan_desktop.documents.compact_canvas import RepeatedStrings, compact_canvas
from pengaduan_desktop.documents.fonts import register_fonts
from pengaduan_desktop.documents.letterhead import HEIGHT, draw_letterhead
from pengaduan_desktop.documents.list_table import GRID, HEAD, PADDING, StreamedList
from pengaduan_desktop.documents.report_steps import ikm_section, step_section
from pengaduan_desktop.documents.styles import escape, styles, table

MARGIN = 18 * mm
KEPT_LINES = 3  # paragraphs of text that stay on the signature's page
# A heading standing on its own (not kept whole with its content) starts on the next page
# unless this much room is left below it: room for the heading, its line and the content's
# start, so that a heading never stands alone at a page's foot.
HEADING_ROOM = 35 * mm
WIDTH = A4[0] - 2 * MARGIN


def month_title(figures: MonthFigures) -> str:
    return f"{month_name(figures.month.month)} {figures.month.year}"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%".replace(".", ",")


def days(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def render_monthly_report(
    figures: MonthFigures, meta: ReportMeta, progress: Callable[[int], None] | None = None,
    lists: MonthLists | None = None,
) -> bytes:  # fmt: skip
    """The report as PDF bytes. The lists come from `lists` a row at a time as the pages are
    laid out (core.monthly.month_lists), or from the figures' own lists when not given."""
    lists = lists or MonthLists.of(figures)
    small = styles()["small"]
    head = ParagraphStyle("small_center", parent=small, fontSize=7, alignment=TA_CENTER)
    st = {**styles(), "small_center": head}
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

    # The lists are most of the work: progress runs from 10 to 95 with the rows printed.
    rows_expected = max(1, figures.received + figures.carried_over + figures.overdue_at_end
                        + figures.escalated)  # fmt: skip
    counter = _Progress(progress, rows_expected)
    story: list[Any] = [NextPageTemplate("later"), *_cover(figures, meta, p, title), PageBreak()]
    story += [p(f"<b>{escape(title.upper())}</b>", "title"), Spacer(1, 4 * mm)]
    story += _summary(figures, p)
    story += _corrections(figures, p)
    story += _breakdowns(figures, p)
    story += _tally_table(p, "E. Pengaduan Menurut Unit Kerja", "Unit kerja", figures.by_unit,
                          figures.total)  # fmt: skip
    story += _tally_table(p, "F. Pengaduan Menurut Layanan", "Layanan", figures.by_service,
                          figures.total)  # fmt: skip
    story += _section(p, "G. Daftar Pengaduan dan Hasil Tindak Lanjut",
                      f"{thousands(figures.received)} pengaduan diterima pada bulan ini.",
                      room=True)  # fmt: skip
    story += _list(lists.received, regular, bold, counter)
    carried = f"{thousands(figures.carried_over)} pengaduan masih terbuka pada awal bulan."
    story += _section(p, "H. Pengaduan Bawaan dari Bulan Sebelumnya", carried, room=True)
    story += _list(lists.carried, regular, bold, counter)
    story += _section(p, "I. Pengaduan Terlambat dan Dieskalasi",
                      f"{thousands(figures.overdue_at_end)} pengaduan terbuka melewati batas "
                      f"waktu pada akhir bulan; {thousands(figures.escalated)} pengaduan "
                      "dieskalasi kepada Gubernur melalui Sekretaris Daerah pada bulan "
                      "ini.", room=True)  # fmt: skip
    story += _list(lists.late, regular, bold, counter)
    # Issue 12 (documents.report_steps): after the lists, so that they lay out as before.
    story += step_section(figures.extras, p, WIDTH, "J")
    story += ikm_section(figures.extras, p, WIDTH, "K")
    story += [CondPageBreak(60 * mm)]
    story += _section(p, "L. Kesimpulan", "")
    story += _lines(meta.conclusions, p)
    heading, lines = _section(p, "M. Rekomendasi", ""), _lines(meta.recommendations, p)
    # The signature keeps its place, date and the last lines of text on its page; a short
    # recommendation goes along whole, with its heading; a long one's heading keeps room
    # below it for its first lines.
    if len(lines) <= 2 * KEPT_LINES:
        before, kept = [], heading + lines
    else:
        before = [CondPageBreak(HEADING_ROOM), *heading, *lines[:-KEPT_LINES]]
        kept = lines[-KEPT_LINES:]
    story += [*before, KeepTogether([*kept, Spacer(1, 8 * mm), _signature(meta, p, dated=True)])]

    def first_page(canvas, _doc):  # type: ignore[no-untyped-def]
        draw_letterhead(canvas, meta.letterhead, A4[0], A4[1] - MARGIN + 6 * mm, MARGIN)
        _footer(canvas, _doc)

    revision = f" · revisi {meta.revision}" if meta.revision else ""
    footer, repeated = f"{title} · Nomor {meta.number}{revision}", RepeatedStrings()

    def _footer(canvas: Any, doc_: Any) -> None:
        if meta.draft:  # under the page's text: a copy not issued never passes for the letter
            _draft_mark(canvas, bold)
        canvas.setFont(regular, 7)
        repeated.draw(canvas, MARGIN, MARGIN - 2 * mm, footer)  # the same on every page
        canvas.drawRightString(A4[0] - MARGIN, MARGIN - 2 * mm, f"Halaman {doc_.page}")

    # Only the cover letter carries the letterhead; later pages use the whole height.
    doc.addPageTemplates([
        PageTemplate("first", [Frame(MARGIN, MARGIN + 4 * mm, WIDTH,
                                     body_height - letterhead_room, id="cover")],
                     onPage=first_page),
        PageTemplate("later", [Frame(MARGIN, MARGIN + 4 * mm, WIDTH, body_height, id="body")],
                     onPage=_footer),
    ])  # fmt: skip
    if progress:
        progress(PROGRESS_LISTS[0])
    doc.build(story, canvasmaker=compact_canvas)
    if progress:
        progress(100)
    return buffer.getvalue()


PROGRESS_LISTS = (10, 95)  # the share of the progress bar the lists' rows fill
DRAFT_MARK = "DRAF — BELUM DITERBITKAN"


def _draft_mark(canvas: Any, font: str) -> None:
    """Across the middle of the page, light grey, under its text."""
    canvas.saveState()
    canvas.setFillGray(0.86)
    canvas.setFont(font, 38)
    canvas.translate(A4[0] / 2, A4[1] / 2)
    canvas.rotate(55)
    canvas.drawCentredString(0, 0, DRAFT_MARK)
    canvas.restoreState()


class _Progress:
    """Counts the list rows laid out and reports whole percents as they change."""

    def __init__(self, progress: Callable[[int], None] | None, expected: int) -> None:
        self.progress, self.expected = progress, expected
        self.rows, self.shown = 0, -1

    def __call__(self) -> None:
        self.rows += 1
        if self.progress is None:
            return
        low, high = PROGRESS_LISTS
        percent = low + (high - low) * min(self.rows, self.expected) // self.expected
        if percent != self.shown:
            self.shown = percent
            self.progress(percent)


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
                ["Sifat", ":", "Biasa", ""],
                ["Lampiran", ":", "1 (satu) berkas", ""],
                ["Hal", ":", p(f"<b>{escape(title)}</b>"), ""],
            ],
            [22 * mm, 4 * mm, WIDTH - 86 * mm, 60 * mm],
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("SPAN", (2, 3), (3, 3)),  # Hal runs under the date, as in the letters
            ],
        ),  # fmt: skip
        Spacer(1, 8 * mm),
        # Addressed as the escalation letter is (core.letters), per the Tata Naskah Dinas.
        p(f"Yth. {escape(GOVERNOR[0])}"),
        *[p(escape(line)) for line in (*GOVERNOR[1:], GOVERNOR_PLACE)],
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
                ["Pengaduan diterima", ":", thousands(figures.received)],
                ["Bawaan dari bulan sebelumnya", ":", thousands(figures.carried_over)],
                ["Ditutup dalam bulan ini", ":", thousands(figures.closed)],
                ["– selesai tepat waktu", ":", thousands(figures.closed_on_time)],
                ["– selesai terlambat", ":", thousands(figures.closed_late)],
                ["– ditolak", ":", thousands(figures.rejected)],
                ["– diteruskan ke instansi lain / diarsipkan", ":", thousands(figures.set_aside)],
                ["Masih terbuka pada akhir bulan", ":", thousands(figures.open_at_end)],
                ["Terbuka dan terlambat pada akhir bulan", ":", thousands(figures.overdue_at_end)],
                ["Tingkat ketepatan waktu", ":", rate],
            ],
            [92 * mm, 4 * mm, 30 * mm],
            [
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (0, -1), 10 * mm),
                ("LEFTPADDING", (0, 3), (0, 6), 14 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ],
        ),  # fmt: skip
        Spacer(1, 3 * mm),
        *_correction_notice(figures, p),
        p(
            "Rincian laporan terlampir. Demikian kami sampaikan, atas perhatian Bapak kami "
            "ucapkan terima kasih.",
            "justify",
        ),
        Spacer(1, 10 * mm),
        KeepTogether(_signature(meta, p)),
    ]


def _lines(text: str, p: Callable[..., Paragraph]) -> list[Any]:
    """The officer's text, a paragraph per line."""
    return [p(escape(line) or "&nbsp;", "justify") for line in (text.strip() or "–").splitlines()]


def _signature(meta: ReportMeta, p: Callable[..., Paragraph], dated: bool = False) -> object:
    """Jabatan, room to sign, name, pangkat/golongan and NIP; `dated` puts the place and the
    issue date above (the cover letter carries them in its heading)."""
    sign = meta.signatory
    place = f"{escape(meta.letterhead.city)}, {plain_date(meta.issued)}<br/>" if dated else ""
    pangkat = f"<br/>{escape(sign.pangkat)}" if sign.pangkat.strip() else ""
    return table(
        [[p(""), p(f"{place}{escape(sign.jabatan.rstrip(', '))},", "center")],
         [p(""), Spacer(1, 20 * mm)],
         [p(""), p(f"<b><u>{escape(sign.name)}</u></b>{pangkat}<br/>NIP {escape(sign.nip)}",
                   "center")]],
        [WIDTH - 85 * mm, 85 * mm],
    )  # fmt: skip


def _section(p: Callable[..., Paragraph], heading: str, text: str, room: bool = False) -> list[Any]:
    """A heading and its line of text; `room` when its content does not follow in the same
    KeepTogether: the heading then moves to the next page rather than end one alone."""
    parts: list[Any] = [CondPageBreak(HEADING_ROOM)] if room else []
    parts += [Spacer(1, 5 * mm), p(f"<b>{escape(heading)}</b>", "bold")]
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
        ["Pengaduan diterima pada bulan ini", thousands(f.received)],
        ["Pengaduan bawaan dari bulan sebelumnya (terbuka pada awal bulan)",
         thousands(f.carried_over)],
        ["Pengaduan ditutup dalam bulan ini", thousands(f.closed)],
        ["   – selesai tepat waktu", thousands(f.closed_on_time)],
        ["   – selesai terlambat", thousands(f.closed_late)],
        ["   – ditolak (bukan kewenangan / tidak lengkap / lainnya)", thousands(f.rejected)],
        ["   – diteruskan ke instansi lain / diarsipkan", thousands(f.set_aside)],
        ["Pengaduan masih terbuka pada akhir bulan", thousands(f.open_at_end)],
        ["   – di antaranya melewati batas waktu", thousands(f.overdue_at_end)],
        ["Dieskalasi kepada Gubernur melalui Sekda dalam bulan ini", thousands(f.escalated)],
        ["Rata-rata waktu penanganan (hari kerja)", days(f.average_days)],
        ["Waktu penanganan terlama (hari kerja)", thousands(f.longest_days)],
        ["Tingkat ketepatan waktu", percent(f.on_time_rate)],
    ]  # fmt: skip
    on_time, late, overdue = (thousands(v) for v in (f.closed_on_time, f.closed_late,
                                                     f.overdue_at_end))  # fmt: skip
    note = (f"{ON_TIME_FORMULA} Bulan ini: {on_time} ÷ ({on_time} + {late} + {overdue}); "
            f"{thousands(f.rejected)} pengaduan ditolak, {thousands(f.set_aside)} diteruskan "
            "atau diarsipkan.")  # fmt: skip
    return [*_section(p, "A. Ringkasan", ""), _grid(rows, [WIDTH - 35 * mm, 35 * mm]),
            Spacer(1, 1.5 * mm), p(escape(note), "small")]  # fmt: skip


CORRECTIONS_HEADING = "Koreksi setelah laporan diterbitkan"


def _correction_notice(figures: MonthFigures, p: Callable[..., Paragraph]) -> list[Any]:
    """On the cover of a month issued before: that this one follows the earlier issue."""
    first = figures.first_issue
    if first is None:
        return []
    corrected = (f"{thousands(len(figures.corrections))} perubahan data sesudah laporan tersebut "
                 f"diterbitkan dicantumkan pada bagian “{CORRECTIONS_HEADING}”"
                 if figures.corrections else "sesudah laporan tersebut diterbitkan tidak ada "
                 "data pengaduan bulan ini yang dikoreksi")  # fmt: skip
    text = (f"Laporan ini menggantikan laporan Nomor {first.number} tanggal "
            f"{plain_date(first.issued_at.date())}; {corrected}.")  # fmt: skip
    return [p(escape(text), "justify"), Spacer(1, 3 * mm)]


def _corrections(figures: MonthFigures, p: Callable[..., Paragraph]) -> list[Any]:
    """Under the summary of a month issued before: each correction made since, field by
    field (old → new, when, by whom, why); the figures above already count the new values."""
    first = figures.first_issue
    if first is None:
        return []
    issued = (f"Laporan bulan ini pertama kali diterbitkan dengan Nomor {first.number} pada "
              f"{date_time(first.issued_at.replace(tzinfo=None))}.")  # fmt: skip
    if not figures.corrections:
        return _section(p, CORRECTIONS_HEADING, issued + " Sejak itu tidak ada data pengaduan "
                        "bulan ini yang dikoreksi.")  # fmt: skip
    intro = (f"{issued} Sesudahnya data berikut dikoreksi; seluruh angka dalam laporan ini "
             "dihitung dari data terkini.")  # fmt: skip

    def cell(text: str) -> Paragraph:
        return p(escape(text), "small")

    head = ("Nomor pengaduan", "Data", "Semula → menjadi", "Waktu dan petugas", "Alasan koreksi")
    rows: list[list[Any]] = [[cell(h) for h in head]]
    commands: list[Any] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 1), (0, -1), 8)]
    groups: dict[tuple[str, object], list[int]] = {}
    for c in figures.corrections:
        groups.setdefault((c.tracking_number, c.at), []).append(len(rows))
        rows.append([c.tracking_number, cell(c.field), cell(c.change),
                     cell(f"{date_time(c.at.replace(tzinfo=None))}, {c.officer}"),
                     cell(c.reason or "–")])  # fmt: skip
    for lines in groups.values():  # one correction of several fields: its cells once
        for column in (0, 3, 4):
            commands.append(("SPAN", (column, lines[0]), (column, lines[-1])))
    widths = [31 * mm, 22 * mm, 50 * mm, 34 * mm]  # the number whole on one line
    grid = _grid(rows, [*widths, WIDTH - sum(widths)])
    grid.setStyle(commands)
    return [*_section(p, CORRECTIONS_HEADING, intro, room=True), grid]


def _tally_table(p: Callable[..., Paragraph], heading: str, first: str,
                 tallies: Sequence[Tally], total: Tally) -> list[Any]:  # fmt: skip
    """One row per unit or service, then the office's total (the same figures as A)."""
    note = "Ditutup dalam bulan ini = selesai tepat waktu + selesai terlambat + ditolak."
    if first == "Unit kerja":
        note += " Unit kerja menurut disposisi terakhir."
    parts = _section(p, heading, "")
    if not tallies:
        return [*parts, p("Tidak ada pengaduan pada bulan ini.")]

    def cells(t: Tally) -> list[str]:
        return [thousands(v) for v in (t.received, t.on_time, t.late, t.rejected, t.open_at_end,
                                 t.overdue_at_end)]  # fmt: skip

    rows: list[list[Any]] = [
        [p(f"<b>{first}</b>", "small"), *[p(f"<b>{h}</b>", "small_center") for h in TALLY_COLUMNS]]
    ]
    rows += [[p(escape(t.name), "small"), *cells(t)] for t in tallies]
    rows += [[p("<b>Jumlah</b>", "small"), *cells(total)]]
    number = 20 * mm
    grid = table(rows, [WIDTH - 6 * number, *[number] * 6], [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD), ("BACKGROUND", (0, -1), (-1, -1), HEAD),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ], repeat_rows=1)  # fmt: skip
    # A short table stays whole on its page (a long one splits, its header repeated).
    return [KeepTogether([*parts, grid, Spacer(1, 1.5 * mm), p(escape(note), "small")])]


def _breakdowns(figures: MonthFigures, p: Callable[..., Paragraph]) -> list[Any]:
    half = WIDTH / 2 - 3 * mm
    parts: list[Any] = []
    for heading, data in (("B. Pengaduan Menurut Kanal", figures.by_channel),
                          ("C. Pengaduan Menurut Kategori", figures.by_category),
                          ("D. Status pada Akhir Bulan (pengaduan bulan ini dan bawaan)",
                           figures.by_status)):  # fmt: skip
        grid = _grid([["Uraian", "Jumlah"], *[[k, thousands(v)] for k, v in data.items()],
                      ["Jumlah", thousands(sum(data.values()))]],
                     [half - 25 * mm, 25 * mm])  # fmt: skip
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
# What the fixed columns must hold whole; the free ones share the rest of the width.
LIST_SAMPLES = ["00000", "ADU-0000-000000", "00-00-0000", "", "", "", "00-00-0000",
                "HK", ""]  # fmt: skip
LIST_STATUS = 5  # its sample: the widest word a status at the month's end may have
STATUS_WORDS = ("Dieskalasi", "Diteruskan", "Diarsipkan", "Selesai", "Ditolak", "Tunda", "proses")
LIST_SHARES = {3: 0.2, 4: 0.38, 8: 0.42}  # Pengadu, Perihal, Hasil tindak lanjut
LIST_SIZE = 6.5


def _list_widths(regular: str, bold: str) -> list[float]:
    widest = max(STATUS_WORDS, key=lambda word: stringWidth(word, regular, LIST_SIZE))
    samples = [widest if i == LIST_STATUS else s for i, s in enumerate(LIST_SAMPLES)]
    fixed = [
        max(stringWidth(sample, regular, LIST_SIZE), stringWidth(head, bold, LIST_SIZE))
        + 2 * PADDING
        + 1
        if i not in LIST_SHARES
        else 0.0
        for i, (sample, head) in enumerate(zip(samples, LIST_HEADER, strict=True))
    ]
    free = WIDTH - sum(fixed)
    return [LIST_SHARES[i] * free if i in LIST_SHARES else w for i, w in enumerate(fixed)]


def _list(rows: Callable[[], Iterator[Listed]], regular: str, bold: str,
          counted: Callable[[], None]) -> list[Any]:  # fmt: skip
    """Long lists drawn by ListTable a page at a time (StreamedList): one text object per
    page, texts wrapped, never cut; only a page's rows are held while it is laid out."""

    def body() -> Iterator[tuple[str, ...]]:
        shown: dict[date | None, str] = {None: "–"}  # a month's list has few distinct days

        def day(value: date | None) -> str:
            text = shown.get(value)
            if text is None:
                text = shown[value] = value.strftime("%d-%m-%Y")  # type: ignore[union-attr]
            return text

        for i, r in enumerate(rows(), start=1):
            days = "–" if r.working_days is None else str(r.working_days)
            yield (str(i), r.tracking_number, day(r.received), r.complainant, r.summary,
                   r.status, day(r.closed), days, r.result or "–")  # fmt: skip

    widths = _list_widths(regular, bold)
    # A row continued on the next page shows its No and Nomor again.
    return [StreamedList(LIST_HEADER, body, widths, (regular, bold), LIST_SIZE, repeat=(0, 1),
                         counted=counted)]  # fmt: skip
