"""Berkas › Cadangan… and the offer to restore when the database cannot be used, driven with
qtbot as an administrator would: make a copy, restore it (the list, the real file dialog), and
the window opens the restored database."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core.backup import (
    database_manifest,
    database_name,
    read_manifest,
    write_backup,
)
from pengaduan_desktop.core.backup_rotation import backup_folder
from pengaduan_desktop.core.db import DatabaseDamaged, create_db_engine
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.ui.backup_actions import UnusableDialog
from pengaduan_desktop.ui.backup_dialog import BackupDialog
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.conftest import shots_at_both_widths, sign_in
from tests.helpers import PASSWORD, add_account, complaint, fill_office
from tests.unit.test_backup import restored_as_backed_up

SHOTS = Path(__file__).resolve().parents[2] / ".screenshots"


def complaints(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count(Complaint.id))).scalar_one())


@pytest.fixture(autouse=True)
def own_backup_folder(monkeypatch, tmp_path: Path) -> None:
    """A PostgreSQL database's copies go to the user's data folder: the tests' to their own."""
    from pengaduan_desktop.core.backup_rotation import ENV_FOLDER

    monkeypatch.setenv(ENV_FOLDER, str(tmp_path / "cadangan"))


def opened(qtbot, window: MainWindow) -> BackupDialog:
    dialog = window.show_backups()
    assert isinstance(dialog, BackupDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(dialog.copies) and dialog.isVisible())
    return dialog


def agree(qtbot, parent, yes: str = "Pulihkan") -> str:
    """Click the named button of the question box that opened; returns its text."""
    boxes: list[QMessageBox] = []

    def shown() -> bool:
        boxes[:] = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
        return bool(boxes)

    qtbot.waitUntil(shown)
    box = boxes[-1]
    text = box.text()
    button = next(b for b in box.findChildren(QPushButton) if b.text() == yes)
    button.click()
    return text


def test_only_the_administrator_sees_cadangan(window: MainWindow, window_as) -> None:
    assert not window.backup_action.isVisible()
    admin = window_as("admin")
    assert admin.backup_action.isVisible()


def test_make_a_copy_then_restore_it(qtbot, admin_window: MainWindow, engine: Engine,
                                     tmp_path: Path) -> None:  # fmt: skip
    dialog = opened(qtbot, admin_window)
    with qtbot.waitSignal(dialog.made, timeout=30_000) as made:
        dialog.make_button.click()
    copy = made.args[0]
    assert copy.parent == backup_folder(str(engine.url.render_as_string(hide_password=False)))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 2).text() == read_manifest(copy).revision
    assert dialog.table.item(0, 3).text() == "0"
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "cadangan.png"))
    backed_up = database_manifest(engine)
    register(engine, complaint(summary="Dicatat sesudah cadangan"), None)
    assert complaints(engine) == 1

    dialog.table.selectRow(0)
    dialog.restore_button.click()
    question = agree(qtbot, admin_window)
    assert "akan diganti dengan cadangan" in question and "0 pengaduan" in question
    # The file's path, or the server and database: no address, no password.
    assert f"basis data {database_name(engine.url)} akan" in question and "://" not in question
    # The window lets go of the database, restores off the GUI thread, then opens it again:
    # everyone signs in again (the accounts came with the copy).
    qtbot.waitUntil(lambda: admin_window.sign_in_dialog is not None, timeout=30_000)
    noted = restored_as_backed_up(engine, backed_up)  # and the restore in its audit trail
    assert (noted.action, noted.subject) == ("restore", f"backup:{copy.name}")
    sign_in(qtbot, admin_window, "admin")
    assert complaints(engine) == 0


