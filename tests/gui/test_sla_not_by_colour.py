"""The SLA state is never shown by colour alone: wherever a colour marks on time, due soon,
late or on hold, a mark and a word say the same, and so does what a screen reader reads."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from pengaduan_desktop.core.clock import LOCAL_TZ
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.sla import SLA_LABELS, Sla
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui.case_model import SLA, SLA_BACKGROUND, SLA_FOREGROUND, SLA_ROLE
from pengaduan_desktop.ui.case_pages import SLA_MARK
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.state_marks import URGENT_MARK
from tests.gui.test_complaint_page import open_page
from tests.helpers import complaint

TAGS = re.compile(r"<[^>]+>")


def received(day: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, 9, 0, tzinfo=LOCAL_TZ)  # the tests' today: 29-11-2026


def test_every_coloured_state_has_its_own_mark_and_word() -> None:
    coloured = set(SLA_FOREGROUND) | set(SLA_BACKGROUND)
    assert coloured <= set(SLA_MARK) and coloured <= set(SLA_LABELS)
    marks = [SLA_MARK[s].strip() for s in Sla]
    words = [SLA_LABELS[s] for s in Sla]
    assert all(marks) and len(set(marks)) == len(marks)
    assert all(words) and len(set(words)) == len(words)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_the_list_the_page_and_the_reminder_say_the_state_in_words(
    qtbot, window: MainWindow
) -> None:
    engine = window.engine
    late = register(engine, complaint(summary="Terlambat sekali", received_at=received(24, 5)))
    soon = register(engine, complaint(summary="Jatuh tempo besok", received_at=received(23)))
    register(engine, complaint(summary="Masih lama", received_at=received(27)))
    held = register(engine, complaint(summary="Menunggu berkas", received_at=received(24, 5)))
    perform(engine, held.id, Action.VERIFY, None)
    perform(engine, held.id, Action.HOLD, None, "Menunggu salinan SP2D dari pengadu")
    cases = window.cases
    window.tabs.setCurrentWidget(cases)
    with qtbot.waitSignal(cases.loaded, timeout=20_000):
        cases.apply_filter()
    model = cases.model
    seen = set()
    table = QAccessible.queryAccessibleInterface(cases.table)  # cells row by row, each row
    width = model.columnCount() + 1  # after its (hidden) row header, the column titles first
    for row in range(model.rowCount()):
        state = Sla(model.index(row, 0).data(SLA_ROLE))
        seen.add(state)
        said = model.index(row, SLA).data()
        assert said == SLA_MARK[state] + SLA_LABELS[state]
        for column in range(model.columnCount()):  # coloured cells: the row's state in words
            index = model.index(row, column)
            if index.data(Qt.ItemDataRole.BackgroundRole) is not None:
                assert state in SLA_BACKGROUND
        spoken = table.child((row + 1) * width + SLA + 1).text(QAccessible.Text.Name)
        assert SLA_LABELS[state] in spoken  # what a screen reader reads in the cell
    assert {Sla.OVERDUE, Sla.DUE_SOON, Sla.ON_TIME, Sla.ON_HOLD} <= seen
    for saved, word in ((late, "Terlambat"), (soon, "Segera jatuh tempo"), (held, "Tunda")):
        page = open_page(qtbot, window, saved.id)
        assert word in TAGS.sub(" ", page.ui.headerLabel.text()), word
        page.reject()
    # The step reminder: red for a step already past, and ⚠ with it.
    button = window.reminders
    with qtbot.waitSignal(button.shown, timeout=20_000):
        button.refresh()
    assert button.text().startswith(URGENT_MARK)
    assert "terlewat" in button.accessibleDescription()
    assert "b00020" in button.styleSheet()
