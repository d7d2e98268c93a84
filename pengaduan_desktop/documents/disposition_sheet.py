"""The lembar disposisi: one A4 page per complaint, under the office's letterhead, in the
boxes of the usual government form (core.disposition_data says what fills each). What the
disposition giver writes by hand (the ticks, the instruction when none is recorded, the
paraf) has room left empty."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from pengaduan_desktop.core.disposition_data import SheetData, Sheets
from pengaduan_desktop.core.indonesian import plain_date, short_date
from pengaduan_desktop.core.text import without_controls
from pengaduan_desktop.documents.fonts import register_fonts, unicode_canvas
from pengaduan_desktop.documents.letterhead import HEIGHT, draw_letterhead

MARGIN = 20 * mm
WIDTH = A4[0] - 2 * MARGIN
SIZE = 10
LINE = 13
PAD = 2 * mm
HOPES = (
    "Tanggapan dan saran",
    "Proses lebih lanjut",
    "Koordinasi/konfirmasikan",
    "Untuk diketahui",
    "Selesaikan sesuai ketentuan",
)
MOST_LINES = 8  # of a summary or an instruction; a longer one ends with "…"


def render_sheets(data: Sheets, progress: Callable[[int], None] | None = None) -> bytes:
    """Every complaint's sheet, one page each, as PDF bytes; `progress` hears each page."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = unicode_canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle("Lembar Disposisi Pengaduan")
    canvas.setAuthor(data.letterhead.office_name)
    canvas.setCreator("Pengaduan Desktop")
    for number, sheet in enumerate(data.sheets, 1):
        _page(canvas, data, sheet)
        canvas.showPage()
        if progress:
            progress(number)
    canvas.save()
    return buffer.getvalue()


def _text(
    canvas: Canvas, x: float, y: float, text: str, bold: bool = False, size: float = SIZE
) -> None:
    regular, heavy = register_fonts()
    canvas.setFont(heavy if bold else regular, size)
    canvas.drawString(x, y, without_controls(text))


def _wrapped(text: str, width: float, size: float = SIZE) -> list[str]:
    regular, _ = register_fonts()
    lines: list[str] = []
    for paragraph in without_controls(text).splitlines() or [""]:
        lines += simpleSplit(paragraph, regular, size, width) or [""]
    if len(lines) > MOST_LINES:
        lines = [*lines[: MOST_LINES - 1], lines[MOST_LINES - 1].rstrip() + " …"]
    return lines


def _after_labels(canvas: Canvas, labels: list[str]) -> float:
    """Where the colons of a column of labels stand: after the widest label, from its box."""
    regular, _ = register_fonts()
    return PAD + max(canvas.stringWidth(label, regular, SIZE) for label in labels) + 2 * mm


def _box(canvas: Canvas, x: float, top: float, width: float, height: float) -> None:
    canvas.rect(x, top - height, width, height, stroke=1, fill=0)


def _tick(canvas: Canvas, x: float, y: float, on: bool, label: str) -> None:
    canvas.rect(x, y - 0.5, 3.2 * mm, 3.2 * mm, stroke=1, fill=0)
    if on:
        canvas.setFont(register_fonts()[1], SIZE)
        canvas.drawString(x + 0.6 * mm, y + 0.3, "✓")
    _text(canvas, x + 5 * mm, y, label)


