"""Pengaturan > Jejak audit: the trail browsed with filters, its chain checked, exported."""

from __future__ import annotations

import csv
import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from sqlalchemy import text

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import complaint


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: not tasks_running())


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PENGADUAN_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_browse_filter_verify_and_export(qtbot, admin_window: MainWindow, tmp_path: Path) -> None:
    window = admin_window  # the settings and the trail are the administrator's
    engine = window.engine
    assert engine is not None
    saved = register(engine, complaint(received_at=datetime(2026, 11, 27, 9, tzinfo=LOCAL_TZ)))
    perform(engine, saved.id, Action.VERIFY, None, "Berkas lengkap")
    dialog = window.show_audit()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    wait_idle(qtbot)
    model = dialog.model
    # newest first: the verification, the intake, the sign-in, two accounts made, the profile
    # filled, the database created
    assert model.rowCount() == 7
    assert model.index(0, 3).data() == "Tindak lanjut"
    assert "aksi: Verifikasi; status: diterima → diverifikasi" in model.index(0, 5).data()
    assert dialog.page_label.text() == "Entri 1–7 dari 7 (terbaru dahulu)"
    for size in ((1024, 768), (1366, 768)):
        dialog.resize(*size)
        qtbot.wait(50)
        dialog.grab().save(str(shots(tmp_path) / f"audit-{size[0]}.png"))

    dialog.action.setCurrentIndex(dialog.action.findData("intake"))
    wait_idle(qtbot)
    assert (
        model.rowCount() == 1 and model.index(0, 4).data() == f"complaint:{saved.tracking_number}"
    )
    dialog.action.setCurrentIndex(0)
    qtbot.keyClicks(dialog.text, "diverifikasi")
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, 3).data() == "Tindak lanjut")
    dialog.text.clear()
    dialog.use_dates.setChecked(True)
    dialog.start.setDate(QDate(2026, 11, 1))
    dialog.end.setDate(QDate(2026, 11, 28))
    wait_idle(qtbot)
    assert model.rowCount() == 0 and dialog.page_label.text() == "Tidak ada entri yang cocok"
    dialog.use_dates.setChecked(False)
    wait_idle(qtbot)
    assert model.rowCount() == 7

    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.verdict_label.text().startswith("Jejak audit utuh: 7 entri.")

    target = tmp_path / "jejak.csv"
    dialog.choose_file = lambda _parent, suggested, accept: accept(target)
    dialog.action.setCurrentIndex(dialog.action.findData("workflow"))
    wait_idle(qtbot)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    assert dialog.verdict_label.text() == f"1 entri diekspor ke {target}"
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["Aksi"] for r in rows] == ["Tindak lanjut"]

    with engine.begin() as conn:  # someone edits the trail behind the program's back
        conn.execute(text("UPDATE audit_entry SET subject = 'x' WHERE action = 'intake'"))
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot)
    shown = dialog.verdict_label.text()
    assert shown.startswith("Jejak audit TIDAK utuh: 1 masalah.") and "diubah" in shown
    dialog.grab().save(str(shots(tmp_path) / "audit-broken.png"))
