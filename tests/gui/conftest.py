from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import Engine

from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import PASSWORD, add_account, fill_office

# The window's modules whose PostgreSQL variant runs: where the window's behaviour depends on the
# database (another desk's changes arriving, the case list's search and paging plans, backups,
# the report's figures, no reads on the GUI thread, an outage). Every other window test runs on
# SQLite only; what it calls in core runs on both backends in tests/unit and tests/e2e.
# PENGADUAN_TEST_ALL_PG_WINDOWS=1 runs every window test on PostgreSQL too.
PG_WINDOW_MODULES = {
    "test_live_desk", "test_live_desk_outage", "test_case_list", "test_case_search",
    "test_no_reads_on_gui_thread", "test_backup_dialog", "test_open_backup", "test_report_tab",
    "test_crash",
}  # fmt: skip


def _window_test_on_postgres_skipped(item: pytest.Item) -> bool:
    callspec = getattr(item, "callspec", None)
    return (
        callspec is not None
        and callspec.params.get("db_url") == "postgres"
        and item.path.parent.name == "gui"
        and item.path.stem not in PG_WINDOW_MODULES
        and os.environ.get("PENGADUAN_TEST_ALL_PG_WINDOWS") != "1"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests that print on the real CUPS queue share its output folder: one worker runs
    them one after the other (installer/test.sh spreads the suite with --dist loadgroup).
    The PostgreSQL variants of window tests outside PG_WINDOW_MODULES are deselected."""
    for item in items:
        if "cups_out" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("cups"))
    dropped = [item for item in items if _window_test_on_postgres_skipped(item)]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = [item for item in items if not _window_test_on_postgres_skipped(item)]


def _close_left_over_boxes(when: str) -> None:
    """Close message boxes that outlived their test (a late task's message, shown after the
    window was closed), saying on stderr what they said: under pytest-xdist the next test on
    the worker would otherwise find a modal box over its window."""
    import sys

    from PySide6.QtWidgets import QApplication, QMessageBox

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            print(f"message box left {when}: {widget.windowTitle()}: {widget.text()}",
                  file=sys.stderr)  # fmt: skip
            widget.done(0)


@pytest.fixture(autouse=True)
def no_left_over_boxes() -> Iterator[None]:
    _close_left_over_boxes("by an earlier test")
    yield
    _close_left_over_boxes("at the end of the test")


@pytest.fixture(autouse=True)
def no_keys_held() -> Iterator[None]:
    """Every test starts with no modifier key down. A simulated Ctrl+A (qtbot.keyClick) ends
    with a key release that still carries Ctrl, so the application believes Ctrl is held
    until the next key event: a later test in the same process would type and select as if
    it were. Tests that need a key held (tests/gui/test_live_desk.py) hold it themselves."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    if QApplication.instance() is not None and QApplication.keyboardModifiers():
        from PySide6.QtTest import QTest

        absorber = QWidget()
        QTest.keyClick(absorber, Qt.Key.Key_Shift)  # a press and release with no modifier
        absorber.deleteLater()
        assert not QApplication.keyboardModifiers()
    yield


@pytest.fixture
def settings_dir(qapp, tmp_path: Path) -> Path:
    qapp.setOrganizationName("BKAD Kalbar Test")
    qapp.setApplicationName("Pengaduan Desktop Test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    return tmp_path


def sign_in(qtbot, win: MainWindow, username: str, password: str = PASSWORD) -> None:
    """Type the username and password into the window's sign-in dialog, as an officer does,
    and wait until the tabs of the role are open."""
    qtbot.waitUntil(lambda: win.sign_in_dialog is not None and win.sign_in_dialog.isVisible(),
                    timeout=30_000)  # fmt: skip
    dialog = win.sign_in_dialog
    assert dialog is not None
    dialog.username.setText(username)
    dialog.password.setText(password)
    with qtbot.waitSignal(win.database_ready, timeout=30_000):
        dialog.ok_button.click()


def open_window(qtbot, db_url: str, username: str) -> Iterator[MainWindow]:
    """The window connected to the database and signed in as `username` (PASSWORD)."""
    win = MainWindow(db_url)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.connect_database()
    sign_in(qtbot, win, username)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # so that keyboard shortcuts reach it
    qtbot.waitUntil(lambda: tasks_running() == 0)
    yield win
    qtbot.waitUntil(lambda: tasks_running() == 0)
    win.live.stop()  # before the test's database is dropped: the watcher would report it gone


@pytest.fixture
def window(qtbot, engine: Engine, db_url: str, settings_dir: Path) -> Iterator[MainWindow]:
    """The window on a database whose office profile is filled (official documents print),
    signed in as the Pejabat Pengelola Pengaduan (every complaint feature). An administrator
    exists too (username "admin")."""
    fill_office(engine)
    add_account(engine, "admin")
    add_account(engine, "pengelola")
    yield from open_window(qtbot, db_url, "pengelola")


@pytest.fixture
def admin_window(qtbot, engine: Engine, db_url: str, settings_dir: Path) -> Iterator[MainWindow]:
    """The `window` database (profile filled, administrator and Pejabat Pengelola accounts),
    signed in as the administrator: settings, people and the calendar."""
    fill_office(engine)
    add_account(engine, "admin")
    add_account(engine, "pengelola")
    yield from open_window(qtbot, db_url, "admin")


@pytest.fixture
def fresh_window(qtbot, engine: Engine, db_url: str, settings_dir: Path) -> Iterator[MainWindow]:
    """The window on a new database: the profile still has its first-run placeholders; the
    administrator (who sets up the office) is signed in."""
    add_account(engine, "admin")
    yield from open_window(qtbot, db_url, "admin")


@pytest.fixture
def window_as(qtbot, engine: Engine, db_url: str, settings_dir: Path):
    """Open another window on the same database signed in with a role: window_as("petugas")
    (the account is made when missing; "unit" belongs to the first unit)."""
    from pengaduan_desktop.core.accounts import accounts
    from pengaduan_desktop.core.units import units

    opened: list[Iterator[MainWindow]] = []

    def open_as(role: str, username: str | None = None) -> MainWindow:
        username = username or role
        if username not in {a.username for a in accounts(engine)}:
            unit = units(engine)[0].id if role == "unit" else None
            add_account(engine, role, username, unit_id=unit)
        opening = open_window(qtbot, db_url, username)
        opened.append(opening)
        return next(opening)

    yield open_as
    for opening in opened:
        next(opening, None)


def act_as(window: MainWindow, role: str, unit_id: int | None = None) -> int:
    """Sign the window in as a new officer of `role` (core.permissions decides what each role
    may do; a unit officer needs `unit_id`); returns the officer's id."""
    from pengaduan_desktop.core.accounts import sign_in

    username = f"uji_{role}_{unit_id or 0}"
    officer_id = add_account(window.engine, role, username, unit_id=unit_id)
    window.user = sign_in(window.engine, username, PASSWORD)
    window._apply_role()
    return officer_id


def shots_at_both_widths(qtbot, window: MainWindow, tmp_path: Path, name: str,
                         also: object = None) -> None:  # fmt: skip
    """The window (and `also`, a dialog over it) at 1366×768 and 1024×768, saved in
    $PENGADUAN_SCREENSHOTS or the test's folder as <name>-<width>x768.png."""
    import os

    shots = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    for width, height in ((1366, 768), (1024, 768)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        window.grab().save(str(shots / f"{name}-{width}x{height}.png"))
        if also is not None:
            also.grab().save(str(shots / f"{name}-box-{width}x{height}.png"))  # type: ignore[attr-defined]


@pytest.fixture
def english(qapp, settings_dir: Path) -> Iterator[None]:
    """The window's translators and locale in English, as `pengaduan --lang en` installs them,
    taken out after the test."""
    from PySide6.QtCore import QLocale

    from pengaduan_desktop.ui import language

    before = QLocale()
    assert language.install(qapp, "en") == "en"
    yield
    language.uninstall(qapp)
    QLocale.setDefault(before)
