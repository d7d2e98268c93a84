"""The monthly report's lists stream: rows are read from the database a page at a time while
the PDF is laid out, and the PDF still lists every complaint of the month once, in order,
with the totals core counts (read back with pypdf)."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import fields
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import SimpleDocTemplate
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import monthly
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.monthly import Month, month_figures
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.documents.fonts import register_fonts
from pengaduan_desktop.documents.list_table import CellWrapper, StreamedList
from pengaduan_desktop.services.monthly_report import preview
from tests.helpers import fill_office

NUMBER = re.compile(r"ADU-\d{4}-\d{6}")


def _busy_month(engine: Engine) -> Month:
    with reading(engine) as session:
        newest = to_local(session.scalar(select(func.max(Complaint.received_at))))
    return Month(newest.year, newest.month).previous


@pytest.fixture
def demo_month(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> tuple[Engine, Month]:
    generate(engine, 1200, seed=7)  # about 100 complaints a month, for a year
    fill_office(engine)
    monkeypatch.setattr(monthly, "PAGE", 7)  # many database pages per list, even here
    return engine, _busy_month(engine)


def _pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def test_every_complaint_of_the_month_is_listed_with_core_totals(
    demo_month: tuple[Engine, Month],
) -> None:
    engine, month = demo_month
    whole = month_figures(engine, month)
    assert len(whole.rows) > 50 and whole.carried  # a month worth listing
    steps: list[int] = []
    figures, pdf = preview(engine, month, "Kesimpulan.", "Rekomendasi.", steps.append)
    text = " ".join(" ".join(_pages_text(pdf)).split())

    # The lists hold each complaint once (in G or H), and once more when it is late (I),
    # in the order core reads them.
    late = {r.tracking_number for r in whole.overdue + whole.escalations}
    listed = NUMBER.findall(text)
    expected = [r.tracking_number for r in whole.rows + whole.carried]
    assert Counter(listed) == Counter(expected) + Counter(late)
    assert listed[: len(whole.rows)] == [r.tracking_number for r in whole.rows]
    assert f"{len(whole.rows)} pengaduan diterima pada bulan ini." in text
    assert f"{len(whole.carried)} pengaduan masih terbuka pada awal bulan." in text
    assert f"{whole.overdue_at_end} pengaduan terbuka melewati batas waktu" in text
    assert f"{len(whole.escalations)} pengaduan dieskalasi" in text
    # The rows are numbered 1..N in G.
    assert f" {len(whole.rows)} {whole.rows[-1].tracking_number} " in f" {text} "

    # The figures the report prints come from month_summary, which reads no list: the same
    # as month_figures's, and its lists empty.
    for f in fields(figures):
        if f.name in ("rows", "carried", "overdue", "escalations"):
            assert getattr(figures, f.name) == []
        else:
            assert getattr(figures, f.name) == getattr(whole, f.name), f.name
    assert figures.carried_over == len(whole.carried)
    assert figures.escalated == len(whole.escalations)

    # The progress bar rises with the rows laid out, to 100.
    assert steps == sorted(steps) and steps[-1] == 100 and len(steps) > 10


def test_an_empty_list_prints_no_table(engine: Engine) -> None:
    fill_office(engine)
    _figures, pdf = preview(engine, Month(2026, 3), "", "")
    text = " ".join(" ".join(_pages_text(pdf)).split())
    assert "0 pengaduan diterima pada bulan ini." in text
    assert "Hasil tindak lanjut" not in text  # the lists' header
    assert not NUMBER.findall(text)


def test_rows_are_read_as_the_pages_are_laid_out(tmp_path: Path) -> None:
    """A list of 3,000 rows: each row is read while the page it lands on (or the one before)
    is laid out, never all of them before the first page."""
    regular, bold = register_fonts()
    doc = SimpleDocTemplate(str(tmp_path / "list.pdf"), pagesize=A4)
    read_on: list[int] = []

    def rows():  # type: ignore[no-untyped-def]
        for i in range(3000):
            read_on.append(doc.page)
            yield (str(i + 1), f"baris nomor {i + 1} " * (1 + i % 4))

    table = StreamedList(["No", "Isi"], rows, [40.0, 300.0], (regular, bold), 6.5)
    doc.build([table])
    pages = len(PdfReader(str(tmp_path / "list.pdf")).pages)
    assert pages > 20
    assert read_on[0] == 1 and read_on[-1] >= pages - 1
    per_page = Counter(read_on)
    assert max(per_page.values()) < 3000 / pages * 3  # about a page's rows at a time
    text = " ".join(page.extract_text() for page in PdfReader(str(tmp_path / "list.pdf")).pages)
    assert "baris nomor 3000" in text and "baris nomor 1 " in text


def _as_before(text: str, font: str, size: float, width: float) -> list[str]:
    """How the list wrapped a cell before it remembered words: reportlab's simpleSplit, then
    a word wider than the column broken by characters."""
    out = []
    for line in simpleSplit(text, font, size, width) or [""]:
        while len(line) > 1 and stringWidth(line, font, size) > width:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return out


@pytest.mark.parametrize("width", [30.0, 80.0, 140.0])
def test_cells_wrap_as_reportlab_splits(width: float) -> None:
    regular, _bold = register_fonts()
    wrapper = CellWrapper([width + 4.0], regular, 6.5)
    texts = ["Pencairan dana hibah belum diterima meskipun berkas sudah lengkap sejak bulan lalu",
             "Ani", "Lampiran SP2D tidak sesuai dengan nilai kontrak yang disepakati bersama",
             "Ñoño Hernández dan Siti Aminah bertanya tentang BPHTB", ""]  # fmt: skip
    for text in texts:
        for _ in range(2):  # the second time from what the wrapper remembers
            assert wrapper.row([text])[0] == _as_before(text, regular, 6.5, width)
    # A word wider than the column breaks by characters; two spaces that fit stay two.
    long = "https://contoh.go.id/" + "a" * 80
    lines = wrapper.cell(long, width)
    assert "".join(lines) == long and len(lines) > 1
    assert wrapper.cell("Ani  Budi", width) == ["Ani  Budi"]
    # A row's cell that fits is taken whole, as typed, the same as cell() says.
    for text in ("Ani  Budi", "  Ani", "Ani ", "   "):
        assert wrapper.row([text])[0] == wrapper.cell(text, width) == [text]
