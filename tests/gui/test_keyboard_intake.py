"""Intake to receipt without a mouse: only key presses, each sent to the widget that has the
focus, as a keyboard would; the receipt saved through the real save dialog and read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget

from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import VALID_NIK, pdf_text

pytestmark = [
    pytest.mark.parametrize("db_url", ["sqlite"], indirect=True),
    # A combo box's completer pops up as letters are typed; offscreen cannot grab for it.
    pytest.mark.qt_log_ignore(
        "propagateSizeHints", "does not support raise", "grabbing the keyboard"
    ),
]
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          times: int = 1) -> None:  # fmt: skip
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def tab_to(qtbot, widget: QWidget, limit: int = 60) -> None:
    """Tab until `widget` has the focus (fails when the tab order never reaches it)."""
    seen = []
    for _ in range(limit):
        if focused() is widget:
            return
        seen.append(focused().objectName() or type(focused()).__name__)
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {widget.objectName()}: {seen[:12]}")


def type_here(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def test_a_complaint_is_typed_saved_and_its_receipt_saved_as_pdf_by_keyboard(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    tab = window.intake
    ui = tab.form.ui
    press(qtbot, Qt.Key.Key_2, ALT)  # to the case list and back: the tabs by keyboard
    assert window.tabs.currentWidget() is window.cases
    press(qtbot, Qt.Key.Key_N, CTRL)  # Baru, from any tab
    assert window.tabs.currentWidget() is tab and focused() is ui.receivedAtEdit
    tab_to(qtbot, ui.channelCombo)  # Tab goes through the date's parts first; kept as is
    tab_to(qtbot, ui.serviceCombo)
    type_here(qtbot, "Pencairan")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.categoryCombo or focused().parentWidget() is ui.categoryCombo
    type_here(qtbot, "Keterlambatan")
    tab_to(qtbot, ui.summaryEdit)
    type_here(qtbot, "Pencairan dana hibah terlambat")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.descriptionEdit
    type_here(qtbot, "Sudah tiga minggu belum cair.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is ui.lossEdit  # Tab leaves a text box, it does not type a tab
    tab_to(qtbot, ui.nameEdit)
    type_here(qtbot, "Siti Rahmawati")
    tab_to(qtbot, ui.idNumberEdit)
    type_here(qtbot, VALID_NIK)
    tab_to(qtbot, ui.phoneEdit)
    type_here(qtbot, "0812-3456-7890")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=20_000)
    number = tab.last_saved.tracking_number
    assert "Tersimpan" in tab.ui.resultLabel.text()
    assert focused() is tab.ui.printButton  # the next thing to do
    # Simpan PDF… is reached by Tab from Cetak…, and Space presses it.
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is tab.ui.savePdfButton
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.findChild(QFileDialog) is not None
                    and window.findChild(QFileDialog).isVisible())  # fmt: skip
    dialog = window.findChild(QFileDialog)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    qtbot.waitUntil(lambda: focused() is name)  # the dialog opens on the file name
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_here(qtbot, str(tmp_path / "bukti-keyboard"))
    press(qtbot, Qt.Key.Key_Return)
    target = tmp_path / "bukti-keyboard.pdf"
    qtbot.waitUntil(target.exists, timeout=20_000)
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)
    text = pdf_text(target.read_bytes())
    assert number in text and "Siti Rahmawati" in text and "Tidak dipungut biaya" in text
    # Ctrl+N: the next complaint, the cursor in its first field again. (Offscreen has no
    # window manager to give the window back its activation once the dialog is gone.)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert tab.last_saved is None and focused() is ui.receivedAtEdit
    assert ui.summaryEdit.text() == ""


def test_the_intake_buttons_follow_their_row_and_have_mnemonics(qtbot, window: MainWindow) -> None:
    ui, tab = window.intake.ui, window.intake
    chain = [ui.saveButton, ui.printButton, ui.savePdfButton, tab.preview_button, tab.paper,
             ui.newButton]  # fmt: skip
    for first, second in zip(chain, chain[1:], strict=False):
        assert first.nextInFocusChain() is second or _next_focusable(first) is second
    for button in (ui.saveButton, ui.printButton, ui.newButton, ui.savePdfButton,
                   tab.preview_button):  # fmt: skip
        assert "&" in button.text(), button.text()
    # Alt+ a form label's letter moves to its field (ui.accessible gives the labels letters).
    label = window.intake.form.ui.summaryLabel
    assert "&" in label.text() and label.buddy() is window.intake.form.ui.summaryEdit


def _next_focusable(widget: QWidget) -> QWidget:
    found = widget.nextInFocusChain()
    while found.focusPolicy() == Qt.FocusPolicy.NoFocus:
        found = found.nextInFocusChain()
    return found
