"""The officer's findings on the working views (issue 12 review): the selection kept across a
reload, a saved view keeping its built-in view, and the bulk disposition dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Engine, select

from pengaduan_desktop.core.caselist import CaseFilter, count_cases
from pengaduan_desktop.core.indonesian import window_date
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.test_working_views_window import (  # noqa: F401  (demo is a fixture)
    choose_view,
    demo,
    idle,
    open_list,
    select_rows,
    shown,
    type_name,
)

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def message_box(qtbot, parent) -> QMessageBox:
    qtbot.waitUntil(lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox)))
    return next(b for b in parent.findChildren(QMessageBox) if b.isVisible())


def test_the_selection_outlives_the_reload_after_an_action(
    qtbot,
    demo: Engine,  # noqa: F811
    window: MainWindow,
    tmp_path: Path,
) -> None:
    tab = open_list(qtbot, window)
    actions = tab.list_actions
    select_rows(tab, [0, 1])
    ids = {tab.model.complaint_id(r) for r in (0, 1)}
    actions.choose_file = lambda _p, name, accept: accept(tmp_path / name)
    with qtbot.waitSignal(tab.loaded, timeout=60_000):  # the sheets are recorded: a reload
        actions.sheet_save_action.trigger()
    idle(qtbot)
    assert set(actions.selected_ids()[0]) == ids
    assert actions.selected_label.text() == "2 terpilih"
    # The next action still works on them.
    actions.last_written = None
    actions.selection_xlsx_action.trigger()
    qtbot.waitUntil(lambda: actions.last_written is not None, timeout=60_000)
    # A filter that leaves them out: the footer says what is selected, not what was.
    shown(qtbot, tab, lambda: tab.search.setText("tidak-ada-yang-cocok-xyz"))
    assert actions.selected_ids() == ([], 0) and actions.selected_label.text() == ""


def test_an_action_without_a_selection_says_so(
    qtbot,
    demo: Engine,  # noqa: F811
    window: MainWindow,
) -> None:
    tab = open_list(qtbot, window)
    tab.table.clearSelection()
    tab.list_actions.sheets("print")
    box = message_box(qtbot, tab.list_actions)
    assert "Pilih dulu pengaduan" in box.text()
    box.accept()


def test_a_saved_view_keeps_its_built_in_view(
    qtbot,
    demo: Engine,  # noqa: F811
    window: MainWindow,
) -> None:
    tab = open_list(qtbot, window)
    choose_view(qtbot, tab, "Semua terbuka")
    shown(qtbot, tab, lambda: tab.search.setText("pengaduan"))
    expected = count_cases(demo, CaseFilter(open_only=True, search="pengaduan"))
    everything = count_cases(demo, CaseFilter(search="pengaduan"))
    assert tab.model.rowCount() == expected and expected < everything
    tab.views.save_button.click()
    type_name(qtbot, tab.views, "Terbuka saja")
    qtbot.waitUntil(lambda: tab.views.combo.currentText() == "Terbuka saja")
    choose_view(qtbot, tab, "Semua pengaduan")
    shown(qtbot, tab, lambda: tab.search.setText(""))
    choose_view(qtbot, tab, "Terbuka saja")
    assert tab.search.text() == "pengaduan" and tab.model.rowCount() == expected
    # Saved again from the saved view: still under "Semua terbuka".
    tab.views.save_button.click()
    type_name(qtbot, tab.views, "Terbuka saja")
    idle(qtbot)
    choose_view(qtbot, tab, "Semua pengaduan")
    choose_view(qtbot, tab, "Terbuka saja")
    assert tab.model.rowCount() == expected


def test_the_bulk_disposition_dialog(
    qtbot,
    demo: Engine,  # noqa: F811
    window: MainWindow,
) -> None:
    from pengaduan_desktop.core.db import reading
    from pengaduan_desktop.core.models import UnitReplyDeadline
    from pengaduan_desktop.core.vocabulary import Status
    from tests.gui.test_working_views_window import first_rows_with, shoot

    tab = open_list(qtbot, window)
    verified = first_rows_with(tab, Status.DIVERIFIKASI.value, 3)
    closed = first_rows_with(tab, Status.SELESAI.value, 1)
    ids = [tab.model.complaint_id(r) for r in verified]
    select_rows(tab, verified + closed)
    tab.list_actions.dispose_action.trigger()
    dialog = tab.list_actions.dialog
    assert dialog.unit.currentData() is None  # the officer chooses the unit
    assert dialog.reply_days.isVisible() and "batas waktu" in dialog.reply_note.text()
    dialog.unit.setCurrentIndex(1)
    dialog.instruction.setPlainText("Mohon ditindaklanjuti segera")
    dialog.ok.click()
    qtbot.waitUntil(lambda: "tidak ada yang didisposisikan" in dialog.error.text(), timeout=30_000)
    label = dialog.error  # the whole refusal shows, under the instruction
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.geometry().top() >= dialog.instruction.geometry().bottom()
    shoot(dialog, "dispose-refused.png")
    dialog.reject()
    select_rows(tab, verified)
    tab.list_actions.dispose_action.trigger()
    dialog = tab.list_actions.dialog
    dialog.unit.setCurrentIndex(1)
    dialog.reply_days.setValue(2)
    dialog.instruction.setPlainText("Mohon ditindaklanjuti segera")
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        dialog.ok.click()
    box = message_box(qtbot, tab.list_actions)
    assert box.text().startswith("3 pengaduan didisposisikan ke ") and "2 hari kerja" in box.text()
    box.accept()
    with reading(demo) as session:
        days = session.scalars(
            select(UnitReplyDeadline.days).where(UnitReplyDeadline.complaint_id.in_(ids))
        ).all()
    assert days == [2, 2, 2]
    idle(qtbot)


def test_a_single_disposition_asks_for_the_unit(qtbot, window: MainWindow) -> None:
    from pengaduan_desktop.core.intake import register
    from pengaduan_desktop.core.workflow import Action, perform
    from tests.gui.test_complaint_page import open_page, run
    from tests.helpers import complaint

    cid = register(window.engine, complaint()).id
    perform(window.engine, cid, Action.VERIFY, None)
    page = open_page(qtbot, window, cid)
    ui = page.ui
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("dispose"))
    assert ui.targetUnitCombo.currentData() is None
    assert ui.targetUnitCombo.currentText() == "— pilih unit —"
    run(qtbot, page, "dispose", "Mohon dijawab")
    assert ui.actionMessage.text() == "Pilih unit tujuan disposisi"


def test_reply_days_past_the_due_date_are_told_beside_the_field(qtbot, window: MainWindow) -> None:
    from datetime import UTC, datetime

    from pengaduan_desktop.core.intake import register
    from pengaduan_desktop.core.workflow import Action, perform
    from tests.gui.test_complaint_page import open_page
    from tests.helpers import complaint

    received = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)  # due early December
    cid = register(window.engine, complaint(received_at=received)).id
    perform(window.engine, cid, Action.VERIFY, None)
    page = open_page(qtbot, window, cid)
    ui, rows = page.ui, page.step_rows
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("dispose"))
    assert rows.reply_note.text() == ""  # the default days end before the due date
    rows.reply_days.setValue(10)
    due = window_date(page.detail.due_date)
    assert rows.reply_note.text() == (
        f"Melewati batas waktu pengaduan: unit membalas paling lambat {due}."
    )
    assert rows.reply_note.isVisible()
    from tests.gui.test_working_views_window import shoot

    shoot(ui.actionsPage, "reply-note.png")
    rows.reply_days.setValue(1)
    assert rows.reply_note.text() == ""
