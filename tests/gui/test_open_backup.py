"""`pengaduan --open-backup FILE`: what Windows' "Open with > Pengaduan Desktop" on a backup
runs (installer/windows/pengaduan.nsi). Once signed in, the Cadangan dialog asks to restore
that file; a role that may not restore is told so in the status bar."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from pengaduan_desktop.cli import build_parser
from pengaduan_desktop.core.backup import write_backup
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.ui.backup_actions import offer_backup_file
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.conftest import sign_in
from tests.gui.test_backup_dialog import agree, complaints, own_backup_folder  # noqa: F401
from tests.helpers import complaint


def test_the_option_names_the_file() -> None:
    args = build_parser().parse_args(["--open-backup", "C:\\Data\\pengaduan-2026-11-28.zip"])
    assert args.command is None and args.open_backup == Path("C:\\Data\\pengaduan-2026-11-28.zip")


def test_the_administrator_is_asked_to_restore_the_file(
    qtbot, admin_window: MainWindow, engine: Engine, tmp_path: Path
) -> None:
    opened = tmp_path / "pengaduan-2026-11-28.zip"
    write_backup(engine, opened, None)
    register(engine, complaint(summary="Dicatat sesudah cadangan"), None)
    assert complaints(engine) == 1
    dialog = offer_backup_file(admin_window, opened)
    assert dialog is not None
    question = agree(qtbot, admin_window)
    assert "0 pengaduan" in question
    sign_in(qtbot, admin_window, "admin")
    assert complaints(engine) == 0


def test_another_role_is_told_only_the_administrator_may(
    window: MainWindow, engine: Engine, tmp_path: Path
) -> None:
    opened = tmp_path / "pengaduan-2026-11-28.zip"
    write_backup(engine, opened, None)
    assert offer_backup_file(window, opened) is None
    assert "pengaduan-2026-11-28.zip" in window.statusBar().currentMessage()
    assert "administrator" in window.statusBar().currentMessage()
