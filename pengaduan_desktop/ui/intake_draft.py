"""The intake form's draft: what the officer has typed is kept every few seconds, so that a crash
or a power cut loses at most those seconds; at the next sign-in the officer is offered it back.

One draft per signed-in officer and per database, in a settings file of its own in the user's
configuration folder: the folder 0700 and the file 0600, like the database itself, because a
draft holds the complainant's NIK, phone and address. It is removed as soon as the complaint is
saved, the form is emptied (Baru, Ctrl+N, signing out) or the officer chooses Buang. The intake
form has no attachments (they are added on the complaint page once it is saved), so a draft
holds text and choices only."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.files import private_file, private_folder
from pengaduan_desktop.core.indonesian import date_time
from pengaduan_desktop.core.timeutil import to_local

SAVE_EVERY_MS = 3000
# Restored first: choosing them empties or hides other fields (ComplaintForm._channel_changed,
# _anonymous_changed).
FIRST = ("channelCombo", "anonymousCheck")
Values = dict[str, object]


def drafts_file() -> Path:
    """intake-drafts.ini in a private folder beside the user's settings (QSettings' user
    scope: ~/.config/BKAD Kalbar on Linux, %APPDATA% on Windows)."""
    app = QCoreApplication
    beside = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                       app.organizationName(), app.applicationName()).fileName()  # fmt: skip
    return private_folder(Path(beside).parent / "drafts") / "intake-drafts.ini"


def draft_key(database: str, officer_id: int | None) -> str:
    """The draft's name: the database (its URL without password) and the officer, hashed so
    that neither appears in the file."""
    return hashlib.sha256(f"{database}\n{officer_id}".encode()).hexdigest()[:24]


@dataclass(frozen=True)
class Draft:
    values: Values
    at: datetime  # UTC, when it was kept
    save_key: str = ""  # the form's save key: a save that did commit before the crash is not
    # written again when the restored draft is saved (core.intake.register's key)


class DraftStore:
    """The drafts file: read, write, remove."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or drafts_file()

    def _settings(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def read(self, key: str) -> Draft | None:
        settings = self._settings()
        fields, at = settings.value(f"{key}/fields"), settings.value(f"{key}/at")
        if not fields or not at:
            return None
        try:
            values, when = json.loads(str(fields)), datetime.fromisoformat(str(at))
        except ValueError:  # a damaged file: nothing to offer
            return None
        save_key = str(settings.value(f"{key}/save_key") or "")
        return Draft(values, when, save_key) if isinstance(values, dict) else None

    def write(self, key: str, values: Values, save_key: str = "") -> None:
        private_file(self.path)  # 0600 before the first byte: Qt keeps the mode it finds
        settings = self._settings()
        settings.setValue(f"{key}/fields", json.dumps(values, ensure_ascii=False))
        settings.setValue(f"{key}/at", now_utc().isoformat())
        settings.setValue(f"{key}/save_key", save_key)
        settings.sync()  # a new file each time, written whole and renamed, with the old mode

    def remove(self, key: str) -> None:
        settings = self._settings()
        if key in settings.childGroups():
            settings.remove(key)
            settings.sync()


# ---------------------------------------------------------------------- the form's fields
def _inputs(form: QWidget) -> list[QWidget]:
    """The form's named input widgets (a combo box's or date field's own line edit is
    theirs)."""
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QCheckBox, QDateTimeEdit)
    found = [w for w in form.findChildren(QWidget) if isinstance(w, kinds) and w.objectName()
             and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox))]  # fmt: skip
    return sorted(found, key=lambda w: FIRST.index(w.objectName()) if w.objectName() in FIRST
                  else len(FIRST))  # fmt: skip


def form_values(form: QWidget) -> Values:
    values: Values = {}
    for w in _inputs(form):
        if w.property("followsClock"):
            continue  # a received time that follows the clock is the time of saving
        if isinstance(w, QLineEdit):
            values[w.objectName()] = w.text()
        elif isinstance(w, QPlainTextEdit):
            values[w.objectName()] = w.toPlainText()
        elif isinstance(w, QCheckBox):
            values[w.objectName()] = w.isChecked()
        elif isinstance(w, QDateTimeEdit):
            values[w.objectName()] = w.dateTime().toString(Qt.DateFormat.ISODate)
        elif isinstance(w, QComboBox):
            data = w.currentData()
            kept = data if isinstance(data, (str, int)) else None
            values[w.objectName()] = {"data": kept, "text": w.currentText()}
    return values


