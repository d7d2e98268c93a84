"""The automatic mnemonics underline a letter of field labels only: a wrapped hint, or a
sentence above a list, keeps its words as written."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui.accessible import hint, mnemonic_of, name_controls
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.test_complaint_page import open_page
from tests.helpers import complaint


def test_hints_get_no_mnemonic_and_field_labels_do(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    form = QFormLayout()
    column.addLayout(form)
    name = QLabel("Nama")
    form.addRow(name, QLineEdit())
    wrapped = QLabel("Isi NIK atau telepon untuk mencari pengaduan sebelumnya")
    wrapped.setWordWrap(True)
    column.addWidget(wrapped)
    column.addWidget(QLineEdit())
    sentence = QLabel("Belum ada pengaduan yang dikaitkan.")
    column.addWidget(sentence)
    column.addWidget(QListWidget())
    name_controls(root)
    assert mnemonic_of(name.text()) == "n"
    assert "&" not in wrapped.text() and wrapped.buddy() is None
    assert "&" not in sentence.text() and sentence.buddy() is None


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_no_hint_of_the_window_or_a_page_is_underlined(qtbot, window: MainWindow) -> None:
    cid = register(window.engine, complaint()).id
    page = open_page(qtbot, window, cid)
    for root in (window, page):
        name_controls(root)
        underlined = [label.text() for label in root.findChildren(QLabel)
                      if mnemonic_of(label.text())]  # fmt: skip
        assert underlined  # the field labels have theirs
        hints = [label.text() for label in root.findChildren(QLabel)
                 if mnemonic_of(label.text()) and hint(label)]  # fmt: skip
        assert hints == []
