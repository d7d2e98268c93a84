"""Sorting errors: what the officer can act on gets a plain Indonesian sentence; anything else
is a bug and is reported with its traceback."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError

from pengaduan_desktop.core.db import DatabaseError
from pengaduan_desktop.core.identity import IdentityError
from pengaduan_desktop.core.importer import ImportFailed
from pengaduan_desktop.core.validation import ValidationFailed


def user_message(exc: BaseException) -> str | None:
    """The message for an error the user can act on, or None when it is a bug."""
    if isinstance(exc, ImportFailed):
        lines = "\n  ".join(exc.problems)
        return (
            f"impor dibatalkan, tidak ada yang disimpan ({len(exc.problems)} masalah):\n  {lines}"
        )
    if isinstance(exc, OperationalError):
        text = str(exc.orig)
        if "locked" in text:
            return "basis data sedang dipakai meja lain terlalu lama; coba lagi sebentar"
        return f"basis data tidak dapat digunakan: {text}"
    if isinstance(exc, StaleDataError):
        return "data ini baru saja diubah oleh meja lain; muat ulang lalu ulangi"
    if isinstance(exc, PermissionError):
        return f"tidak ada izin menulis: {exc.filename or exc}"
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    if isinstance(exc, DatabaseError | IdentityError | ValidationFailed | LookupError | ValueError):
        return str(exc)
    if isinstance(exc, OSError):
        return str(exc)
    return None
