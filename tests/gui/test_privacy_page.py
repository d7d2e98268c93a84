"""Personal data in the window: a confidential complainant masked on the complaint page for an
officer who may not see them (and audited for one who may), the Pejabat Pengelola's export and
erasure with a confirmation, the retention setting, and the copies of attachments opened to
view kept in this run's own folder and removed at exit."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import Engine, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.attachments import add_attachment
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.erasure import retention_years
from pengaduan_desktop.core.files import remove_scratch, scratch_folder
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import AuditEntry, Complainant
from pengaduan_desktop.core.officers import OfficerData, add_officer
from pengaduan_desktop.core.privacy import ERASED, MASKED
from pengaduan_desktop.core.vocabulary import Role
from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.office_lists_dialog import OfficeListsDialog
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import VALID_NIK, complaint

SHOTS = os.environ.get("PENGADUAN_SCREENSHOTS") or os.environ.get("PENGADUAN_SHOTS")


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)


def officer(engine: Engine, name: str, role: Role, serial: int) -> int:
    nip = f"198005122005011{serial:03d}"
    return add_officer(engine, OfficerData(name, nip, "Staf", role.value), None)


def page(qtbot, window: MainWindow, complaint_id: int, officer_id: int) -> ComplaintDialog:
    dialog = ComplaintDialog(window.engine, complaint_id, window.desk, lambda: officer_id, window)
    qtbot.addWidget(dialog)
    dialog.resize(1024, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_idle(qtbot)
    return dialog


def views(engine: Engine) -> list[int | None]:
    with reading(engine) as session:
        return list(session.scalars(select(AuditEntry.officer_id).where(
            AuditEntry.action == audit.Action.IDENTITY_VIEW)))  # fmt: skip


def test_the_page_masks_a_confidential_complainant_for_another_officer(
    qtbot, window: MainWindow, engine: Engine
) -> None:
    responsible = officer(engine, "Andi Penanggung Jawab", Role.PETUGAS, 1)
    other = officer(engine, "Budi Petugas", Role.PETUGAS, 2)
    saved = register(engine, complaint(confidential=True, responsible_officer_id=responsible))
    masked = page(qtbot, window, saved.id, other)
    ui = masked.form.ui
    assert ui.nameEdit.text() == MASKED and ui.idNumberEdit.text() == "6171**********03"
    assert "Siti" not in masked.ui.complainantValue.text()
    assert "0812" not in masked.ui.contactValue.text()
    assert not masked.ui.saveChangesButton.isEnabled() and not ui.nameEdit.isEnabled()
    assert "dirahasiakan" in masked.ui.dataResultLabel.text()
    assert masked.personal_data.export_button.isHidden()
    assert views(engine) == []  # masked: nothing was shown, nothing to audit
    if SHOTS:
        masked.ui.tabs.setCurrentIndex(1)
        masked.grab().save(str(Path(SHOTS) / "privacy-masked-1024.png"))
    masked.close()
    shown = page(qtbot, window, saved.id, responsible)
    assert shown.form.ui.nameEdit.text() == "Siti Aminah"
    assert shown.ui.saveChangesButton.isEnabled()
    assert shown.personal_data.erase_button.isHidden()  # Pejabat Pengelola only
    assert views(engine) == [responsible]
    shown.close()


def test_the_pengelola_exports_and_erases_from_the_page(
    qtbot, window: MainWindow, engine: Engine, tmp_path: Path
) -> None:
    manager = officer(engine, "Citra Pengelola", Role.PENGELOLA, 3)
    saved = register(engine, complaint(confidential=True))
    dialog = page(qtbot, window, saved.id, manager)
    actions = dialog.personal_data
    assert not actions.export_button.isHidden() and not actions.erase_button.isHidden()
    assert views(engine) == [manager]
    out = tmp_path / "keluar"
    out.mkdir()
    actions.choose_folder = lambda _parent, accept: accept(out)
    qtbot.mouseClick(actions.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    [written] = sorted(out.glob("*.json"))
    assert json.loads(written.read_text("utf-8"))["complaints"][0]["identity"]["id_number"] == (
        VALID_NIK
    )
    assert "ditulis" in dialog.ui.dataResultLabel.text()
    qtbot.mouseClick(actions.erase_button, Qt.MouseButton.LeftButton)
    confirm = actions.erase_dialog
    assert confirm is not None
    qtbot.waitExposed(confirm)
    if SHOTS:
        dialog.ui.tabs.setCurrentIndex(1)
        dialog.grab().save(str(Path(SHOTS) / "privacy-pengelola-1024.png"))
        confirm.grab().save(str(Path(SHOTS) / "privacy-erase-confirm.png"))
    qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert confirm.isVisible() and "wajib" in confirm.error.text()
    qtbot.keyClicks(confirm.reason, "permintaan pengadu")
    qtbot.mouseClick(confirm.erase_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.form.ui.nameEdit.text() == ERASED
    assert not actions.erase_button.isEnabled()
    with reading(engine) as session:
        assert session.scalars(select(Complainant.erased_at)).one() is not None
    dialog.close()


def test_the_administrator_sets_the_retention_years(
    qtbot, window: MainWindow, engine: Engine
) -> None:
    admin = officer(engine, "Eka Administrator", Role.ADMIN, 4)
    manager = officer(engine, "Citra Pengelola", Role.PENGELOLA, 5)
    acting = [manager]
    dialog = OfficeListsDialog(engine, lambda: acting[0], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_idle(qtbot)
    tab = dialog.retention
    dialog.tabs.setCurrentWidget(tab)
    assert tab.years.value() == 10
    tab.years.setValue(7)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert "tidak berwenang" in tab.message.text()  # the Pejabat Pengelola is refused
    assert retention_years(engine) == 10
    acting[0] = admin
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert retention_years(engine) == 7
    assert "7 tahun" in tab.message.text()
    if SHOTS:
        for width in (1024, 1366):
            dialog.resize(min(width - 40, 984), 600)
            dialog.grab().save(str(Path(SHOTS) / f"retention-{width}.png"))
    dialog.close()


def test_an_attachment_opened_to_view_is_copied_to_this_runs_folder(
    qtbot, window: MainWindow, engine: Engine, tmp_path: Path
) -> None:
    saved = register(engine, complaint())
    scan = tmp_path / "surat.pdf"
    scan.write_bytes(b"%PDF-1.4 surat pengadu")
    add_attachment(engine, saved.id, scan, None)
    dialog = page(qtbot, window, saved.id, 1)
    opened: list[Path] = []
    dialog.open_file = opened.append
    dialog.ui.filesTable.selectRow(0)
    dialog.open_attachment()
    wait_idle(qtbot)
    [copy] = opened
    folder = scratch_folder()
    assert copy.is_relative_to(folder) and copy.read_bytes() == scan.read_bytes()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    dialog.close()
    remove_scratch()  # what the program does when it exits
    assert not copy.exists() and not folder.exists()


def test_the_copies_are_removed_when_the_program_exits(tmp_path: Path) -> None:
    script = ("from pengaduan_desktop.core.files import scratch_folder\n"
              "folder = scratch_folder()\n(folder / 'lampiran.pdf').write_bytes(b'x')\n"
              "print(folder)\n")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True)  # fmt: skip
    folder = Path(done.stdout.strip())
    assert folder.name.startswith("pengaduan-") and not folder.exists()
