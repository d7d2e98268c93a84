"""Sorting errors. Services raise a UserError on purpose, with a sentence in Indonesian the
officer can act on; the environment fails in a few known ways (a locked database, no
permission, a full disk). Anything else is a bug: user_message() returns None for it and the
caller logs its traceback and shows "Kesalahan program"."""

from __future__ import annotations

import errno


class UserError(Exception):
    """An error the officer can act on; its message is a sentence in Indonesian."""


class NotFound(UserError):
    """A complaint, officer, report or file that is not there (any more)."""


class Conflict(UserError):
    """The record was changed at another desk in the meantime."""


class Stale(Conflict):
    """The complaint's version is not the one the officer's page was read at: another desk
    changed it since (the page offers to read it again)."""


class WorkflowError(UserError):
    """An action the rules do not allow now."""


class InvalidValue(UserError):
    """One value given by the officer or the administrator is not acceptable."""


class Forbidden(UserError):
    """The acting user's role does not allow the operation (core.permissions), the account
    is inactive, or the complaint is outside the user's unit."""


class SignInFailed(UserError):
    """Wrong username or password, or an account paused after repeated failures."""


class PrintFailed(UserError):
    """The printer or the print system refused the document."""


class ProfileMissing(UserError):
    """The office profile is incomplete: run `pengaduan init` or fill in the profile."""


class ProfileIncomplete(UserError):
    """The office profile still has placeholders (first-run names, NIP "-", no logo): no
    official document may leave the office yet. `gaps` lists what is missing, as labels."""

    def __init__(self, gaps: list[str]) -> None:
        super().__init__(
            "profil kantor belum lengkap, dokumen resmi belum dapat dicetak atau disimpan; "
            "lengkapi dahulu: " + ", ".join(gaps)
        )
        self.gaps = gaps


ENVIRONMENT_ERRNOS = {errno.ENOSPC: "ruang penyimpanan penuh", errno.EDQUOT: "kuota disk habis",
                      errno.EROFS: "media penyimpanan hanya dapat dibaca"}  # fmt: skip


def user_message(exc: BaseException) -> str | None:
    """The message for an error the user can act on, or None when it is a bug."""
    if isinstance(exc, UserError):
        return str(exc)
    # Imported here: the window shows before the database library loads (DESIGN section 8).
    from sqlalchemy.exc import DataError, IntegrityError, OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    from pengaduan_desktop.core.db_health import is_damage
    from pengaduan_desktop.core.db_refusals import read_only, refused_value

    if is_damage(exc):
        return "berkas basis data rusak; pulihkan dari cadangan atau pilih berkas lain"
    if isinstance(exc, IntegrityError | DataError):
        return refused_value(exc)  # never the statement's values: they hold personal data
    if read_only(exc):
        return "basis data hanya dapat dibaca; tidak ada yang diubah"
    if isinstance(exc, OperationalError):
        text = str(exc.orig)
        if "locked" in text:
            return "basis data sedang dipakai meja lain terlalu lama; coba lagi sebentar"
        return f"basis data tidak dapat digunakan: {text}"
    if isinstance(exc, StaleDataError):
        return "data ini baru saja diubah oleh meja lain; muat ulang lalu ulangi"
    if isinstance(exc, PermissionError):
        return f"tidak ada izin menulis: {exc.filename or exc.strerror}"
    if isinstance(exc, OSError) and exc.errno in ENVIRONMENT_ERRNOS:
        where = f": {exc.filename}" if exc.filename else ""
        return f"{ENVIRONMENT_ERRNOS[exc.errno]}{where}"
    if isinstance(exc, OSError) and exc.strerror and exc.filename:
        return f"{exc.strerror}: {exc.filename}"  # the system refused a file the officer chose
    return None
