from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import Engine

from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.tasks import tasks_running
from tests.helpers import fill_office


@pytest.fixture
def settings_dir(qapp, tmp_path: Path) -> Path:
    qapp.setOrganizationName("BKAD Kalbar Test")
    qapp.setApplicationName("Pengaduan Desktop Test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    return tmp_path


def open_window(qtbot, db_url: str) -> Iterator[MainWindow]:
    win = MainWindow(db_url)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # so that keyboard shortcuts reach it
    with qtbot.waitSignal(win.database_ready, timeout=30_000):
        win.connect_database()
    qtbot.waitUntil(lambda: tasks_running() == 0)
    yield win
    qtbot.waitUntil(lambda: tasks_running() == 0)


@pytest.fixture
def window(qtbot, engine: Engine, db_url: str, settings_dir: Path) -> Iterator[MainWindow]:
    """The window on a database whose office profile is filled (official documents print)."""
    fill_office(engine)
    yield from open_window(qtbot, db_url)


@pytest.fixture
def fresh_window(qtbot, engine: Engine, db_url: str, settings_dir: Path) -> Iterator[MainWindow]:
    """The window on a new database: the profile still has its first-run placeholders."""
    yield from open_window(qtbot, db_url)


def act_as(window: MainWindow, role: str, unit_id: int | None = None) -> int:
    """Make the window act as a new officer of `role` (core.permissions decides what each role
    may do; a unit officer needs `unit_id`); returns the officer's id."""
    from pengaduan_desktop.core.officers import OfficerData, add_officer
    from pengaduan_desktop.core.vocabulary import ROLE_LABELS, Role

    name = f"Uji {ROLE_LABELS[Role(role)]}"
    officer_id = add_officer(window.engine, OfficerData(name, "197501012000031001", "Penguji",
                                                        role, unit_id=unit_id), None)  # fmt: skip
    window.officer_combo.addItem(name, officer_id)
    window.officer_combo.setCurrentIndex(window.officer_combo.count() - 1)
    return officer_id
