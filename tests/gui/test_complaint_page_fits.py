"""The complaint page fits the desk's screens (1366×768 and 1024×768, less the taskbar: about
728 px of height) in every state: each status, a unit officer, the Terkait tab; its long parts
scroll instead of pushing "Tutup" off the screen (the officer's finding: 812 px tall, 1036 px
wide once an SKM answer was recorded)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import Engine

from pengaduan_desktop.core.clock import today
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.links import LinkKind, link_complaints
from pengaduan_desktop.core.survey import Source, record_survey
from pengaduan_desktop.core.units import units
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.test_complaint_page import open_page, wait_idle
from tests.gui.test_screens import off_screen
from tests.helpers import complaint

SIZES = [(1366, 768), (1024, 768)]
TASKBAR = 40  # the room the desktop's taskbar takes from the 768 px
FRAME = 8  # the window manager's frame

LONG = ("Bidang meminta salinan SPM dan rekening koran; pengadu sudah dihubungi lewat telepon "
        "dan akan mengirim berkas melalui email minggu ini. ") * 3  # fmt: skip


def _unit(engine: Engine) -> int:
    return units(engine)[0].id  # the unit window_as("unit") belongs to


def _received(engine: Engine) -> int:
    return register(engine, complaint(
        channel="lapor", form="tertulis", lapor_tracking_id="LPR-5521",
        description="Dana kegiatan belum cair. " * 12)).id  # fmt: skip


def _handled(engine: Engine) -> int:
    cid = _received(engine)
    perform(engine, cid, Action.VERIFY, None, "")
    perform(engine, cid, Action.DISPOSE, None, "Mohon diteliti", _unit(engine))
    perform(engine, cid, Action.NOTE, None, LONG)
    return cid


def _held(engine: Engine) -> int:
    cid = _handled(engine)
    perform(engine, cid, Action.HOLD, None, "Salinan SP2D dari pengadu " + LONG)
    return cid


def _forwarded(engine: Engine) -> int:
    cid = _received(engine)
    perform(engine, cid, Action.FORWARD, None, "Pajak kendaraan adalah urusan Bapenda. " + LONG,
            agency="Badan Pendapatan Daerah Provinsi Kalimantan Barat")  # fmt: skip
    return cid


def _closed_with_survey(engine: Engine) -> int:
    cid = _handled(engine)
    perform(engine, cid, Action.RESOLVE, None, "Dana telah dicairkan. " + LONG, _unit(engine))
    record_survey(engine, cid, (4, 4, 3, 4, 3, 4, 4, 3, 2), today(), Source.DIRECT, None)
    return cid


def _merged(engine: Engine) -> int:
    earlier = _handled(engine)
    cid = _received(engine)
    link_complaints(engine, cid, earlier, LinkKind.DUPLICATE, "Pengadu dan perihal sama " * 4,
                    None)  # fmt: skip
    return cid


STATES = {
    "diterima": _received,
    "diproses": _handled,
    "tunda": _held,
    "diteruskan": _forwarded,
    "selesai-skm": _closed_with_survey,
    "digabung": _merged,
}


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def assert_fits(qtbot, dialog: ComplaintDialog, name: str, folder: Path) -> None:
    """At each screen size, on every tab: the page's least size fits the free area, and laid
    out at that area no control lies outside it."""
    ui = dialog.ui
    qtbot.waitUntil(lambda: dialog.step_rows.steps_value.text() != "")  # read in a worker
    for width, height in SIZES:
        free_w, free_h = width - FRAME, height - TASKBAR - 4 * FRAME
        for index in range(ui.tabs.count()):
            ui.tabs.setCurrentIndex(index)
            qtbot.wait(10)
            least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            assert least.width() <= free_w and least.height() <= free_h, (name, index, least)
            dialog.resize(free_w, free_h)
            qtbot.waitUntil(lambda w=free_w, h=free_h: (dialog.width(), dialog.height()) == (w, h))
            assert off_screen(dialog) == [], (name, index)
            content, room = ui.actionsContent, ui.actionsScroll.viewport()
            if index == 0:  # the page scrolls down, never sideways
                assert content.minimumSizeHint().width() <= room.width(), (name, width)
                assert not ui.actionsScroll.horizontalScrollBar().isVisible(), (name, width)
                steps = ui.lastStepsValue  # each line whole, none over another
                assert steps.height() >= steps.heightForWidth(steps.width()), (name, width)
                assert cut_lines(ui.factsGroup) == [], (name, width)
                for action in range(ui.actionCombo.count()):  # each action's own fields
                    ui.actionCombo.setCurrentIndex(action)
                    qtbot.wait(10)
                    wide = content.minimumSizeHint().width()
                    assert wide <= room.width(), (name, width, ui.actionCombo.currentData())
                    assert off_screen(dialog) == [], (name, ui.actionCombo.currentData())
            closing = ui.closeButton.mapTo(dialog, ui.closeButton.rect().bottomRight())
            assert closing.y() < dialog.height(), (name, index)
            dialog.grab().save(str(folder / f"fit-{name}-{index}-{width}.png"))


def cut_lines(root: QWidget) -> list[str]:
    """The visible labels under root with a line wider than the label (cut at its edge)."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or label.wordWrap() or not label.text():
            continue
        room = label.contentsRect().width()
        if any(label.fontMetrics().horizontalAdvance(line) > room
               for line in label.text().split("\n")):  # fmt: skip
            cut.append(label.objectName() or label.text())
    return cut


@pytest.mark.parametrize("state", list(STATES))
def test_the_page_fits_the_screen_in_every_state(
    qtbot, window: MainWindow, tmp_path: Path, state: str
) -> None:
    cid = STATES[state](window.engine)
    dialog = open_page(qtbot, window, cid)
    assert_fits(qtbot, dialog, state, shots(tmp_path))


def test_the_page_fits_the_screen_for_a_unit_officer(
    qtbot, window: MainWindow, window_as, tmp_path: Path
) -> None:
    cid = _handled(window.engine)  # the office is set up; disposed to the first unit
    unit_window = window_as("unit")
    wait_idle(qtbot)  # two windows read their lists first
    dialog = unit_window.open_complaint(cid)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=30_000)
    wait_idle(qtbot)
    assert_fits(qtbot, dialog, "unit", shots(tmp_path))


def test_the_summary_shows_the_lapor_id_when_there_is_one(qtbot, window: MainWindow) -> None:
    lapor = _received(window.engine)
    walk_in = register(window.engine, complaint()).id
    page = open_page(qtbot, window, lapor)
    facts = page.ui.factsLayout
    assert facts.labelForField(page.lapor_value).text() == "ID LAPOR!"
    assert page.lapor_value.text() == "LPR-5521" and page.lapor_value.isVisibleTo(page)
    assert facts.getWidgetPosition(page.lapor_value)[0] == 1  # just below the Perihal
    other = open_page(qtbot, window, walk_in)
    assert not other.lapor_value.isVisibleTo(other)
