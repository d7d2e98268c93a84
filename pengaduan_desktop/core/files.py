"""Files the program writes: whole or not at all, and readable by the user only (UU 27/2022:
the database, the logs and every export hold personal data). Files are created 0600 and the
folders the program makes 0700; on Windows the modes are ignored and the user's profile
folders already keep other users out."""

from __future__ import annotations

import atexit
import os
import shutil
import stat
import tempfile
from contextlib import suppress
from pathlib import Path

from pengaduan_desktop.core.errors import NotFound

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(folder: Path) -> Path:
    """Create `folder` (and its missing parents) readable by the user only; returns it."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    for made in missing:  # mkdir's mode is filtered by the umask; chmod is not
        os.chmod(made, FOLDER_MODE)
    return folder


def private_file(path: Path) -> Path:
    """Make sure `path` exists and is readable by the user only (a database, a log). A file
    that exists is never opened here: closing any descriptor of a file releases every POSIX
    lock this process holds on it, SQLite's among them (tests/gui/test_file_dialog_locks.py)."""
    private_folder(path.parent)
    if not path.exists():
        with suppress(FileExistsError):  # another desk or thread created it meanwhile
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
    if stat.S_IMODE(path.stat().st_mode) != FILE_MODE:
        os.chmod(path, FILE_MODE)
    return path


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written file. The
    file is the user's only (mkstemp creates it 0600, whatever the umask)."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise NotFound(f"folder tujuan tidak ada: {folder}")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.chmod(tmp, FILE_MODE)
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_scratch: Path | None = None


def scratch_folder() -> Path:
    """This run's own temporary folder (0700), for copies of attachments opened to view;
    removed with everything in it when the program exits (remove_scratch)."""
    global _scratch
    if _scratch is None or not _scratch.is_dir():
        _scratch = Path(tempfile.mkdtemp(prefix="pengaduan-"))  # 0700
        atexit.register(remove_scratch)
    return _scratch


def remove_scratch() -> None:
    global _scratch
    if _scratch is not None:
        shutil.rmtree(_scratch, ignore_errors=True)
        _scratch = None