def test_restore_from_a_file_through_the_file_dialog(
    qtbot, admin_window: MainWindow, engine: Engine, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "di-flashdisk.zip"
    write_backup(engine, elsewhere, None)
    register(engine, complaint(summary="Dicatat sesudah cadangan"), None)
    dialog = opened(qtbot, admin_window)
    files = dialog.choose_file()
    qtbot.waitUntil(files.isVisible)
    files.selectFile(str(elsewhere))
    files.accept()
    agree(qtbot, admin_window)
    sign_in(qtbot, admin_window, "admin")
    assert complaints(engine) == 0


def test_unusable_database_offers_restore_into_a_new_file(qtbot, tmp_path: Path,
                                                          settings_dir: Path) -> None:  # fmt: skip
    """The window's answer to core.db's DatabaseDamaged: the same sentence, "Pulihkan dari
    cadangan…" into a new file beside it, the damaged file left byte for byte."""
    good = create_db_engine(f"sqlite:///{tmp_path / 'baik.db'}")
    from pengaduan_desktop.core.schema import init_database

    init_database(good)
    fill_office(good)
    add_account(good, "admin")
    register(good, complaint(summary="Yang diselamatkan"), None)
    damaged = tmp_path / "pengaduan.db"
    damaged.write_bytes(b"bukan basis data " * 100)
    before = hashlib.sha256(damaged.read_bytes()).hexdigest()
    folder = backup_folder(f"sqlite:///{damaged}")
    folder.mkdir()
    write_backup(good, folder / "pengaduan-2026-11-28.zip", None)
    good.dispose()

    window = MainWindow(f"sqlite:///{damaged}")
    qtbot.addWidget(window)
    window.show()
    message = f"berkas basis data {damaged} rusak; pulihkan dari cadangan atau pilih berkas lain"
    window._connect_failed(DatabaseDamaged(message))
    offer = window.findChild(UnusableDialog)
    assert offer is not None and offer.isVisible()
    SHOTS.mkdir(exist_ok=True)
    offer.grab().save(str(SHOTS / "basis-data-rusak.png"))
    assert offer.quit_button.text() == "&Keluar"
    backups = offer.choose_backup()
    qtbot.waitUntil(lambda: backups.table.rowCount() == 1)
    assert not backups.make_button.isVisible()
    backups.table.selectRow(0)
    backups.restore_button.click()
    question = agree(qtbot, window)
    assert "berkas baru" in question and "tidak diubah" in question
    assert question.startswith("Cadangan ") and "sqlite:" not in question
    told = message_box(qtbot, window, "Dipulihkan")
    shots(told, "dipulihkan-berkas-baru")
    assert "minta pengelola komputer mengubah pintasan" in told.text()
    assert f"Berkas lama {damaged} tidak diubah" in told.text()
    told.accept()
    sign_in(qtbot, window, "admin")
    assert window.engine is not None and complaints(window.engine) == 1
    assert Path(window.engine.url.database or "").name.startswith("pengaduan-pulih-")
    assert hashlib.sha256(damaged.read_bytes()).hexdigest() == before


DETECTION = importlib.util.find_spec("pengaduan_desktop.core.db_health") is not None


@pytest.mark.skipif(not DETECTION, reason="the damaged-database detection is not merged yet")
def test_damaged_file_at_start_up_shows_the_offer(qtbot, tmp_path: Path,
                                                  settings_dir: Path) -> None:  # fmt: skip
    damaged = tmp_path / "pengaduan.db"
    damaged.write_bytes(b"bukan basis data " * 100)
    window = MainWindow(f"sqlite:///{damaged}")
    qtbot.addWidget(window)
    window.show()
    window.connect_database()
    qtbot.waitUntil(lambda: window.findChild(UnusableDialog) is not None, timeout=30_000)
    assert window.findChild(UnusableDialog).isVisible()


def test_automatic_copy_at_start_up_off_the_gui_thread(qtbot, admin_window: MainWindow,
                                                        engine: Engine) -> None:  # fmt: skip
    from pengaduan_desktop.core import clock
    from pengaduan_desktop.core.backup_rotation import copy_name
    from pengaduan_desktop.ui.backup_actions import start_automatic_backup

    url = engine.url.render_as_string(hide_password=False)
    today = backup_folder(url) / copy_name(clock.today())
    start_automatic_backup(admin_window)
    qtbot.waitUntil(lambda: "Cadangan harian dibuat" in admin_window.statusBar().currentMessage(),
                    timeout=30_000)  # fmt: skip
    assert today.exists() and read_manifest(today).revision
    dialog = opened(qtbot, admin_window)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)


def shots(widget, name: str) -> None:
    """The widget at both screen widths the offices use."""
    SHOTS.mkdir(exist_ok=True)
    for width in (1024, 1366):
        widget.resize(min(width - 40, max(widget.width(), 820)), widget.height())
        widget.grab().save(str(SHOTS / f"{name}-{width}.png"))


