"""The monthly report at every scale keeps little in memory (issue 11, item 5): its pages are
compressed as each ends (documents.compact_canvas), its steps are read a page of rows at a
time (core.step_deadlines.read_steps), and the month's events are found through an index of
kind and time (migration 0016). The PDF is the same, byte for byte, as before."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import Engine, text

from pengaduan_desktop.core import monthly
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.documents import monthly_report
from pengaduan_desktop.documents.compact_canvas import CompactCanvas, compact_canvas
from pengaduan_desktop.documents.fonts import unicode_canvas
from pengaduan_desktop.services.monthly_report import preview
from tests.helpers import fill_office
from tests.unit.test_report_streaming import _busy_month


@pytest.fixture
def invariant(monkeypatch: pytest.MonkeyPatch) -> None:
    """Repeatable PDFs (no creation time or random ID), so that two can be compared."""
    monkeypatch.setattr(rl_config, "invariant", 1)


def _report(engine: Engine, month: monthly.Month) -> bytes:
    return preview(engine, month, "Kesimpulan.", "Rekomendasi.")[1]


def test_the_compact_canvas_writes_the_same_pdf_as_the_plain_one(
    engine: Engine, invariant: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate(engine, 600, seed=3)
    fill_office(engine)
    month = _busy_month(engine)
    compact = _report(engine, month)
    monkeypatch.setattr(monthly_report, "compact_canvas", unicode_canvas)
    plain = _report(engine, month)
    assert compact == plain
    pages = PdfReader(io.BytesIO(compact)).pages
    assert len(pages) > 3 and "Halaman 2" in (pages[1].extract_text() or "")


def test_each_page_is_held_compressed_once_it_ends(tmp_path: object) -> None:
    plain, compact = Canvas(io.BytesIO()), compact_canvas(io.BytesIO())
    assert isinstance(compact, CompactCanvas)
    for canvas in (plain, compact):
        for n in range(3):
            canvas.drawString(72, 720, f"Baris {n} " * 40)
            canvas.showPage()
    held = compact._doc.Pages.pages
    assert [page.stream for page in held] == [None] * 3  # no page's text kept as text
    assert all(isinstance(page.Contents.content, str | bytes) for page in held)
    assert all(len(page.stream) > len(kept.Contents.content)
               for page, kept in zip(plain._doc.Pages.pages, held, strict=True))  # fmt: skip
    read = PdfReader(io.BytesIO(compact.getpdfdata())).pages
    assert [page.extract_text().count("Baris") for page in read] == [40] * 3


def test_the_month_finds_its_events_through_the_kind_index(engine: Engine) -> None:
    """The month's escalations are read from the index of kind and time, not every event."""
    if engine.dialect.name != "sqlite":
        pytest.skip("the plan is read with SQLite's EXPLAIN QUERY PLAN")
    generate(engine, 200, seed=5)
    month = _busy_month(engine)
    with reading(engine) as session:
        statement = monthly._kinds(monthly._reading(session, month))
        compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = " | ".join(row[-1] for row in session.execute(
            text(f"EXPLAIN QUERY PLAN {compiled}")))  # fmt: skip
    assert "ix_event_kind_at" in plan and "SCAN event" not in plan, plan
