"""One complainant, one history in the window: the intake shows the probable earlier
complaints once typing pauses, the saved complaint is merged into one as a duplicate, and both
pages show the link on their *Terkait* tab, where the Pejabat Pengelola removes it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.vocabulary import Status
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.conftest import shots_at_both_widths
from tests.gui.questions import answer
from tests.gui.test_intake import type_complaint, wait_idle
from tests.helpers import VALID_NIK, complaint


def _status(window: MainWindow, cid: int) -> str:
    with reading(window.engine) as session:
        return session.scalars(select(Complaint.status).where(Complaint.id == cid)).one()


def test_intake_recognises_the_returning_complainant_and_merges(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    earlier = register(window.engine, complaint(id_number=VALID_NIK, phone="",
                                                email="siti@contoh.id",
                                                summary="Dana hibah belum cair"), None)  # fmt: skip
    tab = window.intake
    panel = tab.earlier
    assert panel.tree.topLevelItemCount() == 0
    type_complaint(qtbot, tab)  # the same NIK, a summary about the same grant
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1, timeout=20_000)
    item = panel.tree.topLevelItem(0)
    assert item.text(0).startswith(earlier.tracking_number)
    assert "Cocok: NIK/nomor identitas sama" in item.text(1)
    # Not saved yet: nothing to link.
    panel.tree.setCurrentItem(item)
    assert not panel.merge_button.isEnabled()
    shots = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    shots_at_both_widths(qtbot, window, shots, "intake-earlier")
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=20_000)
    assert panel.merge_button.isEnabled()
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    assert "alasan" in panel.message.text().lower()  # a merge says why
    qtbot.keyClicks(panel.reason, "Pengadu datang lagi untuk hal yang sama")
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    answer(panel, agree=True)
    qtbot.waitUntil(lambda: "Digabung" in panel.message.text(), timeout=20_000)
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 0, timeout=20_000)
    assert not panel.merge_button.isEnabled()  # nothing left to link it with
    duplicate = tab.last_saved.id
    assert _status(window, duplicate) == Status.DIGABUNG

    # The original's page shows its duplicate; the duplicate's page points to the original.
    page = window.open_complaint(earlier.id)
    qtbot.waitUntil(lambda: page.related.tree.topLevelItemCount() == 1, timeout=20_000)
    assert page.related.tree.topLevelItem(0).text(0) == "Duplikatnya"
    assert page.related.tree.topLevelItem(0).text(1) == tab.last_saved.tracking_number
    assert page.ui.tabs.tabText(page.ui.tabs.indexOf(page.related)) == "Terkait (1)"
    wait_idle(qtbot)  # a complaint already linked is not offered again
    assert page.related.earlier.tree.topLevelItemCount() == 0
    page.ui.tabs.setCurrentWidget(page.related)
    wait_idle(qtbot)
    shots_at_both_widths(qtbot, window, shots, "page-related", also=page)
    other = window.open_complaint(duplicate)
    qtbot.waitUntil(lambda: other.related.tree.topLevelItemCount() == 1, timeout=20_000)
    row = other.related.tree.topLevelItem(0)
    assert (row.text(0), row.text(1)) == ("Duplikat dari", earlier.tracking_number)
    assert not other.related.earlier.isVisible()  # a merged duplicate is not merged again

    # The Pejabat Pengelola removes the merge: the duplicate is open again.
    other.related.tree.setCurrentItem(row)
    qtbot.mouseClick(other.related.remove_button, Qt.MouseButton.LeftButton)
    answer(other.related, agree=True)
    qtbot.waitUntil(lambda: other.related.tree.topLevelItemCount() == 0, timeout=20_000)
    assert _status(window, duplicate) == Status.DITERIMA
    qtbot.waitUntil(lambda: page.related.tree.topLevelItemCount() == 0, timeout=20_000)
    wait_idle(qtbot)


def test_the_kepala_reads_the_links_but_may_not_link(qtbot, window: MainWindow, window_as) -> None:
    from pengaduan_desktop.core.links import LinkKind, link_complaints

    engine = window.engine  # the office is set up and has its administrator
    first = register(engine, complaint(), None)
    second = register(engine, complaint(), None)
    link_complaints(engine, second.id, first.id, LinkKind.RELATED, "Hal yang sama", None)
    kepala = window_as("kepala")
    page = kepala.open_complaint(second.id)
    qtbot.waitUntil(lambda: page.related.tree.topLevelItemCount() == 1, timeout=20_000)
    row = page.related.tree.topLevelItem(0)
    assert (row.text(0), row.text(1)) == ("Terkait dengan", first.tracking_number)
    assert "Alasan: Hal yang sama" in row.text(3)
    assert page.related.earlier.isHidden() and page.related.remove_button.isHidden()
    wait_idle(qtbot)