def message_box(qtbot, parent, title: str) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in parent.findChildren(QMessageBox)
                    if b.isVisible() and b.windowTitle() == title]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(shown, timeout=30_000)
    return found[-1]


def test_a_copy_of_another_database_is_said_to_be_one(
    qtbot, admin_window: MainWindow, engine: Engine, tmp_path: Path
) -> None:
    """Copies say how they were made; a copy of another database in the same folder says so in
    the list and first of all in the question; the question names a file, not an address."""
    if engine.dialect.name != "sqlite":
        pytest.skip("the file names of SQLite databases")
    from pengaduan_desktop.core.backup import AUTOMATIC
    from pengaduan_desktop.core.schema import init_database

    other = create_db_engine(f"sqlite:///{tmp_path / 'lain.db'}")
    init_database(other)
    url = engine.url.render_as_string(hide_password=False)
    folder = backup_folder(url)
    folder.mkdir(parents=True, exist_ok=True)
    write_backup(other, folder / "pengaduan-2026-11-28.zip", None, kind=AUTOMATIC)
    other.dispose()
    dialog = opened(qtbot, admin_window)
    with qtbot.waitSignal(dialog.made, timeout=30_000):
        dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    notes = {dialog.table.item(row, 4).text() for row in range(2)}
    assert notes == {
        "dibuat manual",
        f"otomatis (harian); dari basis data lain: {tmp_path / 'lain.db'}",
    }
    shots(dialog, "cadangan-keterangan")
    foreign = next(r for r in range(2) if "lain" in dialog.table.item(r, 4).text())
    dialog.table.selectRow(foreign)
    dialog.restore_button.click()
    box = message_box(qtbot, admin_window, "Pulihkan dari cadangan")
    shots(box, "cadangan-lain")
    text = box.text()
    assert text.startswith(f"Cadangan ini berasal dari basis data lain: {tmp_path / 'lain.db'}.")
    assert f"basis data {engine.url.database} akan diganti" in text and "sqlite:" not in text
    next(b for b in box.findChildren(QPushButton) if b.text() == "Batal").click()


def test_newer_program_s_database_offers_only_keluar(qtbot, tmp_path: Path,
                                                     settings_dir: Path) -> None:  # fmt: skip
    """A database from a newer program: restoring an old copy would throw its newer data away,
    so only "Keluar" and the advice to update; "not changed" is said once."""
    from pengaduan_desktop.core.db import SchemaTooNew
    from pengaduan_desktop.core.db_health import require_known

    newer = tmp_path / "pengaduan.db"
    window = MainWindow(f"sqlite:///{newer}")
    qtbot.addWidget(window)
    window.show()
    with pytest.raises(SchemaTooNew) as refused:
        require_known("0099", str(newer))
    window._connect_failed(refused.value)
    offer = window.findChild(UnusableDialog)
    assert offer is not None and offer.isVisible()
    shots(offer, "basis-data-lebih-baru")
    assert offer.restore_button.isHidden() and offer.quit_button.isVisible()
    said = " ".join(label.text() for label in offer.findChildren(QLabel))
    assert said.count("tidak diubah") == 1 and "versi program yang lebih baru" in said
    offer.quit_button.click()
    assert not window.isVisible()


