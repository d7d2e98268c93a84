"""Sign-in accounts: argon2id hashes, no default password, the pause after failures, changing
and resetting passwords, and the audit trail of every attempt."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine, select

from pengaduan_desktop.core import accounts, audit, clock
from pengaduan_desktop.core.accounts import (
    Paused,
    add_user,
    change_password,
    needs_first_admin,
    reset_password,
    set_account,
    set_idle_lock_minutes,
    sign_in,
)
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.errors import Forbidden, SignInFailed
from pengaduan_desktop.core.field_errors import FieldsInvalid
from pengaduan_desktop.core.models import AuditEntry, Officer
from pengaduan_desktop.core.officers import OfficerData, change_officer, officers
from tests.helpers import PASSWORD, add_account


def trail(engine: Engine) -> list[tuple[str, str, int | None]]:
    with reading(engine) as session:
        rows = session.execute(
            select(AuditEntry.action, AuditEntry.subject, AuditEntry.officer_id).order_by(
                AuditEntry.id
            )
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_a_new_database_has_no_account_and_no_default_password(engine: Engine) -> None:
    assert needs_first_admin(engine)
    with reading(engine) as session:
        assert session.scalars(select(Officer.password_hash)).all() == [None]
    for guess in ("admin", "password", "pengaduan", ""):
        with pytest.raises(SignInFailed, match="nama pengguna atau kata sandi salah"):
            sign_in(engine, "admin", guess)


def test_the_first_administrator_is_created_by_the_program_and_the_hash_is_argon2id(
    engine: Engine,
) -> None:
    admin = add_user(engine, OfficerData("Andi Pratama", "", "", "admin"), "Andi",
                     PASSWORD, "administrator", None)  # fmt: skip
    assert not needs_first_admin(engine)
    with reading(engine) as session:
        row = session.get(Officer, admin)
        assert row is not None
        assert row.username == "andi" and row.role == "admin" and row.nip == ""
        assert row.jabatan == "Administrator"  # the role's name when none is given
        assert row.password_hash is not None and row.password_hash.startswith("$argon2id$")
        assert PASSWORD not in row.password_hash
    signed = sign_in(engine, " ANDI ", PASSWORD)
    assert (signed.officer_id, signed.name, signed.role) == (admin, "Andi Pratama", "admin")
    # Nobody was signed in: the administrator is named as making their own account.
    assert ("account", f"officer:{admin}", admin) in trail(engine)
    assert trail(engine)[-1] == ("sign_in", "user:andi", admin)


def test_the_production_hasher_uses_argon2_cffi_defaults() -> None:
    from argon2 import PasswordHasher, Type

    real = PasswordHasher()
    assert real.type is Type.ID
    assert real.hash("x" * 8).startswith("$argon2id$v=19$m=65536,t=3,p=4$")


@pytest.mark.parametrize(
    ("username", "password", "errors"),
    [
        ("", "", {"username": "wajib diisi", "password": "wajib diisi"}),
        ("ab", "pendek", {"username": "3–60 karakter", "password": "paling sedikit 8 karakter"}),
        ("budi santoso", "rahasia-panjang", {"username": "3–60 karakter"}),
        ("budi", "BUDI", {"password": "paling sedikit 8"}),
        ("budi.s", "budi.s  ", {"password": "tidak boleh sama dengan nama pengguna"}),
        ("budi", "        ", {"password": "tidak boleh hanya spasi"}),
    ],
)
def test_account_rules_name_each_field(engine: Engine, username, password, errors) -> None:
    with pytest.raises(FieldsInvalid) as raised:
        add_user(engine, OfficerData("Budi", "", "", "admin"), username, password, "admin", None)
    assert set(raised.value.errors) == set(errors)
    for key, start in errors.items():
        assert raised.value.errors[key].startswith(start)
    assert needs_first_admin(engine)  # nothing written


def test_a_new_officers_own_fields_are_named_with_the_accounts(engine: Engine) -> None:
    with pytest.raises(FieldsInvalid) as raised:
        add_user(engine, OfficerData("", "123", "", "petugas"), "rina", "x", "petugas", None)
    assert set(raised.value.errors) == {"name", "nip", "password"}


def test_usernames_are_unique(engine: Engine) -> None:
    add_account(engine, "admin", "andi")
    with pytest.raises(FieldsInvalid) as raised:
        add_account(engine, "petugas", "Andi")
    assert raised.value.errors["username"] == "sudah dipakai oleh Pegawai Andi"


def test_only_an_administrator_adds_accounts(engine: Engine) -> None:
    admin = add_account(engine, "admin")
    manager = add_account(engine, "pengelola")
    data = OfficerData("Rina Marlina", "198501152010012001", "Petugas", "petugas")
    with pytest.raises(Forbidden, match="tidak berwenang mengelola pegawai dan akun"):
        add_user(engine, data, "rina", PASSWORD, "petugas", manager)
    rina = add_user(engine, data, "rina", PASSWORD, "petugas", admin)
    assert sign_in(engine, "rina", PASSWORD).officer_id == rina
    assert trail(engine)[-2] == ("account", f"officer:{rina}", admin)


def test_five_failures_pause_the_account_and_the_pause_grows(engine: Engine) -> None:
    officer = add_account(engine, "petugas", "budi")
    for _ in range(4):
        with pytest.raises(SignInFailed) as raised:
            sign_in(engine, "budi", "salah-sekali")
        assert not isinstance(raised.value, Paused)
    with pytest.raises(Paused, match="coba lagi dalam 30 detik") as paused:
        sign_in(engine, "budi", "salah-sekali")
    assert paused.value.seconds == 30
    # Paused: even the right password waits, and says how long.
    with pytest.raises(Paused, match="coba lagi dalam 30 detik"):
        sign_in(engine, "budi", PASSWORD)
    soon = clock.now_local() + timedelta(seconds=20)
    with clock.pinned(soon), pytest.raises(Paused, match="coba lagi dalam 10 detik"):
        sign_in(engine, "budi", PASSWORD)
    later = clock.now_local() + timedelta(seconds=31)
    with clock.pinned(later):
        with pytest.raises(Paused, match="coba lagi dalam 1 menit") as paused:
            sign_in(engine, "budi", "salah-lagi!")  # the sixth failure: twice as long
        assert paused.value.seconds == 60
    with clock.pinned(later + timedelta(seconds=61)):
        assert sign_in(engine, "budi", PASSWORD).officer_id == officer
    with reading(engine) as session:
        row = session.get(Officer, officer)
        assert row is not None and row.failed_logins == 0 and row.locked_until is None
    actions = [action for action, subject, who in trail(engine) if subject == "user:budi"]
    assert actions == ["sign_in_failed"] * 4 + ["sign_in_paused"] * 4 + ["sign_in"]
    assert all(who == officer for _a, subject, who in trail(engine) if subject == "user:budi")


def test_the_pause_stops_growing_at_an_hour() -> None:
    assert accounts.pause_after(4) == timedelta(0)
    assert accounts.pause_after(5) == timedelta(seconds=30)
    assert accounts.pause_after(7) == timedelta(minutes=2)
    assert accounts.pause_after(40) == timedelta(hours=1)
    assert accounts.wait_words(150) == "2 menit 30 detik"


def test_unknown_and_inactive_accounts_are_refused_alike(engine: Engine) -> None:
    officer = add_account(engine, "petugas", "budi")
    row = next(o for o in officers(engine) if o.id == officer)
    change_officer(engine, officer, OfficerData(**{**row.data.__dict__, "active": False}), None)
    for name in ("budi", "siapa"):
        with pytest.raises(SignInFailed, match="^nama pengguna atau kata sandi salah$"):
            sign_in(engine, name, PASSWORD)
    assert trail(engine)[-2:] == [("sign_in_failed", "user:budi", officer),
                                  ("sign_in_failed", "user:siapa", None)]  # fmt: skip


def test_changing_the_own_password(engine: Engine) -> None:
    officer = add_account(engine, "petugas", "budi")
    with pytest.raises(FieldsInvalid) as raised:
        change_password(engine, officer, "bukan-ini", "baru")
    assert raised.value.errors == {"old_password": "kata sandi lama salah",
                                   "password": "paling sedikit 8 karakter"}  # fmt: skip
    with pytest.raises(FieldsInvalid, match="harus berbeda"):
        change_password(engine, officer, PASSWORD, PASSWORD)
    change_password(engine, officer, PASSWORD, "sandi-baru-budi")
    with pytest.raises(SignInFailed):
        sign_in(engine, "budi", PASSWORD)
    assert sign_in(engine, "budi", "sandi-baru-budi").officer_id == officer
    assert ("account", f"officer:{officer}", officer) in trail(engine)


def test_the_administrator_resets_a_password_and_renames_an_account(engine: Engine) -> None:
    admin = add_account(engine, "admin")
    officer = add_account(engine, "petugas", "budi")
    for _ in range(5):
        with pytest.raises(SignInFailed):
            sign_in(engine, "budi", "lupa-sandi")
    reset_password(engine, officer, "sandi-dari-admin", admin)  # also lifts the pause
    assert sign_in(engine, "budi", "sandi-dari-admin").officer_id == officer
    set_account(engine, officer, "budi.s", None, admin)  # the password stays
    assert sign_in(engine, "budi.s", "sandi-dari-admin").officer_id == officer
    with pytest.raises(Forbidden):
        reset_password(engine, admin, "direbut-petugas", officer)


def test_an_officer_without_account_gets_one_from_the_administrator(engine: Engine) -> None:
    admin = add_account(engine, "admin")
    manager = next(o.id for o in officers(engine) if o.manager)
    with pytest.raises(FieldsInvalid) as raised:
        set_account(engine, manager, "nurul", None, admin)
    assert raised.value.errors == {"password": "wajib diisi"}
    set_account(engine, manager, "nurul", PASSWORD, admin)
    assert sign_in(engine, "nurul", PASSWORD).role == "pengelola"


def test_the_last_administrator_stays_one(engine: Engine) -> None:
    admin = add_account(engine, "admin")
    row = next(o for o in officers(engine) if o.id == admin)
    for change in ({"active": False}, {"role": "petugas", "nip": "199001012015031001"}):
        with pytest.raises(FieldsInvalid, match="administrator terakhir"):
            change_officer(engine, admin, OfficerData(**{**row.data.__dict__, **change}), admin)
    second = add_account(engine, "admin", "admin2")
    change_officer(engine, admin, OfficerData(**{**row.data.__dict__, "active": False}), second)
    assert not needs_first_admin(engine)


def test_the_idle_lock_is_a_setting_of_the_administrator(engine: Engine) -> None:
    admin = add_account(engine, "admin")
    manager = add_account(engine, "pengelola")
    assert accounts.idle_lock_minutes(engine) == 15
    with pytest.raises(FieldsInvalid, match="antara 1 dan 480 menit"):
        set_idle_lock_minutes(engine, 0, admin)
    with pytest.raises(Forbidden):
        set_idle_lock_minutes(engine, 5, manager)
    set_idle_lock_minutes(engine, 5, admin)
    assert accounts.idle_lock_minutes(engine) == 5
    assert trail(engine)[-1][:2] == ("account", "office:idle_lock")
    assert audit.label("sign_in_paused") == "Akun dijeda"
    assert audit.check(engine).problems == []
