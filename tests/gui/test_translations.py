"""English: the Qt Linguist source is complete and its placeholders match; the real window,
started in English, shows no Indonesian left (signed in as each role, the administrator's
settings and the main dialogs open); the switch (setting, --lang, fallback) works."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QWidget
from sqlalchemy import Engine

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.translation_walk import (
    indonesian_sources,
    is_indonesian,
    menu_texts,
    messages,
    placeholder_problems,
    shown_texts,
    unfinished,
)
from tests.helpers import add_account, complaint

# Values of the test database the window shows as they are (the database's own rows).
DATA = ("Siti Aminah", "Pencairan SP2D terlambat dua minggu", "Dana kegiatan belum cair.",
        "Pelayanan Pencairan Dana (SP2D)", "Waktu penyelesaian", "Jl. Gajah Mada No. 5, Pontianak",
        "Pegawai Petugas", "Pegawai ", "Bidang", "Sub Bagian", "Kota Pontianak",
        "Kepala SubBagian Rencana Kerja, Monitoring dan Evaluasi")  # fmt: skip


# -- (a) the Linguist source -----------------------------------------------------------------
BAD_TS = """<TS version="2.1" language="en_GB"><context><name>X</name>
<message><source>{count} pengaduan</source><translation>{n} complaints</translation></message>
<message><source>Simpan</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n pengaduan</source><translation>
<numerusform>one complaint</numerusform><numerusform>%n complaints</numerusform>
</translation></message></context></TS>"""


def test_the_checks_find_a_missing_translation_and_a_changed_placeholder() -> None:
    found = messages(BAD_TS)
    assert unfinished(found) == ["X: 'Simpan'"]
    problems = placeholder_problems(found)
    assert len(problems) == 1 and "{n}" in problems[0]  # "one complaint" may leave %n out


def test_every_translation_keeps_the_placeholders_of_its_source() -> None:
    assert not placeholder_problems(messages()), placeholder_problems(messages())


def test_every_message_of_the_window_has_its_english() -> None:
    missing = unfinished(messages())
    assert not missing, f"{len(missing)} without English, e.g. {missing[:20]}"


# -- (b) the window in English ---------------------------------------------------------------
def _walk(window: QWidget, found: list[tuple[str, str]], where: str) -> None:
    found += [(f"{where}: {w}", t) for w, t in shown_texts(window)]


def _settle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0)


def _walk_tabs(qtbot, window: QWidget, found: list[tuple[str, str]], where: str) -> None:
    """Every visible tab of every tab widget shown, in turn."""
    _walk(window, found, where)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for i in range(tabs.count()):
            if tabs.isTabVisible(i):
                tabs.setCurrentIndex(i)
                _settle(qtbot)
                _walk(tabs.widget(i), found, f"{where} › {tabs.tabText(i)}")


def _walk_dialog(qtbot, dialog: QDialog | None, found: list[tuple[str, str]],
                 where: str) -> None:  # fmt: skip
    assert dialog is not None, where
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    _walk_tabs(qtbot, dialog, found, where)
    dialog.reject()


def indonesian_left(found: list[tuple[str, str]]) -> list[str]:
    sources = indonesian_sources(messages())
    return sorted({f"{where}: {text!r}" for where, text in found
                   if is_indonesian(text, sources, DATA)})  # fmt: skip


def test_the_rule_finds_indonesian_and_lets_names_and_data_pass() -> None:
    sources = indonesian_sources(messages())
    assert is_indonesian("&Pengaturan", sources)  # a source of the .ts shown untranslated
    assert is_indonesian("Nomor belum diisi", sources)  # common words
    assert not is_indonesian("&Settings", sources)
    assert not is_indonesian("About Pengaduan Desktop", sources)
    assert not is_indonesian("Complaint of Siti Aminah", sources, DATA)


def test_the_english_window_shows_no_indonesian(qtbot, english, engine: Engine, window_as) -> None:
    from tests.helpers import fill_office

    fill_office(engine)
    add_account(engine, "admin")
    complaint_id = register(engine, complaint()).id
    found: list[tuple[str, str]] = []
    for role in ("admin", "pengelola", "petugas", "unit", "kepala"):
        window: MainWindow = window_as(role)
        _walk_tabs(qtbot, window, found, role)
        found += [(f"{role}: menu", t) for _w, t in menu_texts(window.menuBar())]
        if role == "admin":
            for open_setting in (window.edit_profile, window.edit_lists, window.edit_series,
                                 window.edit_reasons, window.edit_messages,
                                 window.edit_step_days, window.show_audit,
                                 window.choose_language, window.show_backups):  # fmt: skip
                _walk_dialog(qtbot, open_setting(), found, f"admin › {open_setting.__name__}")
        if role == "pengelola":
            _walk_dialog(qtbot, window.open_complaint(complaint_id), found, "complaint page")
            _walk_dialog(qtbot, window.change_password(), found, "password")
            window.about_action.trigger()
            qtbot.waitUntil(lambda w=window: bool(w.about_boxes))
            _walk_dialog(qtbot, window.about_boxes[-1], found, "about")
        window.close()
    left = indonesian_left(found)
    assert not left, f"{len(left)} Indonesian texts in the English window:\n" + "\n".join(left)


def test_my_window_parts_read_english(qtbot, english, engine: Engine, window_as) -> None:
    """What this branch translated: tabs, menus, the About box, Qt's own buttons, numbers."""
    add_account(engine, "admin")  # else the window asks for the first administrator
    window: MainWindow = window_as("pengelola")
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[0] == "New Complaint" and tabs[2:] == ["Monthly Report", "Working Calendar"]
    menus = [t for _w, t in menu_texts(window.menuBar())]
    assert {"&File", "&Quit", "&Account", "&Sign out", "&Help", "&About"} <= set(menus)
    left = indonesian_left([("menu", t) for t in menus] + shown_texts(window.statusBar()))
    assert not left, left
    window.about_action.trigger()
    qtbot.waitUntil(lambda: bool(window.about_boxes))
    about = window.about_boxes[-1]
    assert about.windowTitle() == "About Pengaduan Desktop"
    assert "Database schema revision" in about.text()  # type: ignore[attr-defined]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text().replace("&", "") == "Cancel"  # Qt's own, not "Batal"
    assert language.number(1_000_000) == "1,000,000" and QLocale().toString(1234) == "1,234"


