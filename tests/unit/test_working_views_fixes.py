"""The officer's findings on the lembar disposisi and the bulk disposition (issue 12 review):
the unit's reply deadline on the sheet, labels clear of their colons, the reply days a bulk
disposition gives. Real databases, PDFs read back with pypdf."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import Engine, select

from pengaduan_desktop.core.bulk_disposition import dispose_many
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.indonesian import plain_date
from pengaduan_desktop.core.models import UnitReplyDeadline
from pengaduan_desktop.core.step_deadlines import Step, complaint_steps
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.documents.disposition_sheet import SIZE
from pengaduan_desktop.documents.fonts import register_fonts
from pengaduan_desktop.services.disposition_sheet import sheets_pdf
from tests.unit.test_working_views import desk  # noqa: F401  (a fixture)


def test_the_sheet_prints_the_units_reply_deadline(
    engine: Engine,
    desk: dict[str, int],  # noqa: F811
) -> None:
    ids = [desk["this_week"], desk["old"]]
    pdf, _numbers = sheets_pdf(engine, ids, desk["petugas"])
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    reply = [s for s in complaint_steps(engine, ids[0], None) if s.step is Step.UNIT_REPLY]
    assert f"Batas balasan unit: {plain_date(reply[-1].due)}" in pages[0]
    assert "Batas balasan unit: ....." in pages[1]  # not disposed: written by hand


def test_the_labels_of_the_sheet_stand_clear_of_their_colons(
    engine: Engine,
    desk: dict[str, int],  # noqa: F811
) -> None:
    pdf, _numbers = sheets_pdf(engine, [desk["this_week"]], desk["petugas"])
    drawn: list[tuple[str, float, float]] = []
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    page.extract_text(visitor_text=lambda text, _cm, tm, _f, _s: drawn.append((text, tm[4], tm[5])))
    regular, _ = register_fonts()
    for label in ("Surat/pengaduan dari", "Nomor surat", "Diterima tanggal", "Nomor agenda"):
        x, y = next((x, y) for text, x, y in drawn if text.strip() == label)
        end = x + stringWidth(label, regular, SIZE)
        colon = min(cx for text, cx, cy in drawn if text.startswith(":") and cx > x and cy == y)
        assert colon > end + 2, label  # a gap before the colon


def test_a_bulk_disposition_gives_the_reply_days(
    engine: Engine,
    desk: dict[str, int],  # noqa: F811
) -> None:
    old = desk["old"]
    perform(engine, old, Action.VERIFY, desk["petugas"])
    with pytest.raises(InvalidValue, match="1 sampai"):
        dispose_many(engine, [old], desk["y"], "Segera", desk["petugas"], reply_days=0)
    assert dispose_many(engine, [old], desk["y"], "Segera", desk["petugas"], reply_days=7) == 1
    with reading(engine) as session:
        days = session.scalars(
            select(UnitReplyDeadline.days).where(UnitReplyDeadline.complaint_id == old)
        ).all()
    assert days == [7]
