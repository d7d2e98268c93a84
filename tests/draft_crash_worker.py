"""The window in its own process, for tests/gui/test_intake_draft.py: it signs in, an officer's
complaint is typed into the intake form, what the form shows is written to SNAPSHOT, and the
program goes on running until the test SIGKILLs it (once the draft is in the settings file).

    python -m tests.draft_crash_worker URL SETTINGS_FOLDER ORGANISATION APPLICATION SNAPSHOT
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QDateTime, QSettings, QTime, QTimer
from PySide6.QtTest import QTest

from pengaduan_desktop.ui.app import make_app
from pengaduan_desktop.ui.intake_draft import form_values
from pengaduan_desktop.ui.main_window import MainWindow
from tests.helpers import PASSWORD, VALID_NIK

USERNAME = "pengelola"


def type_complaint(form) -> None:  # type: ignore[no-untyped-def]
    """Every kind of field: a date and time, choices, a typed service, text typed key by key,
    long texts, a name an input method writes, a ticked box, a typed event date."""
    ui = form.ui
    ui.receivedAtEdit.setDateTime(QDateTime(QDate(2026, 11, 27), QTime(14, 45)))
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("surat"))
    QTest.keyClicks(ui.letterNumberEdit, "005/123/BKAD-2026")
    ui.serviceCombo.setEditText("Layanan yang belum ada di daftar")
    ui.categoryCombo.setCurrentIndex(1)
    QTest.keyClicks(ui.summaryEdit, "Pembayaran honor narasumber belum diterima")
    ui.descriptionEdit.setPlainText("Sudah dua bulan.\nSurat pertama tidak dijawab.")
    ui.lossEdit.setPlainText("Rp 2.500.000")
    ui.resolutionEdit.setPlainText("Honor dibayar bulan ini")
    QTest.keyClicks(ui.eventPlaceEdit, "Aula BKAD")
    QTest.keyClicks(ui.eventDateEdit, "02112026")
    ui.nameEdit.insert("Đặng Thị Święty")
    ui.idTypeCombo.setCurrentIndex(ui.idTypeCombo.findData("KTP"))
    QTest.keyClicks(ui.idNumberEdit, VALID_NIK)
    ui.addressEdit.setPlainText("Jl. Ahmad Yani No. 1\nPontianak")
    QTest.keyClicks(ui.phoneEdit, "0812-3456-7890")
    QTest.keyClicks(ui.emailEdit, "dang@contoh.id")
    ui.confidentialCheck.setChecked(True)
    ui.unitCombo.setCurrentIndex(ui.unitCombo.count() - 1)


def main() -> None:
    url, settings, organisation, application, snapshot = sys.argv[1:6]
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = make_app()
    app.setOrganizationName(organisation)
    app.setApplicationName(application)
    window = MainWindow(url)
    window.resize(1366, 768)
    window.show()

    def sign_in() -> None:
        dialog = window.sign_in_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, sign_in)
            return
        dialog.username.setText(USERNAME)
        dialog.password.setText(PASSWORD)
        dialog.ok_button.click()

    def typed() -> None:
        form = window.intake.form
        type_complaint(form)
        # Whole or absent: the test reads it while this process runs.
        partial = Path(f"{snapshot}.part")
        partial.write_text(json.dumps(form_values(form)), encoding="utf-8")
        partial.replace(snapshot)

    window.database_ready.connect(typed)
    window.connect_database()
    sign_in()
    app.exec()  # until killed


if __name__ == "__main__":
    main()
