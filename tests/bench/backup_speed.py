"""Backup and restore of a demo database, timed beside a plain copy of the same file made in
the same run (the floor: no program reads a database faster than the disk copies it)."""

from __future__ import annotations

import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from pengaduan_desktop.core.backup import database_manifest, write_backup
from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.restore import holds_backup, restore_backup
from tests.bench.measure import report


def backup_speed(url: str, count: int, folder: Path) -> dict[str, float]:
    source = Path(url.removeprefix("sqlite:///"))
    with closing(sqlite3.connect(source)) as conn:  # the -wal folded in: one file to copy
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    start = time.perf_counter()
    shutil.copyfile(source, folder / "salinan.db")
    copy = time.perf_counter() - start
    engine = create_db_engine(url)
    start = time.perf_counter()
    manifest = write_backup(engine, folder / "cadangan.zip", None)
    backup = time.perf_counter() - start
    target = f"sqlite:///{folder / 'pulih.db'}"
    start = time.perf_counter()
    restore_backup(folder / "cadangan.zip", target)
    restore = time.perf_counter() - start
    restored = create_db_engine(target)
    same = holds_backup(database_manifest(restored), manifest)
    restored.dispose()
    engine.dispose()
    size = source.stat().st_size / 1e6
    zipped = (folder / "cadangan.zip").stat().st_size / 1e6
    report(f"Backup and restore, {count:,} complaints ({size:.0f} MB database)", [
        ("plain file copy (shutil.copyfile)", f"{copy:.2f} s"),
        ("pengaduan backup", f"{backup:.2f} s  ({backup / copy:.0f}x the copy)"),
        ("pengaduan restore (new SQLite file)", f"{restore:.2f} s  ({restore / copy:.0f}x)"),
        ("backup file", f"{zipped:.0f} MB"),
        ("restored = backup + the restore's audit entry", str(same)),
    ])  # fmt: skip
    return {"copy": copy, "backup": backup, "restore": restore, "same": float(same)}
