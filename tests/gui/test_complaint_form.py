"""The complaint form as the desk meets it: the event date, required choices, identity."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from pengaduan_desktop.core.validation import ValidationFailed, validate
from pengaduan_desktop.ui.complaint_form import ComplaintForm
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running


def select_data(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_event_date_is_typed_and_does_not_trap_tab(qtbot, window: MainWindow) -> None:
    form: ComplaintForm = window.intake.form
    ui = form.ui
    assert ui.eventDateEdit.text() == ""  # not known yet
    ui.eventDateEdit.setFocus()
    qtbot.waitUntil(ui.eventDateEdit.hasFocus)
    qtbot.keyClicks(ui.eventDateEdit, "20112026")
    qtbot.keyClick(ui.eventDateEdit, Qt.Key.Key_Tab)
    assert not ui.eventDateEdit.hasFocus()  # Tab went on to the next field
    assert ui.eventDateEdit.text() == "20/11/2026"
    assert form.collect().event_date == date(2026, 11, 20)
    ui.eventDateEdit.clear()  # unknown again
    assert form.collect().event_date is None and form.date_errors() == {}


@pytest.mark.parametrize("typed", ["20-11-2026", "20/11/2026", "20.11.2026", " 20 11 2026 "])
def test_event_date_in_the_usual_ways(qtbot, window: MainWindow, typed: str) -> None:
    form = window.intake.form
    form.ui.eventDateEdit.setText(typed)
    assert form.collect().event_date == date(2026, 11, 20)


def test_unreadable_event_date_is_told_beside_the_field(qtbot, window: MainWindow) -> None:
    tab = window.intake
    ui = tab.form.ui
    ui.eventDateEdit.setText("31022026")
    tab.save()
    assert ui.eventDateError.text() == (
        "Tanggal tidak dikenal; tulis hh/bb/tttt, misalnya 20/11/2026"
    )
    assert ui.eventDateError.isVisible()


def test_service_and_category_start_empty_and_are_required(qtbot, window: MainWindow) -> None:
    tab = window.intake
    ui = tab.form.ui
    assert ui.serviceCombo.currentText() == "" and ui.categoryCombo.currentText() == ""
    assert ui.serviceCombo.currentIndex() == -1 and ui.categoryCombo.currentIndex() == -1
    assert validate_errors(tab.form) >= {"service", "category"}
    tab.save()
    assert ui.serviceError.text() == "Layanan yang diadukan wajib diisi"
    assert ui.categoryError.text() == "Kategori wajib diisi"
    assert ui.serviceError.isVisible() and ui.categoryError.isVisible()
    ui.serviceCombo.setCurrentIndex(0)
    assert not ui.serviceError.isVisible()  # the message goes as the field is filled
    tab.new_complaint()
    assert ui.serviceCombo.currentText() == ""  # New empties them again


def validate_errors(form: ComplaintForm) -> set[str]:
    try:
        validate(form.collect())
    except ValidationFailed as exc:
        return set(exc.errors)
    return set()


def test_empty_nik_says_so_and_face_to_face_marks_identity_required(
    qtbot, window: MainWindow
) -> None:
    tab = window.intake
    ui = tab.form.ui
    select_data(ui.channelCombo, "tatap_muka")
    assert ui.idNumberLabel.text() == "Nomor identitas *"
    assert ui.idTypeLabel.text() == "Jenis identitas *"
    assert ui.idTypeCombo.currentData() == "KTP"
    qtbot.keyClicks(ui.nameEdit, "Budi")
    tab.save()
    assert ui.idNumberError.text() == "NIK wajib diisi"
    qtbot.waitUntil(lambda: tasks_running() == 0)
    assert tab.last_saved is None
    select_data(ui.channelCombo, "email")  # who writes need not show a document
    assert ui.idNumberLabel.text() == "Nomor identitas"
    assert ui.idTypeCombo.currentData() == ""
    select_data(ui.idTypeCombo, "SIM")
    tab.save()
    assert ui.idNumberError.text() == "Nomor SIM wajib diisi"


def test_the_phone_stays_as_typed_and_a_long_address_is_told_beside_it(
    qtbot, window: MainWindow
) -> None:
    from pengaduan_desktop.core.validation import MAX_ADDRESS

    tab = window.intake
    ui = tab.form.ui
    qtbot.keyClicks(ui.phoneEdit, "0812-5678 9012")
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_Return)  # editingFinished, as on leaving it
    assert ui.phoneEdit.text() == "0812-5678 9012"  # not rewritten to +62…
    assert ui.phoneError.text() == "✓ +6281256789012"  # what the search box finds it by
    ui.addressEdit.setPlainText("Jl. Ahmad Yani " * 30)
    tab.save()
    assert ui.addressError.text() == f"Alamat paling banyak {MAX_ADDRESS} karakter"
    assert ui.addressError.isVisible()
    qtbot.waitUntil(lambda: tasks_running() == 0)
    assert tab.last_saved is None
    ui.addressEdit.setPlainText("Jl. Ahmad Yani No. 1")
    assert not ui.addressError.isVisible()  # the message goes as the field is corrected
