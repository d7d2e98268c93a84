"""The intake form's draft: kept while the officer types, offered back after a real crash
(a window in its own process, SIGKILLed), gone once the complaint is saved, the form emptied or
the draft thrown away."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Engine, select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.ui.intake_draft import drafts_file, form_values
from pengaduan_desktop.ui.main_window import MainWindow
from tests.draft_crash_worker import USERNAME, type_complaint
from tests.gui.conftest import open_window
from tests.helpers import VALID_NIK, add_account, complaint, fill_office

ROOT = Path(__file__).resolve().parents[2]
OFFER = "Ada isian pengaduan yang belum tersimpan dari "


def kept(path: Path) -> list[dict[str, object]]:
    """Every draft the settings file holds, as the form's values."""
    if not path.exists():
        return []
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    return [json.loads(str(settings.value(f"{group}/fields"))) for group in settings.childGroups()]


def kept_on_disk(path: Path, folder: Path) -> list[dict[str, object]]:
    """kept(), read from a fresh copy of the file: QSettings caches a file by its path and may
    miss another process's rewrite of it (same size, same modification time)."""
    if not path.exists():
        return []
    copy = folder / f"drafts-{time.monotonic_ns()}.ini"
    copy.write_bytes(path.read_bytes())
    try:
        return kept(copy)
    finally:
        copy.unlink()


def offer_box(window: MainWindow) -> QMessageBox | None:
    return window.intake.draft.offer_box


def screenshot(window: MainWindow, box: QMessageBox, path: Path) -> None:
    """The window with the question over it, as the officer sees them."""
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(box.mapTo(window, QPoint(0, 0)) if box.parent() is window else
                       window.mapFromGlobal(box.mapToGlobal(QPoint(0, 0))), box.grab())  # fmt: skip
    painter.end()
    picture.save(str(path))


@pytest.fixture
def office(engine: Engine, settings_dir: Path) -> Path:
    """The `window` fixture's database (profile filled, the Pejabat Pengelola's account), not
    yet opened; returns the drafts file of this test's settings folder."""
    fill_office(engine)
    add_account(engine, "admin")
    add_account(engine, USERNAME)
    return drafts_file()


@pytest.fixture
def crashed(qapp, db_url: str, office: Path, settings_dir: Path, tmp_path: Path) -> Path:
    """A window in another process signs in, has a complaint typed into its intake form, and
    is SIGKILLed as soon as the draft is in the settings file. Returns what its form showed."""
    snapshot = tmp_path / "form.json"
    env = {**os.environ, "XDG_CONFIG_HOME": str(settings_dir), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.draft_crash_worker", db_url, str(settings_dir),
         qapp.organizationName(), qapp.applicationName(), str(snapshot)],
        cwd=ROOT, env=env, stderr=subprocess.PIPE,
    )  # fmt: skip
    give_up = time.monotonic() + 300  # not a speed limit: a worker stuck for good fails
    try:
        while not (
            snapshot.exists() and json.loads(snapshot.read_text()) in kept_on_disk(office, tmp_path)
        ):
            if process.poll() is not None:
                pytest.fail(process.communicate()[1].decode())
            if time.monotonic() > give_up:
                pytest.fail(f"the draft never reached {office}: {kept_on_disk(office, tmp_path)}")
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate()
    assert process.returncode == -signal.SIGKILL
    return snapshot


@pytest.fixture
def signed_in(qtbot, office: Path, db_url: str) -> Iterator[MainWindow]:
    """The window signed in as the Pejabat Pengelola, with no draft left behind."""
    yield from open_window(qtbot, db_url, USERNAME)


@pytest.fixture
def reopened(qtbot, crashed: Path, db_url: str) -> Iterator[MainWindow]:
    """The program started again after the crash, the same officer signed in."""
    yield from open_window(qtbot, db_url, USERNAME)


def test_a_draft_comes_back_after_a_real_crash(qtbot, reopened: MainWindow, crashed: Path,
                                               office: Path, tmp_path: Path) -> None:  # fmt: skip
    typed = json.loads(crashed.read_text())
    assert stat.S_IMODE(office.stat().st_mode) == 0o600  # it holds a NIK
    assert stat.S_IMODE(office.parent.stat().st_mode) == 0o700
    qtbot.waitUntil(lambda: offer_box(reopened) is not None and offer_box(reopened).isVisible())
    box = offer_box(reopened)
    assert box is not None
    assert box.text().startswith(OFFER) and box.text().endswith("WIB. Pulihkan?")
    assert [b.text() for b in box.buttons()] == ["Pulihkan", "Buang"]
    shots = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    for width, height in ((1024, 768), (1366, 768)):
        reopened.resize(width, height)
        qtbot.waitUntil(lambda w=width: reopened.width() == w)
        assert box.width() <= width and box.height() <= height
        screenshot(reopened, box, shots / f"draf-ditawarkan-{width}x{height}.png")
    form = reopened.intake.form
    assert form.ui.summaryEdit.text() == ""  # nothing is filled until the officer says so
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: offer_box(reopened) is None)
    assert form_values(form) == typed  # every field, as it was
    ui = form.ui
    assert (ui.nameEdit.text(), ui.idNumberEdit.text(), ui.phoneEdit.text()) == (
        "Đặng Thị Święty", VALID_NIK, "0812-3456-7890")  # fmt: skip
    assert ui.addressEdit.toPlainText() == "Jl. Ahmad Yani No. 1\nPontianak"
    assert ui.letterNumberEdit.isVisible() and ui.letterNumberEdit.text() == "005/123/BKAD-2026"
    assert ui.serviceCombo.currentText() == "Layanan yang belum ada di daftar"
    assert ui.eventDateEdit.text() == "02112026" and ui.confidentialCheck.isChecked()
    # The restored complaint saves like a typed one, and its draft is gone with the save.
    ui.serviceCombo.setCurrentIndex(0)
    qtbot.mouseClick(reopened.intake.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reopened.intake.last_saved is not None, timeout=20_000)
    assert kept(office) == []
    with reading(reopened.engine) as session:
        row = session.scalars(select(Complaint)).one()
        assert (row.summary, row.complainant.id_number) == (
            "Pembayaran honor narasumber belum diterima", VALID_NIK)  # fmt: skip


