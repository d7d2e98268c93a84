"""The office set-up: letterhead, logo and the officials who sign (forms/office_setup.ui). It
opens by itself on first run and whenever an official document is refused for a profile that
still has placeholders; it is always under Pengaturan."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy import Engine

from pengaduan_desktop.core.office_setup import (
    FIELDS,
    NAME_PLACEHOLDERS,
    PANGKAT,
    OfficeInvalid,
    OfficeSetup,
    logo_size,
    normalise_logo,
    office_gaps,
    read_office,
    save_office,
)
from pengaduan_desktop.ui.acting import acting_officer_of
from pengaduan_desktop.ui.file_dialogs import name_only_icons
from pengaduan_desktop.ui.generated.ui_office_setup import Ui_OfficeSetupDialog
from pengaduan_desktop.ui.language import say
from pengaduan_desktop.ui.msgbox import ask, show_error
from pengaduan_desktop.ui.operations import Operation, Query, changed
from pengaduan_desktop.ui.tasks import run_task

ERROR_STYLE = "color: #b00020;"
ImageChooser = Callable[[QWidget, Callable[[Path], None]], None]


def choose_image(parent: QWidget, accept: Callable[[Path], None]) -> None:
    title = QCoreApplication.translate("ProfileDialog", "Pilih logo kop surat")
    dialog = name_only_icons(QFileDialog(parent, title))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(
        QCoreApplication.translate("ProfileDialog", "Gambar PNG atau JPEG (*.png *.jpg *.jpeg)")
    )
    dialog.fileSelected.connect(lambda name: accept(Path(name)))
    dialog.open()


def _read_logo(path: Path) -> bytes:
    return normalise_logo(path.read_bytes())


class ProfileDialog(QDialog):
    """Every field of core.office_setup.OfficeSetup; Simpan checks them all in core and shows
    each message next to its field."""

    loaded = Signal()  # the profile as stored is in the fields

    def __init__(self, engine: Engine, parent: QWidget | None = None,
                 gaps: list[str] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.engine = engine
        self.ui = Ui_OfficeSetupDialog()
        self.ui.setupUi(self)
        self.choose_image: ImageChooser = choose_image
        self.setMinimumWidth(640)
        buttons = self.ui.buttons
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Simpan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ui.chooseLogoButton.clicked.connect(lambda: self.choose_image(self, self.load_logo))
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.logoError.setStyleSheet(ERROR_STYLE)
        self.errors: dict[str, QLabel] = {"logo": self.ui.logoError}
        for info in FIELDS:
            if info.key != "logo":
                self.errors[info.key] = self._error_label_under(self.field(info.key))
        for key in ("head_pangkat", "manager_pangkat"):
            combo = self.combo(key)
            combo.addItems(PANGKAT)
            combo.lineEdit().setPlaceholderText(self.tr("mis. Pembina Utama Muda (IV/c)"))
        self.data: OfficeSetup | None = None  # as read, off the GUI thread
        self.logo: bytes | None = None
        self._show_intro(gaps)

        def read() -> tuple[OfficeSetup, list[str] | None]:
            return read_office(engine), (office_gaps(engine) if gaps is None else gaps)

        Query(self, read, self._loaded).loading(self._loading).run_in_background()

    def _loading(self, busy: bool) -> None:
        self.ui.tabs.setEnabled(not busy)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)
        self.ui.errorLabel.setStyleSheet("" if busy else ERROR_STYLE)  # loading is no error
        self.ui.errorLabel.setText(self.tr("Memuat profil kantor…") if busy else "")

    def _loaded(self, read: tuple[OfficeSetup, list[str] | None]) -> None:
        data, gaps = read
        self.data, self.logo = data, data.logo
        self._fill(data)
        self._show_intro(gaps)
        self.loaded.emit()

    # -- widgets ----------------------------------------------------------------------------
    def field(self, key: str) -> QWidget:
        widget = getattr(self.ui, key)
        assert isinstance(widget, QWidget)
        return widget

    def edit(self, key: str) -> QLineEdit:
        widget = self.field(key)
        return widget.lineEdit() if isinstance(widget, QComboBox) else widget  # type: ignore[return-value]

    def combo(self, key: str) -> QComboBox:
        widget = self.field(key)
        assert isinstance(widget, QComboBox)
        return widget

    def _error_label_under(self, widget: QWidget) -> QLabel:
        """A red line in the form row below the field, shown only with a message."""
        form: QFormLayout | None = None
        row = -1
        for layout in (self.ui.officeForm, self.ui.headForm, self.ui.managerForm):
            row, _role = layout.getWidgetPosition(widget)
            if row >= 0:
                form = layout
                break
        assert form is not None
        label = QLabel()
        label.setObjectName(f"{widget.objectName()}Error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        form.insertRow(row + 1, "", label)
        return label

    def _fill(self, data: OfficeSetup) -> None:
        for info in FIELDS:
            if info.key == "logo":
                continue
            value = getattr(data, info.key)
            # A first-run placeholder is shown as the field's hint, not as its text.
            if value in NAME_PLACEHOLDERS or (info.key.endswith("_nip") and value == "-"):
                self.edit(info.key).setPlaceholderText(value if value != "-" else
                                                       self.tr("18 angka"))  # fmt: skip
                value = ""
            self.edit(info.key).setText(value)
        self._show_logo()

    def _show_intro(self, gaps: list[str] | None) -> None:
        if gaps:
            text = self.tr("Sebelum tanda bukti, surat atau laporan dapat dicetak atau disimpan, "
                           "lengkapi profil kantor. Belum diisi: {gaps}.").format(
                gaps=", ".join(gaps))  # fmt: skip
            self.ui.introLabel.setStyleSheet("color: #7a5a00; font-weight: bold;")
        else:
            text = self.tr("Isian ini dicetak pada kop surat dan blok tanda tangan setiap "
                           "dokumen resmi.")  # fmt: skip
        self.ui.introLabel.setText(text)

    def _show_logo(self) -> None:
        preview = self.ui.logoPreview
        if self.logo is None:
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("(belum ada)"))
            self.ui.logoInfo.setText(self.tr("Pilih gambar lambang daerah, PNG atau JPEG."))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(self.logo)
        preview.setPixmap(pixmap.scaled(preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                        Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        width, height = logo_size(self.logo)
        self.ui.logoInfo.setText(self.tr("{w}×{h} piksel").format(w=width, h=height))

    # -- logo -------------------------------------------------------------------------------
    def load_logo(self, path: Path) -> None:
        """Read and check the chosen image off the GUI thread, then show it."""
        self.ui.chooseLogoButton.setEnabled(False)

        def done(png: bytes) -> None:
            self.ui.chooseLogoButton.setEnabled(True)
            self.logo = png
            self._set_error("logo", "")
            self._show_logo()

        def failed(exc: BaseException) -> None:
            from pengaduan_desktop.core.errors import user_message
            from pengaduan_desktop.ui.language import current

            self.ui.chooseLogoButton.setEnabled(True)
            message = user_message(exc, current())
            if message is None:
                show_error(self, exc)
                return
            self._set_error("logo", message)

        run_task(lambda: _read_logo(path), done, failed)

    # -- saving -----------------------------------------------------------------------------
    def _set_error(self, key: str, message: str) -> None:
        label = self.errors[key]
        message = say(message)
        label.setText(message[:1].upper() + message[1:])
        label.setVisible(bool(message))

    def entered(self) -> OfficeSetup:
        assert self.data is not None
        values = {info.key: self.edit(info.key).text() for info in FIELDS if info.key != "logo"}
        return replace(self.data, logo=self.logo, **values)

    def save(self) -> None:
        """Save off the GUI thread; every screen hears of it (the desk's lists, the documents'
        letterhead); a field that is not acceptable is said beside it."""
        if self.data is None:
            return  # still loading
        engine, entered = self.engine, self.entered()
        save = self.ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)

        def failed(exc: BaseException) -> None:
            save.setEnabled(True)
            if isinstance(exc, OfficeInvalid):
                self._show_errors(exc.errors)
            else:
                show_error(self, exc)

        officer = acting_officer_of(self)
        Operation(self, lambda: save_office(engine, entered, officer),
                  changed(office=True)).success(
            lambda _saved: self.accept()).failure(failed).run_in_background(
                initiator=self)  # fmt: skip

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key in self.errors:
            self._set_error(key, errors.get(key, ""))
        labels = [say(info.label) for info in FIELDS if info.key in errors]
        self.ui.errorLabel.setText(self.tr("Periksa isian bertanda merah: {fields}.").format(
            fields=", ".join(labels)))  # fmt: skip
        first = next(info.key for info in FIELDS if info.key in errors)
        page = self.ui.peoplePage if first.startswith(("head_", "manager_")) else \
            self.ui.officePage  # fmt: skip
        self.ui.tabs.setCurrentWidget(page)
        (self.ui.chooseLogoButton if first == "logo" else self.field(first)).setFocus()


def open_profile_dialog(parent: QWidget, engine: Engine, gaps: list[str] | None = None
                        ) -> ProfileDialog:  # fmt: skip
    dialog = ProfileDialog(engine, parent, gaps)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def refuse_incomplete(parent: QWidget, engine: Engine, gaps: list[str]) -> None:
    """Say why an official document cannot leave the office yet and offer the set-up."""
    text = QCoreApplication.translate(
        "ProfileDialog",
        "Dokumen resmi belum dapat dicetak atau disimpan: profil kantor masih berisi contoh "
        "atau belum diisi.\n\nBelum diisi: {gaps}.\n\nIsi profil kantor sekarang?",
    ).format(gaps=", ".join(gaps))
    ask(parent, QCoreApplication.translate("ProfileDialog", "Profil kantor belum lengkap"), text,
        QCoreApplication.translate("ProfileDialog", "Isi profil kantor…"),
        lambda: open_profile_dialog(parent, engine, gaps))  # fmt: skip
