"""The complaint form (forms/complaint_form.ui): fill it, collect it, show its errors, check
identity fields as the officer types. It owns no buttons and no shortcuts: the intake tab and the
complaint page put it on screen and decide what saving means."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QEvent, QObject, QTimer
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.identity import grouped_nip
from pengaduan_desktop.core.indonesian import parse_typed_date, window_date
from pengaduan_desktop.core.timeutil import LOCAL_TZ, to_local
from pengaduan_desktop.core.validation import ComplaintInput, ValidationFailed, validate
from pengaduan_desktop.core.vocabulary import (
    ID_TYPE_LABELS,
    Channel,
    Form,
    IdType,
)
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.date_typing import type_whole_dates
from pengaduan_desktop.ui.field_checks import Hint, check_email, check_id, check_phone
from pengaduan_desktop.ui.generated.ui_complaint_form import Ui_ComplaintForm

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from pengaduan_desktop.core.office import Desk, OfficerView

# ComplaintInput field -> (input widget, message label) in forms/complaint_form.ui, in form order.
VALIDATED_FIELDS = {
    "received_at": ("receivedAtEdit", "receivedAtError"),
    "channel": ("channelCombo", "channelError"),
    "form": ("formCombo", "formError"),
    "letter_number": ("letterNumberEdit", "letterNumberError"),
    "lapor_tracking_id": ("laporIdEdit", "laporIdError"),
    "service": ("serviceCombo", "serviceError"),
    "category": ("categoryCombo", "categoryError"),
    "summary": ("summaryEdit", "summaryError"),
    "event_date": ("eventDateEdit", "eventDateError"),
    "name": ("nameEdit", "nameError"),
    "id_type": ("idTypeCombo", "idTypeError"),
    "id_number": ("idNumberEdit", "idNumberError"),
    "address": ("addressEdit", "addressError"),
    "phone": ("phoneEdit", "phoneError"),
    "email": ("emailEdit", "emailError"),
}
# Every field a correction rule can hold read-only (core.editing.LOCKED_FIELDS), by widget.
HELD_WIDGETS = {name: widget for name, (widget, _label) in VALIDATED_FIELDS.items()} | {
    "anonymous": "anonymousCheck", "confidential": "confidentialCheck",
}  # fmt: skip
HINT_COLORS = {Hint.INFO: "#555555", Hint.OK: "#1b7f3b", Hint.ERROR: "#b00020"}
FOLLOWS_CLOCK = "followsClock"  # property of the received-at field while it shows "now"
CLOCK_TICK_MS = 10_000  # how often a received time that follows the clock is shown anew


class ComplaintForm(QWidget):
    """The fields of one complaint: `collect()` reads them, `fill()` shows a saved one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._officers: list[OfficerView] = []
        self._default_officer_index = 0
        self._watching = False  # the enclosing scroll area's width decides the columns
        # A correction keeps the complaint where it is in its life.
        self._current_status: tuple[str, Any, str] = ("diterima", None, "")
        self._tooltips: dict[str, str] = {}  # a held field's own tooltip, to give back
        self._palettes: dict[str, QPalette] = {}  # and its own colours
        self.ui = Ui_ComplaintForm()
        self.ui.setupUi(self)
        ui = self.ui
        # A new complaint is received when it is saved, unless the officer sets the time (a
        # letter that came this morning): until then the field follows the clock.
        self._showing_now = False  # the form itself is setting the received time
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_TICK_MS)
        self._clock_timer.timeout.connect(lambda: self._show_now(at_once=False))
        self.fields: dict[str, QWidget] = {
            name: getattr(ui, widget) for name, (widget, _label) in VALIDATED_FIELDS.items()
        }
        self.errors: dict[str, QLabel] = {
            name: getattr(ui, label) for name, (_widget, label) in VALIDATED_FIELDS.items()
        }
        for label in self.errors.values():  # a hint appearing or going moves no field
            policy = label.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            label.setSizePolicy(policy)
        self._fill_choices()
        type_whole_dates(self)  # a received date typed whole over the shown one
        self._placeholders = {
            w: w.placeholderText()
            for w in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit)
            if not isinstance(w.parent(), QComboBox)
        }
        self._connect()
        self._channel_changed()
        ui.officerJabatanLabel.installEventFilter(self)

    # -- layout ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        scroll = self._scroll_area()
        if scroll is not None and not self._watching:
            self._watching = True
            scroll.viewport().installEventFilter(self)
            self._fit(scroll.viewport().width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Resize or not isinstance(watched, QWidget):
            return False
        if watched is self.ui.officerJabatanLabel:
            # The form layout keeps a wrapped row at the height of its first width: a position
            # that wraps to another line when the column narrows would be cut at its edges.
            watched.setMinimumHeight(max(0, watched.heightForWidth(watched.width())))
        else:
            self._fit(watched.width())
        return False

    def event(self, event: QEvent) -> bool:
        """Its words or messages changed after it was laid out (no resize of the page): the
        form asks again whether its two columns fit side by side."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self._watching:
            scroll = self._scroll_area()
            if scroll is not None:
                self._fit(scroll.viewport().width())
        return handled

    def _fit(self, width: int) -> None:
        """Two columns side by side when they fit; on a small screen the complainant's column
        goes under the complaint's, so nothing needs a sideways scroll."""
        ui = self.ui
        right = max(ui.complainantGroup.minimumSizeHint().width(),
                    ui.handlingGroup.minimumSizeHint().width())  # fmt: skip
        needed = ui.complaintGroup.minimumSizeHint().width() + right + 24
        direction = QBoxLayout.Direction.LeftToRight
        if width < needed:
            direction = QBoxLayout.Direction.TopToBottom
        if ui.columns.direction() != direction:
            ui.columns.setDirection(direction)

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    # -- set-up ---------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        ui = self.ui
        for channel in Channel:
            ui.channelCombo.addItem(language.label(channel), channel.value)
        for form in Form:
            ui.formCombo.addItem(language.label(form), form.value)
        for id_type in ID_TYPE_LABELS:
            ui.idTypeCombo.addItem(language.label(id_type), id_type.value)
        # No silent first-item default: a guessed service or category corrupts the statistics.
        # The items are the office's active catalogue (reload_people).
        for combo, hint in (
            (ui.serviceCombo, self.tr("pilih atau ketik layanan")),
            (ui.categoryCombo, self.tr("pilih kategori")),
        ):
            # A long service name must not widen the form (the list still shows it whole).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            combo.lineEdit().setPlaceholderText(hint)
            combo.setCurrentIndex(-1)

    def reload_people(self, desk: Desk) -> None:
        """Officers, units, services and categories (at start, and after the office profile
        or its lists are edited); what the form holds stays."""
        ui = self.ui
        for combo, names in ((ui.serviceCombo, desk.services),
                             (ui.categoryCombo, desk.categories)):  # fmt: skip
            text = combo.currentText()
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(combo.findText(text))
            combo.setEditText(text)
        ui.officerCombo.clear()
        self._officers = desk.officers
        for officer in self._officers:
            ui.officerCombo.addItem(officer.name, officer.id)
        index = next((i for i, o in enumerate(self._officers) if o.id == desk.manager_id), 0)
        ui.officerCombo.setCurrentIndex(index)
        self._default_officer_index = index
        ui.unitCombo.clear()
        ui.unitCombo.addItem(self.tr("— belum diteruskan —"), None)
        for unit_id, name in desk.units:
            ui.unitCombo.addItem(name, unit_id)
        self._show_jabatan()

    def offer_past(self, officer: tuple[int, str] | None, unit: tuple[int, str] | None) -> None:
        """A complaint's officer and unit stay shown after they were deactivated: each is
        added to its list for this complaint (call before `fill`)."""
        for combo, choice in ((self.ui.officerCombo, officer), (self.ui.unitCombo, unit)):
            if choice is not None and combo.findData(choice[0]) < 0:
                combo.addItem(self.tr("{name} (nonaktif)").format(name=choice[1]), choice[0])

    def _connect(self) -> None:
        ui = self.ui
        ui.channelCombo.currentIndexChanged.connect(self._channel_changed)
        ui.anonymousCheck.toggled.connect(self._anonymous_changed)
        ui.idTypeCombo.currentIndexChanged.connect(self._check_id_live)
        ui.idNumberEdit.textChanged.connect(self._check_id_live)
        # The officer unticks Anonim, or types a number under "Tanpa identitas": the
        # complainant has an identity, a KTP unless the officer chooses another.
        ui.anonymousCheck.clicked.connect(lambda on: on or self._identity_shown())
        ui.idNumberEdit.textEdited.connect(lambda text: text and self._identity_shown())
        ui.phoneEdit.textChanged.connect(lambda: self.set_hint("phone", Hint.NONE, ""))
        ui.addressEdit.textChanged.connect(lambda: self.set_hint("address", Hint.NONE, ""))
        ui.phoneEdit.editingFinished.connect(self._check_phone)
        ui.emailEdit.editingFinished.connect(self._check_email)
        ui.eventDateEdit.editingFinished.connect(self._check_event_date)
        ui.officerCombo.currentIndexChanged.connect(self._show_jabatan)
        ui.receivedAtEdit.dateTimeChanged.connect(self._received_changed)
        for name in ("summary", "name", "letter_number", "lapor_tracking_id", "event_date"):
            widget = self.fields[name]
            widget.textChanged.connect(lambda _t, n=name: self.set_hint(n, Hint.NONE, ""))  # type: ignore[attr-defined]
        for name in ("service", "category"):
            combo = self.fields[name]
            combo.currentTextChanged.connect(lambda _t, n=name: self.set_hint(n, Hint.NONE, ""))  # type: ignore[attr-defined]

    # -- state ----------------------------------------------------------------------------
    def clear(self) -> None:
        """An empty form for a new complaint, received when it is saved."""
        ui = self.ui
        self.follow_clock(True)
        for edit in (ui.letterNumberEdit, ui.laporIdEdit, ui.summaryEdit, ui.eventPlaceEdit,
                     ui.nameEdit, ui.idNumberEdit, ui.phoneEdit, ui.emailEdit,
                     ui.eventDateEdit):  # fmt: skip
            edit.clear()
        for text in (ui.descriptionEdit, ui.lossEdit, ui.resolutionEdit, ui.addressEdit):
            text.clear()
        ui.channelCombo.setCurrentIndex(0)
        for combo in (ui.serviceCombo, ui.categoryCombo):
            combo.setCurrentIndex(-1)
            combo.clearEditText()
        ui.idTypeCombo.setCurrentIndex(ui.idTypeCombo.findData(IdType.KTP))
        ui.anonymousCheck.setChecked(False)
        ui.confidentialCheck.setChecked(False)
        ui.unitCombo.setCurrentIndex(0)
        if ui.officerCombo.count():
            ui.officerCombo.setCurrentIndex(self._default_officer_index)
        self._current_status = ("diterima", None, "")
        self.clear_hints()
        self._channel_changed()
        self.set_editable(True)

    # -- the received time --------------------------------------------------------------
    def follow_clock(self, follow: bool) -> None:
        """`follow`: the received time is the time of saving, shown as the clock runs;
        otherwise it is what the field holds (a saved complaint's, or the officer's own)."""
        edit = self.ui.receivedAtEdit
        edit.setProperty(FOLLOWS_CLOCK, follow)  # the intake draft does not keep it then
        edit.setToolTip(self.tr("Waktu diterima mengikuti jam dan dicatat saat disimpan. "
                                "Ubah bila pengaduan diterima lebih awal (mis. surat).")
                        if follow else "")  # fmt: skip
        if follow:
            self._show_now()
            self._clock_timer.start()
        else:
            self._clock_timer.stop()

    def follows_clock(self) -> bool:
        return bool(self.ui.receivedAtEdit.property(FOLLOWS_CLOCK))

    def _show_now(self, at_once: bool = True) -> None:
        """The clock's minute in the field (the timer's: unless the officer is in it)."""
        edit = self.ui.receivedAtEdit
        if edit.hasFocus() and not at_once:
            return
        now = to_local(now_utc()).replace(second=0, microsecond=0, tzinfo=None)
        self._showing_now = True
        try:
            edit.setDateTime(QDateTime(now))
        finally:
            self._showing_now = False

    def _received_changed(self) -> None:
        """Set by anyone but the form's clock (the officer, a draft, a saved complaint): the
        time stays as set."""
        if not self._showing_now and self.follows_clock():
            self.follow_clock(False)

    def clear_hints(self) -> None:
        for name, label in self.errors.items():
            self.set_hint(name, Hint.NONE, "")
            label.setMinimumHeight(0)  # one line again, kept while hidden

    def set_editable(self, editable: bool) -> None:
        ui = self.ui
        for group in (ui.complaintGroup, ui.complainantGroup, ui.handlingGroup):
            group.setEnabled(editable)
        # A disabled field's grey placeholder reads like a value: show none on a saved form.
        for widget, text in self._placeholders.items():
            widget.setPlaceholderText(text if editable else "")
            if not editable and isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # show the beginning of long values
        if editable:
            self._anonymous_changed(ui.anonymousCheck.isChecked())

    def hold(self, fields: Iterable[str], why: str) -> None:
        """Show `fields` read-only, each saying `why` when pointed at; the others as usual.
        Call after `fill` (filling re-enables the identity fields of a named complainant)."""
        held = set(fields)
        for name, attr in HELD_WIDGETS.items():
            widget = getattr(self.ui, attr)
            if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
                widget.setReadOnly(name in held)  # still selectable and copyable
                # A read-only field takes the window's colour: it does not look typable.
                palette = self._palettes.setdefault(attr, widget.palette())
                if name in held:
                    palette = QPalette(palette)
                    palette.setColor(QPalette.ColorRole.Base,
                                     palette.color(QPalette.ColorRole.Window))  # fmt: skip
                widget.setPalette(palette)
            else:
                widget.setEnabled(name not in held)
            tip = self._tooltips.setdefault(attr, widget.toolTip())
            widget.setToolTip(why if name in held else tip)
        if self.ui.anonymousCheck.isChecked():  # an anonymous complaint has no identity to edit
            for widget in (self.ui.nameEdit, self.ui.idTypeCombo, self.ui.idNumberEdit):
                widget.setEnabled(False)

    def watch(self, fields: Iterable[str], changed: Callable[[], None]) -> None:
        """Call `changed` whenever one of `fields` changes on screen."""
        for name in fields:
            widget = getattr(self.ui, HELD_WIDGETS[name])
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(changed)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(changed)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(changed)
            else:
                widget.dateTimeChanged.connect(changed)

    def _channel_changed(self) -> None:
        ui = self.ui
        channel = ui.channelCombo.currentData()
        for label, edit, shown in (
            (ui.laporIdLabel, ui.laporIdEdit, channel == Channel.LAPOR),
            (ui.letterNumberLabel, ui.letterNumberEdit, channel == Channel.SURAT),
        ):
            ui.complaintGroupLayout.setRowVisible(label, shown)
            if not shown:
                edit.clear()
        spoken = channel in (Channel.TATAP_MUKA, Channel.TELEPON)
        ui.formCombo.setCurrentIndex(ui.formCombo.findData(Form.LISAN if spoken else Form.TERTULIS))
        if not ui.idNumberEdit.text() and not ui.anonymousCheck.isChecked():
            # Who comes in person shows a KTP; who writes or calls need not.
            in_person = channel == Channel.TATAP_MUKA
            ui.idTypeCombo.setCurrentIndex(
                ui.idTypeCombo.findData(IdType.KTP if in_person else IdType.NONE)
            )
        self._mark_required()

    def _anonymous_changed(self, anonymous: bool) -> None:
        ui = self.ui
        for widget in (ui.nameEdit, ui.idTypeCombo, ui.idNumberEdit):
            widget.setEnabled(not anonymous)
        if anonymous:
            ui.nameEdit.clear()
            ui.idNumberEdit.clear()
            ui.idTypeCombo.setCurrentIndex(ui.idTypeCombo.findData(IdType.NONE))
        self._mark_required()

    def _identity_shown(self) -> None:
        combo = self.ui.idTypeCombo
        if combo.currentData() == IdType.NONE:
            combo.setCurrentIndex(combo.findData(IdType.KTP))

    def _mark_required(self) -> None:
        """The required marks follow core's rule: a named complainant who comes in person shows
        an identity document (core/validation.py)."""
        ui = self.ui
        anonymous = ui.anonymousCheck.isChecked()
        in_person = ui.channelCombo.currentData() == Channel.TATAP_MUKA and not anonymous
        ui.nameLabel.setText(self.tr("Nama") if anonymous else self.tr("Nama *"))
        ui.idTypeLabel.setText(self.tr("Jenis identitas *") if in_person
                               else self.tr("Jenis identitas"))  # fmt: skip
        ui.idNumberLabel.setText(self.tr("Nomor identitas *") if in_person
                                 else self.tr("Nomor identitas"))  # fmt: skip

    def _show_jabatan(self) -> None:
        index = self.ui.officerCombo.currentIndex()
        officer = self._officers[index] if 0 <= index < len(self._officers) else None
        text = f"{officer.jabatan}\nNIP {grouped_nip(officer.nip)}" if officer else ""
        self.ui.officerJabatanLabel.setText(text)
        self.ui.officerCombo.setToolTip(officer.name if officer else "")  # whole when elided

    # -- live checks ----------------------------------------------------------------------
    def set_hint(self, name: str, hint: Hint, text: str) -> None:
        label = self.errors[name]
        text = language.say(text)  # a core message in the window's language
        label.setText(text[:1].upper() + text[1:] if text else "")
        label.setStyleSheet(f"color: {HINT_COLORS.get(hint, '#000')};")
        label.setVisible(bool(text))
        if text and label.width() > 0:
            # A message of two lines keeps its room once it goes (typing clears it): the
            # fields below move when it comes, not under the mouse as the officer corrects.
            needed = label.heightForWidth(label.width())
            label.setMinimumHeight(max(label.minimumHeight(), needed))

    def _check_id_live(self) -> None:
        hint, text = check_id(self.ui.idTypeCombo.currentData(), self.ui.idNumberEdit.text())
        self.set_hint("id_number", hint, text)
        self.set_hint("id_type", Hint.NONE, "")

    def _check_phone(self) -> None:
        """The number stays as typed (documents print it so); the hint shows the normalised
        form the search box finds it by."""
        hint, text = check_phone(self.ui.phoneEdit.text())
        self.set_hint("phone", hint, text)

    def _check_email(self) -> None:
        hint, text = check_email(self.ui.emailEdit.text())
        self.set_hint("email", hint, text)

    def _event_date(self) -> tuple[date | None, str]:
        """The typed event date, or None and why it cannot be read."""
        try:
            return parse_typed_date(self.ui.eventDateEdit.text()), ""
        except ValueError as exc:
            return None, str(exc)

    def _check_event_date(self) -> None:
        """'20112026' becomes 20-11-2026 when the officer leaves the field."""
        day, error = self._event_date()
        if error:
            self.set_hint("event_date", Hint.ERROR, error)
            return
        self.ui.eventDateEdit.setText(window_date(day) if day else "")

    # -- reading and writing --------------------------------------------------------------
    def date_errors(self) -> dict[str, str]:
        """What collect() cannot read (the typed event date)."""
        error = self._event_date()[1]
        return {"event_date": error} if error else {}

    def collect(self) -> ComplaintInput:
        ui = self.ui
        if self.follows_clock():
            self._show_now()  # received now, when it is saved: the field shows that minute
        received = ui.receivedAtEdit.dateTime().toPython().replace(tzinfo=LOCAL_TZ)
        event_day = self._event_date()[0]  # an unreadable one is reported by date_errors()
        return ComplaintInput(
            received_at=received,
            channel=ui.channelCombo.currentData(),
            form=ui.formCombo.currentData(),
            service=ui.serviceCombo.currentText(),
            category=ui.categoryCombo.currentText(),
            summary=ui.summaryEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
            loss=ui.lossEdit.toPlainText(),
            requested_resolution=ui.resolutionEdit.toPlainText(),
            event_place=ui.eventPlaceEdit.text(),
            event_date=event_day,
            name=ui.nameEdit.text(),
            id_type=ui.idTypeCombo.currentData(),
            id_number=ui.idNumberEdit.text(),
            address=ui.addressEdit.toPlainText(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            anonymous=ui.anonymousCheck.isChecked(),
            confidential=ui.confidentialCheck.isChecked(),
            lapor_tracking_id=ui.laporIdEdit.text(),
            letter_number=ui.letterNumberEdit.text(),
            responsible_officer_id=ui.officerCombo.currentData(),
            unit_id=ui.unitCombo.currentData(),
            **dict(zip(("status", "closed_at", "result"), self._current_status, strict=True)),
        )

    def fill(self, d: ComplaintInput) -> None:
        ui = self.ui
        self.follow_clock(False)
        local = to_local(d.received_at).replace(tzinfo=None)
        ui.receivedAtEdit.setDateTime(QDateTime(local))
        ui.channelCombo.setCurrentIndex(ui.channelCombo.findData(d.channel))
        self._channel_changed()  # the channel's rows, even when the index did not change
        ui.formCombo.setCurrentIndex(ui.formCombo.findData(d.form))
        ui.serviceCombo.setCurrentText(d.service)
        ui.categoryCombo.setCurrentText(d.category)
        ui.anonymousCheck.setChecked(d.anonymous)
        ui.confidentialCheck.setChecked(d.confidential)
        ui.idTypeCombo.setCurrentIndex(ui.idTypeCombo.findData(d.id_type))
        for edit, value in ((ui.summaryEdit, d.summary), (ui.eventPlaceEdit, d.event_place),
                            (ui.nameEdit, d.name), (ui.idNumberEdit, d.id_number),
                            (ui.phoneEdit, d.phone), (ui.emailEdit, d.email),
                            (ui.laporIdEdit, d.lapor_tracking_id),
                            (ui.letterNumberEdit, d.letter_number),
                            (ui.eventDateEdit, window_date(d.event_date) if d.event_date
                             else "")):  # fmt: skip
            edit.setText(value)
            edit.setCursorPosition(0)
        for text, value in ((ui.descriptionEdit, d.description), (ui.lossEdit, d.loss),
                            (ui.resolutionEdit, d.requested_resolution),
                            (ui.addressEdit, d.address)):  # fmt: skip
            text.setPlainText(value)
        ui.officerCombo.setCurrentIndex(max(ui.officerCombo.findData(d.responsible_officer_id), 0))
        ui.unitCombo.setCurrentIndex(max(ui.unitCombo.findData(d.unit_id), 0))
        self._current_status = (d.status, d.closed_at, d.result)
        self.clear_hints()
        self._mark_required()

    def show_errors(self, errors: dict[str, str]) -> str:
        """Each message next to its field; the first bad field is scrolled to and focused.
        Returns the one line the owner shows under the form."""
        for name, message in errors.items():
            self.set_hint(name if name in self.errors else "summary", Hint.ERROR, message)
        summary = self.tr(
            "Belum tersimpan: %n isian perlu diperbaiki (lihat pesan merah).", "", len(errors)
        )
        first = next((w for n, w in self.fields.items() if n in errors), None)
        if first is None:
            return summary
        scroll = self._scroll_area()
        if scroll is not None:
            scroll.ensureWidgetVisible(first)
        first.setFocus()
        return summary


def checked_input(
    form: ComplaintForm, show_errors: Callable[[dict[str, str]], None]
) -> ComplaintInput | None:
    """What the form holds if core's validation accepts it; otherwise the errors are shown."""
    form.clear_hints()
    data = form.collect()
    errors = form.date_errors()
    try:
        validate(data)
    except ValidationFailed as exc:
        errors = {**exc.errors, **errors}
    if errors:
        show_errors(errors)
        return None
    return data
