"""Nothing moves under the officer's mouse (officer's report, problem 8): a hint appearing
under a field of the intake form (the NIK as it is typed, the phone and email on leaving them,
the messages of a refused save) and going again keeps every field where it was, and a
complaint page's tabs stand where they will stay from the first paint."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import VALID_NIK, complaint


def places(form) -> dict[str, QPoint]:
    """Where each field of the form stands."""
    return {name: widget.mapTo(form, QPoint(0, 0)) for name, widget in form.fields.items()}


def shoot(widget, name: str) -> None:
    folder = os.environ.get("PENGADUAN_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_intake_hints_move_no_field(qtbot, window: MainWindow) -> None:
    form = window.intake.form
    ui = form.ui
    QApplication.processEvents()
    before = places(form)
    qtbot.keyClicks(ui.idNumberEdit, VALID_NIK)
    assert ui.idNumberError.isVisible() and "NIK sah" in ui.idNumberError.text()
    qtbot.keyClicks(ui.phoneEdit, "0812-3456-7890")
    qtbot.keyClick(ui.phoneEdit, Qt.Key.Key_Return)  # the hint shows on leaving the field
    assert ui.phoneError.isVisible()
    qtbot.keyClicks(ui.emailEdit, "budi@")
    qtbot.keyClick(ui.emailEdit, Qt.Key.Key_Return)
    assert ui.emailError.isVisible()
    QApplication.processEvents()
    shoot(window, "intake-hints.png")
    assert places(form) == before
    # A refused save: a message under every field it names. One line moves nothing; a field
    # under a message of two lines moves when it comes (the officer pressed Simpan), and stays
    # as the officer types the messages away.
    ui.idNumberEdit.clear()
    qtbot.keyClick(ui.summaryEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ui.summaryError.isVisible(), timeout=20_000)
    QApplication.processEvents()
    shoot(window, "intake-errors.png")
    refused = places(form)
    complaint_column = [n for n in before if form.fields[n].parent() is ui.complaintGroup]
    assert complaint_column and all(refused[n] == before[n] for n in complaint_column)
    qtbot.keyClicks(ui.summaryEdit, "Dana hibah")
    qtbot.keyClicks(ui.nameEdit, "Budi")
    ui.serviceCombo.setCurrentIndex(0)
    qtbot.keyClicks(ui.idNumberEdit, "6171")
    assert not ui.summaryError.isVisible() and not ui.nameError.isVisible()
    QApplication.processEvents()
    assert places(form) == refused
    # Baru: an empty form, laid out as at the start.
    qtbot.keyClick(ui.summaryEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert places(form) == before


def test_complaint_page_tabs_stay_where_they_first_stand(qtbot, window: MainWindow) -> None:
    register(window.engine, complaint())
    page = window.open_complaint(1)
    assert page is not None
    qtbot.waitExposed(page)
    assert page.detail is None  # still reading: the header says so
    first = page.ui.tabs.mapTo(page, QPoint(0, 0))
    qtbot.waitUntil(lambda: page.detail is not None and tasks_running() == 0, timeout=20_000)
    QApplication.processEvents()
    assert page.ui.tabs.mapTo(page, QPoint(0, 0)) == first
