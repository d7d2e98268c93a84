"""The received time of a new complaint is the time it is saved, not the time the form was
opened (officer's report, problem 3): a form opened at sign-in and saved later, or left open
overnight, records, dates and prints the moment of saving, unless the officer set the time."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from sqlalchemy import select

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.timeutil import LOCAL_TZ, to_local
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.test_live_desk_outage import (  # noqa: F401  (fixtures)
    WAIT,
    PgServer,
    outage_window,
    server,
)
from tests.helpers import VALID_NIK, pdf_text

# The window opens on Sunday 29 November 2026 at 10:00 (tests/conftest.py); the officer saves
# the next evening, a working day: the due date counts from Monday.
SAVED_AT = datetime(2026, 11, 30, 20, 2, tzinfo=LOCAL_TZ)


def fill_without_time(qtbot, window: MainWindow) -> None:
    ui = window.intake.form.ui
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("tatap_muka"))
    ui.serviceCombo.setCurrentIndex(0)
    ui.categoryCombo.setCurrentIndex(0)
    qtbot.keyClicks(ui.summaryEdit, "Pencairan dana hibah terlambat")
    qtbot.keyClicks(ui.nameEdit, "Budi Santoso")
    qtbot.keyClicks(ui.idNumberEdit, VALID_NIK)
    qtbot.keyClicks(ui.phoneEdit, "0812-3456-7890")


def save(qtbot, window: MainWindow) -> Complaint:
    tab = window.intake
    qtbot.keyClick(tab.form.ui.summaryEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.last_saved is not None or "Belum" in tab.ui.resultLabel.text(),
                    timeout=20_000)  # fmt: skip
    assert tab.last_saved is not None, [e.text() for e in tab.form.errors.values() if e.text()]
    with reading(window.engine) as session:
        row = session.scalars(select(Complaint)).one()
        session.expunge(row)
    return row


def test_first_complaint_after_sign_in_is_received_when_saved(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    tab = window.intake
    with clock.pinned(SAVED_AT):
        fill_without_time(qtbot, window)
        row = save(qtbot, window)
        assert to_local(row.received_at) == SAVED_AT
        assert row.due_date.isoformat() == "2026-12-07"
        assert "Senin, 7 Desember 2026" in tab.ui.resultLabel.text()
        # The saved form shows the time recorded, and no longer follows the clock.
        shown = tab.form.ui.receivedAtEdit.dateTime().toPython()
        assert (shown.hour, shown.minute, shown.day) == (20, 2, 30)
        assert not tab.form.follows_clock()
        target = tmp_path / "tanda-bukti.pdf"
        tab.choose_file = lambda parent, suggested, accept: accept(target)
        qtbot.mouseClick(tab.ui.savePdfButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(target.exists, timeout=20_000)
        qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)
    text = pdf_text(target.read_bytes())
    assert "pukul 20.02" in text and "pukul 10.00" not in text
    assert "Senin, 7 Desember 2026" in text


def test_a_time_the_officer_sets_is_kept(qtbot, window: MainWindow) -> None:
    """A letter that came in the morning is recorded as received in the morning."""
    ui = window.intake.form.ui
    ui.receivedAtEdit.setFocus()
    ui.receivedAtEdit.setDateTime(QDateTime(QDate(2026, 11, 30), QTime(8, 15)))
    with clock.pinned(SAVED_AT):
        fill_without_time(qtbot, window)
        row = save(qtbot, window)
    assert to_local(row.received_at) == datetime(2026, 11, 30, 8, 15, tzinfo=LOCAL_TZ)


def test_a_date_typed_whole_over_the_shown_one_is_taken_whole(qtbot, window: MainWindow) -> None:
    """A letter of the 26th, its date typed over the whole field (Ctrl+A), with or without the
    separators: the day typed is the day kept (Qt's own field kept the shown day)."""
    ui = window.intake.form.ui
    window.tabs.setCurrentWidget(window.intake)
    for typed in ("26/11/2026 10:15", "261120261015"):
        ui.receivedAtEdit.setFocus()
        qtbot.keyClick(ui.receivedAtEdit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(ui.receivedAtEdit, typed)
        qtbot.keyClick(ui.receivedAtEdit, Qt.Key.Key_Tab)
        assert ui.receivedAtEdit.dateTime().toPython() == datetime(2026, 11, 26, 10, 15), typed
        window.intake.form.clear()  # follows the clock again: 29/11/2026


def test_the_field_shows_the_clock_and_ctrl_n_follows_it_again(qtbot, window: MainWindow) -> None:
    tab = window.intake
    ui = tab.form.ui
    assert tab.form.follows_clock()
    assert ui.receivedAtEdit.toolTip()  # says it follows the clock
    ui.summaryEdit.setFocus()  # the officer has left the field
    with clock.pinned(SAVED_AT):
        tab.form._clock_timer.timeout.emit()  # the timer's tick, without waiting for it
        assert ui.receivedAtEdit.dateTime().toPython() == datetime(2026, 11, 30, 20, 2)
        assert tab.form.follows_clock()  # the clock's own change is not the officer's
        ui.receivedAtEdit.setFocus()
        qtbot.keyClick(ui.receivedAtEdit, Qt.Key.Key_Down)  # the officer steps the time back
        assert not tab.form.follows_clock()
        qtbot.keyClick(ui.summaryEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert tab.form.follows_clock()
        assert ui.receivedAtEdit.dateTime().toPython() == datetime(2026, 11, 30, 20, 2)


def test_the_draft_does_not_keep_a_time_that_follows_the_clock(qtbot, window: MainWindow) -> None:
    from pengaduan_desktop.ui.intake_draft import form_values

    form = window.intake.form
    assert "receivedAtEdit" not in form_values(form)
    assert "qt_spinbox_lineedit" not in form_values(form)  # nor its own line edit
    form.ui.receivedAtEdit.setDateTime(QDateTime(QDate(2026, 11, 28), QTime(9, 0)))
    assert form_values(form)["receivedAtEdit"].startswith("2026-11-28T09:00")


@pytest.mark.postgres
def test_a_save_kept_by_a_lost_server_keeps_the_time_simpan_was_pressed(
    qtbot,
    server: PgServer,  # noqa: F811
    outage_window: MainWindow,  # noqa: F811
) -> None:
    window, tab = outage_window, outage_window.intake
    fill_without_time(qtbot, window)
    server.stop()
    qtbot.waitUntil(lambda: "tidak terjangkau" in window.live.label.text(), timeout=WAIT)
    with clock.pinned(SAVED_AT):
        tab.ui.saveButton.click()
        qtbot.waitUntil(lambda: "Belum tersimpan" in tab.ui.resultLabel.text(), timeout=WAIT)
    assert not tab.form.follows_clock()
    with clock.pinned(SAVED_AT + timedelta(minutes=40)):
        window.live.stop()
        server.start()
        qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=WAIT)
    assert to_local(tab.last_saved.received_at) == SAVED_AT
