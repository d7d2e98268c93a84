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
