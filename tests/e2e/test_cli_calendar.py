"""`pengaduan calendar`: the warning about years without cuti bersama data, and the office's
own decisions from the command line (a write: --user, one door, one audit entry)."""

from __future__ import annotations

from sqlalchemy import select

from pengaduan_desktop.core.db import create_db_engine, reading
from pengaduan_desktop.core.models import AuditEntry
from tests.e2e.test_cli import run
from tests.helpers import PASSWORD, account_at

AS_ADMIN = {"PENGADUAN_PASSWORD": PASSWORD}


def test_list_warns_about_a_year_without_cuti_bersama(sqlite_url: str) -> None:
    listing = run("calendar", "list", "2031", db=sqlite_url,
                  env={"PENGADUAN_NOW": "2031-01-10T09:00"})  # fmt: skip
    assert listing.returncode == 0
    warnings = listing.stderr.splitlines()
    assert [w[:len("peringatan: Tahun 2031")] for w in warnings] == [
        "peringatan: Tahun 2031", "peringatan: Tahun 2032"]  # fmt: skip
    assert "data cuti bersama belum ada" in warnings[0]
    assert "peringatan" not in listing.stdout  # the list itself stays one day per line
    assert all(line.count("\t") == 3 for line in listing.stdout.splitlines())


def test_list_of_a_later_year_warns_about_that_year_too(sqlite_url: str) -> None:
    listing = run("calendar", "list", "2034", db=sqlite_url,
                  env={"PENGADUAN_NOW": "2031-01-10T09:00"})  # fmt: skip
    years = [w[len("peringatan: Tahun ") :][:4] for w in listing.stderr.splitlines()]
    assert (listing.returncode, years) == (0, ["2031", "2032", "2034"])


def test_list_is_quiet_when_both_years_are_decreed(sqlite_url: str) -> None:
    listing = run("calendar", "list", "2025", db=sqlite_url,
                  env={"PENGADUAN_NOW": "2025-06-10T09:00"})  # fmt: skip
    assert (listing.returncode, listing.stderr) == (0, "")


def _audit_subjects(url: str) -> list[str]:
    engine = create_db_engine(url)
    with reading(engine) as session:
        subjects = list(session.scalars(select(AuditEntry.subject).order_by(AuditEntry.id)))
    engine.dispose()
    return subjects


def test_override_add_and_remove(sqlite_url: str) -> None:
    account_at(sqlite_url, "admin")
    added = run("--user", "admin", "calendar", "override", "add", "2026-12-31", "--reason",
                "SK Gubernur 12/2026", db=sqlite_url, env=AS_ADMIN)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("31 Desember 2026 ditetapkan sebagai libur kantor")
    listing = run("calendar", "list", "2026", db=sqlite_url).stdout
    assert "2026-12-31\tKamis\tlibur kantor\tSK Gubernur 12/2026" in listing
    assert _audit_subjects(sqlite_url).count("day:2026-12-31") == 1

    worked = run("--user", "admin", "calendar", "override", "add", "2026-12-24", "--hari-kerja",
                 "--reason", "Pelayanan tetap buka", db=sqlite_url, env=AS_ADMIN)  # fmt: skip
    assert worked.returncode == 0, worked.stderr
    listing = run("calendar", "list", "2026", db=sqlite_url).stdout
    assert "2026-12-24\tKamis\thari kerja kantor\tPelayanan tetap buka" in listing

    removed = run("--user", "admin", "calendar", "override", "remove", "2026-12-31",
                  db=sqlite_url, env=AS_ADMIN)  # fmt: skip
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.startswith("Keputusan kantor untuk 31 Desember 2026 dibatalkan")
    assert "2026-12-31" not in run("calendar", "list", "2026", db=sqlite_url).stdout
    assert _audit_subjects(sqlite_url).count("day:2026-12-31") == 2


def _refused(result, words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == 1
    assert result.stderr.startswith("galat: ") and words in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_override_refusals_are_one_line(sqlite_url: str) -> None:
    account_at(sqlite_url, "admin")
    account_at(sqlite_url, "pengelola")
    before = len(_audit_subjects(sqlite_url))
    _refused(run("--user", "admin", "calendar", "override", "add", "31-12-2026", "--reason",
                 "x", db=sqlite_url, env=AS_ADMIN), "tanggal tidak valid")  # fmt: skip
    _refused(run("calendar", "override", "add", "2026-12-31", "--reason", "x", db=sqlite_url),
             "--user")  # fmt: skip
    _refused(run("--user", "admin", "calendar", "override", "add", "2026-12-31", "--reason",
                 "  ", db=sqlite_url, env=AS_ADMIN), "keterangan hari libur")  # fmt: skip
    _refused(run("--user", "admin", "calendar", "override", "remove", "2026-12-30",
                 db=sqlite_url, env=AS_ADMIN), "tidak ada keputusan kantor")  # fmt: skip
    _refused(run("--user", "pengelola", "calendar", "override", "add", "2026-12-31",
                 "--reason", "x", db=sqlite_url, env=AS_ADMIN), "tidak berwenang")  # fmt: skip
    assert "day:2026-12-31" not in _audit_subjects(sqlite_url)
    assert not any(s.startswith("day:") for s in _audit_subjects(sqlite_url)[before:])


def test_a_newer_program_s_database_is_refused_naming_both_versions(sqlite_url: str) -> None:
    from sqlalchemy import text

    from pengaduan_desktop import __version__
    from pengaduan_desktop.core.schema import SCHEMA_HEAD, init_database

    engine = create_db_engine(sqlite_url)
    init_database(engine)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    result = run("calendar", "list", "2026", db=sqlite_url)
    _refused(result, "revisi skema 0099")
    assert f"program ini versi {__version__} hanya mengenal sampai revisi skema {SCHEMA_HEAD}" in (
        result.stderr
    )
