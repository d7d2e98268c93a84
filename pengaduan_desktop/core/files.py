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
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TypeVar

from pengaduan_desktop.core.errors import NotFound

T = TypeVar("T")
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
    publish_all([(path, data)])


def publish_all(files: Sequence[tuple[Path, bytes]],
                commit: Callable[[], T] | None = None) -> T | None:  # fmt: skip
    """Write several files all or none, each whole: every file is first written to a temporary
    file beside its target; then `commit` runs (the database step that records the files,
    e.g. a print or an export in the audit trail); only when it succeeded are the temporary
    files renamed over their targets. Returns what `commit` returned."""
    with Staging() as staging:
        for path, data in files:
            staging.add(path, data)
        result = commit() if commit is not None else None
        staging.publish()
        return result


class Staging:
    """Files written beside their targets, to appear together (publish) or not at all: as a
    context, whatever was not published is removed on leaving. When a rename fails, no target
    has changed: a target replaced already gets its old file back, a new one is removed."""

    def __init__(self) -> None:
        self.staged: list[tuple[Path, Path]] = []  # (temporary file, target)

    def add(self, path: Path, data: bytes) -> None:
        self.staged.append((_stage(path, data), path))

    def publish(self) -> None:
        _rename_all(self.staged)
        self.staged.clear()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *_exc: object) -> None:
        for tmp, _path in self.staged:
            tmp.unlink(missing_ok=True)
        self.staged.clear()


def _stage(path: Path, data: bytes) -> Path:
    folder = path.resolve().parent
    if not folder.is_dir():
        raise NotFound("file.no_folder", folder=folder)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.chmod(tmp, FILE_MODE)
            handle.write(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _rename_all(staged: list[tuple[Path, Path]]) -> None:
    """Rename each temporary file over its target; on a failure, put back every target."""
    done: list[tuple[Path, Path | None]] = []  # (target, its old file kept aside, or None)
    try:
        for tmp, path in staged:
            old = None
            if path.is_file():  # kept aside by a second name until every rename succeeded
                old = path.with_name(f"{tmp.name}.lama")
                try:
                    os.link(path, old)
                except OSError:  # a file system without hard links
                    shutil.copy2(path, old)
            try:
                os.replace(tmp, path)
            except BaseException:
                if old is not None:
                    old.unlink()
                raise
            done.append((path, old))
    except BaseException:
        for path, old in reversed(done):
            if old is not None:
                os.replace(old, path)
            else:
                path.unlink(missing_ok=True)
        raise
    for _path, old in done:
        if old is not None:
            old.unlink(missing_ok=True)


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
