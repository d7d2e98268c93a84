"""`pengaduan backup`: the whole database in one file, the same format from either engine.

The file is a ZIP archive: `manifest.json` and one `tabel/<name>.jsonl` per table, each the
table's canonical lines (core.backup_canon). The manifest names the schema revision, and for
every table its columns, row count and the SHA-256 of its lines, so a restore checks the file
before it touches anything, and two databases are identical when their manifests' content is.

The read is one consistent snapshot while desks keep writing: on SQLite the online backup API
copies the file into a private temporary folder first (one step, under one read lock); on
PostgreSQL every table is read in one REPEATABLE READ, read-only transaction. No pg_dump.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url

from pengaduan_desktop import __version__
from pengaduan_desktop.core.backup_canon import (
    Hasher,
    TableShape,
    dumped_tables,
    reflect,
    table_lines,
)
from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.door import permitted
from pengaduan_desktop.core.errors import NotFound, UserError
from pengaduan_desktop.core.files import FILE_MODE
from pengaduan_desktop.core.permissions import Permission

FORMAT = "pengaduan-cadangan"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
TABLES = "tabel/"
COMPLAINTS = "complaint"
AUTOMATIC = "otomatis"  # the daily copy (core.backup_rotation)
MANUAL = "manual"  # made by an officer (the window's button, `pengaduan backup`)

Progress = Callable[[int, int], None]  # rows done, rows in all


class BackupInvalid(UserError):
    """The file is not a backup, is damaged, or its content does not match its manifest."""


@dataclass(frozen=True)
class TableEntry:
    columns: tuple[str, ...]
    rows: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    revision: str
    tables: dict[str, TableEntry]
    engine: str = ""
    created_at: str = ""  # UTC, ISO 8601
    program: str = __version__
    complaints: int = 0
    source: str = ""  # the database it came from (core.backup.database_name; "" before 0.x)
    kind: str = ""  # AUTOMATIC or MANUAL ("" in older files)
    format: str = field(default=FORMAT)
    version: int = field(default=FORMAT_VERSION)

    def content(self) -> tuple[str, dict[str, TableEntry]]:
        """What two identical databases share (not when or where each was read)."""
        return self.revision, self.tables

    def to_json(self) -> bytes:
        data = asdict(self)
        data["tables"] = {name: asdict(entry) for name, entry in self.tables.items()}
        return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            data = json.loads(raw)
            if data.get("format") != FORMAT:
                raise ValueError("format")
            tables = {
                str(name): TableEntry(
                    tuple(str(c) for c in entry["columns"]), int(entry["rows"]),
                    str(entry["sha256"]),
                )
                for name, entry in data["tables"].items()
            }  # fmt: skip
            return cls(
                revision=str(data["revision"]), tables=tables, engine=str(data["engine"]),
                created_at=str(data["created_at"]), program=str(data["program"]),
                complaints=int(data["complaints"]), version=int(data["version"]),
                source=str(data.get("source", "")), kind=str(data.get("kind", "")),
            )  # fmt: skip
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise BackupInvalid("backup.manifest") from exc


# -- reading a database ---------------------------------------------------------------------
@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """One consistent, read-only view of the whole database while other desks write."""
    if engine.dialect.name == "sqlite":
        source = engine.url.database
        if not source or source == ":memory:":
            raise UserError("backup.memory")
        folder = Path(tempfile.mkdtemp(prefix="pengaduan-cadangan-"))  # 0700
        try:
            copy = folder / "salinan.db"
            with (
                closing(sqlite3.connect(source, timeout=30)) as src,
                closing(sqlite3.connect(copy)) as dst,
            ):
                src.backup(dst)  # pages=-1: one step, one read lock, consistent
            reader = create_engine(f"sqlite:///{copy}")
            try:
                with reader.connect() as conn:
                    yield conn
            finally:
                reader.dispose()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with conn.begin():
            yield conn


def _revision(conn: Connection) -> str:
    try:
        return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one())
    except Exception as exc:
        raise UserError("backup.no_schema") from exc


def _walk(conn: Connection, sink: Callable[[TableShape, Iterator[bytes]], TableEntry],
          progress: Progress | None = None) -> Manifest:  # fmt: skip
    """Every table's canonical lines through `sink`; the manifest of what it saw."""
    shapes = dumped_tables(conn)
    metadata = reflect(conn, [s.name for s in shapes])
    counts = {
        s.name: int(conn.execute(select(func.count()).select_from(metadata.tables[s.name]))
                    .scalar_one())
        for s in shapes
    }  # fmt: skip
    total, done = sum(counts.values()), 0
    tables: dict[str, TableEntry] = {}

    def counted(lines: Iterator[bytes]) -> Iterator[bytes]:
        for n, line in enumerate(lines, 1):
            yield line
            if progress and n % 5000 == 0:
                progress(done + n, total)

    for shape in shapes:
        lines = table_lines(conn, metadata.tables[shape.name], shape)
        tables[shape.name] = sink(shape, counted(lines))
        done += counts[shape.name]
        if progress:
            progress(done, total)
    return Manifest(
        revision=_revision(conn), tables=tables, engine=conn.dialect.name,
        created_at=now_utc().strftime("%Y-%m-%dT%H:%M:%SZ"),
        complaints=tables[COMPLAINTS].rows if COMPLAINTS in tables else 0,
    )  # fmt: skip


