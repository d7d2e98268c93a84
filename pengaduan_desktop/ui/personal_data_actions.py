"""The complaint page's personal-data actions (UU 27/2022), for the Pejabat Pengelola only:
export everything held about the complainant (PDF and JSON into a folder) and erase their
identity after a confirmation with a reason. The work runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pengaduan_desktop.ui.file_dialogs import name_only_icons, say_file_dialog_words
from pengaduan_desktop.ui.msgbox import show_error
from pengaduan_desktop.ui.operations import Operation, changed
from pengaduan_desktop.ui.tasks import run_task

if TYPE_CHECKING:
    from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog

FolderChooser = Callable[[QWidget, Callable[[Path], None]], None]
ERROR_STYLE = "color: #b00020;"


def choose_folder(parent: QWidget, accept: Callable[[Path], None]) -> None:
    dialog = name_only_icons(
        QFileDialog(
            parent,
            QCoreApplication.translate("PersonalDataActions", "Folder untuk data pribadi pengadu"),
        )
    )
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    say_file_dialog_words(
        dialog,
        QCoreApplication.translate("PersonalDataActions", "Folder:"),
        QCoreApplication.translate("PersonalDataActions", "Pilih"),
    )
    dialog.setNameFilter(QCoreApplication.translate("PersonalDataActions", "Folder"))
    dialog.fileSelected.connect(lambda name: accept(Path(name)))
    dialog.open()


class EraseDialog(QDialog):
    """Asks for the reason and a second thought before a complainant's identity goes."""

    def __init__(self, number: str, on_yes: Callable[[str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hapus identitas pengadu"))
        self.on_yes = on_yes
        text = QLabel(self.tr(
            "Nama, nomor identitas, alamat, telepon dan email pengadu pengaduan {number} "
            "(dan pengaduan lain dengan nomor identitas yang sama) akan dihapus, beserta "
            "lampirannya. Pengaduannya tetap tercatat untuk statistik. Penghapusan tidak dapat "
            "dibatalkan.").format(number=number))  # fmt: skip
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("misalnya: permintaan pengadu tanggal ..."))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox()
        self.erase_button = buttons.addButton(self.tr("Hapus identitas"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self._agree)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Alasan penghapusan *")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def _agree(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("Alasan penghapusan wajib diisi."))
            return
        self.accept()
        self.on_yes(self.reason.text().strip())


class PersonalDataActions:
    """Two buttons on the Data tab of a complaint page, shown to whoever may use them."""

    def __init__(self, page: ComplaintDialog) -> None:
        self.page = page
        self.choose_folder: FolderChooser = choose_folder
        self.export_button = QPushButton(
            QCoreApplication.translate("PersonalDataActions", "Ekspor data pribadi…")
        )
        self.export_button.setToolTip(QCoreApplication.translate(
            "PersonalDataActions",
            "Tulis semua data yang disimpan tentang pengadu ini sebagai PDF dan JSON"))  # fmt: skip
        self.erase_button = QPushButton(
            QCoreApplication.translate("PersonalDataActions", "Hapus identitas…")
        )
        self.erase_button.setToolTip(QCoreApplication.translate(
            "PersonalDataActions",
            "Hapus identitas pengadu ini; pengaduannya tetap untuk statistik"))  # fmt: skip
        for place, button in enumerate((self.export_button, self.erase_button), start=1):
            button.setAutoDefault(False)
            button.hide()
            page.ui.dataRow.insertWidget(place, button)  # after the message, before Simpan
        self.export_button.clicked.connect(self.export)
        self.erase_button.clicked.connect(self.ask_erase)
        self.erase_dialog: EraseDialog | None = None

    def show_for(self, allowed: bool, erased: bool) -> None:
        self.export_button.setVisible(allowed)
        self.erase_button.setVisible(allowed)
        self.erase_button.setEnabled(not erased)

    def _say(self, text: str, style: str = "") -> None:
        self.page.ui.dataResultLabel.setStyleSheet(style)
        self.page.ui.dataResultLabel.setText(text)

    def _failed(self, exc: BaseException) -> None:
        from pengaduan_desktop.core.errors import user_message
        from pengaduan_desktop.ui.language import current

        for button in (self.export_button, self.erase_button):
            button.setEnabled(True)
        known = user_message(exc, current())
        if known is None:
            show_error(self.page, exc)
        else:
            self._say(known[:1].upper() + known[1:] + ".", ERROR_STYLE)

    # -- export ---------------------------------------------------------------------------
    def export(self) -> None:
        self.choose_folder(self.page, self._export_to)

    def _export_to(self, folder: Path) -> None:
        from pengaduan_desktop.services.personal_data import export_personal_data

        page = self.page
        engine, officer = page.engine, page.acting_officer()
        number = page.detail.tracking_number if page.detail else ""
        self.export_button.setEnabled(False)
        self._say(
            QCoreApplication.translate("PersonalDataActions", "Menyusun data pribadi pengadu…")
        )
        run_task(lambda: export_personal_data(engine, number, folder, officer), self._exported,
                 self._failed)  # fmt: skip

    def _exported(self, done: object) -> None:
        from pengaduan_desktop.services.personal_data import Exported

        assert isinstance(done, Exported)
        self.export_button.setEnabled(True)
        text = QCoreApplication.translate(
            "PersonalDataActions", "✓ Data pribadi (%n pengaduan) ditulis: {pdf} dan {json}.", "",
            done.complaints,
        )  # fmt: skip
        self._say(text.format(pdf=done.pdf.name, json=done.json.name))

    # -- erase ----------------------------------------------------------------------------
    def ask_erase(self) -> None:
        number = self.page.detail.tracking_number if self.page.detail else ""
        self.erase_dialog = EraseDialog(number, self._erase, self.page)
        self.erase_dialog.open()

    def _erase(self, reason: str) -> None:
        from pengaduan_desktop.core.erasure import erase_complainant

        page = self.page
        engine, officer = page.engine, page.acting_officer()
        number = page.detail.tracking_number if page.detail else ""
        self.erase_button.setEnabled(False)
        erased = frozenset({page.complaint_id})
        # Every screen showing the complainant reads again (the page, the list, the intake's).
        Operation(page, lambda: erase_complainant(engine, number, reason, officer),
                  lambda _done: changed(complaints=erased, complaint_list=True)).success(
                      self._erased).failure(self._failed).run_in_background(
                          initiator=page)  # fmt: skip

    def _erased(self, done: object) -> None:
        from pengaduan_desktop.core.erasure import Erased

        assert isinstance(done, Erased)
        self._say(QCoreApplication.translate(
            "PersonalDataActions", "✓ Identitas pengadu dihapus pada %n pengaduan.", "",
            len(done.complaints)))  # fmt: skip