def _page(canvas: Canvas, data: Sheets, s: SheetData) -> None:
    top = A4[1] - MARGIN + 6 * mm
    draw_letterhead(canvas, data.letterhead, A4[0], top, MARGIN)
    y = top - HEIGHT - 4 * mm
    regular, bold = register_fonts()
    canvas.setFont(bold, 14)
    canvas.drawCentredString(A4[0] / 2, y, "LEMBAR DISPOSISI")
    y -= 5 * mm
    canvas.setLineWidth(0.7)
    half = WIDTH / 2
    left, right = MARGIN, MARGIN + half
    # The head of the form: where it came from, and how the desk registered it.
    rows = 4
    height = rows * LINE + 2 * PAD + 2
    _box(canvas, left, y, half, height)
    _box(canvas, right, y, half, height)
    ly = y - PAD - SIZE
    head = (
        ("Surat/pengaduan dari", s.sender),
        ("Kanal", s.channel),
        ("Nomor surat", s.letter_number or "-"),
    )
    colon = _after_labels(canvas, [label for label, _ in head])
    for label, value in head:
        _text(canvas, left + PAD, ly, label)
        value_lines = simpleSplit(without_controls(value), regular, SIZE, half - colon - 4 * mm)
        _text(canvas, left + colon, ly, f": {value_lines[0] if value_lines else ''}")
        ly -= LINE
    ry = y - PAD - SIZE
    registered = (
        ("Diterima tanggal", plain_date(s.received)),
        ("Nomor agenda", s.tracking_number),
        ("Batas waktu", plain_date(s.due)),
    )
    colon = _after_labels(canvas, [label for label, _ in registered])
    for label, value in registered:
        _text(canvas, right + PAD, ry, label)
        _text(canvas, right + colon, ry, f": {value}")
        ry -= LINE
    _text(canvas, right + PAD, ry, "Sifat:")
    x = right + 15 * mm
    for label, on in (
        ("Segera", s.urgent),
        ("Rahasia", s.confidential),
        ("Biasa", not (s.urgent or s.confidential)),
    ):
        _tick(canvas, x, ry, on, label)
        x += canvas.stringWidth(label, regular, SIZE) + 9 * mm
    y -= height
    # Perihal.
    summary = _wrapped(s.summary, WIDTH - 30 * mm - 2 * PAD)
    height = len(summary) * LINE + 2 * PAD + 2
    _box(canvas, left, y, WIDTH, height)
    _text(canvas, left + PAD, y - PAD - SIZE, "Perihal")
    for n, line in enumerate(summary):
        _text(canvas, left + 28 * mm, y - PAD - SIZE - n * LINE, (": " if n == 0 else "  ") + line)
    y -= height
    # Where it goes, and what is hoped of them.
    height = (len(HOPES) + 1) * LINE + 2 * PAD + 6
    _box(canvas, left, y, half, height)
    _box(canvas, right, y, half, height)
    _text(canvas, left + PAD, y - PAD - SIZE, "Diteruskan kepada Sdr.:", bold=True)
    unit_lines = simpleSplit(s.unit, regular, SIZE, half - 2 * PAD)[:3] if s.unit else []
    for n in range(len(HOPES) - 1):
        line_y = y - PAD - SIZE - (n + 1) * LINE - 2
        if n < len(unit_lines):
            _text(canvas, left + PAD, line_y, unit_lines[n])
        elif not s.unit:
            _text(canvas, left + PAD, line_y, f"{n + 1}. " + "." * 55)
    reply_y, label = y - PAD - SIZE - len(HOPES) * LINE - 2, "Batas balasan unit:"
    _text(canvas, left + PAD, reply_y, label)
    _text(
        canvas,
        left + PAD + canvas.stringWidth(label, regular, SIZE) + 1.5 * mm,
        reply_y,
        plain_date(s.reply_due) if s.reply_due else "." * 30,
        bold=bool(s.reply_due),
    )
    _text(canvas, right + PAD, y - PAD - SIZE, "Dengan hormat harap:", bold=True)
    for n, hope in enumerate(HOPES):
        _tick(
            canvas, right + PAD, y - PAD - SIZE - (n + 1) * LINE - 2, bool(s.unit) and n == 1, hope
        )
    y -= height
    # The instruction: as recorded, else lines to write it by hand.
    instruction = _wrapped(s.instruction, WIDTH - 2 * PAD) if s.instruction else []
    lines = max(MOST_LINES, len(instruction))
    height = (lines + 1) * LINE + 2 * PAD
    _box(canvas, left, y, WIDTH, height)
    _text(canvas, left + PAD, y - PAD - SIZE, "Isi disposisi:", bold=True)
    for n in range(lines):
        line_y = y - PAD - SIZE - (n + 1) * LINE
        if n < len(instruction):
            _text(canvas, left + PAD, line_y, instruction[n])
        elif not instruction:
            canvas.setStrokeGray(0.6)
            canvas.setDash(1, 2)
            canvas.line(left + PAD, line_y - 2, left + WIDTH - PAD, line_y - 2)
            canvas.setDash()
            canvas.setStrokeGray(0)
    y -= height
    # Notes and the paraf of who gives the disposition.
    height = 42 * mm
    _box(canvas, left, y, half, height)
    _box(canvas, right, y, half, height)
    _text(canvas, left + PAD, y - PAD - SIZE, "Catatan:", bold=True)
    signer = data.signatory
    day = short_date(s.disposed_on) if s.disposed_on else "...................."
    ry = y - PAD - SIZE
    _text(canvas, right + PAD, ry, f"Tanggal: {day}")
    ry -= LINE
    for line in simpleSplit(
        signer.jabatan or "Pejabat Pengelola Pengaduan", regular, SIZE, half - 2 * PAD
    )[:2]:
        _text(canvas, right + PAD, ry, line)
        ry -= LINE
    _text(canvas, right + PAD, ry, "Paraf:")
    _text(canvas, right + PAD, y - height + PAD + LINE, signer.name, bold=True)
    _text(canvas, right + PAD, y - height + PAD + 2, f"NIP {signer.nip}", size=SIZE - 1)
    # What this sheet is for, under the form.
    canvas.setFont(regular, 7.5)
    canvas.drawString(
        MARGIN,
        y - height - 5 * mm,
        f"Lembar disposisi pengaduan {s.tracking_number} · mohon dikembalikan kepada "
        "Pejabat Pengelola Pengaduan setelah ditindaklanjuti.",
    )
