"""Sorting errors: what a service raises on purpose, and the known failures of the machine,
get a sentence for the officer; anything else is a bug (None)."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from pengaduan_desktop.core.db import DatabaseError
from pengaduan_desktop.core.errors import (
    Conflict,
    InvalidValue,
    NotFound,
    UserError,
    WorkflowError,
    user_message,
)
from pengaduan_desktop.core.identity import IdentityError, parse_nik
from pengaduan_desktop.core.importer import ImportFailed
from pengaduan_desktop.core.letters import LetterNotAvailable
from pengaduan_desktop.core.monthly import Month
from pengaduan_desktop.core.validation import ValidationFailed


@pytest.mark.parametrize("kind", [NotFound, Conflict, WorkflowError, InvalidValue, IdentityError,
                                  LetterNotAvailable, DatabaseError])  # fmt: skip
def test_every_error_raised_on_purpose_is_a_user_error(kind: type[UserError]) -> None:
    assert issubclass(kind, UserError)
    assert user_message(kind("pengaduan ADU-2026-000009 tidak ditemukan")) == (
        "pengaduan ADU-2026-000009 tidak ditemukan"
    )


def test_services_raise_user_errors_with_indonesian_sentences() -> None:
    with pytest.raises(IdentityError) as nik:
        parse_nik("12")
    assert user_message(nik.value) == "NIK harus 16 digit (sekarang 2)"
    with pytest.raises(InvalidValue) as month:
        Month.parse("2026-13")
    assert user_message(month.value) == "bulan tidak valid: '2026-13' (gunakan YYYY-MM)"
    failed = ImportFailed(["baris 2: nama wajib diisi", "baris 3: NIK harus 16 digit"])
    assert user_message(failed) == (
        "impor dibatalkan, tidak ada yang disimpan (2 masalah):\n"
        "  baris 2: nama wajib diisi\n  baris 3: NIK harus 16 digit"
    )
    assert user_message(ValidationFailed({"name": "wajib diisi"})) == "name: wajib diisi"


def test_the_known_failures_of_the_machine_are_told() -> None:
    locked = OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    assert "dipakai meja lain" in (user_message(locked) or "")
    denied = PermissionError(errno.EACCES, "Permission denied", "/srv/laporan.pdf")
    assert user_message(denied) == "tidak ada izin menulis: /srv/laporan.pdf"
    full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/laporan.pdf")
    assert user_message(full) == "ruang penyimpanan penuh: /media/usb/laporan.pdf"


@pytest.mark.parametrize(
    "bug",
    [ValueError("invalid literal for int()"), LookupError("x"), KeyError("status"),
     TypeError("open expected 2 arguments, got 0"), AttributeError("'NoneType'"),
     ZeroDivisionError("division by zero"), FileNotFoundError("logo.png tidak ditemukan"),
     RuntimeError("Internal C++ object already deleted")],
)  # fmt: skip
def test_anything_else_is_a_bug(bug: BaseException) -> None:
    assert user_message(bug) is None
