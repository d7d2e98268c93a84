"""Shared desks stay live: another program's changes reach the open window (the case list in
place, its overdue count, an open complaint page) without moving the officer's selection or
the chosen complaint's place on the screen, and never over edits not yet saved."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from shiboken6 import isValid
from sqlalchemy import Engine

from pengaduan_desktop.core.caselist import CaseFilter, count_cases
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.ui.case_model import ID_ROLE
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.conftest import shots_at_both_widths
from tests.other_desk import other_desk

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
WAIT = 60_000  # generous: the goal (3 s) is measured in tests/bench, not asserted here


@pytest.fixture
def demo(engine: Engine) -> Engine:
    generate(engine, 450, seed=5, now=NOW)
    return engine


def place(tab) -> tuple[int | None, int]:  # type: ignore[no-untyped-def]
    """The selected complaint's id and where its row is on the screen (pixels from the top
    of the list's viewport)."""
    rows = tab.table.selectionModel().selectedRows()
    chosen = tab.model.data(rows[0], ID_ROLE) if rows else None
    return chosen, tab.table.visualRect(rows[0]).top() if rows else -1


def test_another_desks_changes_show_in_place(
    qtbot, demo: Engine, db_url: str, window: MainWindow, tmp_path: Path
) -> None:
    tab = window.cases
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        tab.apply_filter()
    qtbot.waitUntil(lambda: tasks_running() == 0 and not tab.model.loading(), timeout=WAIT)
    tab.table.verticalScrollBar().setValue(30)
    tab.table.selectRow(40)
    qtbot.waitUntil(lambda: tab.model.is_here(40))
    before = place(tab)
    assert before[0] is not None and before[1] == 10 * tab.table.rowHeight(40)
    overdue = count_cases(demo, CaseFilter(sla=Sla.OVERDUE))
    title = window.tabs.tabText(window.tabs.indexOf(tab))
    assert title == f"Daftar Pengaduan ({overdue} terlambat)"

    # The keyboard still reports Ctrl down, as after Ctrl+A in another field (or with the
    # officer's finger on it): following the chosen complaint must not add to the selection.
    typed = QLineEdit()
    qtbot.addWidget(typed)
    qtbot.keyClick(typed, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.ControlModifier
    # Another desk records an overdue complaint received 10 November: newer than the
    # selected row, so it lands above it.
    new_id = int(other_desk(db_url, "intake", "Dari meja dua", "2026-11-10T09:00:00+07:00")
                 .split()[0])  # fmt: skip
    qtbot.waitUntil(lambda: tab.model.rowCount() == 451 and window.tabs.tabText(
        window.tabs.indexOf(tab)) == f"Daftar Pengaduan ({overdue + 1} terlambat)",
        timeout=WAIT)  # fmt: skip
    qtbot.waitUntil(lambda: tasks_running() == 0 and not tab.model.loading(), timeout=WAIT)
    assert tab.count.text() == "451 pengaduan"
    assert f"{overdue + 1} pengaduan terlambat" in tab.warning.text()
    added, kept = tab.model.row_of(new_id), tab.model.row_of(before[0])
    assert added is not None and kept is not None and added < kept  # a row came above it
    assert place(tab) == before  # the same complaint, at the same place on the screen
    assert tab.table.verticalScrollBar().value() == 31  # the list moved by the row above
    assert len(tab.table.selectionModel().selectedRows()) == 1
    # The intake's recent list shows it too.
    qtbot.waitUntil(
        lambda: any(row.summary == "Dari meja dua" for row in window.intake.recent._rows),
        timeout=WAIT,
    )

    # The selected complaint, open on its page, gets a note at the other desk (a workflow
    # action any status allows).
    page = window.open_complaint(before[0])
    assert page is not None
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT)
    timeline = page.ui.timelineTable
    texts = lambda: [timeline.item(r, 3).text() for r in range(timeline.rowCount())]  # noqa: E731
    other_desk(db_url, "note", before[0], "Berkas diminta dari bidang anggaran")
    qtbot.waitUntil(lambda: "Berkas diminta dari bidang anggaran" in texts(), timeout=WAIT)
    assert not page.elsewhere.isVisible()
    # Now with a note half-typed here: the page keeps it and says what happened.
    page.ui.actionTextEdit.setPlainText("Sedang ditelaah bidang anggaran")
    other_desk(db_url, "note", before[0], "Catatan dari meja dua")
    qtbot.waitUntil(page.elsewhere.isVisible, timeout=WAIT)
    assert "Diubah di meja lain" in page.elsewhere.text.text()
    shots = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(shots / "live-desk-changed-elsewhere.png"))
    assert page.ui.actionTextEdit.toPlainText() == "Sedang ditelaah bidang anggaran"
    qtbot.waitUntil(lambda: "Catatan dari meja dua" in texts(), timeout=WAIT)  # the state follows
    assert page.ui.actionTextEdit.toPlainText() == "Sedang ditelaah bidang anggaran"
    page.elsewhere.reload_button.click()
    qtbot.waitUntil(lambda: not page.elsewhere.isVisible(), timeout=WAIT)
    assert "Catatan dari meja dua" in texts()
    assert page.ui.actionTextEdit.toPlainText() == "Sedang ditelaah bidang anggaran"  # kept
    qtbot.waitUntil(lambda: tasks_running() == 0 and not tab.model.loading(), timeout=WAIT)
    assert place(tab) == before
    page.accept()


