"""The case list and a complaint's page, driven as an officer drives them."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, select

from pengaduan_desktop.core.caselist import CaseFilter, count_cases, fetch_page
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.rejection import reasons
from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.ui.case_model import ID_ROLE, SLA_ROLE, CaseListModel
from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.case_rows import read_row, show_row
from tests.gui.questions import answer, open_question
from tests.helpers import complaint, fill_office, pdf_text

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)


@pytest.fixture
def demo(engine: Engine) -> Engine:
    generate(engine, 450, seed=5, now=NOW)
    return engine


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)


def shown(qtbot, tab, action) -> None:
    """Do something to the list and wait until its new count and first page are shown."""
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        action()


def open_list(qtbot, window: MainWindow):
    window.tabs.setCurrentWidget(window.cases)
    shown(qtbot, window.cases, window.cases.apply_filter)
    return window.cases


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, demo: Engine) -> None:
    from pengaduan_desktop.core.caselist import SortKey

    model = CaseListModel()
    with qtbot.waitSignal(model.loaded, timeout=20_000):
        model.configure(demo, CaseFilter(), SortKey.RECEIVED, True)  # counted in the background
    qtmodeltester.check(model)  # placeholders, then rows arriving
    assert model.rowCount() == 450
    assert read_row(qtbot, model, 449) and not model.loading()
    qtmodeltester.check(model)


def test_list_filters_searches_sorts_and_counts(qtbot, demo: Engine, window: MainWindow) -> None:
    tab = open_list(qtbot, window)
    assert tab.count.text() == "450 pengaduan"
    shown(qtbot, tab, lambda: tab.status.setCurrentIndex(tab.status.findData("selesai")))
    expected = count_cases(demo, CaseFilter(statuses=("selesai",)))
    assert tab.model.rowCount() == expected and tab.count.text() == f"{expected} pengaduan"
    shown(qtbot, tab, lambda: tab.status.setCurrentIndex(0))
    number = tab.model.data(tab.model.index(7, 0))
    qtbot.keyClicks(tab.search, number)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.data(tab.model.index(0, 0)) == number
    assert tab.empty_note.isHidden()
    tab.search.setText("zzqxw")  # matches nothing: the empty list says so, in its middle
    shown(qtbot, tab, tab.apply_filter)
    assert tab.model.rowCount() == 0 and tab.empty_note.isVisible()
    assert tab.empty_note.text().startswith("Tidak ada pengaduan yang cocok.")
    assert tab.empty_note.geometry().center().y() == tab.table.viewport().rect().center().y()
    tab.search.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 450)
    assert tab.empty_note.isHidden()
    shown(qtbot, tab, lambda: tab.table.horizontalHeader().setSortIndicator(
        0, Qt.SortOrder.AscendingOrder))  # what a click on the header does  # fmt: skip
    assert tab.model.data(tab.model.index(0, 0)) < tab.model.data(tab.model.index(1, 0))
    numbers = [r.tracking_number for r in fetch_page(demo, CaseFilter(), limit=1000)]
    assert show_row(qtbot, tab, 449) == max(numbers)


def test_overdue_everywhere(qtbot, demo: Engine, window: MainWindow) -> None:
    overdue = count_cases(demo, CaseFilter(sla=Sla.OVERDUE))
    assert overdue > 0
    tab = open_list(qtbot, window)
    index = window.tabs.indexOf(tab)
    assert window.tabs.tabText(index) == f"Daftar Pengaduan ({overdue} terlambat)"
    assert f"{overdue} pengaduan terlambat" in tab.warning.text()
    shown(qtbot, tab, lambda: qtbot.mouseClick(tab.overdue_button, Qt.MouseButton.LeftButton))
    assert tab.model.rowCount() == overdue
    slas = {tab.model.data(tab.model.index(r, 8), SLA_ROLE) for r in range(overdue)}
    assert slas == {"overdue"}
    assert "Terlambat" in tab.model.data(tab.model.index(0, 8))
    assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_scroll_to_the_end_loads_only_a_few_pages(qtbot, demo: Engine, window: MainWindow) -> None:
    tab = open_list(qtbot, window)
    tab.table.scrollToBottom()
    last = tab.model.rowCount() - 1
    qtbot.waitUntil(lambda: tab.model.complaint_id(last) is not None, timeout=20_000)
    wait_idle(qtbot)
    assert tab.model.cached_rows() <= CaseListModel.PAGE * CaseListModel.MAX_PAGES
    assert tab.model.fetched == [4]  # the last page alone: rows 400-449


def open_dialog(qtbot, window: MainWindow, row: int = 0) -> ComplaintDialog:
    tab = window.cases
    tab.table.setFocus()
    tab.table.selectRow(row)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialogs = window.findChildren(ComplaintDialog)
    assert dialogs, "Enter did not open the complaint"
    qtbot.waitUntil(lambda: dialogs[-1].detail is not None and tasks_running() == 0)
    return dialogs[-1]


def run(qtbot, dialog: ComplaintDialog, action: str, text: str = "") -> None:
    ui = dialog.ui
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData(action))
    ui.actionTextEdit.setPlainText(text)
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    if open_question(dialog):  # reject, resolve and escalate ask first
        answer(dialog, agree=True)
    wait_idle(qtbot)


def test_a_note_typed_for_another_action_is_not_saved_with_verifikasi(
    qtbot, window: MainWindow
) -> None:
    """The officer's report: a note typed under Catatan internal, then Verifikasi chosen and
    saved, landed on the verification. An action that takes no note shows none and saves none;
    the note comes back when an action that takes one is chosen."""
    register(window.engine, complaint(received_at=datetime(2026, 11, 27, 9, 0, tzinfo=UTC)))
    open_list(qtbot, window)
    dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("hold"))
    assert ui.actionTextEdit.placeholderText() == "Hal yang ditunggu wajib diisi"  # asked first
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("note"))
    assert ui.actionTextEdit.placeholderText() == "Catatan wajib diisi"
    ui.actionTextEdit.setPlainText("Sudah ditelepon, pengadu datang besok.")
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("verify"))
    assert ui.actionTextEdit.toPlainText() == "" and not ui.actionTextEdit.isEnabled()
    assert ui.actionTextEdit.placeholderText() == "tindakan ini tidak memerlukan keterangan"
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("note"))
    assert ui.actionTextEdit.toPlainText() == "Sudah ditelepon, pengadu datang besok."
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("verify"))
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "Diverifikasi" in ui.headerLabel.text())
    timeline = ui.timelineTable
    rows = [(timeline.item(r, 1).text(), timeline.item(r, 3).text())
            for r in range(timeline.rowCount())]  # fmt: skip
    assert ("Diverifikasi", "") in rows
    assert not any("Sudah ditelepon" in text for _kind, text in rows)


def test_from_received_to_closed_with_the_response_letter(qtbot, window: MainWindow,
                                                          tmp_path: Path) -> None:  # fmt: skip
    register(window.engine, complaint(received_at=datetime(2026, 11, 27, 9, 0, tzinfo=UTC)))
    open_list(qtbot, window)
    dialog = open_dialog(qtbot, window)
    offered = [dialog.ui.actionCombo.itemData(i) for i in range(dialog.ui.actionCombo.count())]
    assert offered == ["verify", "note", "reply", "reject", "hold", "forward", "archive"]
    run(qtbot, dialog, "note", "")
    assert dialog.ui.actionMessage.text() == "Catatan wajib diisi"
    run(qtbot, dialog, "verify")
    dialog.ui.targetUnitCombo.setCurrentIndex(1)  # the officer chooses the unit
    run(qtbot, dialog, "dispose", "Mohon diteliti")
    run(qtbot, dialog, "follow_up", "Berkas sedang diperiksa")
    assert dialog.ui.actionCombo.currentData() == "follow_up"  # the next step is often another
    run(qtbot, dialog, "resolve", "Dana telah dicairkan pada hari ini.")
    assert "Selesai" in dialog.ui.headerLabel.text()
    timeline = dialog.ui.timelineTable
    kinds = [timeline.item(r, 1).text() for r in range(timeline.rowCount())]
    assert kinds == ["Diterima", "Diverifikasi", "Didisposisikan", "Tindak lanjut",
                     "Selesai ditindaklanjuti"]  # fmt: skip
    save, _print = dialog.letter_buttons["response"]
    assert save.isEnabled() and not dialog.letter_buttons["escalation"][0].isEnabled()
    target = tmp_path / "tanggapan.pdf"
    dialog.choose_file = lambda parent, suggested, accept: accept(target)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20_000)
    wait_idle(qtbot)
    letter = pdf_text(target.read_bytes())
    assert "Dana telah dicairkan pada hari ini." in letter
    assert "29 November 2026: Berkas sedang diperiksa" in letter  # the follow-up is told
    assert window.cases.model.data(window.cases.model.index(0, 6)) == "Selesai"


def test_overdue_complaint_is_escalated_with_its_letter(qtbot, window: MainWindow,
                                                        tmp_path: Path) -> None:  # fmt: skip
    register(window.engine, complaint())  # received 24 May 2026, long overdue
    open_list(qtbot, window)
    dialog = open_dialog(qtbot, window)
    assert "Terlambat" in dialog.ui.headerLabel.text()
    run(qtbot, dialog, "escalate", "Tidak ada jawaban dari bidang")
    assert "Dieskalasi" in dialog.ui.headerLabel.text()
    target = tmp_path / "eskalasi.pdf"
    dialog.choose_file = lambda parent, suggested, accept: accept(target)
    dialog.save_letter("escalation")
    qtbot.waitUntil(target.exists, timeout=20_000)
    wait_idle(qtbot)
    assert "Gubernur Kalimantan Barat" in pdf_text(target.read_bytes())


def test_reject_with_a_reason_its_detail_and_the_notice(qtbot, window: MainWindow,
                                                        tmp_path: Path) -> None:  # fmt: skip
    register(window.engine, complaint(received_at=datetime(2026, 11, 27, 9, 0, tzinfo=UTC)))
    fill_office(window.engine)
    open_list(qtbot, window)
    dialog = open_dialog(qtbot, window)
    ui = dialog.ui
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("reject"))
    assert ui.reasonCombo.isVisible() and ui.rejectDetailEdit.isVisible()
    assert not ui.actionTextEdit.isVisible()  # the reason and its detail say it all
    offered = [ui.reasonCombo.itemText(i) for i in range(1, ui.reasonCombo.count())]
    assert offered == [r.text for r in reasons(window.engine)]  # the editable list
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)  # no reason: said before asking
    assert ui.actionMessage.text() == "Pilih alasan penolakan"
    assert open_question(dialog) is None
    ui.reasonCombo.setCurrentIndex(ui.reasonCombo.findText("Bukan kewenangan BKAD"))
    assert ui.rejectDetailLabel.text() == "Instansi tujuan penerusan *"
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)  # the agency is required
    assert ui.rejectDetailMessage.text() == "Instansi tujuan penerusan wajib diisi"
    assert open_question(dialog) is None
    ui.reasonCombo.setCurrentIndex(ui.reasonCombo.findText("Sedang dalam proses peradilan"))
    assert ui.rejectDetailLabel.text() == "Penjelasan" and ui.rejectDetailMessage.text() == ""
    ui.reasonCombo.setCurrentIndex(ui.reasonCombo.findText("Bukan kewenangan BKAD"))
    qtbot.keyClicks(ui.rejectDetailEdit, "Badan Pendapatan Daerah")
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(folder / "reject-form.png"))
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    assert "Tolak pengaduan" in answer(dialog, agree=False)  # Batal: nothing happens
    wait_idle(qtbot)
    assert "Diterima" in ui.headerLabel.text()
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    answer(dialog, agree=True)
    wait_idle(qtbot)
    assert "Ditolak" in ui.headerLabel.text()
    last = ui.timelineTable.rowCount() - 1
    assert ui.timelineTable.item(last, 3).text() == (
        "Bukan kewenangan BKAD. Instansi tujuan penerusan: Badan Pendapatan Daerah"
    )
    save, _print = dialog.letter_buttons["rejection"]
    assert save.isEnabled() and not dialog.letter_buttons["response"][0].isEnabled()
    target = tmp_path / "penolakan.pdf"
    dialog.choose_file = lambda parent, suggested, accept: accept(target)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20_000)
    wait_idle(qtbot)
    letter = pdf_text(target.read_bytes())
    assert "000.8.3.4/1/TLK/BKAD-RENJA/2026" in letter and "Badan Pendapatan Daerah" in letter
    run(qtbot, dialog, "reopen", "Ternyata kewenangan BKAD")
    assert "Diverifikasi" in dialog.ui.headerLabel.text()


def test_correct_data_and_attach_files(qtbot, window: MainWindow, tmp_path: Path) -> None:
    register(window.engine, complaint(received_at=datetime(2026, 11, 27, 9, 0, tzinfo=UTC)))
    open_list(qtbot, window)
    dialog = open_dialog(qtbot, window)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.dataPage)
    form = dialog.form.ui
    assert form.summaryEdit.text() == "Pencairan SP2D terlambat dua minggu"
    form.phoneEdit.setText("08x")
    dialog.save_changes()
    assert form.phoneError.text().startswith("Nomor telepon hanya boleh")
    form.phoneEdit.setText("0561 736541")
    form.summaryEdit.setText("Pencairan SP2D terlambat tiga minggu")
    dialog.save_changes()
    wait_idle(qtbot)
    result = dialog.ui.dataResultLabel.text()
    assert "perihal" in result and "telepon" in result
    with reading(window.engine) as session:
        row = session.scalars(select(Complaint)).one()
        assert row.summary == "Pencairan SP2D terlambat tiga minggu"
        assert row.complainant.phone == "+62561736541"
    scan = tmp_path / "surat-pengadu.pdf"
    scan.write_bytes(b"%PDF-1.4 contoh surat")
    dialog.choose_attachments = lambda parent, accept: accept([scan])
    dialog.ui.tabs.setCurrentIndex(3)
    dialog.choose_attachments(dialog, dialog.add_attachments)
    wait_idle(qtbot)
    files = dialog.ui.filesTable
    assert files.rowCount() == 1 and files.item(0, 0).text() == scan.name
    opened: list[Path] = []
    dialog.open_file = opened.append
    dialog.ui.filesTable.selectRow(0)
    dialog.open_attachment()
    wait_idle(qtbot)
    assert opened and opened[0].read_bytes() == scan.read_bytes()
    assert window.cases.model.data(window.cases.model.index(0, 3)) == (
        "Pencairan SP2D terlambat tiga minggu"
    )
    assert window.cases.model.data(window.cases.model.index(0, 0), ID_ROLE) == row.id


@pytest.mark.parametrize("sort", ["received", "number", "due", "status"])
def test_random_access_pages_match_the_full_list(qtbot, demo: Engine, sort: str) -> None:
    import random

    from pengaduan_desktop.core.caselist import SortKey, fetch_page

    key = SortKey(sort)
    everything = [r.id for r in fetch_page(demo, CaseFilter(), key, True, limit=10_000)]
    model = CaseListModel()
    model.PAGE, model.MAX_PAGES = 7, 3  # small pages and cache: every kind of fetch happens
    model.configure(demo, CaseFilter(), key, True, len(everything))
    order = list(range(len(everything)))
    random.Random(4).shuffle(order)
    for row in order[:150] + list(range(len(everything) - 1, 0, -9)):
        assert read_row(qtbot, model, row, role=ID_ROLE) == everything[row], row
    assert model.cached_rows() <= 21


def test_a_click_on_a_column_header_sorts_by_it(qtbot, demo: Engine, window: MainWindow) -> None:
    tab = open_list(qtbot, window)
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    point = header.viewport().rect().center()
    point.setX(x)
    shown(qtbot, tab, lambda: qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                                               pos=point))  # fmt: skip
    assert header.sortIndicatorSection() == 2
    names = [tab.model.row(r).complainant_name for r in range(60)]  # "" shows as "Anonim"
    assert names == sorted(
        names, reverse=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    )


def test_a_double_click_opens_one_page_and_enter_raises_it(qtbot, window: MainWindow) -> None:
    register(window.engine, complaint())
    tab = open_list(qtbot, window)
    view = tab.table
    rect = view.visualRect(tab.model.index(0, 0))
    # What the window system sends for a double click: a click, then the double click.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(window.findChildren(ComplaintDialog)), timeout=20_000)
    view.setFocus()
    view.setCurrentIndex(tab.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    wait_idle(qtbot)
    pages = [page for page in window.findChildren(ComplaintDialog) if page.isVisible()]
    assert len(pages) == 1
    pages[0].reject()
    window.open_complaint(pages[0].complaint_id).reject()  # closed pages open again
    assert len([p for p in window.findChildren(ComplaintDialog) if p.isVisible()]) == 0
