"""The command line's accounts: `--user NAME` (who acts), and `pengaduan user add|list|passwd`.

Passwords come from a prompt (getpass, never echoed) or the environment: PENGADUAN_PASSWORD
is the password of the `--user` who acts; PENGADUAN_NEW_PASSWORD the new password that
`user add` and `user passwd` set (for the very first administrator, added with no --user,
PENGADUAN_PASSWORD serves too)."""

from __future__ import annotations

import argparse
import getpass
import os
import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.accounts import SignedIn

ENV_PASSWORD = "PENGADUAN_PASSWORD"
ENV_NEW_PASSWORD = "PENGADUAN_NEW_PASSWORD"


class NotSignedIn(Exception):
    """A problem signing in; the CLI prints it as one `galat:` line."""


def user_parsers(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    user = add("user", "akun pengguna: tambah, daftar, ganti kata sandi")
    user_sub = user.add_subparsers(dest="user_command", metavar="PERINTAH", required=True)
    new = user_sub.add_parser(
        "add", help="tambah akun (pegawai baru, atau pegawai yang belum punya akun)",
        description="Tambah akun. Administrator pertama boleh ditambah tanpa --user; "
                    "akun berikutnya ditambah oleh administrator (--user). Kata sandi ditanya "
                    "dua kali, atau dari PENGADUAN_NEW_PASSWORD.",
    )  # fmt: skip
    new.add_argument("name", metavar="NAMA", help="nama lengkap pegawai (dengan gelar)")
    new.add_argument("--role", required=True, metavar="PERAN",
                     help="administrator, pengelola, petugas, unit atau kepala")  # fmt: skip
    new.add_argument("--username", metavar="U", help="nama pengguna (bawaan: dari NAMA)")
    new.add_argument("--unit", metavar="KODE", help="kode unit kerja (wajib untuk peran unit)")
    new.add_argument("--nip", default="", help="NIP 18 angka (boleh kosong untuk administrator)")
    new.add_argument("--jabatan", default="", help="jabatan (bawaan: nama peran)")
    listing = user_sub.add_parser("list", help="daftar pegawai dengan akun dan perannya")
    passwd = user_sub.add_parser(
        "passwd", help="ganti kata sandi sendiri, atau (administrator) atur ulang milik orang lain"
    )
    passwd.add_argument(
        "username",
        nargs="?",
        metavar="NAMA_PENGGUNA",
        help="akun yang kata sandinya diatur ulang (bawaan: akun --user)",
    )
    for p in (new, listing, passwd):
        p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="alamat basis data")
        p.add_argument("--user", default=argparse.SUPPRESS, metavar="NAMA",
                       help="pengguna yang bertindak")  # fmt: skip


def _password(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:  # no terminal and nothing on standard input
        raise NotSignedIn(f"kata sandi tidak diberikan (ketik di terminal, atau isi "
                          f"{ENV_PASSWORD})") from None  # fmt: skip


def signed_in(args: argparse.Namespace, engine: Engine) -> tuple[SignedIn, str]:
    """The user named by --user, signed in with the password from the environment or a
    prompt; NotSignedIn when no user is named or the password is wrong."""
    from pengaduan_desktop.core.accounts import sign_in
    from pengaduan_desktop.core.errors import SignInFailed

    name = getattr(args, "user", None)
    if not name:
        raise NotSignedIn(
            "perintah ini mengubah data: sebutkan siapa yang bertindak dengan --user NAMA "
            f"(kata sandi ditanya, atau dari {ENV_PASSWORD})"
        )
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        password = _password(f"Kata sandi {name}: ")
    try:
        return sign_in(engine, name, password), password
    except SignInFailed as exc:
        raise NotSignedIn(str(exc)) from None


def acting(args: argparse.Namespace, engine: Engine) -> int:
    return signed_in(args, engine)[0].officer_id


def new_password(first_admin: bool) -> str:
    from pengaduan_desktop.core.accounts import confirm_problem

    given = os.environ.get(ENV_NEW_PASSWORD)
    if given is None and first_admin:
        given = os.environ.get(ENV_PASSWORD)
    if given is not None:
        return given
    password = _password("Kata sandi baru: ")
    problem = confirm_problem(password, _password("Ulangi kata sandi baru: "))
    if problem:
        raise NotSignedIn(f"ulangi kata sandi: {problem}")
    return password


def username_from(name: str) -> str:
    """ "Nurul Hidayah, S.E., M.Ak." -> "nurul.hidayah": the name before its degrees."""
    plain = unicodedata.normalize("NFKD", name.split(",")[0]).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())
    return ".".join(words)[:60]


