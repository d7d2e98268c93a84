"""What an officer found trying the complaint page in English (trial 19): the workflow's
actions and their errors, the Data tab's lock line, the step deadlines and the reminders read
English through the catalogue; the intake does not offer a complaint just saved as its own
earlier one; a letter saved as PDF says its number and where it went. PENGADUAN_SCREENSHOTS=folder
keeps the pictures."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from pengaduan_desktop.core.events import record_event
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.letters import issue_letter
from pengaduan_desktop.core.lifecycle import Letter
from pengaduan_desktop.core.messages import in_language
from pengaduan_desktop.core.rejection import DETAIL_LABELS
from pengaduan_desktop.core.step_deadlines import Reminder, Step, Urgency
from pengaduan_desktop.core.vocabulary import EventKind
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.complaint_dialog import DETAIL_SHOWN
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.test_complaint_page import open_page, run, wait_idle
from tests.gui.test_intake import type_complaint
from tests.helpers import VALID_NIK, complaint


def shots(tmp_path: Path) -> Path:
    return Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))


def test_the_page_actions_their_errors_and_its_lines_read_english(
    qtbot, english, window: MainWindow, tmp_path: Path
) -> None:
    saved = register(window.engine, complaint(received_at=datetime(2026, 11, 27, 9, 0, tzinfo=UTC)))
    page = open_page(qtbot, window, saved.id)
    ui = page.ui
    offered = [ui.actionCombo.itemText(i) for i in range(ui.actionCombo.count())]
    assert offered == ["Verify", "Internal note", "Reply to the complainant", "Reject",
                       "Put on hold", "Forward to another agency", "Archive"]  # fmt: skip
    run(qtbot, page, "hold", "")
    assert ui.actionMessage.text() == "What the complaint waits for is required"
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("forward"))
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    assert ui.rejectDetailMessage.text() == "The name of the agency it is forwarded to is required"
    # Rejecting for a reason of another agency's authority: its detail is named and asked.
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("reject"))
    authority = next(r for r, kind in page.reason_kinds.items() if kind == "kewenangan")
    ui.reasonCombo.setCurrentIndex(ui.reasonCombo.findData(authority))
    assert ui.rejectDetailLabel.text() == "Agency it is forwarded to *"
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    assert ui.rejectDetailMessage.text() == "The agency it is forwarded to is required"
    qtbot.waitUntil(lambda: page.step_rows.steps_value.text() != "")
    assert page.step_rows.steps_value.text().startswith("Verification ")
    page.ui.tabs.setCurrentIndex(0)
    page.grab().save(str(shots(tmp_path) / "trial19-page-actions-en.png"))

    # Once the receipt is printed, the Data tab says why some fields are held.
    record_event(window.engine, saved.tracking_number, EventKind.PRINTED, "Tanda bukti", None)
    page.reload()
    qtbot.waitUntil(lambda: ui.lockLabel.text() != "")
    assert ui.lockLabel.text() == (
        "The receipt has been printed: a correction of the time received, the channel or the "
        "complainant's identity needs a reason"
    )
    ui.tabs.setCurrentWidget(ui.dataPage)
    page.grab().save(str(shots(tmp_path) / "trial19-page-data-en.png"))


def test_a_reminder_reads_in_the_window_language() -> None:
    reminder = Reminder(1, "ADU-2026-000001", "Dana", Step.UNIT_REPLY, date(2026, 12, 3),
                        Urgency.TODAY, "Bidang Anggaran")  # fmt: skip
    assert in_language(reminder.text, "en") == (
        "ADU-2026-000001: unit's reply (Bidang Anggaran) due today, 03/12/2026"
    )
    assert (
        reminder.text
        == "ADU-2026-000001: balasan unit (Bidang Anggaran) batas hari ini, 03/12/2026"
    )
    passed = Reminder(2, "ADU-2026-000002", "", Step.VERIFICATION, date(2026, 12, 1),
                      Urgency.PASSED, "")  # fmt: skip
    assert in_language(passed.text, "en") == "ADU-2026-000002: verification missed, 01/12/2026"


def test_the_complaint_just_saved_is_not_its_own_earlier_one(qtbot, window: MainWindow) -> None:
    earlier = register(window.engine, complaint(id_number=VALID_NIK, phone="",
                                                summary="Dana hibah belum cair"), None)  # fmt: skip
    tab = window.intake
    panel = tab.earlier
    type_complaint(qtbot, tab)
    # Ctrl+S before typing paused long enough: the search waits until after the save.
    tab.earlier_watch.timer.stop()
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=20_000)
    tab.earlier_watch.timer.start()  # the pause ends
    qtbot.waitUntil(lambda: not tab.earlier_watch.timer.isActive(), timeout=20_000)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() >= 1, timeout=20_000)
    listed = [panel.tree.topLevelItem(i).text(0).split("\n")[0]
              for i in range(panel.tree.topLevelItemCount())]  # fmt: skip
    assert listed == [earlier.tracking_number]
    assert tab.last_saved.tracking_number not in listed


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_letter_saved_as_pdf_says_its_number_and_file(
    qtbot, qapp, settings_dir: Path, window: MainWindow, tmp_path: Path, lang: str
) -> None:
    saved = register(window.engine, complaint())  # received 24 May 2026: long overdue
    perform(window.engine, saved.id, Action.ESCALATE, None, "Tidak ada jawaban dari bidang")
    before = QLocale()
    if lang == "en":
        language.install(qapp, "en")
    try:
        page = open_page(qtbot, window, saved.id)
        target = tmp_path / "eskalasi.pdf"
        page.choose_file = lambda parent, suggested, accept: accept(target)
        page.save_letter("escalation")
        qtbot.waitUntil(target.exists, timeout=20_000)
        wait_idle(qtbot)
        number = issue_letter(window.engine, Letter.ESCALATION, saved.id).number  # the same
        shown = page.ui.letterStatusLabel.text()
        if lang == "en":
            assert shown == f"✓ Escalation letter number {number} saved to {target}"
        else:
            assert shown == f"✓ Surat eskalasi nomor {number} disimpan ke {target}"
        assert page.ui.letterStatusLabel.isVisibleTo(page)
        page.grab().save(str(shots(tmp_path) / f"trial19-letter-saved-{lang}.png"))
        assert page.minimumSizeHint().width() <= 1024  # the narrow desk still holds it
        page.resize(1024, 740)
        page.grab().save(str(shots(tmp_path) / f"trial19-letter-saved-{lang}-1024.png"))
    finally:
        if lang == "en":
            language.uninstall(qapp)
            QLocale.setDefault(before)


def test_the_page_names_each_rejection_detail_as_core_does() -> None:
    for kind, label in DETAIL_LABELS.items():
        assert DETAIL_SHOWN[kind.value] == label[:1].upper() + label[1:]
