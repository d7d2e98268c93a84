"""The office set-up dialog driven as the officer drives it, the refusal of official documents
while the profile has placeholders, and the Penomoran surat and Alasan penolakan settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from pengaduan_desktop.core.agenda import LetterKind, all_series
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.office_setup import office_gaps, read_office
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.profile_dialog import ProfileDialog
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.test_screens import off_screen
from tests.helpers import OFFICIALS, complaint, logo_png

SIZES = [(1366, 768), (1024, 768)]


def open_dialogs(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def first_run_dialog(qtbot) -> ProfileDialog:
    qtbot.waitUntil(lambda: len(open_dialogs(ProfileDialog)) == 1)
    return ready(qtbot, open_dialogs(ProfileDialog)[0])


def closed(dialog) -> bool:  # type: ignore[no-untyped-def]
    """Closed, or already deleted (the set-up dialog deletes itself on close)."""
    try:
        return not dialog.isVisible()
    except RuntimeError:
        return True


def ready(qtbot, dialog):  # type: ignore[no-untyped-def]
    """The dialog once it has read what it shows (off the GUI thread) and any save is done."""
    qtbot.waitUntil(lambda: tasks_running() == 0 and getattr(dialog, "data", True) is not None
                    and getattr(dialog, "rows", True) != {})  # fmt: skip
    return dialog


def fill_people(qtbot, dialog: ProfileDialog) -> None:
    for key in ("head_name", "head_nip", "manager_name", "manager_nip"):
        dialog.edit(key).clear()
        qtbot.keyClicks(dialog.edit(key), OFFICIALS[key])
    for key in ("head_pangkat", "manager_pangkat"):
        combo = dialog.combo(key)
        combo.setCurrentIndex(combo.findText(OFFICIALS[key]))


def choose_logo(qtbot, dialog: ProfileDialog, tmp_path: Path) -> None:
    path = tmp_path / "lambang-kalbar.png"
    path.write_bytes(logo_png(320))
    dialog.choose_image = lambda parent, accept: accept(path)
    qtbot.mouseClick(dialog.ui.chooseLogoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.logo is not None and tasks_running() == 0)


def test_first_run_opens_the_set_up_and_saving_it_fills_the_profile(
    qtbot, fresh_window: MainWindow, tmp_path: Path
) -> None:
    dialog = first_run_dialog(qtbot)
    assert "Belum diisi: Logo kop surat, Nama Kepala Badan" in dialog.ui.introLabel.text()
    # The first-run names are hints, not text to print.
    assert dialog.edit("head_name").text() == ""
    assert dialog.edit("head_name").placeholderText() == "Nama Kepala Badan"
    qtbot.keyClicks(dialog.edit("head_nip"), "1968 0512")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    ready(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors["head_nip"].text() == "NIP harus 18 angka"
    assert not dialog.errors["head_nip"].isHidden()  # on the other tab
    assert dialog.errors["logo"].isVisible()  # the first error's tab is shown
    assert dialog.ui.tabs.currentWidget() is dialog.ui.officePage
    assert dialog.errors["head_name"].text() == "Wajib diisi"
    assert dialog.errors["office_name"].isHidden()
    fill_people(qtbot, dialog)
    choose_logo(qtbot, dialog, tmp_path)
    assert not dialog.ui.logoPreview.pixmap().isNull()
    assert dialog.ui.logoInfo.text() == "320×320 piksel"
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    qtbot.waitUntil(lambda: closed(dialog) and tasks_running() == 0)  # the desk read again
    saved = read_office(fresh_window.engine)
    assert (saved.head_name, saved.head_nip) == (OFFICIALS["head_name"], OFFICIALS["head_nip"])
    assert saved.manager_pangkat == OFFICIALS["manager_pangkat"]
    assert saved.logo is not None and saved.logo.startswith(b"\x89PNG")
    assert office_gaps(fresh_window.engine) == []
    # The desk's officer list shows the new name at once.
    officers = fresh_window.intake.form.ui.officerCombo
    names = [officers.itemText(i) for i in range(officers.count())]
    assert any(name.startswith(OFFICIALS["manager_name"]) for name in names)


def test_a_fresh_database_refuses_the_receipt_and_offers_the_set_up(
    qtbot, fresh_window: MainWindow, tmp_path: Path
) -> None:
    first_run_dialog(qtbot).reject()
    number = register(fresh_window.engine, complaint()).tracking_number
    tab = fresh_window.intake
    chosen: list[str] = []
    tab.choose_file = lambda parent, suggested, accept: chosen.append(suggested)
    tab.save_receipt_pdf(number)
    qtbot.waitUntil(lambda: bool(tab.findChildren(QMessageBox)))
    box = tab.findChildren(QMessageBox)[0]
    assert box.windowTitle() == "Profil kantor belum lengkap"
    assert "Dokumen resmi belum dapat dicetak atau disimpan" in box.text()
    assert "Nama Kepala Badan" in box.text()
    assert chosen == []  # no file was even asked for
    agree = next(b for b in box.buttons() if b.text() == "Isi profil kantor…")
    qtbot.mouseClick(agree, Qt.MouseButton.LeftButton)
    dialog = first_run_dialog(qtbot)
    fill_people(qtbot, dialog)
    choose_logo(qtbot, dialog, tmp_path)
    dialog.save()
    qtbot.waitUntil(lambda: closed(dialog) and tasks_running() == 0)
    target = tmp_path / "tanda-bukti.pdf"
    tab.choose_file = lambda parent, suggested, accept: accept(target)
    tab.save_receipt_pdf(number)
    # The profile no longer stops it; the fresh window's administrator may not print receipts
    # (core.permissions), and the PDF appears only once the print is recorded: so none.
    qtbot.waitUntil(lambda: tasks_running() == 0 and any(
        "tidak berwenang" in b.text() for b in tab.findChildren(QMessageBox)))  # fmt: skip
    assert chosen == [] and not target.exists()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_screenshots_of_the_set_up(qtbot, window: MainWindow, tmp_path: Path, size) -> None:
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    dialog = ready(qtbot, window.edit_profile())
    hint = dialog.sizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1] - 60  # room for a task bar
    dialog.resize(min(max(hint.width(), 760), size[0]), hint.height())
    dialog.edit("head_nip").setText("1968 0512")  # to show the messages beside the fields
    dialog.edit("email").setText("bkad@kalbarprov")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    ready(qtbot, dialog)
    for index in range(dialog.ui.tabs.count()):
        dialog.ui.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        assert off_screen(dialog) == []
        dialog.grab().save(str(folder / f"office-setup-{index}-{size[0]}.png"))
    dialog.reject()
    for name, opened in (("series", window.edit_series()), ("reasons", window.edit_reasons())):
        ready(qtbot, opened)
        opened.resize(opened.sizeHint().expandedTo(opened.minimumSize()))
        assert opened.width() <= size[0]
        opened.grab().save(str(folder / f"settings-{name}-{size[0]}.png"))
        opened.reject()


def test_letter_numbering_shows_an_example_and_saves(qtbot, admin_window: MainWindow) -> None:
    window = admin_window  # the settings and the trail are the administrator's
    dialog = ready(qtbot, window.edit_series())
    row = dialog.rows[LetterKind.TANGGAPAN]
    row.klasifikasi.setText("000.8.4.1")
    row.pattern.setText("{klasifikasi}/{seq:03d}/BKAD-RENJA/{tahun}")
    assert row.example.text() == "contoh: 000.8.4.1/001/BKAD-RENJA/2026"
    row.pattern.setText("{klasifikasi}/{nomor}/{tahun}")
    assert row.error.isVisible() and "harus memuat {seq}" in row.error.text()
    dialog.save()
    assert dialog.isVisible()  # nothing saved with a broken pattern
    row.pattern.setText("{klasifikasi}/{seq}/{tahun")
    assert "pola nomor surat tidak valid" in row.error.text().lower()
    row.pattern.setText("{klasifikasi}/{seq:03d}/BKAD-RENJA/{tahun}")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible() and tasks_running() == 0)
    saved = {s.kind: s for s in all_series(window.engine)}[LetterKind.TANGGAPAN]
    assert (saved.klasifikasi, saved.pattern) == (
        "000.8.4.1",
        "{klasifikasi}/{seq:03d}/BKAD-RENJA/{tahun}",
    )


def test_a_fresh_database_cannot_issue_the_monthly_report(qtbot, fresh_window: MainWindow) -> None:
    first_run_dialog(qtbot).reject()
    tab = fresh_window.report
    tab.conclusions.setPlainText("Pelayanan berjalan baik.")
    tab.issue_report()
    qtbot.waitUntil(lambda: bool(tab.findChildren(QMessageBox)))
    box = tab.findChildren(QMessageBox)[0]
    assert box.windowTitle() == "Profil kantor belum lengkap"
    box.reject()
    qtbot.waitUntil(lambda: tasks_running() == 0)
    from pengaduan_desktop.core.reports import issued_reports

    assert issued_reports(fresh_window.engine) == []


def test_two_kinds_that_would_print_the_same_number_are_told(
    qtbot, admin_window: MainWindow
) -> None:
    window = admin_window  # the settings and the trail are the administrator's
    dialog = ready(qtbot, window.edit_series())
    response, rejection = dialog.rows[LetterKind.TANGGAPAN], dialog.rows[LetterKind.PENOLAKAN]
    rejection.klasifikasi.setText(response.klasifikasi.text())
    rejection.pattern.setText(response.pattern.text())
    dialog.save()
    assert dialog.isVisible() and dialog.clash.isVisible()
    assert "akan bernomor sama" in dialog.clash.text()
    saved = {s.kind: s for s in all_series(window.engine)}[LetterKind.PENOLAKAN]
    assert saved.pattern != response.pattern.text()  # nothing saved
    rejection.klasifikasi.setText("000.8.3.5")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible() and tasks_running() == 0)
