"""The SMTP password: in the system keyring when one works (here a keyring backend of the
test's own, installed through keyring's public API), else in memory only; never in the
database."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend

from pengaduan_desktop.services import mail_password


class DictKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.kept[(service, username)]


@pytest.fixture
def system_keyring() -> Iterator[DictKeyring]:
    before = keyring.get_keyring()
    backend = DictKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(before)


def test_a_working_keyring_keeps_the_password(system_keyring: DictKeyring) -> None:
    assert mail_password.keyring_name().endswith("DictKeyring")
    assert mail_password.store_password("smtp.contoh.id", "desk", "rahasia") is True
    assert system_keyring.kept == {(mail_password.SERVICE, "desk@smtp.contoh.id"): "rahasia"}
    assert mail_password.password_for("smtp.contoh.id", "desk") == "rahasia"
    assert mail_password.store_password("smtp.contoh.id", "desk", "") is True  # forgotten
    assert system_keyring.kept == {}
    assert mail_password.password_for("smtp.contoh.id", "desk") == ""


def test_without_a_keyring_it_is_kept_in_memory_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv(mail_password.ENV_VAR, raising=False)
    try:
        assert mail_password.keyring_name() == ""
        assert mail_password.store_password("smtp.contoh.id", "desk", "rahasia") is False
        assert mail_password.password_for("smtp.contoh.id", "desk") == "rahasia"
        mail_password.store_password("smtp.contoh.id", "desk", "")
        assert mail_password.password_for("smtp.contoh.id", "desk") == ""
        monkeypatch.setenv(mail_password.ENV_VAR, "dari-variabel")
        assert mail_password.password_for("smtp.contoh.id", "desk") == "dari-variabel"
    finally:
        keyring.set_keyring(before)
