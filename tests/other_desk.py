"""Another desk: a separate program (process) that writes to the same database, as a second
officer's window would. `other_desk(url, "intake")` registers a complaint (`"intake", summary,
received_at`), `other_desk(url, "verify", complaint_id)` verifies one, `"note", id, text`
writes a note, `"import", file` imports a file, `"restore", backup file` replaces the
database with a backup; each returns what the program printed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def command(url: str, what: str, *args: object) -> list[str]:
    return [sys.executable, "-m", "tests.other_desk", url, what, *map(str, args)]


def environment() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT))


def other_desk(url: str, what: str, *args: object) -> str:
    done = subprocess.run(command(url, what, *args), capture_output=True, text=True,
                          env=environment(), timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def main(url: str, what: str, *args: str) -> None:
    from pengaduan_desktop.core.db import create_db_engine
    from pengaduan_desktop.core.intake import register
    from pengaduan_desktop.core.workflow import Action, perform
    from tests.helpers import complaint

    engine = create_db_engine(url)  # the tests' day comes with PENGADUAN_NOW (conftest)
    if what == "intake":  # [summary [received at, ISO]]
        changes: dict[str, object] = {"summary": args[0] if args else "Dari meja lain"}
        if len(args) > 1:
            changes["received_at"] = datetime.fromisoformat(args[1])
        saved = register(engine, complaint(**changes))
        print(saved.id, saved.tracking_number, time.time())  # committed at
    elif what == "verify":  # complaint id
        print(perform(engine, int(args[0]), Action.VERIFY, None))
    elif what == "restore":  # backup file: replaces the database, as `restore --replace`
        from pathlib import Path

        from pengaduan_desktop.core.restore import restore_backup

        engine.dispose()
        print(restore_backup(Path(args[0]), url, None, replace=True).created_at)
    elif what == "note":  # complaint id, text
        print(perform(engine, int(args[0]), Action.NOTE, None, args[1]))
    elif what == "import":  # a file, as `pengaduan import` does
        from pathlib import Path

        from pengaduan_desktop.core.importer import import_file

        print(" ".join(import_file(engine, Path(args[0]))))
    else:
        raise SystemExit(f"unknown: {what}")
    engine.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:])
