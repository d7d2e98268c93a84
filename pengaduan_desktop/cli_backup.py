"""`pengaduan backup -o FILE` and `pengaduan restore FILE [--replace]` (core.backup,
core.restore).

Both act for an administrator (`--user`, Permission.BACKUP) where the database has one. A
database with no administrator yet has no one to sign in (the program itself acts, as for the
first `user add`); restoring into a database that holds no table needs no user either: the
accounts come with the backup."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from pengaduan_desktop.cli_users import NotSignedIn, acting


def backup_parsers(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    backup = add("backup", "cadangkan seluruh basis data ke satu berkas (dengan manifes SHA-256)")
    backup.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS")
    restore = add("restore", "pulihkan basis data dari berkas cadangan (SQLite atau PostgreSQL)")
    restore.add_argument("file", metavar="BERKAS", type=Path)
    restore.add_argument(
        "--replace", action="store_true", help="ganti seluruh isi basis data tujuan yang berisi"
    )


class _Percent:
    """Progress on a terminal; nothing when stderr is a file or pipe, so a failure stays the
    one `galat:` line there."""

    def __init__(self, what: str) -> None:
        self.what, self.last = what, -1

    def __call__(self, done: int, total: int) -> None:
        if not sys.stderr.isatty():
            return
        percent = done * 100 // total if total else 100
        if percent >= self.last + 10 or (done == total and percent != self.last):
            self.last = percent
            print(f"  {self.what}: {percent}%", file=sys.stderr)


def cmd_backup(args: argparse.Namespace, engine_for: Callable[[argparse.Namespace], object]) -> int:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.accounts import needs_first_admin
    from pengaduan_desktop.core.backup import write_backup

    if args.output.is_dir():
        raise NotSignedIn(f"{args.output} adalah folder; tulis nama berkasnya, misalnya "
                          "cadangan.zip")  # fmt: skip
    engine = engine_for(args)
    assert isinstance(engine, Engine)
    program = needs_first_admin(engine) and not getattr(args, "user", None)
    officer_id = None if program else acting(args, engine)
    manifest = write_backup(engine, args.output, officer_id, _Percent("mencadangkan"))
    print(f"cadangan ditulis ke {args.output}: {manifest.complaints} pengaduan, "
          f"{len(manifest.tables)} tabel, revisi skema {manifest.revision}")  # fmt: skip
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pengaduan_desktop.core.db import create_db_engine, resolve_url
    from pengaduan_desktop.core.restore import check_backup, restore_backup, target_in_use

    url = resolve_url(getattr(args, "db", None))
    check_backup(args.file)  # a bad file is refused before anyone signs in (which writes)
    officer_id = None
    if target_in_use(url):
        if not args.replace:
            raise NotSignedIn(
                "basis data tujuan sudah berisi data; pulihkan ke basis data kosong, atau "
                "tambahkan --replace untuk menggantinya seluruhnya"
            )
        engine = create_db_engine(url)
        try:
            officer_id = acting(args, engine)
        finally:
            engine.dispose()
    manifest = restore_backup(args.file, url, officer_id, args.replace, _Percent("memulihkan"))
    shown = create_db_engine(url).url.render_as_string(hide_password=True)
    print(f"dipulihkan ke {shown}: {manifest.complaints} pengaduan, {len(manifest.tables)} "
          f"tabel (cadangan {manifest.created_at}, revisi skema {manifest.revision})")  # fmt: skip
    return 0