def test_buang_throws_the_draft_away(qtbot, reopened: MainWindow, office: Path) -> None:
    qtbot.waitUntil(lambda: offer_box(reopened) is not None and offer_box(reopened).isVisible())
    box = offer_box(reopened)
    assert box is not None
    qtbot.mouseClick(box.buttons()[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: offer_box(reopened) is None)
    assert kept(office) == []
    assert reopened.intake.form.ui.summaryEdit.text() == ""
    reopened.intake.draft.keep()  # an empty form is no draft
    assert kept(office) == []


def keep_now(tab) -> None:  # type: ignore[no-untyped-def]
    """What the timer does every few seconds."""
    tab.draft.keep()


def test_the_draft_follows_the_form_and_goes_with_the_save(
    qtbot, signed_in: MainWindow, office: Path
) -> None:
    tab = signed_in.intake
    assert offer_box(signed_in) is None and tab.draft.timer.isActive()
    assert tab.draft.timer.interval() == 3000
    keep_now(tab)
    assert kept(office) == []  # nothing typed yet
    type_complaint(tab.form)
    keep_now(tab)
    assert kept(office) == [form_values(tab.form)]
    before = office.stat().st_mtime_ns
    keep_now(tab)  # unchanged: not written again
    assert office.stat().st_mtime_ns == before
    tab.form.ui.summaryEdit.setText("Perihal yang diubah")
    keep_now(tab)
    assert kept(office) == [form_values(tab.form)]
    tab.form.ui.serviceCombo.setCurrentIndex(0)
    qtbot.keyClick(tab.form.ui.summaryEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.last_saved is not None, timeout=20_000)
    assert kept(office) == []
    keep_now(tab)  # the saved complaint on screen is no draft
    assert kept(office) == []


def test_baru_empties_the_form_and_its_draft(qtbot, signed_in: MainWindow, office: Path) -> None:
    tab = signed_in.intake
    type_complaint(tab.form)
    keep_now(tab)
    assert len(kept(office)) == 1
    qtbot.mouseClick(tab.ui.newButton, Qt.MouseButton.LeftButton)
    assert kept(office) == []
    assert tab.form.ui.summaryEdit.text() == ""


def test_each_officer_has_their_own_draft(qtbot, signed_in: MainWindow, office: Path,
                                          window_as) -> None:  # fmt: skip
    """A draft typed by one officer is not offered to another signing in at the same desk,
    and signing out lets the typed complaint go."""
    type_complaint(signed_in.intake.form)
    keep_now(signed_in.intake)
    other = window_as("petugas")
    assert offer_box(other) is None and other.intake.draft.timer.isActive()
    assert len(kept(office)) == 1
    signed_in.sign_out()
    assert kept(office) == []


def test_a_draft_whose_save_did_commit_is_not_saved_twice(
    qtbot, crashed: Path, office: Path, db_url: str, engine: Engine
) -> None:
    """The program died after the save committed but before the draft was cleared: the draft
    carries the form's save key, so saving the restored draft shows the complaint already
    recorded instead of writing a second one."""
    settings = QSettings(str(office), QSettings.Format.IniFormat)
    (group,) = settings.childGroups()
    save_key = str(settings.value(f"{group}/save_key"))
    assert len(save_key) == 36  # the form's uuid
    first = register(engine, complaint(summary="Tersimpan sebelum program berhenti"), None,
                     key=save_key)  # fmt: skip
    window = next(open_window(qtbot, db_url, USERNAME))
    qtbot.waitUntil(lambda: offer_box(window) is not None and offer_box(window).isVisible())
    box = offer_box(window)
    assert box is not None
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: offer_box(window) is None)
    assert window.intake.save_key == save_key
    window.intake.form.ui.serviceCombo.setCurrentIndex(0)
    qtbot.mouseClick(window.intake.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.intake.last_saved is not None, timeout=20_000)
    assert window.intake.last_saved.tracking_number == first.tracking_number
    with reading(engine) as session:
        assert len(session.scalars(select(Complaint)).all()) == 1
    assert kept(office) == []
