"""Identity checks: NIK (KTP), SIM, phone numbers to E.164, email. Messages are codes of
core.messages, ready to be shown next to the field in the window's language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.errors import InvalidValue

# Province codes of Indonesia (Kemendagri), including the new Papua provinces.
PROVINCES: dict[str, str] = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung",
    "19": "Kepulauan Bangka Belitung", "21": "Kepulauan Riau", "31": "DKI Jakarta",
    "32": "Jawa Barat", "33": "Jawa Tengah", "34": "DI Yogyakarta", "35": "Jawa Timur",
    "36": "Banten", "51": "Bali", "52": "Nusa Tenggara Barat", "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat", "62": "Kalimantan Tengah", "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur", "65": "Kalimantan Utara", "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah", "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara",
    "75": "Gorontalo", "76": "Sulawesi Barat", "81": "Maluku", "82": "Maluku Utara",
    "91": "Papua", "92": "Papua Barat", "93": "Papua Selatan", "94": "Papua Tengah",
    "95": "Papua Pegunungan", "96": "Papua Barat Daya",
}  # fmt: skip

# Regencies and cities of Kalimantan Barat.
KALBAR_REGENCIES: dict[str, str] = {
    "6101": "Kabupaten Sambas", "6102": "Kabupaten Bengkayang", "6103": "Kabupaten Landak",
    "6104": "Kabupaten Mempawah", "6105": "Kabupaten Sanggau", "6106": "Kabupaten Ketapang",
    "6107": "Kabupaten Sintang", "6108": "Kabupaten Kapuas Hulu", "6109": "Kabupaten Sekadau",
    "6110": "Kabupaten Melawi", "6111": "Kabupaten Kayong Utara", "6112": "Kabupaten Kubu Raya",
    "6171": "Kota Pontianak", "6172": "Kota Singkawang",
}  # fmt: skip

_DIGITS = re.compile(r"\d+")
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


class IdentityError(InvalidValue):
    """Invalid identity data; the message is for the officer."""


@dataclass(frozen=True)
class NikInfo:
    province: str
    regency_code: str
    birth_date: date
    female: bool


def clean_digits(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text or "")


def parse_nik(text: str, today: date | None = None) -> NikInfo:
    nik = clean_digits(text)
    if not nik.isdigit():
        raise IdentityError("nik.digits")
    if len(nik) != 16:
        raise IdentityError("nik.length", count=len(nik))
    province = PROVINCES.get(nik[:2])
    if province is None:
        raise IdentityError("nik.province", code=nik[:2])
    if nik[2:4] == "00" or nik[4:6] == "00":
        raise IdentityError("nik.region")
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    female = day > 40
    if female:
        day -= 40
    today = today or clock.today()
    year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    try:
        born = date(year, month, day)
    except ValueError:
        raise IdentityError("nik.birth_date") from None
    if nik[12:] == "0000":
        raise IdentityError("nik.serial")
    return NikInfo(province, nik[:4], born, female)


def normalize_nik(text: str) -> str:
    parse_nik(text)
    return clean_digits(text)


def normalize_sim(text: str) -> str:
    """A SIM number: since 2024 it equals the NIK (16 digits); older ones have 12 to 14 digits."""
    number = clean_digits(text)
    if not number.isdigit():
        raise IdentityError("sim.digits")
    if len(number) == 16:
        try:
            parse_nik(number)
        except IdentityError as exc:
            raise IdentityError("sim.as_nik", reason=exc.args[0]) from None
        return number
    if 12 <= len(number) <= 14:
        return number
    raise IdentityError("sim.length", count=len(number))


def normalize_id(id_type: str, number: str) -> str:
    if id_type == "KTP":
        return normalize_nik(number)
    if id_type == "SIM":
        return normalize_sim(number)
    if id_type == "":
        if number.strip():
            raise IdentityError("id.type_needed")
        return ""
    raise IdentityError("id.type_unknown", kind=id_type)


def normalize_phone(text: str) -> str:
    """An Indonesian phone number as E.164: '0812-3456-7890' -> '+6281234567890',
    '(0561) 736541' -> '+62561736541'. Empty stays empty."""
    raw = (text or "").strip()
    if not raw:
        return ""
    if re.search(r"[^\d\s()+\-.]", raw):
        raise IdentityError("phone.characters")
    digits = "".join(_DIGITS.findall(raw))
    if raw.startswith("+"):
        if not digits.startswith("62"):
            if 8 <= len(digits) <= 15:
                return "+" + digits  # a foreign number, kept as given
            raise IdentityError("phone.international")
        national = digits[2:]
    elif digits.startswith("62"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        raise IdentityError("phone.prefix")
    national = national.lstrip("0")
    if not 8 <= len(national) <= 12:
        raise IdentityError("phone.length")
    return "+62" + national


def normalize_email(text: str) -> str:
    email = (text or "").strip()
    if not email:
        return ""
    if not _EMAIL.match(email) or len(email) > 200:
        raise IdentityError("email.invalid")
    return email.lower()


def mask_id(number: str) -> str:
    """Show only the region prefix and the last two digits: '6171************12'."""
    if not number:
        return ""
    if len(number) <= 6:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 6) + number[-2:]


def grouped_nip(nip: str) -> str:
    """A civil servant's 18-digit NIP as documents print it: birth date, appointment month,
    sex and number apart ("19800512 200501 2 003"). Anything else is printed as stored."""
    digits = nip.replace(" ", "")
    if len(digits) != 18 or not digits.isdigit():
        return nip
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