def test_the_program_s_own_damaged_file_is_replaced_for_the_next_start(
    qtbot, tmp_path: Path, settings_dir: Path, monkeypatch
) -> None:
    """Started from its icon (no --db): the restored file takes the damaged one's place, the
    damaged one keeps its content under a new name beside it, and the officer is told so."""
    from pengaduan_desktop.core import db
    from pengaduan_desktop.core.db import ENV_DB
    from pengaduan_desktop.core.schema import init_database

    own = tmp_path / "data" / "pengaduan.db"
    own.parent.mkdir()
    monkeypatch.setattr(db, "default_db_path", lambda: own)
    monkeypatch.delenv(ENV_DB, raising=False)
    good = create_db_engine(f"sqlite:///{tmp_path / 'baik.db'}")
    init_database(good)
    fill_office(good)
    add_account(good, "admin")
    register(good, complaint(summary="Yang diselamatkan"), None)
    own.write_bytes(b"bukan basis data " * 100)
    Path(f"{own}-wal").write_bytes(b"wal")
    before = own.read_bytes()
    folder = backup_folder(f"sqlite:///{own}")
    folder.mkdir(parents=True, exist_ok=True)
    write_backup(good, folder / "pengaduan-2026-11-28.zip", None)
    good.dispose()

    window = MainWindow(None)
    qtbot.addWidget(window)
    window.show()
    window._connect_failed(DatabaseDamaged(f"berkas basis data {own} rusak"))
    offer = window.findChild(UnusableDialog)
    assert offer is not None
    backups = offer.choose_backup()
    qtbot.waitUntil(lambda: backups.table.rowCount() == 1)
    backups.table.selectRow(0)
    backups.restore_button.click()
    question = agree(qtbot, window)
    assert question.startswith("Cadangan ") and "sqlite:" not in question
    box = message_box(qtbot, window, "Dipulihkan")
    shots(box, "dipulihkan-ke-berkas-program")
    [aside] = own.parent.glob("pengaduan-rusak-*.db")
    assert f"nama baru {aside.name}" in box.text() and "--db" not in box.text()
    assert "dibuka lagi dari ikonnya" in box.text()
    assert aside.read_bytes() == before and Path(f"{aside}-wal").read_bytes() == b"wal"
    assert not list(own.parent.glob("pengaduan-pulih-*"))
    box.accept()
    sign_in(qtbot, window, "admin")
    assert window.engine is not None and Path(window.engine.url.database or "") == own
    assert complaints(window.engine) == 1


def test_the_file_dialog_starts_where_copies_are(qtbot, tmp_path: Path) -> None:
    """A database with no copy of its own yet: "Pulihkan dari berkas lain…" opens the folder of
    all copies (older copies, made before each database had its own folder, are there)."""
    url = f"sqlite:///{tmp_path / 'baru.db'}"
    folder = tmp_path / "cadangan" / "baru"
    (tmp_path / "cadangan").mkdir()
    dialog = BackupDialog(url, None, folder, lambda _url: None, lambda: None)
    qtbot.addWidget(dialog)
    files = dialog.choose_file()
    assert Path(files.directory().absolutePath()) == tmp_path / "cadangan"
    files.reject()


@pytest.mark.parametrize("table", ["audit_entry", "officer"])
def test_damage_found_after_start_offers_restore_not_an_outage(
    qtbot, sqlite_url: str, sqlite_engine: Engine, settings_dir: Path, tmp_path: Path,
    table: str
) -> None:  # fmt: skip
    """A file whose header and schema are sound but a table's page is not: found when the
    watcher or the sign-in reads it. The window shows the start-up's dialog naming the file
    (with "Pulihkan dari cadangan…"), not an OK box, and says no server is unreachable."""
    from tests.unit.test_outputs import damage_table

    fill_office(sqlite_engine)
    add_account(sqlite_engine, "admin")
    sqlite_engine.dispose()
    path = Path(sqlite_engine.url.database or "")
    damage_table(path, table)
    window = MainWindow(sqlite_url)
    qtbot.addWidget(window)
    window.show()
    window.connect_database()
    found = [window.findChild(UnusableDialog)]

    def offered() -> bool:
        found[0] = window.findChild(UnusableDialog)
        if found[0] is not None and found[0].isVisible():
            return True
        dialog = window.sign_in_dialog
        if dialog is not None and dialog.isVisible() and dialog.ok_button.isEnabled():
            dialog.username.setText("admin")
            dialog.password.setText(PASSWORD)
            dialog.ok_button.click()
        return False

    qtbot.waitUntil(offered, timeout=30_000)
    offer = found[0]
    assert offer is not None
    text = offer.findChildren(QLabel)[0].text()
    assert text == f"Berkas basis data {path} rusak; pulihkan dari cadangan atau pilih berkas lain"
    assert offer.restore_button.text() == "&Pulihkan dari cadangan…"
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert not window.live.label.isVisible() or "terjangkau" not in window.live.label.text()
    assert window.user is None and not window.tabs.isVisible()
    shots_at_both_widths(qtbot, window, tmp_path, f"damaged-later-{table}", offer)
