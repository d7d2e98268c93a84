"""`pengaduan user` and `--user`, run as a separate program: the first administrator needs no
one to let them in, later accounts need an administrator, and every command that writes names
who acts and proves it with a password."""

from __future__ import annotations

from sqlalchemy import select

from pengaduan_desktop.core.db import create_db_engine, reading
from pengaduan_desktop.core.models import AuditEntry, Officer
from tests.e2e.test_cli import run

ADMIN_PW = {"PENGADUAN_PASSWORD": "sandi-admin-kantor"}


def test_first_administrator_then_accounts_made_by_them(sqlite_url: str) -> None:
    early = run("user", "add", "Budi Santoso", "--role", "petugas", db=sqlite_url,
                env={"PENGADUAN_NEW_PASSWORD": "sandi-budi-01"})  # fmt: skip
    assert early.returncode == 1
    assert (
        early.stderr == "galat: belum ada administrator: akun pertama harus --role administrator\n"
    )
    first = run("user", "add", "Andi Pratama, S.Kom.", "--role", "administrator", db=sqlite_url,
                env=ADMIN_PW)  # fmt: skip
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("akun andi.pratama dibuat untuk Andi Pratama, S.Kom. (Admin")
    # Now an administrator exists: no one adds an account without signing in as one.
    alone = run("user", "add", "Budi Santoso", "--role", "petugas", db=sqlite_url,
                env={"PENGADUAN_NEW_PASSWORD": "sandi-budi-01"})  # fmt: skip
    assert alone.returncode == 1 and alone.stderr.startswith("galat: perintah ini mengubah data")
    wrong = run("--user", "andi.pratama", "user", "add", "Budi Santoso", "--role", "petugas",
                "--nip", "199001012015031001", db=sqlite_url,
                env={"PENGADUAN_PASSWORD": "bukan-sandinya",
                     "PENGADUAN_NEW_PASSWORD": "x" * 9})  # fmt: skip
    assert (wrong.returncode, wrong.stderr) == (1, "galat: nama pengguna atau kata sandi salah\n")
    short = run("--user", "andi.pratama", "user", "add", "Budi Santoso", "--role", "petugas",
                "--nip", "199001012015031001", db=sqlite_url,
                env={**ADMIN_PW, "PENGADUAN_NEW_PASSWORD": "pendek"})  # fmt: skip
    assert (short.returncode, short.stderr) == (
        1, "galat: Kata sandi: paling sedikit 8 karakter\n")  # fmt: skip
    made = run("--user", "andi.pratama", "user", "add", "Budi Santoso", "--role", "petugas",
               "--nip", "199001012015031001", "--username", "budi", db=sqlite_url,
               env={**ADMIN_PW, "PENGADUAN_NEW_PASSWORD": "sandi-budi-01"})  # fmt: skip
    assert made.returncode == 0, made.stderr
    listing = run("user", "list", db=sqlite_url)
    assert [line.split()[0] for line in listing.stdout.splitlines()] == ["andi.pratama", "budi"]
    assert "Petugas penerima" in listing.stdout
    # Budi changes his own password; the old one stops working.
    changed = run("user", "passwd", "--user", "budi", db=sqlite_url,
                  env={"PENGADUAN_PASSWORD": "sandi-budi-01",
                       "PENGADUAN_NEW_PASSWORD": "sandi-budi-02"})  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    engine = create_db_engine(sqlite_url)
    with reading(engine) as session:
        hashes = session.scalars(select(Officer.password_hash).where(Officer.username.is_not(None)))
        assert all(h and h.startswith("$argon2id$") for h in hashes)
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    engine.dispose()
    assert actions.count("sign_in_failed") == 1 and actions.count("account") == 3


def test_a_command_that_writes_needs_a_user(sqlite_url: str, tmp_path) -> None:
    assert run("user", "add", "Andi Pratama", "--role", "administrator", db=sqlite_url,
               env=ADMIN_PW).returncode == 0  # fmt: skip
    refused = run("office", "set", "kota", "Sintang", "--user", "andi.pratama", db=sqlite_url,
                  env={"PENGADUAN_PASSWORD": "salah-sandi"})  # fmt: skip
    assert (refused.returncode, refused.stderr.count("\n")) == (1, 1)
    assert refused.stderr.startswith("galat: ")
    done = run("office", "set", "kota", "Sintang", "--user", "andi.pratama", db=sqlite_url,
               env=ADMIN_PW)  # fmt: skip
    assert done.returncode == 0, done.stderr
    engine = create_db_engine(sqlite_url)
    with reading(engine) as session:
        last = session.execute(
            select(AuditEntry.action, Officer.username)
            .join(Officer, Officer.id == AuditEntry.officer_id)
            .order_by(AuditEntry.id.desc()).limit(1)
        ).one()  # fmt: skip
    engine.dispose()
    assert tuple(last) == ("office_profile", "andi.pratama")
    for args in (("office", "set", "kota", "Sambas"), ("import", str(tmp_path / "a.csv"))):
        bare = run(*args, "--user", "", db=sqlite_url)
        assert bare.returncode == 1 and "--user NAMA" in bare.stderr
    assert run("init", db=sqlite_url).returncode == 0  # needs no one