def fill_form(form: QWidget, values: Values) -> None:
    for w in _inputs(form):
        value = values.get(w.objectName())
        if value is None:
            continue
        if isinstance(w, QLineEdit):
            w.setText(str(value))
            w.setCursorPosition(0)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QDateTimeEdit):
            w.setDateTime(QDateTime.fromString(str(value), Qt.DateFormat.ISODate))
        elif isinstance(w, QComboBox) and isinstance(value, dict):
            _choose(w, value.get("data"), str(value.get("text", "")))


def _choose(combo: QComboBox, data: object, text: str) -> None:
    index = combo.findData(data) if data is not None else -1
    if index < 0:
        index = combo.findText(text)
    combo.setCurrentIndex(index)
    if combo.isEditable():
        combo.setEditText(text)  # a typed service or category that is not in the list


# ---------------------------------------------------------------------------- the keeper
class IntakeDraft(QObject):
    """Keeps the form's draft while the officer types, and offers a draft left behind."""

    def __init__(self, form: QWidget, editing: Callable[[], bool], parent: QWidget,
                 store: DraftStore | None = None,
                 save_key: tuple[Callable[[], str], Callable[[str], None]] | None = None,
                 ) -> None:  # fmt: skip
        super().__init__(parent)
        self.form = form
        self.editing = editing  # False while the form shows a saved complaint
        # The form's save key (read, and set again when a draft is restored).
        self.save_key = save_key
        self.owner = parent
        self._store = store
        self.key = ""  # none until an officer's form is open on a database
        self.blank = ""  # the emptied form, which is no draft
        self.kept = ""  # what the file holds for `key` ("" nothing)
        self.offer_box: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(SAVE_EVERY_MS)
        self.timer.timeout.connect(self.keep)

    @property
    def store(self) -> DraftStore:
        if self._store is None:
            self._store = DraftStore()
        return self._store

    def _snapshot(self) -> str:
        return json.dumps(form_values(self.form), sort_keys=True, ensure_ascii=False)

    def open(self, database: str, officer_id: int | None) -> QMessageBox | None:
        """The officer's empty form is open on `database`: offer the draft left behind, then
        keep the form's own."""
        self.key = draft_key(database, officer_id)
        self.blank = self._snapshot()
        self.kept = ""
        left = self.store.read(self.key)
        if left is None:
            self.timer.start()
            return None
        return self._offer(left)

    def keep(self) -> None:
        """Write the form when it changed since the last time (the timer's work)."""
        if not self.key or self.offer_box is not None or not self.editing():
            return
        now = self._snapshot()
        if now == (self.kept or self.blank):
            return
        try:
            if now == self.blank:  # typed, then deleted again
                self.store.remove(self.key)
            else:
                key = self.save_key[0]() if self.save_key else ""
                self.store.write(self.key, json.loads(now), key)
        except OSError:  # no room, no right to write: the form itself is not troubled by it
            self.timer.stop()
            return
        self.kept = "" if now == self.blank else now

    def discard(self) -> None:
        """Saved, or emptied by the officer: the draft is gone, and the form as it is now is
        the one that is no draft."""
        if self.key:
            self.store.remove(self.key)
        self.kept = ""
        self.blank = self._snapshot()

    def _offer(self, left: Draft) -> QMessageBox:
        when = date_time(to_local(left.at))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Isian belum tersimpan"),
                          self.tr("Ada isian pengaduan yang belum tersimpan dari {when}. "
                                  "Pulihkan?").format(when=when),
                          QMessageBox.StandardButton.NoButton, self.owner)  # fmt: skip
        box.setInformativeText(self.tr(
            "Program berhenti sebelum pengaduan itu disimpan. Pulihkan mengisi kembali "
            "formulir seperti terakhir diketik; Buang menghapus isian itu."))  # fmt: skip
        restore = box.addButton(self.tr("Pulihkan"), QMessageBox.ButtonRole.AcceptRole)
        drop = box.addButton(self.tr("Buang"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(restore)  # Esc loses nothing: the form is filled, Baru empties it
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._answered(box.clickedButton(), restore, drop, left))
        self.offer_box = box
        box.open()
        return box

    def _answered(self, clicked: QAbstractButton | None, restore: QAbstractButton,
                  drop: QAbstractButton, left: Draft) -> None:  # fmt: skip
        self.offer_box = None
        if clicked is drop:
            self.store.remove(self.key)
        elif clicked is restore:
            fill_form(self.form, left.values)
            if self.save_key and left.save_key:
                self.save_key[1](left.save_key)
            self.kept = self._snapshot()
        self.timer.start()
