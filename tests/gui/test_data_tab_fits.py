"""The complaint page's Data tab never scrolls sideways at the desk's screens (1366×768 and
1024×768), in Indonesian and in English (whose labels are longer): its two columns stand side
by side when they fit, and the complainant's goes under the complaint's when they do not, also
when the form grows after it was laid out. PENGADUAN_SCREENSHOTS=folder keeps the pictures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.test_complaint_page import open_page
from tests.gui.test_complaint_page_fits import FRAME, STATES, TASKBAR, shots
from tests.gui.test_screens import off_screen

SIZES = [(1366, 768), (1024, 768)]


def at_size(qtbot, page: ComplaintDialog, width: int, height: int) -> None:
    free_w, free_h = width - FRAME, height - TASKBAR - 4 * FRAME
    page.resize(free_w, free_h)
    qtbot.waitUntil(lambda: (page.width(), page.height()) == (free_w, free_h))


def no_sideways_scroll(qtbot, page: ComplaintDialog) -> bool:
    ui = page.ui
    qtbot.wait(10)  # the scroll area lays out after the form's layout request
    return (ui.complaintForm.minimumSizeHint().width() <= ui.dataScroll.viewport().width()
            and not ui.dataScroll.horizontalScrollBar().isVisible())  # fmt: skip


def cut_wrapped(root: QWidget) -> list[str]:
    """The visible wrapped labels under root given less height than their lines need."""
    return [label.objectName() or label.text() for label in root.findChildren(QLabel)
            if label.isVisibleTo(root) and label.wordWrap() and label.text()
            and label.height() < label.heightForWidth(label.width())]  # fmt: skip


def data_tab_fits(qtbot, window: MainWindow, state: str, name: str, folder: Path) -> None:
    page = open_page(qtbot, window, STATES[state](window.engine))
    ui = page.ui
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.dataPage))
    for width, height in SIZES:
        at_size(qtbot, page, width, height)
        assert no_sideways_scroll(qtbot, page), (name, state, width)
        assert cut_wrapped(ui.dataPage) == [], (name, state, width)
        page.grab().save(str(folder / f"data-tab-{name}-{state}-{width}.png"))
        assert ui.complaintForm.ui.columns.direction() == QBoxLayout.Direction.LeftToRight
        assert off_screen(page) == [], (name, state, width)
    page.close()


@pytest.mark.parametrize("state", ["diterima", "selesai-skm"])
def test_the_data_tab_fits_without_sideways_scrolling(
    qtbot, window: MainWindow, tmp_path: Path, state: str
) -> None:
    data_tab_fits(qtbot, window, state, "id", shots(tmp_path))


@pytest.mark.parametrize("state", ["diterima", "selesai-skm"])
def test_the_english_data_tab_fits_without_sideways_scrolling(
    qtbot, english: None, window: MainWindow, tmp_path: Path, state: str
) -> None:
    data_tab_fits(qtbot, window, state, "en", shots(tmp_path))


def test_a_form_grown_after_its_layout_reflows_instead_of_scrolling(
    qtbot, english: None, window: MainWindow, tmp_path: Path
) -> None:
    page = open_page(qtbot, window, STATES["diterima"](window.engine))
    ui = page.ui
    ui.tabs.setCurrentIndex(ui.tabs.indexOf(ui.dataPage))
    at_size(qtbot, page, 1024, 768)
    form = ui.complaintForm.ui
    assert form.columns.direction() == QBoxLayout.Direction.LeftToRight
    # Longer words arrive with no resize of the page.
    words = form.confidentialCheck.text()
    form.confidentialCheck.setText(" ".join([words] * 4))
    qtbot.waitUntil(lambda: form.columns.direction() == QBoxLayout.Direction.TopToBottom)
    assert no_sideways_scroll(qtbot, page)
    page.grab().save(str(shots(tmp_path) / "data-tab-en-grown-1024.png"))
    form.confidentialCheck.setText(words)  # and back side by side when they fit again
    qtbot.waitUntil(lambda: form.columns.direction() == QBoxLayout.Direction.LeftToRight)
    assert no_sideways_scroll(qtbot, page)
    page.close()
