"""The complaint page: no keystroke here touches another complaint, every action reloads every
tab, and a correction writes only what the officer changed."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.vocabulary import EventKind
from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.questions import answer, open_question
from tests.helpers import complaint


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)


def snapshot(engine: Engine) -> tuple[int, tuple]:
    """How many complaints there are, and complaint 1 as stored."""
    with reading(engine) as session:
        count = session.scalar(select(func.count()).select_from(Complaint))
        c = session.get(Complaint, 1)
        assert c is not None
        row = (c.summary, c.service, c.status, c.unit_id, c.version, c.complainant.name,
               c.complainant.phone, c.received_at)  # fmt: skip
    return count or 0, row


def open_page(qtbot, window: MainWindow, complaint_id: int = 1) -> ComplaintDialog:
    dialog = window.open_complaint(complaint_id)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None and tasks_running() == 0)  # read, shown
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # so that a shortcut would reach it
    return dialog


def run(qtbot, dialog: ComplaintDialog, action: str, text: str = "", unit: str = "") -> None:
    ui = dialog.ui
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData(action))
    if unit:
        ui.targetUnitCombo.setCurrentIndex(ui.targetUnitCombo.findText(unit))
    ui.actionTextEdit.setPlainText(text)
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    if open_question(dialog):
        answer(dialog, agree=True)
    wait_idle(qtbot)


def test_ctrl_n_s_p_on_the_page_cannot_create_or_overwrite(qtbot, window: MainWindow) -> None:
    register(window.engine, complaint())
    register(window.engine, complaint(summary="Pengaduan kedua", name="Budi Santoso"))
    before = snapshot(window.engine)
    dialog = open_page(qtbot, window)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.dataPage)
    form = dialog.form.ui
    form.summaryEdit.setFocus()
    form.summaryEdit.selectAll()
    qtbot.keyClicks(form.summaryEdit, "Pengaduan baru yang diketik di sini")
    for key in (Qt.Key.Key_N, Qt.Key.Key_S, Qt.Key.Key_P):
        qtbot.keyClick(form.summaryEdit, key, Qt.KeyboardModifier.ControlModifier)
        wait_idle(qtbot)
    # Nothing was cleared, saved or printed: the typing is still there, the database unchanged.
    assert form.summaryEdit.text() == "Pengaduan baru yang diketik di sini"
    assert snapshot(window.engine) == before
    assert before[0] == 2
    with reading(window.engine) as session:
        printed = session.scalars(select(Event).where(Event.kind == EventKind.PRINTED)).all()
    assert printed == []
    # The intake tab behind the page was not touched either.
    assert window.intake.last_saved is None and window.intake.form.ui.summaryEdit.text() == ""


def test_enter_in_any_field_does_nothing(qtbot, window: MainWindow) -> None:
    """Enter is typed out of habit: it must not run the chosen action or close the page."""
    register(window.engine, complaint())
    before = snapshot(window.engine)
    dialog = open_page(qtbot, window)
    assert [b.objectName() for b in dialog.findChildren(QPushButton) if b.isDefault()] == []
    ui, form = dialog.ui, dialog.form.ui
    fields = [(ui.actionsPage, ui.actionCombo), (ui.actionsPage, ui.targetUnitCombo),
              (ui.dataPage, form.phoneEdit), (ui.dataPage, form.summaryEdit),
              (ui.dataPage, form.eventDateEdit)]  # fmt: skip
    for page, field in fields:
        ui.tabs.setCurrentWidget(page)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        wait_idle(qtbot)
        assert dialog.isVisible(), field.objectName()
    assert snapshot(window.engine) == before


def test_dispose_then_edit_the_phone_keeps_the_unit(qtbot, window: MainWindow) -> None:
    register(window.engine, complaint())
    dialog = open_page(qtbot, window)
    run(qtbot, dialog, "verify")
    run(qtbot, dialog, "dispose", "Mohon diteliti", unit="Bidang Perbendaharaan")
    ui, form = dialog.ui, dialog.form.ui
    # Every tab was read again after the action.
    assert ui.unitValue.text() == "Bidang Perbendaharaan"
    assert form.unitCombo.currentText() == "Bidang Perbendaharaan"
    assert "Didisposisikan" in ui.headerLabel.text()
    assert "Didisposisikan" in ui.lastStepsValue.text()
    timeline = ui.timelineTable
    assert timeline.item(timeline.rowCount() - 1, 1).text() == "Didisposisikan"
    assert ui.actionMessage.text() == "✓ Pengaduan sudah didisposisikan ke Bidang Perbendaharaan."
    with reading(window.engine) as session:
        unit_before = session.get(Complaint, 1).unit_id  # type: ignore[union-attr]
    assert unit_before is not None

    ui.tabs.setCurrentWidget(ui.dataPage)
    form.phoneEdit.setText("0812-9876-5432")
    qtbot.mouseClick(ui.saveChangesButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert ui.dataResultLabel.text() == "✓ Perubahan tersimpan: telepon."
    with reading(window.engine) as session:
        c = session.get(Complaint, 1)
        assert c is not None
        assert c.unit_id == unit_before and c.status == "didisposisikan"
        assert c.complainant.phone == "+6281298765432"  # for search
        assert c.complainant.phone_typed == "0812-9876-5432"  # for documents
        last = session.scalars(select(Event).order_by(Event.id.desc())).first()
        assert last is not None
        assert last.text == "Data diubah: telepon: 0812-3456-7890 → 0812-9876-5432"
    assert form.phoneEdit.text() == "0812-9876-5432"  # the page shows it as typed
    assert ui.contactValue.text().startswith("0812-9876-5432 · ")
    assert (
        ui.timelineTable.item(ui.timelineTable.rowCount() - 1, 3)
        .text()
        .startswith("Data diubah: telepon")
    )


def test_the_action_tab_shows_the_case_and_closing_actions_ask_first(
    qtbot, window: MainWindow
) -> None:
    register(window.engine, complaint(address="Jl. Gajah Mada No. 5\nPontianak"))
    dialog = open_page(qtbot, window)
    ui = dialog.ui
    assert ui.descriptionValue.text() == "Dana kegiatan belum cair."
    assert ui.contactValue.text() == (
        "0812-3456-7890 · siti@contoh.id · Jl. Gajah Mada No. 5, Pontianak"
    )
    assert ui.runButton.text() == "Simpan tindakan"
    for text in ("Catatan satu", "Catatan dua", "Catatan tiga"):
        run(qtbot, dialog, "note", text)
        assert ui.actionMessage.text() == "✓ Catatan internal sudah disimpan."
    steps = ui.lastStepsValue.text().splitlines()
    assert len(steps) == 3 and steps[0].endswith("Catatan tiga") and "Catatan satu" in steps[2]
    # Escalating asks; Batal leaves the complaint as it was.
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("reject"))
    ui.reasonCombo.setCurrentIndex(1)
    ui.rejectDetailEdit.setText("Badan Pendapatan Daerah")
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    question = answer(dialog, agree=False)
    assert question.startswith("Tolak pengaduan ADU-2026-000001?")
    wait_idle(qtbot)
    assert "Diterima" in ui.headerLabel.text()


def test_screenshots_of_the_complaint_page(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Every tab of the page at both screen sizes, after a disposition and a long note."""
    register(window.engine, complaint(description="Dana kegiatan belum cair. " * 12))
    dialog = open_page(qtbot, window)
    ui = dialog.ui
    run(qtbot, dialog, "verify")
    run(qtbot, dialog, "dispose", "Mohon diteliti", unit="Bidang Perbendaharaan")
    note = ("Bidang meminta salinan SPM dan rekening koran; pengadu sudah dihubungi lewat "
            "telepon dan akan mengirim berkas melalui email minggu ini. ")  # fmt: skip
    run(qtbot, dialog, "note", note * 3)
    run(qtbot, dialog, "reply", "Yth. Ibu, SP2D Ibu telah diterbitkan pada tanggal 1 Desember "
        "2026 dan dana akan masuk ke rekening dalam dua hari kerja.")  # fmt: skip
    timeline = ui.timelineTable
    last = timeline.rowCount() - 1
    assert timeline.rowHeight(last) > 2 * timeline.rowHeight(0)  # the long note wraps
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    for size in ((1366, 768), (1024, 768)):
        dialog.resize(*size)
        for index in range(ui.tabs.count()):
            ui.tabs.setCurrentIndex(index)
            if index == 0:  # wrapped summary lines get the height their text needs
                label = ui.descriptionValue
                assert label.height() >= label.heightForWidth(label.width())
                steps = ui.lastStepsValue
                assert steps.height() >= steps.heightForWidth(steps.width())
            shot = dialog.grab()
            assert shot.width() <= size[0] and shot.height() <= size[1]
            shot.save(str(folder / f"complaint-page-{index}-{size[0]}.png"))
    ui.tabs.setCurrentWidget(ui.actionsPage)
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("resolve"))
    ui.actionTextEdit.setPlainText("Dana telah dicairkan.")
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    box = open_question(dialog)
    assert box is not None
    box.grab().save(str(folder / "complaint-page-question.png"))
    answer(dialog, agree=False)


def test_the_summary_shows_handling_steps_and_the_current_unit(qtbot, window: MainWindow) -> None:
    from pengaduan_desktop.core.events import record_event

    saved = register(window.engine, complaint())
    dialog = open_page(qtbot, window)
    ui = dialog.ui
    run(qtbot, dialog, "verify")
    run(qtbot, dialog, "dispose", "Mohon diteliti", unit="Bidang Perbendaharaan")
    for _ in range(3):  # reprinted receipts are recorded, but they are not steps
        record_event(window.engine, saved.tracking_number, EventKind.PRINTED, "dicetak", None)
    dialog.reload()
    wait_idle(qtbot)
    steps = ui.lastStepsValue.text()
    assert "Dicetak" not in steps and "Diterima" in steps and "Didisposisikan" in steps
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("dispose"))
    assert ui.targetUnitCombo.currentText() == "Bidang Perbendaharaan"  # where it is now
