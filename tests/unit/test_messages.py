"""Core's message catalogue (core.messages): every code has both languages with the same
placeholders, errors say themselves in either language, old plain sentences keep working."""

from __future__ import annotations

import errno
import pickle
import string

import pytest

from pengaduan_desktop.core.errors import UserError, WorkflowError, user_message
from pengaduan_desktop.core.identity import IdentityError, normalize_phone, parse_nik
from pengaduan_desktop.core.message_texts import CATALOGUE
from pengaduan_desktop.core.messages import Text, in_language, label, render
from pengaduan_desktop.core.permissions import Permission, refusal
from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.core.validation import ValidationFailed, validate
from pengaduan_desktop.core.vocabulary import Channel, EventKind, Form, IdType, Role, Status
from pengaduan_desktop.core.vocabulary_labels import ENGLISH, labels
from tests.helpers import complaint


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def test_every_message_has_both_languages_and_the_same_placeholders() -> None:
    problems = []
    for code, (indonesian, english) in {**CATALOGUE, **labels()}.items():
        if not indonesian.strip() or not english.strip():
            problems.append(f"{code}: a language is empty")
        elif placeholders(indonesian) != placeholders(english):
            problems.append(f"{code}: {placeholders(indonesian)} != {placeholders(english)}")
    assert not problems, problems


def test_the_check_finds_a_placeholder_missing_from_a_translation() -> None:
    assert placeholders("NIK harus 16 digit (sekarang {count})") != placeholders(
        "the NIK must have 16 digits"
    )


def test_every_vocabulary_value_the_window_shows_has_an_english_label() -> None:
    for vocabulary in (Channel, Form, IdType, Status, EventKind, Role, Sla, Permission):
        for value in vocabulary:
            assert label(value, "en") and label(value, "id"), value
    assert set(ENGLISH) == set(labels())  # no English label left without its Indonesian
    assert label(Status.SELESAI) == "Selesai" and label(Status.SELESAI, "en") == "Resolved"


def test_an_error_with_a_code_says_itself_in_either_language() -> None:
    with pytest.raises(IdentityError) as caught:
        parse_nik("6171")
    exc = caught.value
    assert str(exc) == "NIK harus 16 digit (sekarang 4)"  # what documents, logs, the CLI read
    assert exc.code == "nik.length" and exc.params == {"count": 4}
    assert user_message(exc) == "NIK harus 16 digit (sekarang 4)"
    assert user_message(exc, "en") == "the NIK must have 16 digits (it has 4)"
    with pytest.raises(IdentityError) as caught:
        normalize_phone("12345")
    assert user_message(caught.value, "en") == "a phone number must start with 0, 62 or +62"


def test_a_plain_indonesian_sentence_still_works() -> None:
    exc = WorkflowError("surat belum dapat dibuat")
    assert exc.code is None
    assert user_message(exc) == user_message(exc, "en") == "surat belum dapat dibuat"


def test_messages_inside_messages_are_said_in_the_same_language() -> None:
    text = refusal("petugas", Permission.SETTINGS)
    assert text == "peran Petugas penerima tidak berwenang mengubah pengaturan kantor"
    assert in_language(text, "en") == ("the role Intake officer may not change the office settings")
    nested = Text("workflow.not_now", action=Text("action.verify"), status=Text("status.selesai"))
    assert nested == "Verifikasi tidak dapat dilakukan pada pengaduan berstatus selesai"
    assert nested.in_language("en") == (
        "Verify is not possible on a complaint with the status resolved"
    )


def test_validation_names_each_field_in_either_language() -> None:
    with pytest.raises(ValidationFailed) as caught:
        validate(complaint(summary="", name="", phone="", email="", address=""))
    exc = caught.value
    assert exc.errors["summary"] == "perihal pengaduan wajib diisi"
    assert in_language(exc.errors["summary"], "en") == "the subject is required"
    assert "summary: the subject is required" in exc.message("en")
    assert "summary: perihal pengaduan wajib diisi" in str(exc)


def test_the_environment_is_said_in_english_too() -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/data/pengaduan.db")
    assert user_message(full) == "ruang penyimpanan penuh: /data/pengaduan.db"
    assert user_message(full, "en") == "the disk is full: /data/pengaduan.db"
    refused = PermissionError(errno.EACCES, "Permission denied", "/data/x.pdf")
    assert user_message(refused, "en") == "no permission to write: /data/x.pdf"
    assert user_message(ZeroDivisionError()) is None  # a bug stays a bug


def test_a_message_survives_pickling_and_str() -> None:
    exc = UserError("door.inactive", name="Andi")
    again = pickle.loads(pickle.dumps(exc))
    assert again.message("en") == "the account of Andi is not active"
    assert str(exc).code == "door.inactive"  # type: ignore[attr-defined]
    assert render("door.inactive", {"name": "Andi"}) == "akun Andi tidak aktif"
