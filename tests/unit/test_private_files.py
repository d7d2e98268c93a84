"""The database file (with its -wal and -shm), the logs and every export are the user's only:
files 0600, the folders the program makes 0700, whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from pengaduan_desktop.core.db import create_db_engine, writing
from pengaduan_desktop.core.files import private_file, private_folder, write_atomic
from pengaduan_desktop.core.schema import init_database


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """A umask that lets everyone read what is created, as on many desktops."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_sqlite_database_and_its_wal_and_shm_are_the_users_only(tmp_path: Path) -> None:
    path = tmp_path / "data" / "pengaduan-desktop" / "pengaduan.db"
    engine = create_db_engine(f"sqlite:///{path}")
    init_database(engine)
    with engine.connect() as reader:  # a reader keeps the -wal and -shm in place
        reader.execute(text("SELECT count(*) FROM complaint")).scalar()
        with writing(engine) as session:
            session.execute(text("UPDATE office_profile SET city = 'Pontianak'"))
        for name in ("pengaduan.db", "pengaduan.db-wal", "pengaduan.db-shm"):
            assert mode(path.parent / name) == 0o600, name
    engine.dispose()
    assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700


def test_an_existing_database_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "lama.db"
    path.write_bytes(b"")
    path.chmod(0o644)
    create_db_engine(f"sqlite:///{path}").dispose()
    assert mode(path) == 0o600


def test_exports_and_logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "laporan.csv"
    write_atomic(out, b"a,b\n")
    assert mode(out) == 0o600
    write_atomic(out, b"a,b,c\n")  # replaced whole, still private
    assert mode(out) == 0o600 and out.read_bytes() == b"a,b,c\n"
    assert mode(private_folder(tmp_path / "x" / "y")) == 0o700
    loose = tmp_path / "catatan.log"
    loose.write_text("lama\n")
    loose.chmod(0o664)
    assert mode(private_file(loose)) == 0o600 and loose.read_text() == "lama\n"

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    from pengaduan_desktop.ui.crash import log_file, write_report

    write_report(RuntimeError("uji"))
    log = log_file()
    assert log.name == "pengaduan.log" and "uji" in log.read_text(encoding="utf-8")
    assert mode(log) == 0o600 and mode(log.parent) == 0o700
