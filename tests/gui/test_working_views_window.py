"""The case list's working views in the real window (issue 12, item 7): the views bar, saved
views, multi-select with bulk disposition, the whole filtered list exported, the lembar
disposisi saved and printed through the real print dialog to the CUPS PDF printer."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import Engine, select

from pengaduan_desktop.core.caselist import CaseFilter, count_cases
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.disposition_data import PRINTED_TEXT
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import AuditEntry, Complaint, Event
from pengaduan_desktop.core.saved_views import saved_views
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.vocabulary import EventKind, Status
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from pengaduan_desktop.ui.working_views import DisposeDialog
from tests.gui.questions import answer
from tests.gui.test_real_printing import (  # noqa: F401  (cups_out is a fixture)
    cups_out,
    flat_text,
    modal,
    print_on_queue,
    wait_for_printout,
)
from tests.helpers import complaint, pdf_pages, pdf_text

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


@pytest.fixture
def demo(engine: Engine) -> Engine:
    """300 demo complaints (most closed), then 130 just received, 5 of them verified."""
    generate(engine, 300, seed=7, now=NOW)
    rows = [
        complaint(
            summary=f"Pengaduan baru {n}",
            received_at=datetime(2026, 11, 20 + n % 7, 8, n % 60, tzinfo=LOCAL_TZ),
        )
        for n in range(130)
    ]
    fresh = [register(engine, row, None).id for row in rows]
    for complaint_id in fresh[:5]:
        perform(engine, complaint_id, Action.VERIFY, None)
    return engine


def idle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=30_000)


def shown(qtbot, tab, action) -> None:
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        action()


def open_list(qtbot, window: MainWindow):
    window.tabs.setCurrentWidget(window.cases)
    idle(qtbot)
    shown(qtbot, window.cases, window.cases.apply_filter)
    return window.cases


def choose_view(qtbot, tab, label: str) -> None:
    index = tab.views.combo.findText(label)
    assert index >= 0, label
    shown(qtbot, tab, lambda: tab.views.combo.setCurrentIndex(index))


def type_name(qtbot, parent, name: str) -> None:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QInputDialog)))
    dialog = next(d for d in parent.findChildren(QInputDialog) if d.isVisible())
    dialog.setTextValue(name)
    dialog.accept()


def select_rows(tab, rows: list[int]) -> None:
    model, selection = tab.model, QItemSelection()
    for row in rows:
        selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
    tab.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def first_rows_with(tab, status: str, many: int) -> list[int]:
    found = [
        r
        for r in range(tab.model.rowCount())
        if tab.model.row(r) is not None and tab.model.row(r).status == status
    ]
    return found[:many]


def shoot(widget, name: str) -> None:
    folder = os.environ.get("PENGADUAN_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_built_in_and_saved_views(qtbot, demo: Engine, window: MainWindow) -> None:
    tab = open_list(qtbot, window)
    combo = tab.views.combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Semua pengaduan",
        "Pengaduan saya",
        "Semua terbuka",
        "Jatuh tempo minggu ini",
    ]
    choose_view(qtbot, tab, "Semua terbuka")
    assert tab.model.rowCount() == count_cases(demo, CaseFilter(open_only=True))
    choose_view(qtbot, tab, "Jatuh tempo minggu ini")
    week = CaseFilter(
        open_only=True, due_from=datetime(2026, 11, 23).date(), due_to=datetime(2026, 11, 29).date()
    )
    assert tab.model.rowCount() == count_cases(demo, week)
    # The Pejabat Pengelola is responsible for every complaint (the demo's default officer).
    choose_view(qtbot, tab, "Pengaduan saya")
    assert tab.model.rowCount() == 430
    # A filter of the officer's own, kept by name.
    choose_view(qtbot, tab, "Semua pengaduan")
    shown(qtbot, tab, lambda: tab.status.setCurrentIndex(tab.status.findData("selesai")))
    expected = tab.model.rowCount()
    tab.views.save_button.click()
    type_name(qtbot, tab.views, "Selesai bulan ini")
    qtbot.waitUntil(lambda: combo.currentText() == "Selesai bulan ini")
    assert tab.views.delete_button.isEnabled()
    officer = window.acting_officer()
    assert [v.name for v in saved_views(demo, officer)] == ["Selesai bulan ini"]
    shoot(window, "views-1366.png")
    choose_view(qtbot, tab, "Semua pengaduan")  # the filter bar stays as it was
    assert tab.status.currentData() == "selesai"
    shown(qtbot, tab, lambda: tab.status.setCurrentIndex(0))
    assert tab.model.rowCount() == 430
    choose_view(qtbot, tab, "Selesai bulan ini")
    assert tab.status.currentData() == "selesai" and tab.model.rowCount() == expected
    tab.views.rename_button.click()
    type_name(qtbot, tab.views, "Sudah selesai")
    qtbot.waitUntil(lambda: combo.currentText() == "Sudah selesai")
    tab.views.delete_button.click()
    answer(tab.views, agree=True)
    qtbot.waitUntil(lambda: combo.findText("Sudah selesai") < 0)
    assert saved_views(demo, officer) == []


def test_bulk_disposition_from_the_selection(qtbot, demo: Engine, window: MainWindow) -> None:
    tab = open_list(qtbot, window)
    verified = first_rows_with(tab, Status.DIVERIFIKASI.value, 3)
    closed = first_rows_with(tab, Status.SELESAI.value, 1)
    assert len(verified) == 3 and closed
    ids = [tab.model.complaint_id(r) for r in verified]
    select_rows(tab, verified + closed)
    assert tab.list_actions.selected_label.text() == "4 terpilih"
    tab.list_actions.dispose_action.trigger()
    dialog = tab.list_actions.dialog
    assert isinstance(dialog, DisposeDialog) and dialog.isVisible()
    shoot(dialog, "dispose-dialog.png")
    dialog.unit.setCurrentIndex(1)
    unit_id = dialog.unit.currentData()
    dialog.instruction.setPlainText("Mohon ditindaklanjuti segera")
    dialog.ok.click()
    # One of them is closed: nothing is disposed, and the dialog names it.
    qtbot.waitUntil(lambda: "tidak ada yang didisposisikan" in dialog.error.text(), timeout=30_000)
    closed_number = tab.model.data(tab.model.index(closed[0], 0))
    assert closed_number in dialog.error.text()
    with reading(demo) as session:
        assert all(session.get(Complaint, i).status == Status.DIVERIFIKASI.value for i in ids)
    dialog.reject()
    select_rows(tab, verified)
    tab.list_actions.dispose_action.trigger()
    dialog = tab.list_actions.dialog
    dialog.unit.setCurrentIndex(dialog.unit.findData(unit_id))
    dialog.instruction.setPlainText("Mohon ditindaklanjuti segera")
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        dialog.ok.click()
    with reading(demo) as session:
        rows = [session.get(Complaint, i) for i in ids]
        assert {(c.status, c.unit_id) for c in rows} == {(Status.DIDISPOSISIKAN.value, unit_id)}
    idle(qtbot)  # the list shows it too
    qtbot.waitUntil(lambda: tab.model.row(verified[0]) is not None)


def test_the_whole_filtered_list_is_exported(
    qtbot, demo: Engine, window: MainWindow, tmp_path: Path
) -> None:
    tab = open_list(qtbot, window)
    choose_view(qtbot, tab, "Semua terbuka")
    expected = tab.model.rowCount()
    assert expected > 100  # more than the pages the list has read
    written: list[Path] = []
    tab.list_actions.choose_file = lambda _p, name, accept: accept(tmp_path / name)
    tab.list_actions.list_xlsx_action.trigger()
    qtbot.waitUntil(
        lambda: getattr(tab.list_actions, "last_written", None) is not None, timeout=60_000
    )
    written.append(tab.list_actions.last_written)
    assert written[0].name.startswith("daftar-pengaduan-") and written[0].suffix == ".xlsx"
    rows = list(load_workbook(written[0]).active.values)
    assert len(rows) == expected + 2  # title, head, every row of the filter
    assert rows[0][0].startswith("Daftar Pengaduan · Semua terbuka")
    # The selection alone, as PDF.
    select_rows(tab, [0, 1, 2])
    tab.list_actions.last_written = None
    tab.list_actions.selection_pdf_action.trigger()
    qtbot.waitUntil(lambda: tab.list_actions.last_written is not None, timeout=60_000)
    # Its own name: saving it never offers to replace the whole list's file.
    assert tab.list_actions.last_written.name.startswith("pengaduan-terpilih-3-")
    text = pdf_text(tab.list_actions.last_written.read_bytes())
    numbers = [tab.model.data(tab.model.index(r, 0)) for r in range(4)]
    assert all(n in text for n in numbers[:3]) and numbers[3] not in text
    assert "3 pengaduan terpilih" in text


def test_disposition_sheets_saved_as_pdf(
    qtbot, demo: Engine, window: MainWindow, tmp_path: Path
) -> None:
    tab = open_list(qtbot, window)
    select_rows(tab, [0, 1])
    ids = [tab.model.complaint_id(r) for r in (0, 1)]
    tab.list_actions.choose_file = lambda _p, name, accept: accept(tmp_path / name)
    tab.list_actions.sheet_save_action.trigger()
    qtbot.waitUntil(
        lambda: getattr(tab.list_actions, "last_written", None) is not None, timeout=60_000
    )
    pdf = tab.list_actions.last_written.read_bytes()
    assert pdf_pages(pdf) == 2 and "LEMBAR DISPOSISI" in pdf_text(pdf)
    idle(qtbot)
    with reading(demo) as session:
        texts = session.scalars(
            select(Event.text).where(Event.complaint_id.in_(ids), Event.kind == EventKind.PRINTED)
        ).all()
    assert len(texts) == 2 and all(t.startswith(PRINTED_TEXT) for t in texts)


def test_disposition_sheets_through_the_real_print_dialog(
    qtbot,
    demo: Engine,
    window: MainWindow,
    cups_out: Path,  # noqa: F811
) -> None:
    tab = open_list(qtbot, window)
    select_rows(tab, [0, 1, 2])
    numbers = [tab.model.data(tab.model.index(r, 0)) for r in range(3)]
    before = set(cups_out.glob("*.pdf"))
    tab.list_actions.sheet_print_action.trigger()
    print_on_queue(qtbot, modal(qtbot, QPrintDialog))
    printed = wait_for_printout(qtbot, cups_out, before, numbers[2], "LEMBAR DISPOSISI")
    text = flat_text(printed)
    assert text.count("LEMBAR DISPOSISI") == 3 and all(n in text for n in numbers)


def test_screens_at_1024(qtbot, demo: Engine, window: MainWindow) -> None:
    window.resize(1024, 768)
    tab = open_list(qtbot, window)
    select_rows(tab, [0, 1])
    idle(qtbot)
    bar, actions = tab.views, tab.list_actions
    assert bar.geometry().right() <= tab.width() and actions.isVisible()
    assert actions.mapTo(tab, actions.rect().bottomRight()).x() <= tab.width()
    shoot(window, "views-1024.png")


def test_the_filtered_list_through_the_real_print_dialog(
    qtbot,
    demo: Engine,
    window: MainWindow,
    cups_out: Path,  # noqa: F811
) -> None:
    tab = open_list(qtbot, window)
    choose_view(qtbot, tab, "Semua terbuka")
    expected = tab.model.rowCount()
    with reading(demo) as session:
        numbers = session.scalars(
            select(Complaint.tracking_number).where(
                Complaint.status.in_(
                    ["diterima", "diverifikasi", "didisposisikan", "ditindaklanjuti", "dieskalasi"]
                )
            )
        ).all()
    assert len(numbers) == expected
    before = set(cups_out.glob("*.pdf"))
    tab.list_actions.list_print_action.trigger()
    print_on_queue(qtbot, modal(qtbot, QPrintDialog))
    printed = wait_for_printout(qtbot, cups_out, before, "Tampilan: Semua terbuka")
    text = flat_text(printed)
    assert all(n in text for n in numbers)  # every row, not only those on screen


def test_a_unit_officer_sees_no_disposition_or_sheets(
    qtbot, demo: Engine, window: MainWindow, window_as
) -> None:
    unit_window = window_as("unit")
    tab = open_list(qtbot, unit_window)
    assert tab.model.rowCount() > 0
    choose_view(qtbot, tab, "Pengaduan saya")  # disposed to their unit
    select_rows(tab, [0])
    actions = tab.list_actions
    assert actions.selection_button.isEnabled()
    assert not actions.dispose_action.isVisible()
    assert not actions.sheet_print_action.isVisible()
    assert actions.selection_xlsx_action.isVisible()


@pytest.mark.usefixtures("english")
def test_an_english_desk_names_the_view_and_filters_in_indonesian_on_the_list(
    qtbot, demo: Engine, window: MainWindow, tmp_path: Path
) -> None:
    """The window speaks English; the saved list, an official document, and the audit trail
    name the view and the filters in Indonesian."""
    tab = open_list(qtbot, window)
    choose_view(qtbot, tab, "All open")
    tab.status.setCurrentIndex(tab.status.findData(Status.DITERIMA.value))
    tab.period.setCurrentIndex(tab.period.findData("this_month"))
    tab.search.setText("baru")
    shown(qtbot, tab, tab.apply_filter)
    assert tab.model.rowCount() > 3
    tab.list_actions.choose_file = lambda _p, name, accept: accept(tmp_path / name)
    tab.list_actions.last_written = None
    tab.list_actions.list_pdf_action.trigger()
    qtbot.waitUntil(lambda: tab.list_actions.last_written is not None, timeout=60_000)
    text = " ".join(pdf_text(tab.list_actions.last_written.read_bytes()).split())
    assert "Tampilan: Semua terbuka · Diterima · Bulan ini · pencarian" in text
    assert "All open" not in text and "Received" not in text and "This month" not in text
    select_rows(tab, [0, 1, 2])
    tab.list_actions.last_written = None
    tab.list_actions.selection_pdf_action.trigger()
    qtbot.waitUntil(lambda: tab.list_actions.last_written is not None, timeout=60_000)
    text = " ".join(pdf_text(tab.list_actions.last_written.read_bytes()).split())
    assert "3 pengaduan terpilih dari Semua terbuka · Diterima" in text
    idle(qtbot)
    with reading(demo) as session:
        said = session.scalars(select(AuditEntry.detail).where(
            AuditEntry.subject == "complaint_list")).all()  # fmt: skip
    assert [json.loads(d)["daftar"].split(" · pencarian")[0] for d in said] == [
        "Semua terbuka · Diterima · Bulan ini",
        "3 pengaduan terpilih dari Semua terbuka · Diterima · Bulan ini",
    ]
