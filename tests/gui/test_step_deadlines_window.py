"""Issue 12 in the window: the reminder of step deadlines in the corner of the tabs (and for
the unit officer), the unit's reply days chosen at disposition, and the SKM answers recorded
on a closed complaint's page."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import SurveyResponse, Unit, UnitReplyDeadline
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.units import units
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.test_complaint_page import open_page, run, wait_idle
from tests.helpers import complaint

# The tests' day is Sunday 29 November 2026. Received Wednesday the 25th, verification is due
# on Monday the 30th (26, 27, 30): its reminder shows from the working day before, so today.
DUE_MONDAY = datetime(2026, 11, 25, 9, 0, tzinfo=LOCAL_TZ)
DUE_TUESDAY = datetime(2026, 11, 26, 9, 0, tzinfo=LOCAL_TZ)


def shots() -> Path:
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", "/tmp"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_the_reminder_counts_steps_due_and_opens_the_complaint(qtbot, window: MainWindow) -> None:
    engine = window.engine
    due = register(engine, complaint(received_at=DUE_MONDAY, summary="Batas besok")).id
    register(engine, complaint(received_at=DUE_TUESDAY, summary="Belum waktunya"))
    button = window.reminders
    with qtbot.waitSignal(button.shown, timeout=20_000):
        button.refresh()
    assert button.isVisible()
    assert button.text() == "Pengingat batas tahap (1)"
    [entry] = button.menu().actions()
    assert "verifikasi batas besok, 30/11/2026" in entry.text()
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    window.grab().save(str(shots() / "reminder-1024x768.png"))
    assert button.geometry().right() <= window.tabs.width()
    entry.trigger()
    qtbot.waitUntil(lambda: due in window._pages)
    page = window._pages[due]
    qtbot.waitUntil(lambda: page.detail is not None)
    wait_idle(qtbot)
    # Verified: the reminder goes.
    with qtbot.waitSignal(button.shown, timeout=20_000):
        run(qtbot, page, "verify")
    assert not button.isVisible()


def test_the_unit_officer_is_reminded_of_their_units_reply(qtbot, window: MainWindow,
                                                           window_as) -> None:  # fmt: skip
    engine = window.engine
    cid = register(engine, complaint(received_at=DUE_MONDAY)).id
    first_unit = units(engine)[0].id  # the unit officer's (window_as)
    perform(engine, cid, Action.VERIFY, None)
    perform(engine, cid, Action.DISPOSE, None, "Mohon dibalas", first_unit, reply_days=1)
    unit_window = window_as("unit")  # the first unit's officer
    button = unit_window.reminders
    with qtbot.waitSignal(button.shown, timeout=20_000):
        button.refresh()
    [entry] = button.menu().actions()
    assert "balasan unit" in entry.text() and "batas besok, 30/11/2026" in entry.text()


def test_disposing_gives_the_days_chosen_and_the_page_shows_each_step(
    qtbot, window: MainWindow
) -> None:
    cid = register(window.engine, complaint(received_at=DUE_MONDAY)).id
    perform(window.engine, cid, Action.VERIFY, None)
    page = open_page(qtbot, window, cid)
    ui = page.ui
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("dispose"))
    spin = page.step_rows.reply_days
    assert spin.isVisibleTo(page) and spin.value() == 3
    spin.setValue(2)
    run(qtbot, page, "dispose", "Mohon dijawab", ui.targetUnitCombo.itemText(1))
    with reading(window.engine) as session:
        assert session.scalars(select(UnitReplyDeadline.days)).one() == 2
    qtbot.waitUntil(lambda: "Balasan unit 01/12/2026" in page.step_rows.steps_value.text())
    assert "Verifikasi 30/11/2026" in page.step_rows.steps_value.text()
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("follow_up"))
    assert not spin.isVisibleTo(page)


def test_the_survey_is_recorded_on_a_closed_complaint(qtbot, window: MainWindow) -> None:
    engine = window.engine
    cid = register(engine, complaint()).id
    with reading(engine) as session:
        unit = session.scalars(select(Unit.id)).first()
    for action, text in ((Action.VERIFY, ""), (Action.DISPOSE, "Mohon"),
                         (Action.RESOLVE, "Dana telah dicairkan")):  # fmt: skip
        perform(engine, cid, action, None, text, unit)
    page = open_page(qtbot, window, cid)
    rows = page.step_rows
    qtbot.waitUntil(lambda: rows.survey_value.text() == "Belum diisi")
    assert rows.survey_row.isVisibleTo(page)
    dialog = rows.record_survey()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    for group, value in zip(dialog.groups[:8], (4, 4, 3, 4, 3, 4, 4, 3), strict=True):
        group.button(value).click()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Pilih jawaban untuk U9"
    dialog.resize(dialog.sizeHint())
    dialog.grab().save(str(shots() / "survey-dialog.png"))
    dialog.groups[8].button(2).click()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot)
    with reading(engine) as session:
        row = session.scalars(select(SurveyResponse)).one()
        assert (row.u1, row.u9, row.source) == (4, 2, "langsung")
    qtbot.waitUntil(lambda: rows.survey_value.text().startswith("Diisi 29/11/2026"))
    assert not rows.record_button.isEnabled()
    for width in (1366, 1024):
        page.resize(width, 740)
        page.grab().save(str(shots() / f"complaint-page-skm-{width}x768.png"))


def test_the_administrator_sets_the_days_of_each_step(qtbot, admin_window: MainWindow) -> None:
    from pengaduan_desktop.core.step_deadlines import read_step_days

    dialog = admin_window.edit_step_days()
    assert dialog is not None
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert (dialog.verification.value(), dialog.reply.value()) == (3, 3)
    dialog.verification.setValue(2)
    dialog.reply.setValue(5)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("✓"))
    days = read_step_days(admin_window.engine)
    assert (days.verification, days.reply) == (2, 5)
    dialog.grab().save(str(shots() / "step-days-dialog.png"))


def test_only_a_role_with_settings_sees_the_menu_entry(qtbot, window: MainWindow) -> None:
    entry = next(a for a, _needs in window._guarded if "Batas waktu per tahap" in a.text())
    assert not entry.isVisible()  # the Pejabat Pengelola changes no office setting


def test_a_count_cut_at_the_limit_reads_at_least(qtbot, window: MainWindow, monkeypatch) -> None:
    from pengaduan_desktop.core import step_deadlines

    monkeypatch.setattr(step_deadlines, "REMINDER_LIMIT", 2)
    for _ in range(3):
        register(window.engine, complaint(received_at=DUE_MONDAY, summary="Batas besok"))
    button = window.reminders
    with qtbot.waitSignal(button.shown, timeout=20_000):
        button.refresh()
    assert button.text() == "Pengingat batas tahap (2+)"
    assert button.menu().actions()[-1].text() == "… dan mungkin lainnya"
