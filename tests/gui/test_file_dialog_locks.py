"""The file dialog must not make the window lose its hold on the SQLite database.

Opening and closing a file releases every POSIX lock the process holds on it. Qt's default
icon provider reads the first bytes of files it cannot name by their suffix (`pengaduan.db`,
`-wal`, `-shm`), so a save dialog that merely lists the database's folder used to drop SQLite's
locks; the next program to open the database then believed it was alone, checkpointed and
deleted the write-ahead log, and the window's later saves were lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel
from sqlalchemy import func, select

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.pdf_output import choose_pdf_file
from tests.helpers import complaint

pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def locks_on(paths: list[Path]) -> list[str]:
    """The POSIX locks this process holds on these files, from /proc/locks."""
    inodes = {f"{os.major(s.st_dev):02x}:{os.minor(s.st_dev):02x}:{s.st_ino}"
              for s in (p.stat() for p in paths if p.exists())}  # fmt: skip
    held = []
    for line in Path("/proc/locks").read_text().splitlines():
        fields = line.split()
        if "->" in fields:
            continue  # a waiter, not a holder
        if fields[4] == str(os.getpid()) and fields[5] in inodes:
            held.append(" ".join(fields[3:]))
    return sorted(held)


def another_program_reads(db: Path) -> None:
    """What `sqlite3 pengaduan.db 'select …'` or a scheduled `pengaduan report` does."""
    code = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('select count(*) from complaint').fetchone(); c.close()"
    )
    subprocess.run([sys.executable, "-c", code, str(db)], check=True)


def test_listing_the_database_folder_keeps_the_locks_and_the_saves(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    if not Path("/proc/locks").exists():
        pytest.skip("/proc/locks shows POSIX locks on Linux only")
    db = tmp_path / "pengaduan.db"
    files = [db, db.with_name("pengaduan.db-wal"), db.with_name("pengaduan.db-shm")]
    register(window.engine, complaint())  # the pool now holds an open connection in WAL mode
    before = locks_on(files)
    assert before, "an open SQLite connection in WAL mode holds locks"

    (tmp_path / "Surat-lama.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")  # something the dialog shows
    choose_pdf_file(window, str(tmp_path / "Tanda-Bukti.pdf"), lambda _path: None)
    dialog = window.findChild(QFileDialog)
    assert Path(dialog.directory().absolutePath()) == tmp_path
    model = dialog.findChild(QFileSystemModel)

    def listed() -> bool:
        folder = model.index(str(tmp_path))
        if model.canFetchMore(folder):
            model.fetchMore(folder)
        names = {model.index(r, 0, folder).data() for r in range(model.rowCount(folder))}
        return "Surat-lama.pdf" in names  # listed: the files beside it are being looked at

    qtbot.waitUntil(listed, timeout=20_000)
    qtbot.wait(1500)  # the dialog fetches icons and types in a thread after listing
    assert locks_on(files) == before
    dialog.reject()
    QApplication.processEvents()

    another_program_reads(db)
    assert db.with_name("pengaduan.db-wal").exists(), "the write-ahead log is still there"
    register(window.engine, complaint())
    window.engine.dispose()
    with reading(window.engine) as session:
        assert session.scalar(select(func.count()).select_from(Complaint)) == 2