def _hash_only(shape: TableShape, lines: Iterator[bytes]) -> TableEntry:
    hasher = Hasher()
    for line in lines:
        hasher.add(line)
    return TableEntry(shape.columns, hasher.rows, hasher.hexdigest())


def database_manifest(engine: Engine) -> Manifest:
    """The manifest a backup of this database would carry, read without writing a file."""
    with snapshot(engine) as conn:
        return _walk(conn, _hash_only)


# -- writing the file -----------------------------------------------------------------------
@contextmanager
def output_file(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` (0600), renamed to it when the block ends well: the
    backup is whole or absent."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise NotFound("backup.no_folder", folder=folder)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    os.close(fd)
    tmp = Path(name)
    try:
        os.chmod(tmp, FILE_MODE)
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def database_name(url: str | URL) -> str:
    """Which database, as a manifest records it and a message names it: an SQLite file's full
    path, or a server's host[:port]/database (never a user name or password)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        name = parsed.database or ":memory:"
        return name if name == ":memory:" else str(Path(name).resolve())
    host = parsed.host or str(parsed.query.get("host") or "") or "lokal"
    port = parsed.port or str(parsed.query.get("port") or "")
    port = f":{port}" if port else ""
    return f"{host}{port}/{parsed.database or ''}"


def write_backup(
    engine: Engine,
    path: Path,
    officer_id: int | None,
    progress: Progress | None = None,
    kind: str = MANUAL,
) -> Manifest:
    """Write the whole database to `path` (replaced only once the new file is complete); the
    manifest records which database (database_name) and how it was made (`kind`)."""
    permitted(engine, officer_id, Permission.BACKUP)
    with output_file(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED,
                                                   compresslevel=1) as archive:  # fmt: skip

        def store(shape: TableShape, lines: Iterator[bytes]) -> TableEntry:
            hasher = Hasher()
            chunk: list[bytes] = []
            with archive.open(TABLES + shape.name + ".jsonl", "w", force_zip64=True) as out:
                for line in lines:
                    hasher.add(line)
                    chunk.append(line)
                    if len(chunk) == 1000:
                        out.write(b"".join(chunk))
                        chunk = []
                out.write(b"".join(chunk))
            return TableEntry(shape.columns, hasher.rows, hasher.hexdigest())

        with snapshot(engine) as conn:
            manifest = _walk(conn, store, progress)
        manifest = replace(manifest, source=database_name(engine.url), kind=kind)
        archive.writestr(MANIFEST, manifest.to_json())
    return manifest


# -- reading the file -----------------------------------------------------------------------
@contextmanager
def open_backup(path: Path) -> Iterator[tuple[zipfile.ZipFile, Manifest]]:
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                raw = archive.read(MANIFEST)
            except KeyError:
                raise BackupInvalid("backup.not_backup", name=path.name) from None
            yield archive, Manifest.from_json(raw)
    except FileNotFoundError:
        raise NotFound("backup.missing", path=path) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise BackupInvalid("backup.damaged", name=path.name) from exc


def read_manifest(path: Path) -> Manifest:
    """The manifest alone (the window's list of copies), without checking the tables."""
    with open_backup(path) as (_archive, manifest):
        return manifest


def table_stream(archive: zipfile.ZipFile, name: str) -> Iterator[bytes]:
    try:
        with archive.open(TABLES + name + ".jsonl") as member:
            lines: Any = io.BufferedReader(member, 1 << 20)
            yield from lines
    except KeyError:
        raise BackupInvalid("backup.table_missing", table=name) from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:  # a CRC mismatch among them
        raise BackupInvalid("backup.table_unreadable", table=name) from exc


def verify_archive(archive: zipfile.ZipFile, manifest: Manifest,
                   progress: Progress | None = None) -> None:  # fmt: skip
    """Refuse (BackupInvalid) unless every table's lines match the manifest."""
    total, done = sum(e.rows for e in manifest.tables.values()), 0
    for name, entry in manifest.tables.items():
        hasher = Hasher()
        for line in table_stream(archive, name):
            hasher.add(line)
        if hasher.rows != entry.rows or hasher.hexdigest() != entry.sha256:
            raise BackupInvalid("backup.table_changed", table=name)
        done += entry.rows
        if progress:
            progress(done, total)


def verify_backup(path: Path) -> Manifest:
    with open_backup(path) as (archive, manifest):
        verify_archive(archive, manifest)
        return manifest


def decoded_rows(archive: zipfile.ZipFile, name: str) -> Iterator[list[Any]]:
    decode = json.JSONDecoder().decode
    for line in table_stream(archive, name):
        yield decode(line.decode("utf-8"))
