"""The intake tab driven as an officer drives it: typing, clicking, shortcuts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtPrintSupport import QPrinter
from sqlalchemy import select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.vocabulary import EventKind
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import VALID_NIK, complaint, pdf_pages, pdf_text


def select_data(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def type_complaint(qtbot, tab) -> None:
    ui = tab.form.ui
    ui.receivedAtEdit.setDateTime(QDateTime(QDate(2026, 5, 24), QTime(10, 30)))
    select_data(ui.channelCombo, "tatap_muka")
    ui.serviceCombo.setCurrentIndex(0)
    ui.categoryCombo.setCurrentIndex(0)
    qtbot.keyClicks(ui.summaryEdit, "Pencairan dana hibah terlambat")
    qtbot.keyClicks(ui.descriptionEdit, "Sudah tiga minggu belum cair.")
    # QTest can only type ASCII keys; a name with diacritics arrives as an input method would.
    ui.nameEdit.insert("Đặng Thị Święty")
    qtbot.keyClicks(ui.idNumberEdit, VALID_NIK)
    qtbot.keyClicks(ui.phoneEdit, "0812-3456-7890")
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_Return)  # editingFinished, as on leaving it


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)


def test_typed_complaint_is_saved_and_its_receipt_names_officer_and_due_date(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    tab = window.intake
    type_complaint(qtbot, tab)
    # Left as typed (the receipt prints it so); the hint names the form search finds it by.
    assert tab.form.ui.phoneEdit.text() == "0812-3456-7890"
    assert tab.form.ui.phoneError.text() == "✓ +6281234567890"
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=20_000)
    number = tab.last_saved.tracking_number
    assert number == "ADU-2026-000001"
    assert "Rabu, 3 Juni 2026" in tab.ui.resultLabel.text()
    assert not tab.ui.saveButton.isEnabled() and tab.ui.printButton.isEnabled()
    with reading(window.engine) as session:
        row = session.scalars(select(Complaint)).one()
        assert row.summary == "Pencairan dana hibah terlambat"
        assert row.complainant.name == "Đặng Thị Święty"
        assert row.complainant.id_number == VALID_NIK
        assert (row.complainant.phone, row.complainant.phone_typed) == (
            "+6281234567890", "0812-3456-7890")  # fmt: skip
        assert row.receiving_officer_id == window.acting_officer()
        officer_name = row.responsible_officer.name
    target = tmp_path / "tanda-bukti.pdf"
    tab.choose_file = lambda parent, suggested, accept: accept(target)
    qtbot.mouseClick(tab.ui.savePdfButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20_000)
    wait_idle(qtbot)
    text = pdf_text(target.read_bytes())
    for expected in (number, officer_name, "Kepala SubBagian Rencana Kerja, Monitoring dan",
                     "Rabu, 3 Juni 2026", "Đặng Thị Święty", "6171**********03"):  # fmt: skip
        assert expected in text
    with reading(window.engine) as session:
        kinds = [e.kind for e in session.scalars(select(Event).order_by(Event.id))]
    assert kinds == [EventKind.RECEIVED, EventKind.PRINTED]


def test_print_goes_through_the_printer(qtbot, window: MainWindow, tmp_path: Path) -> None:
    tab = window.intake
    type_complaint(qtbot, tab)
    qtbot.keyClick(tab.form.ui.summaryEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=20_000)
    out = tmp_path / "printed.pdf"

    def to_file(parent, accept):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        accept(printer)

    tab.choose_printer = to_file
    qtbot.keyClick(tab.ui.printButton, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "printer" in tab.ui.resultLabel.text(), timeout=20_000)
    assert pdf_pages(out.read_bytes()) == 1


def test_empty_form_shows_messages_beside_fields_and_saves_nothing(
    qtbot, window: MainWindow
) -> None:
    tab = window.intake
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert tab.form.ui.summaryError.isVisible()
    assert tab.form.ui.summaryError.text() == "Perihal pengaduan wajib diisi"
    assert tab.form.ui.nameError.text().startswith("Nama pengadu wajib diisi")
    assert "perlu diperbaiki" in tab.ui.resultLabel.text()
    assert tab.last_saved is None
    with reading(window.engine) as session:
        assert session.scalars(select(Complaint)).first() is None


@pytest.mark.parametrize(
    ("id_type", "typed", "expected"),
    [
        ("KTP", "61710541", "8 dari 16 digit NIK"),
        ("KTP", VALID_NIK, "✓ NIK sah — Kota Pontianak"),
        ("KTP", "6171053202900003", "Tanggal lahir pada NIK tidak valid"),
        ("KTP", "9971054107900003", "Kode provinsi 99 pada NIK tidak dikenal"),
        ("SIM", "123456789012", "✓ nomor SIM sah"),
        ("SIM", "12ab", "Nomor identitas hanya boleh berisi angka"),
    ],
)
def test_identity_is_checked_as_the_officer_types(
    qtbot, window: MainWindow, id_type: str, typed: str, expected: str
) -> None:
    ui = window.intake.form.ui
    select_data(ui.idTypeCombo, id_type)
    qtbot.keyClicks(ui.idNumberEdit, typed)
    assert ui.idNumberError.text() == expected
    assert ui.idNumberError.isVisible()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("budi@", "Alamat email tidak valid (contoh: nama@contoh.go.id)"), ("budi@contoh.id", "")],
)
def test_email_checked_on_leaving_the_field(
    qtbot, window: MainWindow, typed: str, expected: str
) -> None:
    ui = window.intake.form.ui
    qtbot.keyClicks(ui.emailEdit, typed)
    ui.emailEdit.editingFinished.emit()
    assert ui.emailError.text() == expected


def test_fields_follow_the_channel_and_anonymous_flag(qtbot, window: MainWindow) -> None:
    ui = window.intake.form.ui
    layout = ui.complaintGroupLayout
    select_data(ui.channelCombo, "lapor")
    assert layout.isRowVisible(ui.laporIdLabel) and not layout.isRowVisible(ui.letterNumberLabel)
    assert ui.formCombo.currentData() == "tertulis"
    select_data(ui.channelCombo, "surat")
    assert layout.isRowVisible(ui.letterNumberLabel) and not layout.isRowVisible(ui.laporIdLabel)
    select_data(ui.channelCombo, "telepon")
    assert ui.formCombo.currentData() == "lisan"
    qtbot.keyClicks(ui.nameEdit, "Budi")
    ui.anonymousCheck.setChecked(True)
    assert not ui.nameEdit.isEnabled() and ui.nameEdit.text() == ""
    assert ui.officerJabatanLabel.text().startswith("Kepala SubBagian Rencana Kerja")


def test_new_clears_and_recent_panel_reprints(qtbot, window: MainWindow, tmp_path: Path) -> None:
    tab = window.intake
    type_complaint(qtbot, tab)
    tab.save()
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=20_000)
    wait_idle(qtbot)
    window.activateWindow()  # a window shortcut reaches only the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(tab.form.ui.summaryEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.last_saved is None and tab.form.ui.summaryEdit.text() == ""
    assert tab.ui.saveButton.isEnabled()
    assert tab.recent.rowCount() == 1
    assert tab.recent.data(tab.recent.index(0, 0)) == "ADU-2026-000001"
    tab.ui.recentTable.selectRow(0)
    target = tmp_path / "ulang.pdf"
    tab.choose_file = lambda parent, suggested, accept: accept(target)
    qtbot.mouseClick(tab.ui.recentPdfButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=20_000)
    wait_idle(qtbot)
    assert "ADU-2026-000001" in pdf_text(target.read_bytes())


def test_recent_model_passes_qt_model_tester(qtmodeltester, window: MainWindow) -> None:
    qtmodeltester.check(window.intake.recent)


def test_office_profile_edit_reaches_the_receipt_officer(qtbot, admin_window: MainWindow) -> None:
    window = admin_window  # the settings and the trail are the administrator's
    dialog = window.edit_profile()
    qtbot.waitUntil(lambda: dialog.data is not None and tasks_running() == 0)
    dialog.edit("manager_name").setText("")
    dialog.save()
    qtbot.waitUntil(lambda: tasks_running() == 0)
    assert dialog.errors["manager_name"].text() == "Wajib diisi"
    dialog.edit("manager_name").setText("Dra. Utin Sri Rahayu, M.Si.")
    dialog.edit("manager_nip").setText("197005121995032003")
    dialog.save()
    qtbot.waitUntil(lambda: tasks_running() == 0)  # saved, closed, the desk read again
    assert window.intake.form.ui.officerCombo.currentText() == "Dra. Utin Sri Rahayu, M.Si."
    assert "NIP 19700512 199503 2 003" in window.intake.form.ui.officerJabatanLabel.text()


def test_screenshots(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """Saves the screens to look at (PENGADUAN_SCREENSHOTS=folder); always checks they render."""
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    tab = window.intake
    shots = {"intake-empty": window.grab()}
    qtbot.keyClicks(tab.form.ui.idNumberEdit, "6171059")
    qtbot.keyClicks(tab.form.ui.emailEdit, "budi@")
    tab.form.ui.emailEdit.editingFinished.emit()
    tab.save()
    shots["intake-errors"] = window.grab()
    tab.new_complaint()
    type_complaint(qtbot, tab)
    tab.save()
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=20_000)
    wait_idle(qtbot)
    shots["intake-saved"] = window.grab()
    window.tabs.setCurrentWidget(window.calendar)
    shots["calendar"] = window.grab()
    for name, pixmap in shots.items():
        assert not pixmap.isNull() and pixmap.width() >= 1000
        assert pixmap.save(str(folder / f"{name}.png"))


def test_the_recent_list_shows_the_complainant_at_1024(qtbot, window: MainWindow) -> None:
    register(window.engine, complaint(name="Citra Dewi Lestari"))
    window.intake.refresh_recent()
    wait_idle(qtbot)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    table = window.intake.ui.recentTable
    from pengaduan_desktop.ui.recent_model import COMPLAINANT

    assert table.columnWidth(COMPLAINANT) >= table.fontMetrics().horizontalAdvance("Citra Dewi")