def test_unsaved_data_edit_while_another_desk_verifies(
    qtbot, engine: Engine, db_url: str, window: MainWindow
) -> None:
    """The officer's report: B verifies while A has an unsaved phone edit. A's header and
    actions follow the new status, the edit stays; saving says to press Muat ulang; Tutup
    asks before throwing the edit away."""
    from pengaduan_desktop.core.intake import register
    from tests.gui.questions import open_question
    from tests.helpers import complaint

    saved = register(engine, complaint(phone="0812-1111-2222"))
    page = window.open_complaint(saved.id)
    assert page is not None
    qtbot.waitUntil(lambda: page.detail is not None and tasks_running() == 0, timeout=WAIT)
    actions = lambda: [page.ui.actionCombo.itemData(i)  # noqa: E731
                       for i in range(page.ui.actionCombo.count())]  # fmt: skip
    assert "Diterima" in page.ui.headerLabel.text() and "verify" in actions()
    page.form.ui.phoneEdit.setText("0813-9999-0000")
    other_desk(db_url, "verify", saved.id)
    qtbot.waitUntil(page.elsewhere.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: "verify" not in actions(), timeout=WAIT)  # the new state's actions
    assert "Diterima" not in page.ui.headerLabel.text()
    assert page.form.ui.phoneEdit.text() == "0813-9999-0000"  # the edit kept
    page.ui.saveChangesButton.click()
    qtbot.waitUntil(lambda: "Muat ulang" in page.ui.dataResultLabel.text(), timeout=WAIT)
    assert "tutup dan buka" not in page.ui.dataResultLabel.text()
    # Tutup with the edit unsaved asks; Batal keeps the page and the edit.
    page.ui.closeButton.click()
    box = open_question(page)
    assert box is not None
    names = {b.text() for b in box.buttons()}
    assert {"Simpan perubahan", "Buang", "Batal"} <= names
    next(b for b in box.buttons() if b.text() == "Batal").click()
    assert page.isVisible() and page.form.ui.phoneEdit.text() == "0813-9999-0000"
    page.ui.closeButton.click()
    box = open_question(page)
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Buang").click()
    qtbot.waitUntil(lambda: not page.isVisible(), timeout=WAIT)


def test_a_restore_at_another_desk_signs_this_desk_out(
    qtbot, engine: Engine, db_url: str, window: MainWindow, tmp_path: Path
) -> None:
    """Another program replaces the database with an older backup: this desk says so, signs
    out (nothing of the replaced database stays open: not a page, not a saved complaint's
    receipt) and, signed in again, follows the restored database's changes."""
    from PySide6.QtWidgets import QMessageBox

    from pengaduan_desktop.core.backup import write_backup
    from tests.gui.conftest import sign_in
    from tests.gui.test_intake import type_complaint

    backup = tmp_path / "cadangan.zip"
    write_backup(engine, backup, None)
    tab = window.intake
    type_complaint(qtbot, tab)
    tab.ui.saveButton.click()  # a complaint the backup does not hold
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=WAIT)
    assert tab.preview_button.isEnabled()
    page = window.open_complaint(tab.last_saved.id)
    assert page is not None
    qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT)

    other_desk(db_url, "restore", backup)
    qtbot.waitUntil(lambda: window.user is None and window.sign_in_dialog is not None
                    and window.sign_in_dialog.isVisible(), timeout=WAIT)  # fmt: skip
    box = window.findChild(QMessageBox, "restoredElsewhere")
    assert box is not None and box.isVisible()
    said = "Basis data dipulihkan dari cadangan di meja lain. Silakan masuk lagi."
    assert box.text() == said and window.statusBar().currentMessage() == said
    assert not isValid(page) or not page.isVisible()  # a closed page is deleted
    assert not window.tabs.isVisible()
    assert tab.last_saved is None and not tab.preview_button.isEnabled()
    shots_at_both_widths(qtbot, window, tmp_path, "live-desk-restored", box)
    box.accept()

    sign_in(qtbot, window, "pengelola")
    other_desk(db_url, "intake", "Sesudah dipulihkan")
    qtbot.waitUntil(
        lambda: any(row.summary == "Sesudah dipulihkan" for row in window.intake.recent._rows),
        timeout=WAIT,
    )
