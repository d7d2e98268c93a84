"""The complaint page offers the SP4N-LAPOR! steps: Tunda (what is awaited), Lanjutkan,
Teruskan ke instansi lain (the agency beside its field, then the forwarding letter), and the
case list marks an on-hold complaint as neither late nor on time."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.qt_strings import QtStringsIndonesian
from tests.gui.questions import answer, open_question
from tests.gui.test_complaint_page import open_page, run, wait_idle
from tests.helpers import complaint


def test_hold_resume_and_forward_on_the_page(qtbot, window: MainWindow, tmp_path: Path) -> None:
    register(window.engine, complaint(channel="lapor", form="tertulis",
                                      lapor_tracking_id="LPR-5521"))  # fmt: skip
    dialog = open_page(qtbot, window)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.actionsPage)
    offered = [ui.actionCombo.itemText(i) for i in range(ui.actionCombo.count())]
    assert {"Tunda", "Teruskan ke instansi lain", "Arsipkan"} <= set(offered)
    run(qtbot, dialog, "hold", "")
    assert ui.actionMessage.text() == "Hal yang ditunggu wajib diisi"
    run(qtbot, dialog, "hold", "Salinan SP2D dari pengadu")
    assert ui.actionMessage.text().startswith("✓ Pengaduan ditunda")
    # Long past its due date (the clock of the tests), yet not late: on hold.
    assert "Tunda" in ui.headerLabel.text() and "Terlambat" not in ui.headerLabel.text()
    assert ui.actionCombo.findData("resume") >= 0 and ui.actionCombo.findData("escalate") < 0
    run(qtbot, dialog, "resume", "")
    assert "Diterima" in ui.headerLabel.text()
    # Forwarding asks for the agency beside its field before anything is asked or written.
    ui.actionCombo.setCurrentIndex(ui.actionCombo.findData("forward"))
    assert ui.rejectDetailLabel.text() == "Instansi tujuan *" and ui.rejectDetailEdit.isVisible()
    assert not ui.reasonCombo.isVisible()
    ui.actionTextEdit.setPlainText("Pajak kendaraan adalah urusan Bapenda")
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    assert open_question(dialog) is None
    assert ui.rejectDetailMessage.text() == "Nama instansi tujuan wajib diisi"
    ui.rejectDetailEdit.setText("Badan Pendapatan Daerah Provinsi Kalimantan Barat")
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    for width in (1366, 1024):
        dialog.resize(width, 768)
        dialog.grab().save(str(folder / f"lapor-forward-{width}.png"))
    qtbot.mouseClick(ui.runButton, Qt.MouseButton.LeftButton)
    assert answer(dialog, agree=True).startswith("Teruskan pengaduan ADU-2026-000001")
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: "Diteruskan" in ui.headerLabel.text())
    assert ui.forwardingPreviewButton.isEnabled() and not ui.responsePreviewButton.isEnabled()
    ui.tabs.setCurrentIndex(0)
    dialog.resize(1024, 768)
    dialog.grab().save(str(folder / "lapor-forwarded-1024.png"))


def _lapor_csv(path: Path, rows: list[str]) -> Path:
    header = "ID Tracking;Tanggal Laporan;Judul Laporan;Isi Laporan;Nama Pelapor;Status"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _box_text(qtbot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                for w in window.findChildren(QMessageBox)))  # fmt: skip
    return next(w for w in window.findChildren(QMessageBox) if w.isVisible())


def test_import_from_lapor_in_the_window(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.lapor_action.isVisible()
    register(window.engine, complaint(channel="lapor", form="tertulis",
                                      lapor_tracking_id="LPR-7001"))  # fmt: skip
    bad = _lapor_csv(tmp_path / "buruk.csv", ["LPR-7002;besok pagi;Honor;Isi;Rudi;Proses"])
    dialog = window.import_lapor()
    assert isinstance(dialog, QFileDialog)
    dialog.fileSelected.emit(str(bad))
    box = _box_text(qtbot, window)
    assert box.text() == "1 baris ditolak, tidak ada yang diimpor"
    assert box.detailedText().startswith("baris 2: Tanggal Laporan: tanggal tidak valid")
    box.close()
    dialog.close()
    good = _lapor_csv(tmp_path / "lapor.csv", ["LPR-7001;20/05/2026;Honor;Isi;Rudi;Proses",
                                               "LPR-7002;21/05/2026;SP2D;Isi;;Baru"])  # fmt: skip
    strings = QtStringsIndonesian(QApplication.instance())  # as the program starts (ui.app)
    QApplication.installTranslator(strings)
    dialog = window.import_lapor()
    dialog.fileSelected.emit(str(good))
    qtbot.waitUntil(lambda: any(w.isVisible() and w.text().startswith("1 pengaduan baru")
                                for w in window.findChildren(QMessageBox)))  # fmt: skip
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert box.text() == "1 pengaduan baru, 1 diperbarui, 0 tanpa perubahan."
    assert box.detailedText() == "baru ADU-2026-000002\ndiperbarui ADU-2026-000001"
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(folder / "lapor-import-box.png"))
    QApplication.removeTranslator(strings)
    box.close()
    dialog.close()


@pytest.mark.usefixtures("english")
def test_a_refused_lapor_file_is_explained_in_english(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """On an English desk each refused row is said in English; the file's own column names
    and values stay as the file has them."""
    bad = _lapor_csv(tmp_path / "bad.csv", ["LPR-7002;besok pagi;Honor;Isi;Rudi;Proses",
                                            "LPR-7003;21/05/2026;SP2D;Isi;;Baru",
                                            "LPR-7003;22/05/2026;SP2D;Isi;;Baru"])  # fmt: skip
    dialog = window.import_lapor()
    dialog.fileSelected.emit(str(bad))
    box = _box_text(qtbot, window)
    assert box.text() == "2 rows refused, nothing was imported"
    lines = box.detailedText().splitlines()
    assert lines[0] == (
        "row 2: Tanggal Laporan: the date is not valid (use dd/mm/yyyy [HH:MM] or ISO 8601)"
    )
    assert lines[1] == "row 4: ID Tracking LPR-7003 is the same as row 3"
    box.close()
    dialog.close()
    # A good row like a complaint already recorded: imported, and the likeness said in English.
    earlier = register(window.engine, complaint(summary="Honor narasumber belum dibayar"))
    good = _lapor_csv(
        tmp_path / "good.csv",
        ["LPR-7101;25/05/2026;Honor narasumber belum dibayar;Isi;Rudi;Proses"],
    )
    dialog = window.import_lapor()
    dialog.fileSelected.emit(str(good))
    box = _box_text(qtbot, window)
    assert box.text().startswith("New complaints: 1;"), box.text()
    said = box.detailedText()
    assert (
        f"row 2: resembles an earlier complaint: {earlier.tracking_number} (similar subject)"
        in said
    ), said
    assert "baris" not in said and "mirip" not in said
    box.close()
    dialog.close()
