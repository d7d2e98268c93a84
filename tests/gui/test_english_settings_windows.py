"""The accounts, settings, calendar and backup windows in both languages: in English every text
they show that the Linguist source knows comes out translated (a string under the wrong context
would stay Indonesian), in Indonesian (the default) nothing changes, and at 1366×768 and
1024×768 no control is cut off. PENGADUAN_SCREENSHOTS=folder keeps the pictures."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from pengaduan_desktop.core.accounts import accounts
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui.account_dialogs import (
    AccountDialog,
    FirstAdminDialog,
    PasswordDialog,
    SignInDialog,
)
from pengaduan_desktop.ui.backup_actions import UnusableDialog
from pengaduan_desktop.ui.backup_dialog import BackupDialog
from pengaduan_desktop.ui.complaint_dialog import ComplaintDialog
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.personal_data_actions import EraseDialog
from pengaduan_desktop.ui.profile_dialog import refuse_incomplete
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.test_screens import off_screen
from tests.helpers import complaint

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "pengaduan_en.ts"
SIZES = [(1366, 768), (1024, 768)]
FRAME = QSize(8, 32)  # the window manager's frame and title bar


# The contexts of these windows (their classes, and the module functions' own names).
CONTEXTS = frozenset({
    "AccountDialog", "AuditDialog", "AuditModel", "BackupActions", "BackupDialog", "CalendarTab",
    "CatalogueTab", "ChangedElsewhere", "EraseDialog", "FirstAdminDialog", "IdleLockTab",
    "LiveDesk", "OfficeListsDialog", "OfficeSetupDialog", "OfficersTab", "PasswordDialog",
    "PersonalDataActions", "ProfileDialog", "RejectionReasonsDialog", "RestoreRun",
    "RetentionTab", "SeriesDialog", "ServiceTimeTab", "SignInDialog", "UnitsTab",
    "UnusableDialog",
})  # fmt: skip


def translations() -> dict[str, str]:
    """The Indonesian sources of these windows whose English differs, leaving out words other
    windows use too (theirs to translate: "Simpan" of a list's base class, say)."""
    ours, theirs = {}, set()
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if name not in CONTEXTS:
                theirs.add(source)
                continue
            english = message.find("translation")
            assert english is not None
            text = (english.findtext("numerusform") if message.get("numerus")
                    else english.text) or ""  # fmt: skip
            if text and text != source:
                ours[source] = text
    return {source: text for source, text in ours.items() if source not in theirs}


def shown_texts(root: QWidget) -> list[str]:
    """What the officer reads on `root`: its title, labels, buttons, boxes, tabs, hints."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return [text for text in texts if text]


@pytest.fixture(params=["id", "en"])
def language(request, qapp, tmp_path: Path) -> Iterator[str]:
    """The English .qm built from the source (as installer/translations.sh does) and loaded
    before the window opens; Indonesian: none."""
    if request.param == "id":
        yield "id"
        return
    qm = tmp_path / "pengaduan_en.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield "en"
    qapp.removeTranslator(translator)


@pytest.fixture
def window(language: str, admin_window: MainWindow, monkeypatch, tmp_path: Path) -> MainWindow:
    from pengaduan_desktop.core.backup_rotation import ENV_FOLDER

    monkeypatch.setenv(ENV_FOLDER, str(tmp_path / "cadangan"))
    return admin_window


class Looker:
    """Looks at each window in one language: untranslated texts, cut-off controls, pictures."""

    def __init__(self, qtbot, language: str, folder: Path) -> None:
        self.qtbot, self.language, self.folder = qtbot, language, folder
        self.english = translations()
        self.untranslated: dict[str, list[str]] = {}
        self.cut: dict[str, list[str]] = {}
        folder.mkdir(parents=True, exist_ok=True)

    def look(self, name: str, widget: QWidget, wanted: QSize | None = None) -> None:
        self.qtbot.waitUntil(lambda: tasks_running() == 0)
        wanted = wanted or widget.size().expandedTo(widget.sizeHint())
        for width, height in SIZES:
            screen = QSize(width, height) - FRAME
            if isinstance(widget, MainWindow):
                widget.resize(width, height)
            else:
                assert widget.minimumSizeHint().width() <= screen.width(), name
                assert widget.minimumSizeHint().height() <= screen.height(), name
                widget.resize(wanted.boundedTo(screen))
            QApplication.processEvents()
            if bad := off_screen(widget):
                self.cut[f"{name}-{width}"] = bad
            widget.grab().save(str(self.folder / f"{name}-{self.language}-{width}x{height}.png"))
        if self.language == "en":
            left = [t for t in shown_texts(widget) if t in self.english]
            if left:
                self.untranslated[name] = left

    def tabs(self, name: str, tabs: QTabWidget, root: QWidget, wanted: QSize | None = None) -> None:
        for index in range(tabs.count()):
            if tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                self.look(f"{name}-{index}", root, wanted)


def close(dialog: QDialog) -> None:
    dialog.hide()  # not rejected: some dialogs close the window when they are
    dialog.deleteLater()


def look_at_box(looker: Looker, name: str, box: QDialog | None) -> None:
    assert box is not None
    looker.qtbot.waitExposed(box)
    looker.look(name, box)
    box.done(0)


def look_at_complaint_page(qtbot, looker: Looker, window: MainWindow) -> None:
    """The Pejabat Pengelola's personal-data buttons and the other desk's band on a page."""
    engine = window.engine
    assert engine is not None
    saved = register(engine, complaint())
    manager = next(a.officer_id for a in accounts(engine) if a.username == "pengelola")
    page = ComplaintDialog(engine, saved.id, window.desk, lambda: manager, window)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: not page.personal_data.export_button.isHidden())
    page.ui.tabs.setCurrentWidget(page.ui.dataPage)
    page.elsewhere.show()
    looker.look("complaint-data", page)
    close(page)


def test_the_settings_windows_read_in_the_language_and_fit(
    qtbot, window: MainWindow, language: str, tmp_path: Path
) -> None:
    looker = Looker(qtbot, language,
                    Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path / "shots")))  # fmt: skip
    engine = window.engine
    assert engine is not None

    lists = window.edit_lists()
    assert lists is not None
    qtbot.waitExposed(lists)
    looker.tabs("lists", lists.tabs, lists, QSize(1000, 600))  # type: ignore[attr-defined]
    close(lists)

    profile = window.edit_profile()
    assert profile is not None
    qtbot.waitUntil(lambda: profile.data is not None)
    looker.tabs("profile", profile.ui.tabs, profile)
    close(profile)

    for name, opened in (
        ("series", window.edit_series()), ("reasons", window.edit_reasons()),
        ("audit", window.show_audit()), ("backups", window.show_backups()),
    ):  # fmt: skip
        assert opened is not None
        qtbot.waitExposed(opened)
        if isinstance(opened, BackupDialog):
            with qtbot.waitSignal(opened.listed, timeout=None):
                opened.make_backup()
        looker.look(name, opened, QSize(1000, 560) if name == "audit" else None)
        close(opened)

    backups = window.show_backups()
    assert isinstance(backups, BackupDialog)
    qtbot.waitUntil(lambda: backups.table.rowCount() > 0)
    look_at_box(looker, "restore-box", backups.restore_selected())
    close(backups)
    refuse_incomplete(window, engine, ["Nama kantor"])
    look_at_box(looker, "incomplete-box", next(
        box for box in window.findChildren(QMessageBox) if box.isVisible()))  # fmt: skip

    look_at_complaint_page(qtbot, looker, window)

    window.tabs.setCurrentWidget(window.calendar)
    qtbot.waitUntil(lambda: window.calendar.table.rowCount() > 0)
    window.live._lost(RuntimeError("no answer"))  # the status line's outage note too
    looker.look("calendar", window)
    window.live._back()

    admin = next(a for a in accounts(engine) if a.username == "admin")
    for name, dialog in (
        ("sign-in", SignInDialog(engine, parent=window)),
        ("locked", SignInDialog(engine, window.user, parent=window)),
        ("first-admin", FirstAdminDialog(engine, window)),
        ("password", PasswordDialog(engine, admin.officer_id, window)),
        ("account", AccountDialog(engine, admin.officer_id, admin.name, admin.username,
                                  window.acting_officer, parent=window)),
        ("erase", EraseDialog("ADU-2026-000001", lambda _reason: None, window)),
        ("unusable", UnusableDialog(window, "berkas basis data rusak")),
    ):  # fmt: skip
        dialog.show()
        qtbot.waitExposed(dialog)
        looker.look(name, dialog)
        close(dialog)

    assert looker.untranslated == {}
    assert looker.cut == {}


def test_every_message_of_these_windows_has_english_with_the_same_placeholders() -> None:
    import re

    names = re.compile(r"\{[^{}]*\}|%n")
    problems = []
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") not in CONTEXTS:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            english = message.find("translation")
            assert english is not None
            forms = ([form.text or "" for form in english.iter("numerusform")]
                     if message.get("numerus") else [english.text or ""])  # fmt: skip
            for text in forms:
                if english.get("type") == "unfinished" or not text:
                    problems.append(f"no English: {source!r}")
                elif sorted(names.findall(text)) != sorted(names.findall(source)):
                    problems.append(f"placeholders differ: {source!r} / {text!r}")
    assert problems == []
