"""Backup and restore (core.backup, core.restore): the round trip on both engines and across
them, the manifest's checks, the refusals, and the rotation of the automatic copies."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text

from pengaduan_desktop.core import audit, clock
from pengaduan_desktop.core.attachments import add_attachment
from pengaduan_desktop.core.backup import (
    BackupInvalid,
    Manifest,
    database_manifest,
    read_manifest,
    verify_backup,
    write_backup,
)
from pengaduan_desktop.core.backup_rotation import automatic_backup, copy_days, copy_name, kept
from pengaduan_desktop.core.db import SchemaTooNew, create_db_engine
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.errors import Conflict, Forbidden
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import AttachmentBlob, AuditEntry, Base, Officer
from pengaduan_desktop.core.monthly import Month
from pengaduan_desktop.core.restore import holds_backup, restore_backup
from pengaduan_desktop.core.schema import SCHEMA_HEAD, current_revision, upgrade
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.services.monthly_report import issue
from tests.conftest import BACKENDS, _pg_database
from tests.helpers import add_account, complaint, fill_office

ALL_BYTES = bytes(range(256)) * 64


@pytest.fixture(params=BACKENDS)
def target_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database to restore into: a file not yet there, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'pulih' / 'pengaduan.db'}"
    else:
        yield from _pg_database()


def fill(engine: Engine, folder: Path) -> None:
    """Every kind of row: demo complaints, accounts, a binary attachment, an issued report,
    the audit trail."""
    fill_office(engine)
    add_account(engine, "admin")
    generate(engine, 40, seed=7)
    saved = register(engine, complaint(summary="Lampiran biner"), None)
    scan = folder / "pindaian.pdf"
    scan.write_bytes(ALL_BYTES)
    add_attachment(engine, saved.id, scan, None)
    issue(engine, Month(2026, 10), "Kesimpulan", "Rekomendasi", None)


def rows(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the models, through the models' own types (independent of
    the backup's canonical form), in primary-key order."""
    found = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.c if not c.name.startswith("search_vector")]
            order = list(table.primary_key.columns)
            found[table.name] = [tuple(r) for r in conn.execute(select(*columns).order_by(*order))]
    return found


def restored_as_backed_up(restored: Engine, manifest: Manifest) -> AuditEntry:
    """The restored database holds the backup's rows plus one audit entry: the restore's own
    (returned), last in a chain that still verifies."""
    found = database_manifest(restored)
    assert found.revision == manifest.revision
    trail = "audit_entry"
    assert {n: e for n, e in found.tables.items() if n != trail} == {
        n: e for n, e in manifest.tables.items() if n != trail}  # fmt: skip
    assert found.tables[trail].rows == manifest.tables[trail].rows + 1
    assert holds_backup(found, manifest)
    assert audit.check(restored).problems == []
    with restored.connect() as conn:
        last = conn.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    return AuditEntry(**last._asdict())


