"""The automatic backup: at most one a day, kept in the folder `cadangan/<file stem>/` beside the
SQLite database (each database in a folder has its own copies), or in the user's data folder for
a PostgreSQL database (`cadangan/<server>-<database>/`). The folder is 0700 and every copy 0600.
Each manifest records the database it came from (core.backup.database_name).

Each copy is named by the local day it was made (`pengaduan-2026-11-29.zip`). Which copies are
kept (`kept`): the 7 newest, and the newest of each of the 4 most recent calendar weeks
(Monday to Sunday) that have a copy; every other copy is removed after a new one is written.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.backup import (
    AUTOMATIC,
    MANUAL,
    database_name,
    read_manifest,
    write_backup,
)
from pengaduan_desktop.core.errors import UserError
from pengaduan_desktop.core.files import FOLDER_MODE, private_folder

FOLDER = "cadangan"
ENV_FOLDER = "PENGADUAN_BACKUP_DIR"  # another folder for the copies (the tests' own)
DAILY = 7
WEEKLY = 4
PATTERN = re.compile(r"^pengaduan-(\d{4}-\d{2}-\d{2})\.zip$")


def backup_folder(url: str) -> Path:
    """Where the automatic copies of the database at `url` go ($PENGADUAN_BACKUP_DIR if set)."""
    if os.environ.get(ENV_FOLDER):
        return Path(os.environ[ENV_FOLDER])
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = Path(parsed.database or "").resolve()
        return path.parent / FOLDER / (path.stem or "pengaduan")
    place = re.sub(r"[^A-Za-z0-9_.-]+", "_", f"{parsed.host or 'lokal'}-{parsed.database}")
    return Path(user_data_dir("pengaduan-desktop", "BKAD Kalbar")) / FOLDER / place


def copy_name(day: date) -> str:
    return f"pengaduan-{day.isoformat()}.zip"


def copy_days(folder: Path) -> dict[date, Path]:
    """The automatic copies in `folder`, by the day each was made."""
    found: dict[date, Path] = {}
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = PATTERN.match(path.name)
        if match:
            try:
                found[date.fromisoformat(match.group(1))] = path
            except ValueError:
                continue
    return found


def kept(days: set[date]) -> set[date]:
    """The days whose copies the rotation keeps: the 7 newest, and the newest of each of
    the 4 most recent weeks."""
    newest_first = sorted(days, reverse=True)
    keep = set(newest_first[:DAILY])
    weeks: dict[tuple[int, int], date] = {}
    for day in newest_first:
        weeks.setdefault(day.isocalendar()[:2], day)
    keep.update(sorted(weeks.values(), reverse=True)[:WEEKLY])
    return keep


def prune(folder: Path) -> list[Path]:
    """Remove the copies the rotation does not keep; returns them."""
    found = copy_days(folder)
    keep = kept(set(found))
    removed = [path for day, path in sorted(found.items()) if day not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def automatic_backup(engine: Engine, folder: Path, today: date | None = None) -> Path | None:
    """Today's copy, unless there is one already; then the rotation. None when none was due.
    The program itself makes it (no acting officer), as start-up work."""
    day = today or clock.today()
    os.chmod(private_folder(folder), FOLDER_MODE)  # an existing folder too: copies hold everything
    path = folder / copy_name(day)
    if path.exists():
        return None
    write_backup(engine, path, None, kind=AUTOMATIC)
    prune(folder)
    return path


@dataclass(frozen=True)
class Copy:
    """One backup file as the window lists it."""

    path: Path
    size: int
    made: str  # UTC, ISO 8601, from the manifest ("" when unreadable)
    revision: str
    complaints: int
    problem: str = ""  # why it cannot be used, in Indonesian
    source: str = ""  # the database it came from ("" in older files)
    kind: str = ""  # core.backup.AUTOMATIC or MANUAL

    def foreign(self, url: str) -> bool:
        """Whether it is known to come from another database than the one at `url`."""
        return bool(self.source) and self.source != database_name(url)

    def note(self, url: str) -> str:
        """The "Keterangan" the window shows beside it, for the database at `url`."""
        if self.problem:
            return self.problem
        words = {AUTOMATIC: "otomatis (harian)", MANUAL: "dibuat manual"}.get(self.kind, "")
        if self.foreign(url):
            words = "; ".join(w for w in (words, f"dari basis data lain: {self.source}") if w)
        return words


def list_copies(folder: Path) -> list[Copy]:
    """Every backup file in `folder`, newest first (reads each manifest, not the tables)."""
    if not folder.is_dir():
        return []
    paths = sorted(folder.glob("*.zip"), key=lambda p: p.stat().st_mtime, reverse=True)
    return [describe(path) for path in paths]


def describe(path: Path) -> Copy:
    size = path.stat().st_size
    try:
        manifest = read_manifest(path)
    except UserError as exc:
        return Copy(path, size, "", "", 0, str(exc))
    kind = manifest.kind or (AUTOMATIC if PATTERN.match(path.name) else "")
    return Copy(path, size, manifest.created_at, manifest.revision, manifest.complaints,
                source=manifest.source, kind=kind)  # fmt: skip
