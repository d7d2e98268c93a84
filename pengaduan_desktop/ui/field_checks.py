"""Live checks of identity fields as the officer types: (kind, message) for the field's label,
in the window's language (core's messages through ui.language.say)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from pengaduan_desktop.core.identity import (
    KALBAR_REGENCIES,
    IdentityError,
    clean_digits,
    normalize_email,
    normalize_phone,
    normalize_sim,
    parse_nik,
)
from pengaduan_desktop.ui.language import say

translate = QCoreApplication.translate  # lupdate reads translate("Context", "...")


class Hint(Enum):
    NONE = 0
    INFO = 1
    OK = 2
    ERROR = 3


def check_id(id_type: str, text: str) -> tuple[Hint, str]:
    digits = clean_digits(text)
    if not digits:
        return Hint.NONE, ""
    if not digits.isdigit():
        return Hint.ERROR, translate("field_checks", "nomor identitas hanya boleh berisi angka")
    if id_type == "KTP":
        if len(digits) < 16:
            return Hint.INFO, translate("field_checks", "{count} dari 16 digit NIK").format(
                count=len(digits)
            )
        try:
            info = parse_nik(digits)
        except IdentityError as exc:
            return Hint.ERROR, say(exc)
        place = KALBAR_REGENCIES.get(info.regency_code, info.province)
        return Hint.OK, translate("field_checks", "✓ NIK sah — {place}").format(place=place)
    if id_type == "SIM":
        if len(digits) < 12:
            hint = translate("field_checks", "{count} digit; SIM 12–14 digit atau 16 digit (NIK)")
            return Hint.INFO, hint.format(count=len(digits))
        try:
            normalize_sim(digits)
        except IdentityError as exc:
            if len(digits) == 15:
                return Hint.INFO, translate(
                    "field_checks", "15 digit; SIM 12–14 digit atau 16 digit (NIK)"
                )
            return Hint.ERROR, say(exc)
        return Hint.OK, translate("field_checks", "✓ nomor SIM sah")
    return Hint.ERROR, say(IdentityError("id.type_needed"))


def check_phone(text: str) -> tuple[Hint, str]:
    """The message names the normalised number (what the search box finds it by)."""
    try:
        normalized = normalize_phone(text)
    except IdentityError as exc:
        return Hint.ERROR, say(exc)
    return (Hint.OK, f"✓ {normalized}") if normalized else (Hint.NONE, "")


def check_email(text: str) -> tuple[Hint, str]:
    try:
        normalize_email(text)
    except IdentityError as exc:
        return Hint.ERROR, say(exc)
    return Hint.NONE, ""
