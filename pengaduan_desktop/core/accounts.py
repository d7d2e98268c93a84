"""Sign-in accounts: usernames and argon2id password hashes on officers, the pause after
repeated failures, changing and resetting passwords, and the idle lock setting.

There is no default password anywhere: a new database has no account, and the first
administrator is created by the set-up dialog or `pengaduan user add NAME --role
administrator` (officer_id None: the program itself, allowed while no administrator exists).

After FREE_TRIES wrong passwords in a row an account is paused: 30 seconds, doubling with each
further failure up to an hour, kept in `locked_until` on the one clock (core.clock), so that
every desk and the command line see the same pause. A success clears it. Every success,
failure and refusal during a pause is written to the audit trail."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import SignInFailed
from pengaduan_desktop.core.field_errors import FieldsInvalid
from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.models import OfficeProfile, Officer
from pengaduan_desktop.core.officers import LABELS as OFFICER_LABELS
from pengaduan_desktop.core.officers import (
    OfficerData,
    _found,  # the one 'pegawai tidak ditemukan'
    clean,
    insert_officer,
    problems,
)
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.vocabulary import ROLE_LABELS, Role

# argon2-cffi's defaults (argon2id, RFC 9106 low-memory profile) in production. Tests may put
# a cheaper hasher here (use_cost_for_tests); a hash records its own cost, so either verifies.
hasher = PasswordHasher()

MIN_PASSWORD = 8
MAX_PASSWORD = 200
FREE_TRIES = 5
FIRST_PAUSE = timedelta(seconds=30)
LONGEST_PAUSE = timedelta(hours=1)
IDLE_MINUTES = (1, 480)  # the idle lock's range, in minutes
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{2,59}")

LABELS = {**OFFICER_LABELS, "username": "Nama pengguna", "password": "Kata sandi",
          "password_again": "Ulangi kata sandi", "old_password": "Kata sandi lama",
          "idle_lock_minutes": "Kunci layar"}  # fmt: skip
# The role names the command line accepts, besides the codes themselves.
ROLE_NAMES = {"administrator": Role.ADMIN, "admin": Role.ADMIN, "pengelola": Role.PENGELOLA,
              "petugas": Role.PETUGAS, "unit": Role.UNIT, "kepala": Role.KEPALA}  # fmt: skip


def use_cost_for_tests() -> None:
    """A cheap argon2id for the test suite (never for production)."""
    global hasher
    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@dataclass(frozen=True)
class SignedIn:
    officer_id: int
    name: str
    role: str
    unit_id: int | None
    username: str = ""

    @property
    def role_label(self) -> str:
        try:
            return ROLE_LABELS[Role(self.role)]
        except ValueError:
            return self.role


@dataclass(frozen=True)
class Account:
    officer_id: int
    name: str
    username: str | None
    role: str
    active: bool
    has_password: bool
    locked_until: datetime | None


# -- rules ---------------------------------------------------------------------------------
def normalise_username(text: str) -> str:
    return text.strip().lower()


def username_problem(username: str) -> str | None:
    if not username:
        return Text("field.required")
    if not USERNAME.fullmatch(username):
        return Text("account.username_form")
    return None


def password_problem(password: str, username: str = "") -> str | None:
    if not password:
        return Text("field.required")
    if len(password) < MIN_PASSWORD:
        return Text("field.at_least", limit=MIN_PASSWORD)
    if len(password) > MAX_PASSWORD:
        return Text("field.at_most", limit=MAX_PASSWORD)
    if not password.strip():
        return Text("password.only_spaces")
    if username and password.strip().lower() == username:
        return Text("password.as_username")
    return None


def confirm_problem(password: str, again: str) -> str | None:
    """The same password typed twice (window and command line ask twice)."""
    return None if password == again else Text("password.again")


def parse_role(text: str) -> Role:
    try:
        return ROLE_NAMES.get(text.strip().lower()) or Role(text.strip().lower())
    except ValueError:
        names = "administrator, pengelola, petugas, unit, kepala"
        raise FieldsInvalid({"role": Text("account.role_unknown", role=text, names=names)},
                            LABELS) from None  # fmt: skip


def pause_after(failures: int) -> timedelta:
    """How long an account waits after `failures` wrong passwords in a row (none before 5)."""
    if failures < FREE_TRIES:
        return timedelta(0)
    pause: timedelta = FIRST_PAUSE * 2 ** min(failures - FREE_TRIES, 20)
    return min(pause, LONGEST_PAUSE)


def wait_words(seconds: int) -> str:
    if seconds < 60:
        return Text("wait.seconds", seconds=seconds)
    minutes, rest = divmod(seconds, 60)
    if rest:
        return Text("wait.minutes_seconds", minutes=minutes, seconds=rest)
    return Text("wait.minutes", minutes=minutes)


class Paused(SignInFailed):
    """The account waits `seconds` more before it may try again."""

    def __init__(self, seconds: int) -> None:
        super().__init__("sign_in.paused", wait=wait_words(seconds))
        self.seconds = seconds


# -- reading -------------------------------------------------------------------------------
def needs_first_admin(engine: Engine) -> bool:
    """No active administrator with a password: the first run must create one."""
    with reading(engine) as session:
        return not session.scalar(
            select(func.count(Officer.id)).where(
                Officer.role == Role.ADMIN, Officer.active, Officer.password_hash.is_not(None)
            )
        )


def accounts(engine: Engine) -> list[Account]:
    with reading(engine) as session:
        rows = session.scalars(select(Officer).order_by(Officer.active.desc(), Officer.name))
        return [Account(o.id, o.name, o.username, o.role, o.active, o.password_hash is not None,
                        o.locked_until) for o in rows]  # fmt: skip


def idle_lock_minutes(engine: Engine) -> int:
    with reading(engine) as session:
        return session.scalar(select(OfficeProfile.idle_lock_minutes)) or 15


# -- signing in ----------------------------------------------------------------------------
_DUMMY: list[str] = []  # a hash to verify against for unknown names, so they take as long


def _verify(stored: str | None, password: str) -> bool:
    if stored is None:
        if not _DUMMY:
            _DUMMY.append(hasher.hash("tidak-ada-akun"))
        stored, password = _DUMMY[0], password + "\0"
    try:
        return bool(hasher.verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def _by_username(session: Session, username: str) -> Officer | None:
    return session.scalar(select(Officer).where(Officer.username == normalise_username(username)))


def sign_in(engine: Engine, username: str, password: str) -> SignedIn:
    """The officer whose password this is, or SignInFailed (Paused while the account waits)."""
    refusal: SignInFailed | None = None
    with writing(engine) as session:
        officer = _by_username(session, username)
        subject = f"user:{normalise_username(username)[:60]}"
        now = now_utc()
        if officer is None or not officer.active or officer.password_hash is None:
            _verify(None, password)
            reason = "tidak dikenal" if officer is None else "akun tidak aktif atau tanpa sandi"
            audit.append(session, audit.Action.SIGN_IN_FAILED, subject, {"sebab": reason},
                         officer.id if officer else None)  # fmt: skip
            refusal = SignInFailed("sign_in.wrong")
        elif officer.locked_until is not None and officer.locked_until > now:
            seconds = max(1, int((officer.locked_until - now).total_seconds() + 0.999))
            audit.append(session, audit.Action.SIGN_IN_PAUSED, subject,
                         {"sisa_detik": seconds}, officer.id)  # fmt: skip
            refusal = Paused(seconds)
        elif not _verify(officer.password_hash, password):
            officer.failed_logins += 1
            pause = pause_after(officer.failed_logins)
            detail: dict[str, object] = {"gagal_berturut": officer.failed_logins}
            if pause:
                officer.locked_until = now + pause
                detail["jeda_detik"] = int(pause.total_seconds())
                refusal = Paused(int(pause.total_seconds()))
            else:
                refusal = SignInFailed("sign_in.wrong")
            action = audit.Action.SIGN_IN_PAUSED if pause else audit.Action.SIGN_IN_FAILED
            audit.append(session, action, subject, detail, officer.id)
        else:
            officer.failed_logins = 0
            officer.locked_until = None
            if hasher.check_needs_rehash(officer.password_hash):
                officer.password_hash = hasher.hash(password)
            audit.append(session, audit.Action.SIGN_IN, subject, {}, officer.id)
            return SignedIn(officer.id, officer.name, officer.role, officer.unit_id,
                            officer.username or "")  # fmt: skip
    raise refusal  # after the commit: the failure and its pause are kept


# -- writing -------------------------------------------------------------------------------
def _account_problems(session: Session, username: str, password: str,
                      officer: int | None) -> dict[str, str]:  # fmt: skip
    errors: dict[str, str] = {}
    problem = username_problem(username)
    if problem is None:
        same = _by_username(session, username)
        if same is not None and same.id != officer:
            problem = f"sudah dipakai oleh {same.name}"
    if problem:
        errors["username"] = problem
    problem = password_problem(password, username)
    if problem:
        errors["password"] = problem
    return errors


def add_user(
    engine: Engine,
    officer: OfficerData | int,
    username: str,
    password: str,
    role: str,
    officer_id: int | None,
) -> int:
    """Give a new officer (OfficerData) or an existing one (id) an account with this role and
    password, in one transaction; returns the officer's id. The very first administrator is
    created with officer_id None (the program); every other account by an administrator."""
    username, role = normalise_username(username), parse_role(role).value
    with operation(engine, officer_id, Permission.ACCOUNTS) as (session, _actor):
        existing = None if isinstance(officer, OfficerData) else _found(session, officer)
        errors = _account_problems(session, username, password, existing.id if existing else None)
        if isinstance(officer, OfficerData):
            data = replace(officer, role=role, jabatan=officer.jabatan.strip() or _role_label(role))
            if errors:  # the officer's own fields are named in the same refusal
                raise FieldsInvalid({**problems(clean(data)), **errors}, LABELS)
            row = _found(session, insert_officer(session, data))
        else:
            if errors:
                raise FieldsInvalid(errors, LABELS)
            assert existing is not None
            row = existing
            row.role = role
        row.username, row.password_hash = username, hasher.hash(password)
        row.failed_logins, row.locked_until = 0, None
        # The first administrator, made by the program, creates themself: the entry names them
        # (not the office's default officer, who was not there).
        by = (
            row.id
            if officer_id is None and role == Role.ADMIN
            else audit.actor(session, officer_id)
        )
        audit.append(session, audit.Action.ACCOUNT, f"officer:{row.id}",
                     {"akun_dibuat": username, "nama": row.name, "peran": row.role},
                     by)  # fmt: skip
        return row.id


def _role_label(role: str) -> str:
    try:
        return ROLE_LABELS[Role(role)]
    except ValueError:
        return role


def set_account(engine: Engine, target_id: int, username: str, password: str | None,
                officer_id: int | None) -> None:  # fmt: skip
    """The administrator sets an officer's username and, when given, a new password (needed
    when the officer has none yet). A new password clears any pause."""
    username = normalise_username(username)
    with operation(engine, officer_id, Permission.ACCOUNTS) as (session, _actor):
        row = _found(session, target_id)
        errors = _account_problems(session, username, password or "", target_id)
        if password is None and row.password_hash is not None:
            errors.pop("password", None)
        if errors:
            raise FieldsInvalid(errors, LABELS)
        detail: dict[str, object] = {}
        if row.username != username:
            detail["nama_pengguna"] = {"lama": row.username, "baru": username}
            row.username = username
        if password is not None:
            row.password_hash = hasher.hash(password)
            row.failed_logins, row.locked_until = 0, None
            detail["kata_sandi"] = "diatur ulang oleh administrator"
        if detail:
            audit.append(session, audit.Action.ACCOUNT, f"officer:{target_id}", detail,
                         audit.actor(session, officer_id))  # fmt: skip


def reset_password(engine: Engine, target_id: int, password: str, officer_id: int | None) -> None:
    """The administrator gives an officer who has an account a new password."""
    with reading(engine) as session:
        username = _found(session, target_id).username
    if username is None:
        raise FieldsInvalid({"username": Text("account.none")}, LABELS)
    set_account(engine, target_id, username, password, officer_id)


def change_password(engine: Engine, officer_id: int, old: str, new: str) -> None:
    """The signed-in officer changes their own password, giving the old one."""
    with writing(engine) as session:
        row = _found(session, officer_id)
        errors: dict[str, str] = {}
        if row.password_hash is None or not _verify(row.password_hash, old):
            errors["old_password"] = Text("password.old_wrong")
        problem = password_problem(new, row.username or "")
        if problem is None and new == old:
            problem = Text("password.same_as_old")
        if problem:
            errors["password"] = problem
        if errors:
            raise FieldsInvalid(errors, LABELS)
        row.password_hash = hasher.hash(new)
        row.failed_logins, row.locked_until = 0, None
        audit.append(session, audit.Action.ACCOUNT, f"officer:{officer_id}",
                     {"kata_sandi": "diganti sendiri"}, officer_id)  # fmt: skip


def sign_out(engine: Engine, officer_id: int, locked: bool = False) -> None:
    """Note in the trail that the officer signed out, or that the idle lock closed the screen."""
    what: dict[str, object] = {"layar_terkunci": "tidak dipakai"} if locked else {}
    audit.record(engine, audit.Action.SIGN_OUT, f"officer:{officer_id}", what, officer_id)


def set_idle_lock_minutes(engine: Engine, minutes: int, officer_id: int | None) -> None:
    low, high = IDLE_MINUTES
    if not low <= minutes <= high:
        raise FieldsInvalid(
            {"idle_lock_minutes": Text("account.idle_range", low=low, high=high)}, LABELS
        )
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _actor):
        office = session.scalars(select(OfficeProfile)).one()
        if office.idle_lock_minutes != minutes:
            before = office.idle_lock_minutes
            office.idle_lock_minutes = minutes
            audit.append(session, audit.Action.ACCOUNT, "office:idle_lock",
                         audit.changes({"kunci_layar_menit": before},
                                       {"kunci_layar_menit": minutes}),
                         audit.actor(session, officer_id))  # fmt: skip


def last_admin_problem(session: Session, target_id: int, role: str, active: bool) -> str | None:
    """Why an officer may not stop being an active administrator: the last one with an
    account (the next start would offer anyone at the desk to create a new one)."""
    row = session.get(Officer, target_id)
    if row is None or row.role != Role.ADMIN or not row.active or row.password_hash is None:
        return None
    if role == Role.ADMIN and active:
        return None
    others = session.scalar(
        select(func.count(Officer.id)).where(
            Officer.role == Role.ADMIN, Officer.active, Officer.password_hash.is_not(None),
            Officer.id != target_id,
        )
    )  # fmt: skip
    return None if others else "administrator terakhir tidak dapat diubah atau dinonaktifkan"
