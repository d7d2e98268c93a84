"""Pengaturan > Pegawai dan daftar kantor: the office's people and lists, and the desk that
offers them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine

from pengaduan_desktop.core.catalogue import Kind, add_item
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.office import load_desk
from pengaduan_desktop.core.officers import (
    OfficerData,
    add_officer,
    officers,
    set_officer_active,
)
from pengaduan_desktop.core.units import change_unit, units
from pengaduan_desktop.core.vocabulary import Role
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.office_lists_dialog import OfficeListsDialog
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import complaint

DEMO_PEOPLE = (
    ("Rina Marlina", "198501152010012001", True),
    ("Yusuf Alkadrie, S.Ak.", "198602152010011002", False),
)


@pytest.fixture
def window(admin_window: MainWindow) -> MainWindow:
    """Signed in as the administrator: the office's people and lists are the administrator's."""
    return admin_window


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not tasks_running())


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def open_lists(qtbot, window: MainWindow) -> OfficeListsDialog:
    dialog = window.edit_lists()
    assert isinstance(dialog, OfficeListsDialog)
    qtbot.waitExposed(dialog)
    wait_idle(qtbot)
    return dialog


def test_an_officer_added_is_offered_at_intake(qtbot, window: MainWindow) -> None:
    dialog = open_lists(qtbot, window)
    tab = dialog.officers
    assert tab.table.rowCount() == 2  # the Pejabat Pengelola of the profile, the administrator
    assert not tab.delete_button.isEnabled()
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.name, "Rina Marlina")
    qtbot.keyClicks(tab.nip, "19851315 201001 2 001")  # month 13: refused next to the field
    tab.pangkat.setCurrentText("Pengatur")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert tab.errors["nip"].isVisible() and "Tanggal lahir" not in tab.errors["nip"].text()
    assert "8 angka pertama tanggal lahir" in tab.errors["nip"].text()
    assert "golongan" in tab.errors["pangkat"].text()
    assert tab.errors["jabatan"].text() == "Wajib diisi"
    if os.environ.get("PENGADUAN_SHOTS"):
        dialog.resize(984, 700)
        dialog.grab().save(str(Path(os.environ["PENGADUAN_SHOTS"]) / "lists-errors.png"))
    assert "Rina Marlina" not in combo_texts(window.intake.form.ui.officerCombo)
    tab.nip.setText("19850115 201001 2 001")
    tab.pangkat.setCurrentText("Pengatur (II/c)")
    qtbot.keyClicks(tab.jabatan, "Pengadministrasi Umum")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert tab.message.text() == "✓ Tersimpan."
    assert not any(label.isVisible() for label in tab.errors.values())
    assert tab.table.rowCount() == 3
    qtbot.waitUntil(lambda: "Rina Marlina" in combo_texts(window.intake.form.ui.officerCombo))
    # Deactivated: no longer offered at intake.
    tab.active_check.setChecked(False)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "Rina Marlina" not in combo_texts(window.intake.form.ui.officerCombo))
    rina = next(o for o in officers(window.engine) if o.data.name == "Rina Marlina")
    assert not rina.data.active and rina.data.nip == "198501152010012001"
    dialog.close()


def test_a_new_service_is_offered_and_a_retired_one_is_not(
    qtbot, window: MainWindow, engine: Engine
) -> None:
    dialog = open_lists(qtbot, window)
    tab = dialog.services
    dialog.tabs.setCurrentWidget(tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.name, "Pelayanan Rekonsiliasi Aset")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    combo = window.intake.form.ui.serviceCombo
    qtbot.waitUntil(lambda: "Pelayanan Rekonsiliasi Aset" in combo_texts(combo))
    tab.table.selectRow(0)
    old = tab.name.text()
    tab.active_check.setChecked(False)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: old not in combo_texts(combo))
    # The same name twice is said next to the field.
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.name, "Pelayanan Rekonsiliasi Aset")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert "sudah ada" in tab.errors["name"].text()
    dialog.close()


def test_service_time_refuses_an_empty_week(qtbot, window: MainWindow) -> None:
    dialog = open_lists(qtbot, window)
    tab = dialog.service_time
    dialog.tabs.setCurrentWidget(tab)
    assert tab.sla.value() == 5 and [b.isChecked() for b in tab.days] == [True] * 5 + [False] * 2
    for box in tab.days:
        box.setChecked(False)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert tab.errors["work_week"].text() == "Pilih paling sedikit satu hari kerja"
    tab.days[5].setChecked(True)
    for box in tab.days[:5]:
        box.setChecked(True)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert tab.message.text().startswith("✓ Tersimpan.")
    dialog.close()


def test_screenshots(qtbot, window: MainWindow, engine: Engine) -> None:
    """Every tab at 1024×768 and 1366×768 (saved when PENGADUAN_SHOTS names a folder)."""
    add_item(engine, Kind.SERVICE, "Pelayanan Rekonsiliasi Aset", None)
    for name, nip, active in DEMO_PEOPLE:
        new = add_officer(
            engine,
            OfficerData(
                name,
                nip,
                "Pengadministrasi Umum",
                Role.PETUGAS,
                "Pengatur (II/c)",
                units(engine)[3].id,
            ),
            None,
        )
        set_officer_active(engine, new, active, None)
    folder = os.environ.get("PENGADUAN_SHOTS")
    dialog = open_lists(qtbot, window)
    for width in (1024, 1366):
        window.resize(width, 768)
        dialog.resize(min(width - 40, 1100), 700)
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            qtbot.wait(50)
            assert dialog.tabs.currentWidget().isVisible()
            if folder:
                dialog.grab().save(str(Path(folder) / f"lists-{width}-{index}.png"))
    dialog.close()


def test_a_deactivated_officer_and_unit_still_show_on_their_complaint(
    qtbot, window: MainWindow, engine: Engine, window_as
) -> None:
    data = OfficerData("Rina Marlina", "198501152010012001", "Pengadministrasi", Role.PETUGAS)
    rina = add_officer(engine, data, None)
    unit = units(engine)[0]
    saved = register(engine, complaint(responsible_officer_id=rina, unit_id=unit.id), rina)
    set_officer_active(engine, rina, False, None)
    change_unit(engine, unit.id, unit.code, unit.name, False, None)
    window = window_as("pengelola")  # who reads complaints (the administrator does not)
    window.desk = load_desk(engine)
    page = window.open_complaint(saved.id)
    assert page is not None
    qtbot.waitExposed(page)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: page.detail is not None)
    ui = page.form.ui
    assert ui.officerCombo.currentText() == "Rina Marlina (nonaktif)"
    assert ui.officerCombo.currentData() == rina
    assert ui.unitCombo.currentText() == f"{unit.name} (nonaktif)"
    assert ui.serviceCombo.currentText() == complaint().service
    page.close()
