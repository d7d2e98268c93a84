"""The page's hint beside "Batas balasan unit" names the day the saved step then carries: for
a complaint already past its due date, the disposition day, not the past due date."""

from __future__ import annotations

import pytest

from pengaduan_desktop.core.clock import today
from pengaduan_desktop.core.indonesian import window_date
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.step_deadlines import Step, complaint_steps
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.test_complaint_page import open_page, run
from tests.helpers import complaint

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def test_the_hint_of_an_overdue_complaint_names_the_day_the_step_gets(
    qtbot, window: MainWindow
) -> None:
    cid = register(window.engine, complaint()).id  # received in May: long past its due date
    perform(window.engine, cid, Action.VERIFY, None)
    page = open_page(qtbot, window, cid)
    ui, rows = page.ui, page.step_rows
    assert page.detail.due_date < today()
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("dispose"))
    qtbot.waitUntil(lambda: rows.reply_note.text() != "")
    hinted = window_date(today())
    assert rows.reply_note.text() == (
        f"Melewati batas waktu pengaduan: unit membalas paling lambat {hinted}."
    )
    run(qtbot, page, "dispose", "Mohon dijawab", unit=ui.targetUnitCombo.itemText(1))
    [reply] = [s for s in complaint_steps(window.engine, cid, None) if s.step == Step.UNIT_REPLY]
    assert window_date(reply.due) == hinted