def blob_checksums(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        blobs = conn.execute(select(AttachmentBlob.sha256, AttachmentBlob.data)).all()
    assert all(hashlib.sha256(data).hexdigest() == digest for digest, data in blobs)
    return {digest for digest, _ in blobs}


def test_holds_backup_tells_a_restored_database_from_a_changed_one(
    engine: Engine, tmp_path: Path
) -> None:
    fill(engine, tmp_path)
    backup = tmp_path / "cadangan.zip"
    manifest = write_backup(engine, backup, None)
    assert not holds_backup(manifest, manifest)  # the restore's own audit entry is missing
    restored_url = f"sqlite:///{tmp_path / 'pulih.db'}"
    restore_backup(backup, restored_url)
    restored = create_db_engine(restored_url)
    try:
        assert holds_backup(database_manifest(restored), manifest)
        with restored.begin() as conn:
            conn.execute(text("UPDATE complaint SET service = service || '!' WHERE id = 1"))
        assert not holds_backup(database_manifest(restored), manifest)
    finally:
        restored.dispose()


def test_round_trip_every_row_and_attachment(engine: Engine, target_url: str,
                                             tmp_path: Path) -> None:  # fmt: skip
    fill(engine, tmp_path)
    backup = tmp_path / "cadangan.zip"
    manifest = write_backup(engine, backup, None)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert manifest.revision == SCHEMA_HEAD
    assert manifest.tables["attachment_blob"].rows == 1
    assert manifest.tables["issued_report"].rows == 1
    assert manifest.tables["audit_entry"].rows > 10
    assert manifest.tables["alembic_version"].rows == 1
    assert not any(name.startswith("complaint_fts") for name in manifest.tables)
    assert manifest.complaints == 41
    assert read_manifest(backup) == manifest == verify_backup(backup)

    restore_backup(backup, target_url)
    restored = create_db_engine(target_url)
    try:
        noted = restored_as_backed_up(restored, manifest)
        assert (noted.action, noted.subject, noted.officer_id) == (
            "restore", "backup:cadangan.zip", None)  # fmt: skip
        assert json.loads(noted.detail) == {"berkas": "cadangan.zip", "oleh": "",
                                            "dibuat": manifest.created_at,
                                            "revisi_skema": manifest.revision}  # fmt: skip
        restored_rows, original = rows(restored), rows(engine)
        assert restored_rows.pop("audit_entry")[:-1] == original.pop("audit_entry")
        assert restored_rows == original
        assert blob_checksums(restored) == blob_checksums(engine) != set()
        assert audit.check(restored).problems == []
        assert current_revision(restored) == SCHEMA_HEAD
        # The search index was rebuilt, the sequences continue after the restored rows.
        with restored.connect() as conn:
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql(
                    "INSERT INTO complaint_fts(complaint_fts, rank) VALUES ('integrity-check', 1)"
                )
                found = conn.exec_driver_sql(
                    "SELECT count(*) FROM complaint_fts WHERE complaint_fts MATCH 'biner'"
                ).scalar()
            else:
                found = conn.execute(text(
                    "SELECT count(*) FROM complaint WHERE search_vector @@ "
                    "to_tsquery('simple', 'biner')")).scalar()  # fmt: skip
        assert found == 1
        after = register(restored, complaint(summary="Setelah dipulihkan"), None)
        assert after.id == 42
    finally:
        restored.dispose()


def _rewrite(backup: Path, change: dict[str, bytes]) -> None:
    """Replace entries of the archive (a tampered or damaged copy)."""
    with zipfile.ZipFile(backup) as old:
        entries = {name: old.read(name) for name in old.namelist()}
    entries.update(change)
    with zipfile.ZipFile(backup, "w") as new:
        for name, data in entries.items():
            new.writestr(name, data)


def test_tampered_table_is_refused_and_target_untouched(sqlite_engine: Engine,
                                                        tmp_path: Path) -> None:  # fmt: skip
    fill(sqlite_engine, tmp_path)
    backup = tmp_path / "cadangan.zip"
    write_backup(sqlite_engine, backup, None)
    with zipfile.ZipFile(backup) as archive:
        lines = archive.read("tabel/complaint.jsonl")
    _rewrite(backup, {"tabel/complaint.jsonl": lines.replace(b"Lampiran biner", b"Lampiran palsu")})
    target = tmp_path / "tujuan.db"
    with pytest.raises(BackupInvalid, match="tabel complaint tidak cocok"):
        restore_backup(backup, f"sqlite:///{target}")
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "pulih" in p.name] == []


def test_damaged_or_foreign_file_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "bukan.zip"
    foreign.write_bytes(b"ini bukan arsip")
    with pytest.raises(BackupInvalid, match="bukan berkas cadangan"):
        read_manifest(foreign)


def test_newer_revision_is_refused(sqlite_engine: Engine, tmp_path: Path) -> None:
    backup = tmp_path / "cadangan.zip"
    manifest = write_backup(sqlite_engine, backup, None)
    newer = Manifest(**{**manifest.__dict__, "revision": "0999"})
    _rewrite(backup, {"manifest.json": newer.to_json()})
    with pytest.raises(SchemaTooNew, match="versi program yang lebih baru"):
        restore_backup(backup, f"sqlite:///{tmp_path / 'tujuan.db'}")
    assert not (tmp_path / "tujuan.db").exists()


