"""The monthly report's lists, made fast without changing what they print (issue 11, item 5):
the lists read only the printed columns, the database giving each day and the status at the
month's end, and say the same as the whole rows; a row's text is written from one origin and
lands where the cell-by-cell writing put it; numbers are measured once per shape and wrap as
before."""

from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate
from sqlalchemy import Engine, update

from pengaduan_desktop.core import monthly
from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.monthly import month_figures, month_lists
from pengaduan_desktop.documents.fonts import register_fonts
from pengaduan_desktop.documents.list_table import CellWrapper, ListTable, Row
from tests.helpers import fill_office
from tests.unit.test_report_streaming import _busy_month

PRINTED = ("tracking_number", "received", "complainant", "summary", "status", "closed",
           "working_days", "result")  # fmt: skip


def _printed(rows: Any) -> list[tuple[Any, ...]]:
    return [tuple(getattr(r, name) for name in PRINTED) for r in rows]


def test_the_printed_lists_say_what_the_whole_rows_say(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate(engine, 900, seed=11)
    fill_office(engine)
    month = _busy_month(engine)
    with reading(engine) as session:  # an anonymous and a confidential complaint in the month
        ids = [c.id for c in session.query(Complaint).order_by(Complaint.id.desc()).limit(300)]
    with writing(engine) as session:
        session.execute(update(Complaint).where(Complaint.id.in_(ids[::7])).values(anonymous=True))
        session.execute(update(Complaint).where(Complaint.id.in_(ids[3::7]))
                        .values(confidential=True))  # fmt: skip
    monkeypatch.setattr(monthly, "PAGE", 11)  # several database pages per list
    whole = month_figures(engine, month)
    statuses = {r.status for r in whole.rows + whole.carried}
    assert len(whole.rows) > 30 and whole.carried and len(statuses) >= 3
    with month_lists(engine, month) as lists:
        assert _printed(lists.received()) == _printed(whole.rows)
        assert _printed(lists.carried()) == _printed(whole.carried)
        assert _printed(lists.overdue()) == _printed(whole.overdue)
        assert _printed(lists.escalations()) == _printed(whole.escalations)
        late = {r.tracking_number: r for r in whole.overdue + whole.escalations}.values()
        assert _printed(lists.late()) == _printed(late)
    shown = {r.complainant for r in whole.rows + whole.carried}
    assert {"(dirahasiakan)", "Anonim"} <= shown


def _placed(pdf: bytes) -> list[tuple[str, float, float]]:
    """Each piece of text with where it starts on its page."""
    out: list[tuple[str, float, float]] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:

        def seen(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
            if text.strip():
                out.append((text.strip(), round(tm[4] + cm[4], 2), round(tm[5] + cm[5], 2)))

        page.extract_text(visitor_text=seen)
    return out


def _list_pdf(rows: list[list[Any]]) -> bytes:
    regular, bold = register_fonts()
    buffer = io.BytesIO()
    table = ListTable(["No", "Nama", "Isi", "HK"], [], [30.0, 60.0, 120.0, 20.0],
                      (regular, bold), 6.5, rows, [])  # fmt: skip
    table.heights = [table.row_height(r) for r in rows]
    SimpleDocTemplate(buffer, pagesize=A4).build([table])
    return buffer.getvalue()


def test_a_row_written_from_one_origin_lands_where_its_cells_did() -> None:
    regular, _bold = register_fonts()
    wrapper = CellWrapper([30.0, 60.0, 120.0, 20.0], regular, 6.5)
    texts = [
        ("1", "Ani", "Pencairan dana hibah belum diterima sejak bulan lalu (termin II)", "3"),
        ("2", "", "Tanda \\ garis miring terbalik dan (kurung) tetap", ""),
        ("3", "André Ñoño", "Huruf di luar ASCII: baris ini ditulis sel demi sel", "–"),
        ("4", "Budi", "", "12"),
        ("5", "Siti", "Satu\nDua\n\nEmpat", "1"),
    ] * 40  # fmt: skip
    rows = [wrapper.row(t) for t in texts]
    assert all(isinstance(r, Row) for r in rows)
    assert rows[0].code is not None and rows[2].code is None  # Ñ: the font's own encoding
    fast = _placed(_list_pdf(rows))
    slow = _placed(_list_pdf([list(r) for r in rows]))  # plain lists: a cell at a time
    assert fast == slow
    joined = " ".join(t for t, _, _ in fast)
    assert "Tanda \\ garis miring terbalik dan (kurung) tetap" in joined
    assert "André Ñoño" in joined and "Empat" in joined


@pytest.mark.parametrize("room", [9.0, 14.0, 30.0])
def test_numbers_measured_once_per_shape_wrap_as_each_measured_alone(room: float) -> None:
    regular, _bold = register_fonts()
    numbers = ["7", "12", "98", "123", "999", "1000", "20261", "ADU-2026-000001",
               "ADU-2026-123456", "12-10-2026", "01-01-2027", "1 2", "11"]  # fmt: skip
    wrapper = CellWrapper([room + 4.0], regular, 6.5)
    for text in numbers * 2:
        assert wrapper.row([text])[0] == CellWrapper([room + 4.0], regular, 6.5).cell(text, room)
