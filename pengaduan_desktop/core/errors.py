"""Sorting errors. Services raise a UserError on purpose, with a sentence the officer can act
on (a code of core.messages and its values, said in Indonesian or English; an old plain
Indonesian sentence still works); the environment fails in a few known ways (a locked database, no
permission, a full disk). Anything else is a bug: user_message() returns None for it and the
caller logs its traceback and shows "Kesalahan program"."""

from __future__ import annotations

import errno
from typing import Any

from pengaduan_desktop.core.messages import Text, in_language, is_code


class UserError(Exception):
    """An error the officer can act on. `UserError("nik.length", count=3)` names a message of
    the catalogue (core.messages) and its values; `str(exc)` is its Indonesian, and
    `message("en")` says it in English. A plain Indonesian sentence still works."""

    def __init__(self, *args: Any, **params: Any) -> None:
        if len(args) == 1 and is_code(args[0]):
            args = (Text(args[0], **params),)
        super().__init__(*args)

    @property
    def code(self) -> str | None:
        text = self.args[0] if self.args else None
        return text.code if isinstance(text, Text) else None

    @property
    def params(self) -> dict[str, Any]:
        text = self.args[0] if self.args else None
        return text.params if isinstance(text, Text) else {}

    def message(self, lang: str = "id") -> str:
        """The sentence in `lang` ("id" or "en")."""
        return in_language(self.args[0], lang) if len(self.args) == 1 else str(self)


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
        super().__init__("profile.incomplete", gaps=gaps)
        self.gaps = gaps


class FieldErrors(UserError):
    """A refusal naming each field that is not acceptable: `errors` maps a field's key to its
    message, `labels` (optional) a key to the field's name said before it."""

    def __init__(self, errors: dict[str, str], labels: dict[str, str] | None = None) -> None:
        self.errors = errors
        self.labels = labels or {}
        super().__init__(self.message("id"))

    def message(self, lang: str = "id") -> str:
        return "; ".join(f"{in_language(self.labels.get(k, k), lang)}: {in_language(v, lang)}"
                         for k, v in self.errors.items())  # fmt: skip


ENVIRONMENT_ERRNOS = {errno.ENOSPC: "env.disk_full", errno.EDQUOT: "env.quota",
                      errno.EROFS: "env.read_only_media"}  # fmt: skip


def user_message(exc: BaseException, lang: str = "id") -> str | None:
    """The message for an error the user can act on, in `lang` ("id" or "en"), or None when
    it is a bug."""
    if isinstance(exc, UserError):
        return exc.message(lang)
    text = _environment(exc)
    return in_language(text, lang) if text is not None else None


def _environment(exc: BaseException) -> str | None:
    """A known failure of the database or the file system, as a message."""
    # Imported here: the window shows before the database library loads (DESIGN section 8).
    from sqlalchemy.exc import DataError, IntegrityError, OperationalError
    from sqlalchemy.orm.exc import StaleDataError

    from pengaduan_desktop.core.db_health import is_damage
    from pengaduan_desktop.core.db_refusals import read_only, refused_value

    if is_damage(exc):
        return Text("env.damaged")
    if isinstance(exc, IntegrityError | DataError):
        return refused_value(exc)  # never the statement's values: they hold personal data
    if read_only(exc):
        return Text("env.read_only_db")
    if isinstance(exc, OperationalError):
        text = str(exc.orig)
        if "locked" in text:
            return Text("env.locked")
        return Text("env.unusable", reason=text)
    if isinstance(exc, StaleDataError):
        return Text("env.stale")
    if isinstance(exc, PermissionError):
        return Text("env.no_permission", path=exc.filename or exc.strerror)
    if isinstance(exc, OSError) and exc.errno in ENVIRONMENT_ERRNOS:
        problem = Text(ENVIRONMENT_ERRNOS[exc.errno])
        return Text("env.where", problem=problem, path=exc.filename) if exc.filename else problem
    if isinstance(exc, OSError) and exc.strerror and exc.filename:
        return f"{exc.strerror}: {exc.filename}"  # the system refused a file the officer chose
    return None