def test_english_screenshots(qtbot, english, engine: Engine, window_as, tmp_path: Path) -> None:
    """Each tab and the About box in English at 1366×768 and 1024×768, in
    $PENGADUAN_SCREENSHOTS or the test's folder (looked at by eye)."""
    from tests.gui.conftest import shots_at_both_widths

    add_account(engine, "admin")
    register(engine, complaint())
    window: MainWindow = window_as("pengelola")
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.waitUntil(lambda: tasks_running() == 0)
        shots_at_both_widths(qtbot, window, tmp_path, f"english-tab{i}")
    window.about_action.trigger()
    qtbot.waitUntil(lambda: bool(window.about_boxes))
    shots_at_both_widths(qtbot, window, tmp_path, "english-about", window.about_boxes[-1])
    window.about_boxes[-1].done(0)
    dialog = window.choose_language()
    shots_at_both_widths(qtbot, window, tmp_path, "english-language", dialog)
    dialog.reject()


def test_a_core_message_reaches_the_window_in_english(qtbot, english) -> None:
    from pengaduan_desktop.core.identity import IdentityError
    from pengaduan_desktop.ui.field_checks import Hint, check_id, check_phone
    from pengaduan_desktop.ui.msgbox import show_error

    assert check_phone("12345") == (Hint.ERROR, "a phone number must start with 0, 62 or +62")
    assert check_id("KTP", "6171") == (Hint.INFO, "4 of the NIK's 16 digits")
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    box = show_error(parent, IdentityError("nik.serial"))
    assert box.windowTitle() == "Not done"
    assert box.text() == "The serial number of the NIK may not be 0000"  # type: ignore[attr-defined]
    box.done(0)


def test_indonesian_stays_the_default(qapp, settings_dir: Path) -> None:
    assert language.wanted() == "id"
    language.save("en")
    assert language.wanted() == "en"  # the desk's choice, for the next start
    language.choose("id")  # pengaduan --lang id wins over it
    try:
        assert language.wanted() == "id"
    finally:
        language.choose(None)
    assert language.install(qapp, "id") == "id"
    try:
        assert language.number(1_000_000) == "1.000.000"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.buttons()[0].text().replace("&", "") == "Batal"
    finally:
        language.uninstall(qapp)


def test_english_without_its_catalogue_falls_back_to_indonesian(
    qapp, settings_dir: Path, monkeypatch, caplog
) -> None:
    monkeypatch.setattr(language, "catalogue_path", lambda: str(settings_dir / "none.qm"))
    with caplog.at_level(logging.WARNING):
        assert language.install(qapp, "en") == "id"
    try:
        assert language.current() == "id"
        assert [r for r in caplog.records if "none.qm" in r.getMessage()]
    finally:
        language.uninstall(qapp)


def test_the_language_setting_says_when_it_applies(qtbot, english, window_as) -> None:
    window: MainWindow = window_as("admin")  # who sets up the desk
    assert window.language_action.isVisible() and window.settings_menu.menuAction().isVisible()
    dialog = window.choose_language()
    qtbot.waitExposed(dialog)
    note = dialog.findChild(QWidget, "languageNote")
    assert "opened again" in note.text() and "dibuka lagi" in note.text()  # type: ignore[attr-defined]
    combo = dialog.choice  # type: ignore[attr-defined]
    combo.setCurrentIndex(combo.findData("en"))
    dialog.accept()
    assert language.saved() == "en"
    assert "opened again" in window.statusBar().currentMessage()


def test_pengaduan_lang_en_starts_the_window_in_english(tmp_path: Path) -> None:
    """The real program: `pengaduan --lang en self-test` visits the tabs by their English
    names; a command's galat line from core is English too, the CLI's own words stay."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # fmt: skip
    db = f"sqlite:///{tmp_path / 'p.db'}"
    run = [sys.executable, "-m", "pengaduan_desktop", "--db", db]
    out = subprocess.run([*run, "--lang", "en", "self-test"], env=env, capture_output=True,
                         text=True)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "tab New Complaint: ok" in out.stdout and "tab Pengaduan Baru" not in out.stdout
    other = [sys.executable, "-m", "pengaduan_desktop", "--db", "mysql://x/y"]
    bad = subprocess.run([*other[:3], "--lang", "en", *other[3:], "init"], env=env,
                         capture_output=True, text=True)  # fmt: skip
    assert bad.returncode == 1
    assert bad.stderr.strip() == "galat: this kind of database is not supported: mysql"
    default = subprocess.run([*other, "init"], env=env, capture_output=True, text=True)
    assert default.stderr.strip() == "galat: jenis basis data tidak didukung: mysql"
