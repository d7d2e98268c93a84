"""Live checks of identity fields as the officer types: (kind, message) for the field's label."""

from __future__ import annotations

from enum import Enum

from pengaduan_desktop.core.identity import (
    KALBAR_REGENCIES,
    IdentityError,
    clean_digits,
    normalize_email,
    normalize_phone,
    normalize_sim,
    parse_nik,
)


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
        return Hint.ERROR, "nomor identitas hanya boleh berisi angka"
    if id_type == "KTP":
        if len(digits) < 16:
            return Hint.INFO, f"{len(digits)} dari 16 digit NIK"
        try:
            info = parse_nik(digits)
        except IdentityError as exc:
            return Hint.ERROR, str(exc)
        place = KALBAR_REGENCIES.get(info.regency_code, info.province)
        return Hint.OK, f"✓ NIK sah — {place}"
    if id_type == "SIM":
        if len(digits) < 12:
            return Hint.INFO, f"{len(digits)} digit; SIM 12–14 digit atau 16 digit (NIK)"
        try:
            normalize_sim(digits)
        except IdentityError as exc:
            if len(digits) == 15:
                return Hint.INFO, "15 digit; SIM 12–14 digit atau 16 digit (NIK)"
            return Hint.ERROR, str(exc)
        return Hint.OK, "✓ nomor SIM sah"
    return Hint.ERROR, "pilih jenis identitas (KTP atau SIM) untuk nomor ini"


def check_phone(text: str) -> tuple[Hint, str]:
    """The message names the normalised number (what the search box finds it by)."""
    try:
        normalized = normalize_phone(text)
    except IdentityError as exc:
        return Hint.ERROR, str(exc)
    return (Hint.OK, f"✓ {normalized}") if normalized else (Hint.NONE, "")


def check_email(text: str) -> tuple[Hint, str]:
    try:
        normalize_email(text)
    except IdentityError as exc:
        return Hint.ERROR, str(exc)
    return Hint.NONE, ""