def cmd_user(args: argparse.Namespace, engine: Engine) -> int:
    if args.user_command == "add":
        return _add(args, engine)
    if args.user_command == "list":
        return _list(engine)
    return _passwd(args, engine)


def _add(args: argparse.Namespace, engine: Engine) -> int:
    from sqlalchemy import select

    from pengaduan_desktop.core.accounts import add_user, needs_first_admin, parse_role
    from pengaduan_desktop.core.db import reading
    from pengaduan_desktop.core.models import Officer, Unit
    from pengaduan_desktop.core.officers import OfficerData
    from pengaduan_desktop.core.vocabulary import ROLE_LABELS, Role

    role = parse_role(args.role)
    first = needs_first_admin(engine) and not getattr(args, "user", None)
    if first and role != Role.ADMIN:
        raise NotSignedIn("belum ada administrator: akun pertama harus --role administrator")
    officer_id = None if first else acting(args, engine)
    with reading(engine) as session:
        unit_id = None
        if args.unit:
            unit_id = session.scalar(select(Unit.id).where(Unit.code == args.unit.upper()))
            if unit_id is None:
                raise NotSignedIn(f"unit kerja tidak ditemukan: {args.unit}")
        # An officer already on the list (the Pejabat Pengelola of the profile) gets the
        # account rather than a second row.
        known = session.scalar(select(Officer.id).where(
            Officer.name == " ".join(args.name.split()), Officer.username.is_(None)))  # fmt: skip
    username = args.username or username_from(args.name)
    password = new_password(first)
    target: OfficerData | int = known if known is not None else OfficerData(
        args.name, args.nip, args.jabatan, role.value, unit_id=unit_id)  # fmt: skip
    new_id = add_user(engine, target, username, password, role.value, officer_id)
    print(f"akun {username} dibuat untuk {args.name.strip()} ({ROLE_LABELS[role]}, "
          f"pegawai #{new_id})")  # fmt: skip
    return 0


def _list(engine: Engine) -> int:
    from pengaduan_desktop.core.accounts import accounts
    from pengaduan_desktop.core.clock import now_utc
    from pengaduan_desktop.core.timeutil import to_local
    from pengaduan_desktop.core.vocabulary import ROLE_LABELS, Role

    for account in accounts(engine):
        if account.username is None:
            continue
        state = "aktif" if account.active else "nonaktif"
        if not account.has_password:
            state += ", tanpa kata sandi"
        if account.locked_until and account.locked_until > now_utc():
            state += f", dijeda sampai {to_local(account.locked_until):%H:%M:%S} WIB"
        role = ROLE_LABELS.get(Role(account.role), account.role)
        print(f"{account.username:<20}{account.name:<40}{role:<30}{state}")
    return 0


def _passwd(args: argparse.Namespace, engine: Engine) -> int:
    from sqlalchemy import select

    from pengaduan_desktop.core.accounts import change_password, normalise_username, reset_password
    from pengaduan_desktop.core.db import reading
    from pengaduan_desktop.core.models import Officer

    me, old = signed_in(args, engine)
    target = normalise_username(args.username or me.username)
    if target == me.username:
        change_password(engine, me.officer_id, old, new_password(False))
    else:
        with reading(engine) as session:
            found = session.scalar(select(Officer.id).where(Officer.username == target))
        if found is None:
            raise NotSignedIn(f"akun tidak ditemukan: {target}")
        reset_password(engine, found, new_password(False), me.officer_id)
    print(f"kata sandi {target} diganti")
    return 0
