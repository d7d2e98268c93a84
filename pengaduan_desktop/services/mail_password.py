"""The SMTP password, kept in the system's keyring (Windows Credential Manager, macOS
Keychain, the Secret Service of a Linux desktop) through the `keyring` package, never in the
database. Where no keyring works (a bare server, a desktop without a Secret Service), the
password is kept in this program's memory only, until it closes: the window says so, and the
officer types it again after a restart. Writing it to a file instead would leave a password
in plain text beside the database, which the office's backups would then carry away."""

from __future__ import annotations

import contextlib
import os

SERVICE = "pengaduan-desktop-smtp"
ENV_VAR = "PENGADUAN_SMTP_PASSWORD"  # for `pengaduan outbox send` on a machine without keyring

_in_memory: dict[str, str] = {}


def account(host: str, username: str) -> str:
    return f"{username}@{host}"


def keyring_name() -> str:
    """The keyring in use, or "" when none can keep a password here."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring) or backend.priority <= 0:
            return ""
        backend.get_password(SERVICE, "uji-ketersediaan")
        return type(backend).__module__.rsplit(".", 1)[-1] + " " + type(backend).__name__
    except Exception:  # noqa: BLE001 - any keyring failure means: no keyring here
        return ""


def store_password(host: str, username: str, password: str) -> bool:
    """Keep the password; True when the system's keyring holds it, False when only this
    program's memory does."""
    key = account(host, username)
    _in_memory.pop(key, None)
    if keyring_name():
        try:
            import keyring

            if password:
                keyring.set_password(SERVICE, key, password)
            else:
                with contextlib.suppress(Exception):  # nothing stored: nothing to delete
                    keyring.delete_password(SERVICE, key)
            return True
        except Exception:  # noqa: BLE001 - the keyring refused: memory it is
            pass
    if password:
        _in_memory[key] = password
    return False


def password_for(host: str, username: str) -> str:
    """The password for this server and user: the keyring's, else memory's, else the
    PENGADUAN_SMTP_PASSWORD variable's, else ""."""
    key = account(host, username)
    if key in _in_memory:
        return _in_memory[key]
    if keyring_name():
        try:
            import keyring

            found = keyring.get_password(SERVICE, key)
            if found:
                return found
        except Exception:  # noqa: BLE001
            pass
    return os.environ.get(ENV_VAR, "")


def has_password(host: str, username: str) -> bool:
    return bool(password_for(host, username))
