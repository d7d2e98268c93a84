"""The Survei Kepuasan Masyarakat (issue 12, item 5): the index and its categories by
Permenpan RB 14/2017, the answers recorded at closure, the printed form and the report."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.errors import Forbidden, InvalidValue, WorkflowError
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import AuditEntry, SurveyResponse
from pengaduan_desktop.core.month_steps import satisfaction
from pengaduan_desktop.core.monthly import Month
from pengaduan_desktop.core.survey import (
    ELEMENTS,
    SCALE,
    Source,
    category,
    index,
    record_survey,
    survey_of,
)
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.units import add_unit
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.documents.qr import qr_modules
from pengaduan_desktop.services.monthly_report import preview
from pengaduan_desktop.services.survey_form import survey_form_pdf
from tests.helpers import add_account, complaint, fill_office, pdf_fonts, pdf_pages, pdf_text

JUNE = date(2026, 6, 5)


def test_the_table_holds_nine_elements_and_a_four_point_scale() -> None:
    assert [e.code for e in ELEMENTS] == [f"U{n}" for n in range(1, 10)]
    assert ELEMENTS[7].name == "Penanganan pengaduan, saran dan masukan"
    assert sorted(SCALE) == [1, 2, 3, 4]


@pytest.mark.parametrize(("ikm", "letter"), [
    (100.0, "A"), (88.31, "A"), (88.30, "B"), (88.304, "B"), (76.61, "B"), (76.60, "C"),
    (65.00, "C"), (64.99, "D"), (25.0, "D"),
])  # fmt: skip
def test_the_categories_follow_the_regulations_intervals(ikm: float, letter: str) -> None:
    assert category(ikm).letter == letter


def test_the_index_is_the_weighted_average_times_25() -> None:
    answers = [[4, 4, 3, 4, 3, 4, 4, 3, 3], [3, 3, 3, 4, 3, 3, 4, 3, 2]]
    result = index(answers)
    assert result is not None
    assert result.averages[0] == 3.5 and result.averages[8] == 2.5
    # NRR sum = 3.5+3.5+3+4+3+3.5+4+3+2.5 = 30; x 1/9 = 3.333...; x 25 = 83.33 (B).
    assert round(result.ikm, 2) == 83.33
    assert result.category.letter == "B" and result.respondents == 2
    assert index([]) is None


def closed(engine: Engine, unit_code: str = "UJI") -> int:
    unit = add_unit(engine, unit_code, f"Bidang {unit_code}", None)
    cid = register(engine, complaint()).id
    perform(engine, cid, Action.VERIFY, None)
    perform(engine, cid, Action.DISPOSE, None, "Mohon", unit)
    perform(engine, cid, Action.RESOLVE, None, "Dana telah dicairkan")
    return cid


def test_answers_are_recorded_once_for_a_closed_complaint(engine: Engine) -> None:
    cid = closed(engine)
    record_survey(engine, cid, [4] * 9, JUNE, Source.FORM, None)
    assert survey_of(engine, cid) == ((4,) * 9, JUNE, "formulir")
    with pytest.raises(WorkflowError, match="sudah dicatat"):
        record_survey(engine, cid, [3] * 9, JUNE, Source.DIRECT, None)
    with reading(engine) as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert "Survei kepuasan" in entry.detail


@pytest.mark.parametrize(("answers", "message"), [
    ([4] * 8, "harus 9 unsur"), ([4] * 8 + [5], "U9"), ([0] + [4] * 8, "U1"),
])  # fmt: skip
def test_bad_answers_are_refused(engine: Engine, answers: list[int], message: str) -> None:
    cid = closed(engine)
    with pytest.raises(InvalidValue, match=message):
        record_survey(engine, cid, answers, JUNE, Source.DIRECT, None)


def test_an_open_complaint_has_no_survey_and_the_unit_officer_records_none(
    engine: Engine,
) -> None:
    open_one = register(engine, complaint()).id
    with pytest.raises(WorkflowError, match="setelah pengaduan selesai"):
        record_survey(engine, open_one, [4] * 9, JUNE, Source.DIRECT, None)
    cid = closed(engine)
    officer = add_account(engine, "unit", unit_id=add_unit(engine, "LAIN", "Bidang Lain", None))
    with pytest.raises(Forbidden):
        record_survey(engine, cid, [4] * 9, JUNE, Source.DIRECT, officer)
    with reading(engine) as session:
        assert session.scalar(select(func.count()).select_from(SurveyResponse)) == 0


def test_the_printed_form_holds_the_elements_and_a_qr_code(engine: Engine) -> None:
    fill_office(engine)
    cid = closed(engine)
    pdf = survey_form_pdf(engine, cid, None)
    text = pdf_text(pdf)
    assert pdf_pages(pdf) == 1
    assert "FORMULIR SURVEI KEPUASAN MASYARAKAT" in text
    assert "ADU-2026-000001" in text
    for element in ELEMENTS:
        assert f"{element.code}. {element.name}" in text
    for label in SCALE.values():
        assert label in text
    assert not any("Helvetica" in font for font in pdf_fonts(pdf))
    assert len(qr_modules("ADU-2026-000001")) >= 21  # the symbol drawn is this number's


def test_the_month_shows_the_ikm_per_unit_and_in_the_report(engine: Engine) -> None:
    fill_office(engine)
    x, y = closed(engine, "UJIX"), closed(engine, "UJIY")
    record_survey(engine, x, [4] * 9, JUNE, Source.DIRECT, None)
    record_survey(engine, y, [3] * 9, date(2026, 6, 30), Source.FORM, None)
    with reading(engine) as session:
        rows = {u.name: u.index for u in satisfaction(session, Month(2026, 6))}
    assert rows["Bidang UJIX"].ikm == 100.0 and rows["Bidang UJIX"].category.letter == "A"
    assert rows["Bidang UJIY"].ikm == 75.0 and rows["Bidang UJIY"].category.letter == "C"
    assert rows["Jumlah"].ikm == 87.5 and rows["Jumlah"].category.letter == "B"
    with clock.pinned(datetime(2026, 7, 3, 9, 0, tzinfo=LOCAL_TZ)):
        _figures, pdf = preview(engine, Month(2026, 6), "", "")
    text = pdf_text(pdf)
    assert "K. Indeks Kepuasan Masyarakat (IKM)" in text
    assert "87,50" in text and "B (Baik)" in text
    assert "J. Ketepatan Waktu per Tahap Penanganan" in text
