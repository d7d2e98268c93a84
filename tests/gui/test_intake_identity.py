"""Unticking Anonim, or typing a number under "Tanpa identitas", gives the complainant a KTP:
the NIK typed next is not refused for want of an identity type."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pengaduan_desktop.core.vocabulary import IdType
from pengaduan_desktop.ui.main_window import MainWindow
from tests.helpers import VALID_NIK

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_unticking_anonim_sets_ktp_and_a_nik_is_taken(qtbot, window: MainWindow) -> None:
    ui = window.intake.form.ui
    choose(ui.channelCombo, "tatap_muka")
    assert ui.idTypeCombo.currentData() == IdType.KTP
    ui.anonymousCheck.setFocus()
    qtbot.keyClick(ui.anonymousCheck, Qt.Key.Key_Space)  # Anonim ticked
    assert ui.anonymousCheck.isChecked() and ui.idTypeCombo.currentData() == IdType.NONE
    qtbot.keyClick(ui.anonymousCheck, Qt.Key.Key_Space)  # and unticked
    assert not ui.anonymousCheck.isChecked()
    assert ui.idTypeCombo.currentData() == IdType.KTP
    qtbot.keyClicks(ui.idNumberEdit, VALID_NIK)
    assert ui.idTypeCombo.currentData() == IdType.KTP
    assert "jenis identitas" not in ui.idNumberError.text().lower()


def test_a_number_typed_under_no_identity_makes_it_a_ktp(qtbot, window: MainWindow) -> None:
    ui = window.intake.form.ui
    choose(ui.channelCombo, "surat")  # who writes need not show one: "Tanpa identitas"
    assert ui.idTypeCombo.currentData() == IdType.NONE
    qtbot.keyClicks(ui.idNumberEdit, VALID_NIK)
    assert ui.idTypeCombo.currentData() == IdType.KTP
    assert "jenis identitas" not in ui.idNumberError.text().lower()
    choose(ui.idTypeCombo, IdType.SIM)  # the officer's own choice stays
    qtbot.keyClicks(ui.idNumberEdit, "1")
    assert ui.idTypeCombo.currentData() == IdType.SIM