def test_older_revision_is_restored_then_upgraded(tmp_path: Path) -> None:
    old = create_db_engine(f"sqlite:///{tmp_path / 'lama.db'}")
    upgrade(old, "0008")
    backup = tmp_path / "cadangan.zip"
    assert write_backup(old, backup, None).revision == "0008"
    old.dispose()
    target = create_db_engine(f"sqlite:///{tmp_path / 'baru.db'}")
    restore_backup(backup, str(target.url))
    assert current_revision(target) == SCHEMA_HEAD
    target.dispose()


def test_non_empty_target_needs_replace_and_an_administrator(engine: Engine,
                                                             tmp_path: Path) -> None:  # fmt: skip
    fill(engine, tmp_path)
    backup = tmp_path / "cadangan.zip"
    manifest = write_backup(engine, backup, None)
    register(engine, complaint(summary="Sesudah dicadangkan"), None)
    url = engine.url.render_as_string(hide_password=False)
    before = database_manifest(engine)
    with pytest.raises(Conflict, match="--replace"):
        restore_backup(backup, url)
    petugas = add_account(engine, "petugas")
    before = database_manifest(engine)
    with pytest.raises(Forbidden, match="tidak berwenang mencadangkan"):
        restore_backup(backup, url, petugas, replace=True)
    assert database_manifest(engine).content() == before.content()
    engine.dispose()
    with engine.connect() as conn:
        admin = conn.execute(select(Officer.id).where(Officer.username == "admin")).scalar_one()
    restore_backup(backup, url, admin, replace=True)
    noted = restored_as_backed_up(engine, manifest)
    # Who restored it is named in the restored database, by the same account there.
    assert (noted.action, noted.officer_id) == ("restore", admin)
    assert json.loads(noted.detail)["oleh"] == "admin"


def test_backup_needs_an_administrator(engine: Engine, tmp_path: Path) -> None:
    petugas = add_account(engine, "petugas")
    admin = add_account(engine, "admin")
    with pytest.raises(Forbidden):
        write_backup(engine, tmp_path / "x.zip", petugas)
    assert not (tmp_path / "x.zip").exists()
    write_backup(engine, tmp_path / "x.zip", admin)


# -- the rotation -----------------------------------------------------------------------------
def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    start = date(2026, 1, 1)
    days = {start + timedelta(n) for n in range(90)}
    newest = max(days)  # 2026-03-31, a Tuesday
    keep = kept(days)
    daily = {newest - timedelta(n) for n in range(7)}
    # The newest copy of each of the 4 most recent weeks: this Tuesday, then three Sundays.
    weekly = {newest, date(2026, 3, 29), date(2026, 3, 22), date(2026, 3, 15)}
    assert keep == daily | weekly
    # Gaps (the desk was not started every day) are counted in copies, not days.
    sparse = {date(2026, 3, d) for d in (2, 3, 9, 20, 30)}
    assert kept(sparse) == sparse


def test_automatic_backup_at_most_daily_with_rotation(sqlite_engine: Engine,
                                                      tmp_path: Path) -> None:  # fmt: skip
    folder = tmp_path / "cadangan"
    folder.mkdir()
    first = date(2026, 10, 1)
    for n in range(38):  # the copies of earlier days (placeholders: only their names count)
        (folder / copy_name(first + timedelta(n))).write_bytes(b"")
    for day in (date(2026, 11, 8), date(2026, 11, 9)):
        with clock.pinned(datetime(day.year, day.month, day.day, 8, 0, tzinfo=LOCAL_TZ)):
            assert automatic_backup(sqlite_engine, folder) == folder / copy_name(day)
            assert automatic_backup(sqlite_engine, folder) is None  # once a day
    daily = {date(2026, 11, d) for d in range(3, 10)}
    weekly = {date(2026, 11, 1), date(2026, 10, 25)}  # Sundays; Nov 8 and 9 are daily too
    assert set(copy_days(folder)) == daily | weekly
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    newest = folder / copy_name(first + timedelta(39))
    assert stat.S_IMODE(newest.stat().st_mode) == 0o600
    assert read_manifest(newest).revision == SCHEMA_HEAD


