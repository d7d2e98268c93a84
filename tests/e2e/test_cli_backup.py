"""`pengaduan backup` and `pengaduan restore` as a separate program: who may, what is refused
(one `galat:` line, exit 1, the target untouched), and the audit chain after a restore."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from tests.e2e.test_cli import run
from tests.helpers import PASSWORD, account_at

ADMIN = {"PENGADUAN_PASSWORD": PASSWORD}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_and_restore_from_the_command_line(sqlite_url: str, tmp_path: Path) -> None:
    account_at(sqlite_url, "admin")
    account_at(sqlite_url, "petugas")
    assert run("demo", "--count", "25", db=sqlite_url).returncode == 0
    backup = tmp_path / "cadangan.zip"
    alone = run("backup", "-o", str(backup), db=sqlite_url)
    assert alone.returncode == 1 and alone.stderr.startswith("galat: perintah ini mengubah data")
    clerk = run("--user", "petugas", "backup", "-o", str(backup), db=sqlite_url, env=ADMIN)
    assert clerk.returncode == 1
    assert clerk.stderr == (
        "galat: peran Petugas penerima tidak berwenang mencadangkan dan memulihkan basis data\n"
    )
    assert not backup.exists()
    made = run("--user", "admin", "backup", "-o", str(backup), db=sqlite_url, env=ADMIN)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"cadangan ditulis ke {backup}: 25 pengaduan")

    # Into a new database: no account to sign in with there, none needed.
    target = tmp_path / "pulih.db"
    url = f"sqlite:///{target}"
    restored = run("restore", str(backup), "--db", url)
    assert restored.returncode == 0, restored.stderr
    assert "25 pengaduan" in restored.stdout
    verified = run("audit", "verify", db=url)
    assert verified.returncode == 0 and verified.stdout.startswith("jejak audit utuh")

    before = digest(target)
    again = run("restore", str(backup), "--db", url)
    assert again.returncode == 1
    assert again.stderr.startswith("galat: basis data tujuan sudah berisi data") and (
        again.stderr.count("\n") == 1
    )
    # A tampered copy: one line, nothing touched.
    tampered = tmp_path / "diubah.zip"
    with zipfile.ZipFile(backup) as old, zipfile.ZipFile(tampered, "w") as new:
        for name in old.namelist():
            data = old.read(name)
            if name == "tabel/complaint.jsonl":
                data = data.replace(b"ADU-2026-000001", b"ADU-2026-999999")
            new.writestr(name, data)
    refused = run("--user", "admin", "restore", str(tampered), "--db", url, "--replace", env=ADMIN)
    assert refused.returncode == 1
    assert refused.stderr.startswith("galat: cadangan tidak utuh: isi tabel complaint")
    assert refused.stderr.count("\n") == 1
    assert digest(target) == before
    foreign = run("restore", str(tmp_path / "pulih.db"), "--db", f"sqlite:///{tmp_path}/x.db")
    assert (foreign.returncode, foreign.stderr) == (
        1, "galat: pulih.db rusak atau bukan berkas cadangan Pengaduan\n")  # fmt: skip
    # Replacing a database that holds data: its administrator (the accounts came with it).
    replaced = run("--user", "admin", "restore", str(backup), "--db", url, "--replace", env=ADMIN)
    assert replaced.returncode == 0, replaced.stderr
    assert run("audit", "verify", db=url).returncode == 0
