"""Signing in at the window: the first administrator, wrong and right passwords, the pause,
signing out, the idle lock, changing one's password, and what each role sees."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine

from pengaduan_desktop.core.accounts import needs_first_admin, sign_in
from pengaduan_desktop.core.errors import SignInFailed
from pengaduan_desktop.ui.account_dialogs import SignInDialog
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.conftest import sign_in as sign_in_at_window
from tests.helpers import PASSWORD, add_account, fill_office


def wait_idle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks_running() == 0, timeout=20_000)


@pytest.fixture
def unsigned(qtbot, engine: Engine, db_url: str, settings_dir: Path) -> Iterator[MainWindow]:
    """The window before it connects (the test calls connect_database()) and anyone signs in."""
    win = MainWindow(db_url)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_idle(qtbot)


def visible_tabs(win: MainWindow) -> list[str]:
    return [win.tabs.tabText(i).split(" (")[0] for i in range(win.tabs.count())
            if win.tabs.isTabVisible(i)]  # fmt: skip


def menus(win: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in win.menuBar().actions() if a.isVisible()]


def settings_items(win: MainWindow) -> list[str]:
    return [a.text().replace("&", "").rstrip("…") for a in win.settings_menu.actions()
            if a.isVisible()]  # fmt: skip


def shown_dialog(qtbot, win: MainWindow) -> SignInDialog:
    qtbot.waitUntil(lambda: win.sign_in_dialog is not None and win.sign_in_dialog.isVisible())
    assert win.sign_in_dialog is not None
    return win.sign_in_dialog


def test_first_run_creates_the_administrator_then_signs_in(
    qtbot, unsigned: MainWindow, engine: Engine
) -> None:
    win = unsigned
    win.connect_database()
    qtbot.waitUntil(lambda: win.first_admin_dialog is not None
                    and win.first_admin_dialog.isVisible())  # fmt: skip
    dialog = win.first_admin_dialog
    assert dialog is not None
    assert not win.tabs.isVisible()  # nothing shows before an account exists
    qtbot.keyClicks(dialog.name, "Andi Pratama, S.Kom.")
    qtbot.keyClicks(dialog.username, "andi")
    qtbot.keyClicks(dialog.password, "pendek")
    qtbot.keyClicks(dialog.again, "pendek")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors["password"].isVisible())
    assert dialog.errors["password"].text() == "Paling sedikit 8 karakter"
    assert not dialog.errors["username"].isVisible()
    dialog.password.setText("sandi-admin-kantor")
    dialog.again.setText("sandi-admin-kantr")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["password_again"].text() == "Tidak sama dengan kata sandi di atas"
    assert needs_first_admin(engine)
    dialog.again.setText("sandi-admin-kantor")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    sign = shown_dialog(qtbot, win)
    assert not dialog.isVisible() and not needs_first_admin(engine)
    assert sign.username.text() == "andi"
    qtbot.keyClicks(sign.password, "sandi-admin-kantor")
    with qtbot.waitSignal(win.database_ready, timeout=20_000):
        qtbot.keyClick(sign.password, Qt.Key.Key_Return)
    assert win.user is not None and win.user.name == "Andi Pratama, S.Kom."
    assert win.acting_officer() == win.user.officer_id
    assert win.user_label.text() == "Masuk: Andi Pratama, S.Kom."  # the role in its tooltip
    assert win.user_label.toolTip() == "Andi Pratama, S.Kom. — Administrator"
    assert visible_tabs(win) == ["Kalender Kerja"]  # the administrator takes no complaints


def test_a_wrong_password_is_told_and_the_right_one_signs_in(
    qtbot, unsigned: MainWindow, engine: Engine
) -> None:
    add_account(engine, "admin")
    add_account(engine, "petugas", "budi")
    win = unsigned
    win.connect_database()
    dialog = shown_dialog(qtbot, win)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["username"].text() == "Wajib diisi"
    qtbot.keyClicks(dialog.username, "budi")
    qtbot.keyClicks(dialog.password, "bukan-sandinya")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible)
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah"
    assert dialog.password.text() == "" and win.user is None and not win.tabs.isVisible()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(win.database_ready, timeout=20_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert win.tabs.isVisible() and not dialog.isVisible()
    assert visible_tabs(win) == ["Pengaduan Baru", "Daftar Pengaduan", "Laporan Bulanan",
                                 "Kalender Kerja"]  # fmt: skip
    assert "Pengaturan" not in menus(win) and "Akun" in menus(win)
    assert not win.report.issue_button.isVisibleTo(win.report)  # issuing is the Pengelola's
    assert not win.calendar.off_button.isVisibleTo(win.calendar)


def test_the_keyboard_starts_in_the_first_field_to_fill(
    qtbot, unsigned: MainWindow, engine: Engine
) -> None:
    """What the officer types as the dialog opens goes into the username (the dialog's
    buttons, made before its fields, once had the keyboard and swallowed it)."""
    add_account(engine, "admin")
    add_account(engine, "petugas", "budi")
    unsigned.connect_database()
    dialog = shown_dialog(qtbot, unsigned)
    assert dialog.focusWidget() is dialog.username
    qtbot.keyClicks(dialog.focusWidget(), "budi")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.password
    qtbot.keyClicks(dialog.focusWidget(), PASSWORD)
    with qtbot.waitSignal(unsigned.database_ready, timeout=20_000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert unsigned.user is not None and unsigned.user.username == "budi"
    # Locked, or known by name: the password field has the keyboard.
    locked = SignInDialog(engine, locked=unsigned.user, parent=unsigned)
    locked.show()
    qtbot.waitExposed(locked)
    assert locked.focusWidget() is locked.password
    locked.reject()


def test_five_wrong_passwords_pause_the_sign_in(qtbot, unsigned: MainWindow, engine) -> None:
    add_account(engine, "admin")
    unsigned.connect_database()
    dialog = shown_dialog(qtbot, unsigned)
    dialog.username.setText("admin")
    for _ in range(5):
        dialog.password.setText("salah-salah")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot)
    assert dialog.message.text() == "Terlalu banyak kata sandi salah. Coba lagi dalam 30 detik."
    assert not dialog.ok_button.isEnabled() and dialog.countdown.isActive()
    dialog._tick()  # a second passes
    assert dialog.message.text().endswith("Coba lagi dalam 29 detik.")
    with pytest.raises(SignInFailed, match="coba lagi dalam"):
        sign_in(engine, "admin", PASSWORD)  # the pause is in the database, for every desk


def test_signing_out_hides_everything_and_another_user_signs_in(qtbot, window: MainWindow) -> None:
    window.intake.form.ui.summaryEdit.setText("Belum disimpan")
    dialog = window.sign_out()
    assert dialog is not None and dialog.isVisible()
    assert not window.tabs.isVisible() and window.user is None
    assert window.acting_officer() is None and window.user_label.text() == ""
    assert window.intake.form.ui.summaryEdit.text() == ""  # nothing left for the next user
    sign_in_at_window(qtbot, window, "admin")
    assert visible_tabs(window) == ["Kalender Kerja"]
    assert settings_items(window) == [
        "Profil kantor dan pejabat", "Pegawai dan daftar kantor", "Penomoran surat",
        "Alasan penolakan", "Email dan templat pesan", "Batas waktu per tahap", "Jejak audit",
        "Bahasa / Language",
    ]  # fmt: skip
    assert window.calendar.off_button.isVisibleTo(window.calendar)


def test_the_idle_lock_asks_the_same_users_password(qtbot, window: MainWindow) -> None:
    user = window.user
    assert user is not None
    window.idle.start(0.05)  # the office's idle time, made tiny
    qtbot.waitUntil(lambda: window.sign_in_dialog is not None, timeout=10_000)
    lock = shown_dialog(qtbot, window)
    assert lock.windowTitle() == "Layar terkunci"
    assert lock.username.text() == "pengelola" and lock.username.isReadOnly()
    assert "karena lama tidak dipakai" in lock.intro.text()
    assert not window.tabs.isVisible()
    lock.password.setText("bukan-sandinya")
    qtbot.mouseClick(lock.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lock.message.isVisible)
    assert not window.tabs.isVisible()
    lock.password.setText(PASSWORD)
    qtbot.mouseClick(lock.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tabs.isVisible)
    assert window.user == user and window.sign_in_dialog is None
    # Kunci layar (Ctrl+L): locked by hand, the dialog does not blame the idle time.
    from PySide6.QtGui import QAction

    menu_item = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+L")
    assert menu_item.text().replace("&", "") == "Kunci layar"
    menu_item.trigger()
    lock = shown_dialog(qtbot, window)
    assert lock.intro.text().startswith("Layar dikunci. Masukkan kata sandi")
    assert "lama tidak dipakai" not in lock.intro.text()
    lock.password.setText(PASSWORD)
    qtbot.mouseClick(lock.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.tabs.isVisible)
    # Locked again, "Keluar akun" signs out instead.
    lock = window.lock()
    assert lock is not None
    qtbot.mouseClick(lock.cancel_button, Qt.MouseButton.LeftButton)
    again = shown_dialog(qtbot, window)
    assert again.windowTitle() == "Masuk" and window.user is None


def test_changing_the_own_password_at_the_window(qtbot, window: MainWindow, engine) -> None:
    dialog = window.change_password()
    assert dialog is not None
    dialog.old.setText("bukan-sandinya")
    dialog.password.setText("sandi-baru-2026")
    dialog.again.setText("sandi-baru-2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.errors["old_password"].isVisible)
    assert dialog.errors["old_password"].text() == "Kata sandi lama salah"
    dialog.old.setText(PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sign_in(engine, "pengelola", "sandi-baru-2026").role == "pengelola"


def test_the_administrator_gives_an_officer_an_account(qtbot, window_as, engine) -> None:
    from pengaduan_desktop.core.officers import officers

    fill_office(engine)
    admin = window_as("admin")
    lists = admin.edit_lists()
    tab = lists.officers
    qtbot.waitUntil(lambda: tab.table.rowCount() > 0)
    manager = next(o for o in officers(engine) if o.manager)
    tab.table.selectRow([r.id for r in tab.rows].index(manager.id))
    assert tab.account_state.text() == "belum punya akun (tidak dapat masuk)"
    assert not tab.reset_button.isEnabled()
    dialog = tab.edit_account(False)
    assert dialog is not None and dialog.windowTitle() == "Buat akun"
    dialog.username.setText("nurul")
    dialog.password.setText("sandi-nurul-01")
    dialog.again.setText("sandi-nurul-01")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.account_state.text() == "nama pengguna nurul")
    if os.environ.get("PENGADUAN_SCREENSHOTS"):
        lists.resize(1000, 700)
        lists.grab().save(str(Path(os.environ["PENGADUAN_SCREENSHOTS"]) / "officer-account.png"))
    assert sign_in(engine, "nurul", "sandi-nurul-01").officer_id == manager.id
    reset = tab.edit_account(True)
    assert reset is not None and reset.username.isReadOnly()
    reset.password.setText("sandi-nurul-02")
    reset.again.setText("sandi-nurul-02")
    qtbot.mouseClick(reset.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not reset.isVisible())
    assert sign_in(engine, "nurul", "sandi-nurul-02").officer_id == manager.id
    assert "&Kunci layar" in [lists.tabs.tabText(i) for i in range(lists.tabs.count())]
    lists.idle_lock.minutes.setValue(5)
    qtbot.mouseClick(lists.idle_lock.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lists.idle_lock.message.text() == "✓ Tersimpan.")
    lists.close()


def test_two_users_with_different_roles_on_one_database(qtbot, window: MainWindow, window_as):
    unit = window_as("unit")
    chief = window_as("kepala")
    admin = window_as("admin")
    assert visible_tabs(window) == ["Pengaduan Baru", "Daftar Pengaduan", "Laporan Bulanan",
                                    "Kalender Kerja"]  # fmt: skip
    assert window.report.issue_button.isVisibleTo(window.report)
    assert "Pengaturan" not in menus(window)
    assert visible_tabs(unit) == ["Daftar Pengaduan"]
    assert "Pengaturan" not in menus(unit)
    assert visible_tabs(chief) == ["Daftar Pengaduan", "Laporan Bulanan", "Kalender Kerja"]
    assert chief.report.conclusions.isReadOnly()
    assert visible_tabs(admin) == ["Kalender Kerja"] and "Pengaturan" in menus(admin)
    assert {w.acting_officer() for w in (window, unit, chief, admin)} == {
        w.user.officer_id for w in (window, unit, chief, admin) if w.user
    }
    assert len({w.acting_officer() for w in (window, unit, chief, admin)}) == 4


@pytest.mark.parametrize("width", [1024, 1366])
def test_screenshots_of_the_sign_in_and_first_run(
    qtbot, unsigned: MainWindow, engine: Engine, tmp_path: Path, width: int
) -> None:
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    win = unsigned
    win.resize(width, 768)
    win.connect_database()
    qtbot.waitUntil(lambda: win.first_admin_dialog is not None
                    and win.first_admin_dialog.isVisible())  # fmt: skip
    first = win.first_admin_dialog
    assert first is not None
    first.password.setText("pendek")
    first.again.setText("pendek!")
    qtbot.mouseClick(first.ok_button, Qt.MouseButton.LeftButton)
    assert first.sizeHint().width() <= width and first.sizeHint().height() <= 768 - 60
    first.grab().save(str(folder / f"first-admin-{width}.png"))
    win.grab().save(str(folder / f"window-before-sign-in-{width}.png"))
    add_account(engine, "admin")
    first.hide()
    sign = win.show_sign_in("admin")
    sign.password.setText("salah-sandi")
    qtbot.mouseClick(sign.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(sign.message.isVisible)
    assert sign.sizeHint().width() <= width
    sign.grab().save(str(folder / f"sign-in-{width}.png"))


def test_the_lock_keeps_an_open_page_with_its_unsaved_text(qtbot, window: MainWindow) -> None:
    """Locking from a complaint page hides it; it comes back after the password,
    with what was typed but not saved (signing out would close it)."""
    from pengaduan_desktop.core.intake import register
    from tests.helpers import complaint

    assert window.engine is not None
    saved = register(window.engine, complaint())
    page = window.open_complaint(saved.id)
    assert page is not None
    qtbot.waitUntil(lambda: page.detail is not None and tasks_running() == 0)
    page.form.ui.summaryEdit.setText("Diketik, belum disimpan")
    # Ctrl+L is an application-wide shortcut: it reaches the window from the page too (the
    # offscreen platform does not route typed shortcuts, so the action is triggered here).
    [lock_action] = [a for a in window.account_menu.actions() if a.text() == "K&unci layar"]
    assert lock_action.shortcut().toString() == "Ctrl+L"
    assert lock_action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    lock_action.trigger()
    qtbot.waitUntil(lambda: window.sign_in_dialog is not None, timeout=10_000)
    lock = shown_dialog(qtbot, window)
    assert not page.isVisible()
    assert page.form.ui.summaryEdit.text() == "Diketik, belum disimpan"  # no key reached it
    qtbot.keyClicks(lock.password, PASSWORD)
    qtbot.keyClick(lock.password, Qt.Key.Key_Return)  # Enter unlocks
    qtbot.waitUntil(page.isVisible)
    assert page.form.ui.summaryEdit.text() == "Diketik, belum disimpan"
    window.lock()
    window.sign_out()  # from the lock screen: the kept page is closed, not shown again
    assert not page.isVisible() and window._held == []


def test_enter_signs_in_after_a_sign_out(qtbot, window: MainWindow) -> None:
    dialog = window.sign_out()
    assert dialog is not None
    qtbot.keyClicks(dialog.username, "pengelola")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None, timeout=10_000)
    assert window.user is not None and window.user.username == "pengelola"


def test_a_unit_officer_is_offered_only_the_follow_up_and_the_note(
    qtbot, window: MainWindow, window_as, engine: Engine
) -> None:
    from pengaduan_desktop.core.intake import register
    from pengaduan_desktop.core.units import units
    from pengaduan_desktop.core.workflow import Action, perform
    from tests.helpers import complaint

    unit_id = units(engine)[0].id
    saved = register(engine, complaint())
    perform(engine, saved.id, Action.VERIFY, None)
    perform(engine, saved.id, Action.DISPOSE, None, "Mohon ditindaklanjuti", unit_id=unit_id)
    unit = window_as("unit")
    page = unit.open_complaint(saved.id)
    assert page is not None
    qtbot.waitUntil(lambda: page.detail is not None and tasks_running() == 0)
    combo = page.ui.actionCombo
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert offered == {Action.FOLLOW_UP.value, Action.NOTE.value}
    # The Pejabat Pengelola's page of the same complaint offers the whole road.
    full = window.open_complaint(saved.id)
    assert full is not None
    qtbot.waitUntil(lambda: full.detail is not None and tasks_running() == 0)
    assert {Action.REPLY.value, Action.DISPOSE.value} <= {
        full.ui.actionCombo.itemData(i) for i in range(full.ui.actionCombo.count())
    }