def test_manifest_is_canonical_json(sqlite_engine: Engine, tmp_path: Path) -> None:
    backup = tmp_path / "cadangan.zip"
    write_backup(sqlite_engine, backup, None)
    with zipfile.ZipFile(backup) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        first = archive.read("tabel/office_profile.jsonl").splitlines()[0]
    columns = manifest["tables"]["office_profile"]["columns"]
    assert columns == sorted(columns)
    assert len(json.loads(first)) == len(columns)
    assert os.path.basename(backup) == "cadangan.zip"


def test_copies_go_beside_the_sqlite_file_or_to_the_data_folder(
    monkeypatch, tmp_path: Path
) -> None:
    from platformdirs import user_data_dir

    from pengaduan_desktop.core.backup_rotation import ENV_FOLDER, backup_folder

    monkeypatch.delenv(ENV_FOLDER, raising=False)
    assert backup_folder(f"sqlite:///{tmp_path}/kantor.db") == tmp_path / "cadangan" / "kantor"
    shared = backup_folder("postgresql://u:p@server/pengaduan")
    assert shared == Path(user_data_dir("pengaduan-desktop", "BKAD Kalbar")) / "cadangan" / (
        "server-pengaduan"
    )
    monkeypatch.setenv(ENV_FOLDER, str(tmp_path / "lain"))
    assert backup_folder("postgresql://u:p@server/pengaduan") == tmp_path / "lain"


def test_two_databases_in_one_folder_keep_their_own_copies(monkeypatch, tmp_path: Path) -> None:
    """Each SQLite file has its own folder of copies; the manifest names the database it came
    from (no password) and how it was made; a copy of another database is said to be one."""
    from pengaduan_desktop.core.backup import database_name
    from pengaduan_desktop.core.backup_rotation import ENV_FOLDER, backup_folder, list_copies
    from pengaduan_desktop.core.schema import init_database

    monkeypatch.delenv(ENV_FOLDER, raising=False)
    urls = [f"sqlite:///{tmp_path / name}" for name in ("gui.db", "a.db")]
    engines = [create_db_engine(url) for url in urls]
    try:
        for engine in engines:
            init_database(engine)
        gui, a = (backup_folder(url) for url in urls)
        assert gui != a and gui.parent == a.parent == tmp_path / "cadangan"
        for engine, folder in zip(engines, (gui, a), strict=True):
            assert automatic_backup(engine, folder) == folder / copy_name(clock.today())
        write_backup(engines[1], a / "pengaduan-manual.zip", None)
    finally:
        for engine in engines:
            engine.dispose()
    assert read_manifest(gui / copy_name(clock.today())).source == str(tmp_path / "gui.db")
    listed = list_copies(a)
    assert {c.kind for c in listed} == {"otomatis", "manual"}
    assert {c.note(urls[1]) for c in listed} == {"otomatis (harian)", "dibuat manual"}
    assert not any(c.foreign(urls[1]) for c in listed)
    [theirs] = list_copies(gui)
    assert theirs.foreign(urls[1]) and not theirs.foreign(urls[0])
    assert theirs.note(urls[1]) == f"otomatis (harian); dari basis data lain: {tmp_path}/gui.db"
    server = database_name("postgresql+psycopg://budi:rahasia@db.kantor:5433/pengaduan")
    assert server == "db.kantor:5433/pengaduan"


def test_a_damaged_file_is_set_aside_and_the_restored_one_takes_its_place(
    tmp_path: Path,
) -> None:
    from pengaduan_desktop.core.restore import replace_damaged

    damaged, restored = tmp_path / "pengaduan.db", tmp_path / "pengaduan-pulih-1.db"
    parts = {"": b"rusak", "-wal": b"wal rusak", "-shm": b"shm rusak"}
    for suffix, content in parts.items():
        Path(f"{damaged}{suffix}").write_bytes(content)
    restored.write_bytes(b"hasil pemulihan")
    with clock.pinned(datetime(2026, 11, 30, 9, 5, 7, tzinfo=LOCAL_TZ)):
        aside = replace_damaged(damaged, restored)
    assert aside == tmp_path / "pengaduan-rusak-20261130-090507.db"
    for suffix, content in parts.items():
        assert Path(f"{aside}{suffix}").read_bytes() == content
    assert damaged.read_bytes() == b"hasil pemulihan" and not restored.exists()
    assert not Path(f"{damaged}-wal").exists() and not Path(f"{damaged}-shm").exists()
