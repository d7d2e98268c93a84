"""The issue's "Done means" for backups: a backup made while desks write (4 processes on
PostgreSQL, 2 on SQLite) restores to an identical database on the OTHER engine (identical: the
restored database's manifest equals the backup's), with gapless tracking numbers (the backup is
one consistent moment) and an audit chain that verifies."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.backup import write_backup
from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.restore import restore_backup
from tests.conftest import BACKENDS, PG_URL, _pg_database
from tests.unit.test_backup import restored_as_backed_up

pytestmark = pytest.mark.skipif(not PG_URL, reason="needs PostgreSQL (PENGADUAN_TEST_PG)")

WRITER = """
import sys
from pathlib import Path
from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.intake import register
from tests.helpers import complaint
engine = create_db_engine(sys.argv[1])
stop = Path(sys.argv[2])
n = 0
while not stop.exists():
    n += 1
    register(engine, complaint(summary=f"Meja {sys.argv[3]} nomor {n}"), None)
"""


def count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count(Complaint.id))).scalar_one())


def wait_for(engine: Engine, at_least: int) -> int:
    while (found := count(engine)) < at_least:
        time.sleep(0.05)
    return found


@pytest.fixture
def other_engine_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    if db_url.startswith("sqlite"):
        yield from _pg_database()
    else:
        yield f"sqlite:///{tmp_path / 'lain' / 'pengaduan.db'}"


@pytest.mark.parametrize("db_url", BACKENDS, indirect=True)
def test_backup_while_desks_write_restores_identically_on_the_other_engine(
    engine: Engine, db_url: str, other_engine_url: str, tmp_path: Path
) -> None:
    desks = 2 if engine.dialect.name == "sqlite" else 4
    stop = tmp_path / "berhenti"
    url = engine.url.render_as_string(hide_password=False)
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, url, str(stop), str(n)])
        for n in range(desks)
    ]
    try:
        wait_for(engine, 30)
        backup = tmp_path / "cadangan.zip"
        manifest = write_backup(engine, backup, None)
        wait_for(engine, manifest.complaints + 10)  # the desks kept writing meanwhile
    finally:
        stop.touch()
        for writer in writers:
            writer.wait(timeout=120)
    assert all(w.returncode == 0 for w in writers)
    assert manifest.complaints >= 30
    restore_backup(backup, other_engine_url)
    restored = create_db_engine(other_engine_url)
    try:
        assert restored.dialect.name != engine.dialect.name
        restored_as_backed_up(restored, manifest)
        with restored.connect() as conn:
            numbers = conn.execute(select(Complaint.tracking_number)).scalars().all()
        assert sorted(numbers) == [f"ADU-2026-{n:06d}" for n in range(1, len(numbers) + 1)]
        assert audit.check(restored).problems == []
    finally:
        restored.dispose()
