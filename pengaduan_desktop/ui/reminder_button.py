"""The reminders of the step deadlines (core.step_deadlines.due_reminders), in the corner of
the window's tabs: a button counting the steps due by the next working day or already past,
and a menu of them that opens each complaint. A unit officer sees their unit's replies."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from pengaduan_desktop.ui.language import number, say
from pengaduan_desktop.ui.operations import Query, subscribe
from pengaduan_desktop.ui.state_marks import mark_urgency

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.door import Changes
    from pengaduan_desktop.core.step_deadlines import Reminder, Reminders

REFRESH_MS = 30 * 60 * 1000  # the day turns while the window stays open
# The menu's arrow gets its own room at the right, inside the button and clear of the
# window's edge (drawn at the corner of the text it was cut off at the window's edge).
ARROW_ROOM = ("QToolButton { padding: 2px 20px 2px 6px; margin-right: 4px; }"
              " QToolButton::menu-indicator { subcontrol-origin: padding;"
              " subcontrol-position: center right; right: 5px; }")  # fmt: skip
URGENT = "QToolButton { color: #b00020; font-weight: bold; } " + ARROW_ROOM
SOON = "QToolButton { color: #7a5a00; font-weight: bold; } " + ARROW_ROOM
MENU_LIMIT = 30  # entries in the menu; the button counts them all


class ReminderButton(QToolButton):
    open_complaint = Signal(int)
    shown = Signal()  # the reminders as read are on the button (tests wait for it)

    def __init__(self, viewer: Callable[[], int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderButton")
        self.viewer = viewer
        self.engine: Engine | None = None
        self.reminders: list[Reminder] = []
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.menu().triggered.connect(lambda action: self.open_complaint.emit(action.data()))
        self.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        subscribe(self._operation_executed)

    def attach(self, engine: Engine) -> None:
        self.engine = engine
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        from pengaduan_desktop.core.clock import today
        from pengaduan_desktop.core.step_deadlines import due_reminders

        engine, viewer = self.engine, self.viewer()
        if engine is None:
            return
        day = today()
        Query(self, lambda: due_reminders(engine, viewer, day), self._show).failure(
            lambda _exc: self.setVisible(False)).run_in_background()  # fmt: skip

    def _operation_executed(self, changes: Changes, _initiator: object) -> None:
        if changes.complaints or changes.complaint_list or changes.office or changes.calendar:
            self.refresh()

    def _show(self, reminders: Reminders) -> None:
        from pengaduan_desktop.core.step_deadlines import Urgency

        self.reminders = reminders
        menu = self.menu()
        menu.clear()
        for reminder in reminders[:MENU_LIMIT]:
            action = menu.addAction(say(reminder.text))
            action.setData(reminder.complaint_id)
        rest = len(reminders) - MENU_LIMIT
        if rest > 0 or not reminders.complete:
            if reminders.complete:
                text = self.tr("… dan {count} lainnya").format(count=number(rest))
            elif rest > 0:
                text = self.tr("… dan sedikitnya {count} lainnya").format(count=number(rest))
            else:
                text = self.tr("… dan mungkin lainnya")
            more = menu.addAction(text)
            more.setEnabled(False)
        urgent = any(r.urgency != Urgency.TOMORROW for r in reminders)
        # More waiting than were read: "at least", never a count that looks exact.
        count = number(len(reminders)) + ("" if reminders.complete else "+")
        self.setText(self.tr("Pengingat batas tahap ({count})").format(count=count))
        self.setStyleSheet(URGENT if urgent else SOON)  # bold: measured after, not before
        mark_urgency(self, urgent)  # not by colour alone (ui.state_marks)
        self.setMinimumWidth(self.sizeHint().width())  # the corner gives it no room otherwise
        self.setToolTip(
            self.tr(
                "Tahap yang batas waktunya besok (hari kerja berikutnya), hari "
                "ini, atau sudah terlewat. Pilih untuk membuka pengaduannya."
            )
        )
        self.setVisible(bool(reminders))
        self.shown.emit()
