"""The complaint page under the correction rule: after the receipt was printed, a Petugas sees
the received time, channel and identity read-only with the reason why; the Pejabat Pengelola
may change them and is asked for the reason next to its field. The acting officer is picked
explicitly for each page (sign-in will choose it later)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from sqlalchemy import Engine, select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.events import record_event
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint, Event, Unit
from pengaduan_desktop.core.office import load_desk
from pengaduan_desktop.core.officers import OfficerData, add_officer
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.vocabulary import EventKind, Role
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import complaint

PRINTED_NOTE = "Tanda bukti pengaduan sudah dicetak: koreksi hanya oleh Pejabat Pengelola"


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)


@pytest.fixture
def printed(sqlite_engine: Engine) -> tuple[Engine, int, int, int]:
    """A complaint whose receipt was printed; a Pengelola and a Petugas (ids)."""
    engine = sqlite_engine
    hendra = OfficerData("Hendra Pengelola", "197805102005011002", "Pejabat Pengelola",
                         Role.PENGELOLA)  # fmt: skip
    rina = OfficerData("Rina Petugas", "198501152010012001", "Pengadministrasi", Role.PETUGAS)
    pengelola, petugas = add_officer(engine, hendra, None), add_officer(engine, rina, None)
    saved = register(engine, complaint(received_at=datetime(2026, 11, 26, 9, 0, tzinfo=LOCAL_TZ)))
    record_event(engine, saved.tracking_number, EventKind.PRINTED, "Tanda bukti dicetak", petugas)
    return engine, saved.id, pengelola, petugas


def page(qtbot, engine: Engine, cid: int, officer: int, settings_dir: Path) -> ComplaintDialog:
    dialog = ComplaintDialog(engine, cid, load_desk(engine), lambda: officer)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.dataPage)
    wait_idle(qtbot)
    return dialog


def shot(dialog: ComplaintDialog, name: str) -> None:
    if os.environ.get("PENGADUAN_SHOTS"):
        dialog.grab().save(str(Path(os.environ["PENGADUAN_SHOTS"]) / name))


def stored(engine: Engine, cid: int) -> tuple[datetime, str, str, str]:
    with reading(engine) as session:
        c = session.get(Complaint, cid)
        assert c is not None
        last = session.scalars(select(Event.text).where(Event.complaint_id == cid)
                               .order_by(Event.id.desc())).first() or ""  # fmt: skip
        return c.received_at, c.complainant.name, c.complainant.phone_typed, last


def test_a_petugas_sees_the_locked_fields_read_only(qtbot, printed, settings_dir) -> None:
    engine, cid, _pengelola, petugas = printed
    dialog = page(qtbot, engine, cid, petugas, settings_dir)
    ui, form = dialog.ui, dialog.form.ui
    assert ui.lockLabel.isVisible() and ui.lockLabel.text() == PRINTED_NOTE
    assert form.receivedAtEdit.isReadOnly() and form.nameEdit.isReadOnly()
    assert form.idNumberEdit.isReadOnly()
    assert not form.channelCombo.isEnabled() and not form.idTypeCombo.isEnabled()
    assert not form.anonymousCheck.isEnabled() and not form.confidentialCheck.isEnabled()
    assert form.nameEdit.toolTip() == PRINTED_NOTE
    assert not form.summaryEdit.isReadOnly() and not form.phoneEdit.isReadOnly()
    assert ui.correctionBox.isHidden()
    shot(dialog, "koreksi-petugas.png")
    form.nameEdit.setFocus()
    qtbot.keyClicks(form.nameEdit, " Lubis")  # typing into a held field changes nothing
    assert form.nameEdit.text() == "Siti Aminah"
    form.phoneEdit.setText("0561 736541")  # the contact stays the desk's to update
    qtbot.mouseClick(ui.saveChangesButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert "telepon" in ui.dataResultLabel.text()
    _received, name, phone, last = stored(engine, cid)
    assert (name, phone) == ("Siti Aminah", "0561 736541")
    assert last == "Data diubah: telepon: 0812-3456-7890 → 0561 736541"
    assert form.receivedAtEdit.isReadOnly()  # still held after the reload


def test_the_pengelola_is_asked_for_the_reason_next_to_its_field(
    qtbot, printed, settings_dir
) -> None:
    engine, cid, pengelola, _petugas = printed
    dialog = page(qtbot, engine, cid, pengelola, settings_dir)
    ui, form = dialog.ui, dialog.form.ui
    assert ui.lockLabel.text().startswith(
        "Tanda bukti pengaduan sudah dicetak: koreksi waktu diterima"
    )
    assert not form.receivedAtEdit.isReadOnly() and form.channelCombo.isEnabled()
    assert ui.correctionBox.isHidden()
    form.summaryEdit.setText("Pencairan SP2D terlambat tiga minggu")  # not a locked field
    assert ui.correctionBox.isHidden()
    form.receivedAtEdit.setDateTime(QDateTime(datetime(2026, 11, 25, 14, 0)))
    assert not ui.correctionBox.isHidden()
    assert ui.correctionLabel.text().replace("&", "") == "Alasan koreksi *"  # a mnemonic
    before = stored(engine, cid)
    qtbot.mouseClick(ui.saveChangesButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert ui.correctionReasonError.isVisible()
    assert (
        ui.correctionReasonError.text()
        == "Alasan koreksi wajib diisi karena waktu diterima dikoreksi"
    )
    assert ui.dataResultLabel.text() == "Belum tersimpan: isi alasan koreksi."
    assert stored(engine, cid) == before  # nothing written
    shot(dialog, "koreksi-pengelola-alasan.png")
    qtbot.keyClicks(ui.correctionReasonEdit, "Surat pengadu tiba 25 November")
    assert not ui.correctionReasonError.isVisible()  # the message goes as the officer types
    qtbot.mouseClick(ui.saveChangesButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    received, _name, _phone, last = stored(engine, cid)
    assert received == datetime(2026, 11, 25, 14, 0, tzinfo=LOCAL_TZ)
    assert last.startswith("Data diubah: waktu diterima: 26 November 2026 pukul 09.00 WIB → "
                           "25 November 2026 pukul 14.00 WIB; perihal: ")  # fmt: skip
    assert last.endswith(". Alasan: Surat pengadu tiba 25 November")
    assert (
        ui.correctionBox.isHidden() and ui.correctionReasonEdit.text() == ""
    )  # reloaded: nothing pending
    # Setting the field back hides the question again.
    form.channelCombo.setCurrentIndex(form.channelCombo.findData("email"))
    assert not ui.correctionBox.isHidden()
    form.channelCombo.setCurrentIndex(form.channelCombo.findData("tatap_muka"))
    assert ui.correctionBox.isHidden()


def test_a_unit_officer_may_not_edit_at_all(qtbot, printed, settings_dir) -> None:
    engine, cid, _pengelola, _petugas = printed
    with reading(engine) as session:
        unit_id = session.scalars(select(Unit.id)).first()
    unit = add_officer(engine, OfficerData("Umar Unit", "199002022015031003", "Analis",
                                           Role.UNIT, unit_id=unit_id), None)  # fmt: skip
    # A unit officer opens only what was disposed to their unit.
    perform(engine, cid, Action.VERIFY, None)
    perform(engine, cid, Action.DISPOSE, None, "Mohon ditindaklanjuti", unit_id=unit_id)
    dialog = page(qtbot, engine, cid, unit, settings_dir)
    ui, form = dialog.ui, dialog.form.ui
    assert ui.lockLabel.text() == (
        "Peran Petugas unit kerja tidak berwenang mengubah data pengaduan"
    )
    assert not ui.saveChangesButton.isEnabled() and not form.complaintGroup.isEnabled()
