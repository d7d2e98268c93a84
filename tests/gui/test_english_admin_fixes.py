"""What an officer found still Indonesian (or wrong) in the English window: the password and
office-profile errors, the audit trail's actions, the calendar's days, the case list's
anonymous and confidential complainants, the language dialog under `--lang en`, and the
window's one date style. Each runs the real window in English (and, where it matters, in
Indonesian, which stays as it was). PENGADUAN_SCREENSHOTS=folder keeps the pictures."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget
from sqlalchemy import Engine

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.accounts import accounts
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.ui import language
from pengaduan_desktop.ui.account_dialogs import PasswordDialog
from pengaduan_desktop.ui.case_pages import COMPLAINANT
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import add_account, complaint


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def visible_texts(root: QWidget) -> list[str]:
    return [w.text() for w in root.findChildren(QLabel) if w.isVisibleTo(root) and w.text()]


@pytest.mark.usefixtures("english")
def test_a_wrong_old_password_and_an_empty_new_one_are_said_in_english(
    qtbot, engine: Engine, window_as, tmp_path: Path
) -> None:
    add_account(engine, "admin")
    window: MainWindow = window_as("pengelola")
    dialog = window.change_password()
    assert isinstance(dialog, PasswordDialog)
    qtbot.waitExposed(dialog)
    dialog.old.setText("not-the-password")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.errors["old_password"].isVisibleTo(dialog))
    assert dialog.errors["old_password"].text() == "The old password is wrong"
    assert dialog.errors["password"].text() == "Required"
    dialog.grab().save(str(shots(tmp_path) / "password-errors-en.png"))
    dialog.reject()


@pytest.mark.usefixtures("english")
def test_the_office_profile_says_its_problems_and_fields_in_english(
    qtbot, engine: Engine, window_as, tmp_path: Path
) -> None:
    from tests.helpers import fill_office

    fill_office(engine)
    window: MainWindow = window_as("admin")
    profile = window.edit_profile()
    assert profile is not None
    qtbot.waitUntil(lambda: profile.data is not None)
    profile.edit("phone").setText("abc")
    profile.edit("email").setText("bkad-at-kalbar")
    profile.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(profile.ui.errorLabel.text()))
    assert profile.errors["phone"].text() == "The number must contain digits"
    assert profile.errors["email"].text() == (
        "The email address is not valid (for example: bkad@kalbarprov.go.id)")  # fmt: skip
    assert profile.ui.errorLabel.text().endswith(": Telephone, Email.")
    profile.grab().save(str(shots(tmp_path) / "profile-errors-en.png"))
    profile.reject()


def test_the_office_profile_stays_indonesian_by_default(qtbot, engine: Engine, window_as) -> None:
    from tests.helpers import fill_office

    fill_office(engine)
    window: MainWindow = window_as("admin")
    profile = window.edit_profile()
    assert profile is not None
    qtbot.waitUntil(lambda: profile.data is not None)
    profile.edit("phone").setText("abc")
    profile.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(profile.ui.errorLabel.text()))
    assert profile.errors["phone"].text() == "Nomor harus memuat angka"
    assert profile.ui.errorLabel.text() == "Periksa isian bertanda merah: Telepon."
    profile.reject()


@pytest.mark.usefixtures("english")
def test_the_audit_trail_names_its_actions_in_english_and_none_is_cut(
    qtbot, engine: Engine, window_as, tmp_path: Path
) -> None:
    from pengaduan_desktop.core.accounts import sign_out

    add_account(engine, "admin")
    window: MainWindow = window_as("admin")
    admin = next(a for a in accounts(engine) if a.username == "admin")
    sign_out(engine, admin.officer_id, locked=True)
    dialog = window.show_audit()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    model = dialog.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    actions = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert "Signed out or screen locked" in actions
    assert not actions & set(audit.LABELS.values()), actions  # none left in Indonesian
    combo = dialog.action  # type: ignore[attr-defined]
    assert combo.findText("Signed out or screen locked") > 0
    table = dialog.table  # type: ignore[attr-defined]
    widest = max(table.fontMetrics().horizontalAdvance(a) for a in actions)
    assert table.columnWidth(3) > widest
    row = next(r for r in range(model.rowCount())
               if model.index(r, 3).data() == "Signed out or screen locked")  # fmt: skip
    assert model.index(row, 3).data(3) == "Signed out or screen locked"  # the tooltip
    assert model.index(row, 1).data()[2] == "/"  # the window's date style
    dialog.grab().save(str(shots(tmp_path) / "audit-en.png"))
    dialog.reject()


def test_the_stored_audit_entries_keep_their_code_and_indonesian() -> None:
    assert audit.label(audit.Action.SIGN_OUT) == "Keluar atau layar terkunci"
    assert audit.label(audit.Action.SIGN_OUT, "en") == "Signed out or screen locked"
    assert audit.label("unknown_action", "en") == "unknown_action"
    from pengaduan_desktop.core.vocabulary_labels import AUDIT_ACTIONS

    assert set(AUDIT_ACTIONS) == set(audit.LABELS)  # every kind has its English


@pytest.mark.usefixtures("english")
def test_the_calendar_reads_english_days_and_kinds(
    qtbot, engine: Engine, window_as, tmp_path: Path
) -> None:
    add_account(engine, "admin")
    window: MainWindow = window_as("admin")
    window.tabs.setCurrentWidget(window.calendar)
    table = window.calendar.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    new_year = next(r for r in rows if r[0].endswith(", 1 January 2026"))
    assert new_year[0] == "Thursday, 1 January 2026"
    assert new_year[1] == "National holiday"
    assert "New Year" in new_year[2]
    assert {r[1] for r in rows} <= {"National holiday", "Collective leave", "Office day off",
                                     "Office working day"}  # fmt: skip
    qtbot.waitUntil(lambda: tasks_running() == 0)
    window.resize(1024, 768)
    window.grab().save(str(shots(tmp_path) / "calendar-en-1024.png"))


def test_the_calendar_stays_indonesian_by_default(qtbot, engine: Engine, window_as) -> None:
    add_account(engine, "admin")
    window: MainWindow = window_as("admin")
    window.tabs.setCurrentWidget(window.calendar)
    table = window.calendar.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    first = [table.item(0, c).text() for c in range(2)]
    assert first == ["Kamis, 1 Januari 2026", "libur nasional"]


def _anonymous_and_confidential(engine: Engine) -> None:
    register(engine, complaint(channel="kotak_pengaduan", form="tertulis", anonymous=True,
                               name="", id_type="", id_number="", phone="", email="",
                               address=""))  # fmt: skip
    register(engine, complaint(confidential=True))


@pytest.mark.usefixtures("english")
def test_the_case_list_says_anonymous_and_confidential_in_english(
    qtbot, engine: Engine, window_as, tmp_path: Path
) -> None:
    add_account(engine, "admin")
    _anonymous_and_confidential(engine)
    window: MainWindow = window_as("pengelola")
    window.tabs.setCurrentWidget(window.cases)
    model = window.cases.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and model.is_here(1))
    names = {model.index(r, COMPLAINANT).data() for r in range(2)}
    assert names == {"Anonymous", "(confidential)"}
    tips = {model.index(r, COMPLAINANT).data(3) for r in range(2)}
    assert tips == names
    received = model.index(0, 1).data()
    assert received[2] == "/" and received[5] == "/"
    window.resize(1024, 768)
    window.grab().save(str(shots(tmp_path) / "cases-en-1024.png"))


def test_the_case_list_keeps_anonim_in_indonesian(qtbot, engine: Engine, window_as) -> None:
    add_account(engine, "admin")
    _anonymous_and_confidential(engine)
    window: MainWindow = window_as("pengelola")
    window.tabs.setCurrentWidget(window.cases)
    model = window.cases.model
    qtbot.waitUntil(lambda: model.rowCount() == 2 and model.is_here(1))
    assert {model.index(r, COMPLAINANT).data() for r in range(2)} == {"Anonim", "(dirahasiakan)"}


@pytest.mark.usefixtures("english")
def test_the_language_dialog_shows_what_the_window_speaks(
    qtbot, engine: Engine, window_as, tmp_path: Path
) -> None:
    add_account(engine, "admin")
    window: MainWindow = window_as("admin")
    assert language.saved() == "id"  # the desk's setting; this run is `--lang en`
    dialog = window.choose_language()
    qtbot.waitExposed(dialog)
    assert dialog.choice.currentData() == "en"  # type: ignore[attr-defined]
    stored = dialog.findChild(QLabel, "storedLanguage")
    assert stored is not None and stored.isVisibleTo(dialog)
    assert stored.text() == ("This session was started with --lang; this desk's setting: "
                             "Bahasa Indonesia.")  # fmt: skip
    dialog.grab().save(str(shots(tmp_path) / "language-en.png"))
    dialog.reject()


def test_the_language_dialog_without_lang_has_no_note(qtbot, engine: Engine, window_as) -> None:
    add_account(engine, "admin")
    window: MainWindow = window_as("admin")
    dialog = window.choose_language()
    assert dialog.choice.currentData() == "id"  # type: ignore[attr-defined]
    assert dialog.findChild(QLabel, "storedLanguage") is None
    dialog.reject()


def test_the_window_writes_dates_one_way() -> None:
    from pengaduan_desktop.core.indonesian import window_date

    assert window_date(date(2026, 12, 3)) == "03/12/2026"
    moment = datetime(2026, 12, 3, 9, 5, tzinfo=LOCAL_TZ)
    assert window_date(moment.date()) == f"{moment:%d/%m/%Y}"


@pytest.mark.usefixtures("english")
def test_the_recent_list_says_anonymous_and_confidential_in_english(
    qtbot, engine: Engine, window_as
) -> None:
    from pengaduan_desktop.ui.recent_model import COMPLAINANT as RECENT_COMPLAINANT

    add_account(engine, "admin")
    _anonymous_and_confidential(engine)
    window: MainWindow = window_as("pengelola")
    window.intake.refresh_recent()
    recent = window.intake.recent
    qtbot.waitUntil(lambda: recent.rowCount() == 2)
    names = {recent.index(r, RECENT_COMPLAINANT).data() for r in range(2)}
    assert names == {"Anonymous", "(confidential)"}
