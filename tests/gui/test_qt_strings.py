import os
import subprocess
import sys

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from pengaduan_desktop.ui.qt_strings import QtStringsIndonesian


def test_qt_buttons_and_dialogs_speak_indonesian(qtbot) -> None:
    app = QApplication.instance()
    translator = QtStringsIndonesian(app)
    app.installTranslator(translator)
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save
        )
        qtbot.addWidget(box)
        assert {b.text().replace("&", "") for b in box.buttons()} == {"Batal", "Simpan"}
        message = QMessageBox(QMessageBox.Icon.Warning, "x", "y", QMessageBox.StandardButton.Close)
        qtbot.addWidget(message)
        assert message.button(QMessageBox.StandardButton.Close).text().replace("&", "") == "Tutup"
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
        assert {"Cari di:", "Nama berkas:", "Jenis berkas:"} <= labels
    finally:
        app.removeTranslator(translator)


def test_the_application_installs_them_at_start_up(tmp_path) -> None:
    """make_app, as the program starts it: the file dialog reads Indonesian."""
    probe = (
        "from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton\n"
        "from pengaduan_desktop.ui.app import make_app\n"
        "app = make_app(['pengaduan'])\n"
        "dialog = QFileDialog()\n"
        "dialog.setOption(QFileDialog.Option.DontUseNativeDialog)\n"
        "dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)\n"
        "words = dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)\n"
        "print('|'.join(w.text().replace('&', '') for w in words))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    words = set(out.strip().split("|"))
    assert {"Cari di:", "Nama berkas:", "Simpan", "Batal"} <= words
    assert not {"Look in:", "File name:", "Save", "Cancel"} & words


def test_only_qt_s_own_strings_are_translated(qapp) -> None:
    """Qt's "No" button is "Tidak"; the program's own "No" (the audit table's row number
    column) is left to the program's own translation."""
    from pengaduan_desktop.ui.qt_strings import QtStringsIndonesian

    strings = QtStringsIndonesian()
    assert strings.translate("QPlatformTheme", "No") == "Tidak"
    assert strings.translate("QDialogButtonBox", "&Cancel") == "&Batal"
    assert strings.translate("AuditDialog", "No") is None


def test_the_file_dialog_asks_in_indonesian_before_replacing_a_file(qtbot, tmp_path) -> None:
    """The officer's report: saving over an existing PDF asked "… already exists. Do you want
    to replace it?" in an Indonesian window. The real file dialog, its real question."""
    from PySide6.QtCore import QTimer

    app = QApplication.instance()
    translator = QtStringsIndonesian(app)
    app.installTranslator(translator)
    existing = tmp_path / "daftar-pengaduan.pdf"
    existing.write_bytes(b"%PDF-1.4\n")
    asked: list[str] = []

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]  # fmt: skip
        if not boxes:
            QTimer.singleShot(50, answer)
            return
        asked.append(boxes[0].text())
        buttons = {b.text().replace("&", ""): b for b in boxes[0].buttons()}
        asked.append("|".join(sorted(buttons)))
        buttons["Tidak"].click()

    try:
        dialog = QFileDialog(None, "Simpan", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.selectFile(str(existing))
        QTimer.singleShot(50, answer)
        dialog.accept()  # asks first; "Tidak" keeps the dialog open
        assert asked == ["daftar-pengaduan.pdf sudah ada.\nGanti dengan yang baru?", "Tidak|Ya"]
        assert dialog.isVisible() and existing.read_bytes() == b"%PDF-1.4\n"
    finally:
        app.removeTranslator(translator)
