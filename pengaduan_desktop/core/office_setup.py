"""The office set-up: everything the letterhead and the signatures print, checked field by
field, and what is still a placeholder from the first run. While anything is, no official
document (receipt, letter, monthly report) leaves the office (`require_official`)."""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import FieldErrors, InvalidValue, ProfileIncomplete
from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.office import (
    HEAD_PLACEHOLDER,
    MANAGER_PLACEHOLDER,
    default_officer,
    profile,
)
from pengaduan_desktop.core.permissions import Permission

NAME_PLACEHOLDERS = frozenset({HEAD_PLACEHOLDER, MANAGER_PLACEHOLDER})

LOGO_MAX_BYTES = 5 * 1024 * 1024  # a scanned coat of arms; a photo of a building is refused
LOGO_MIN_SIDE = 64  # pixels: smaller prints as a blur on a 22 mm letterhead
LOGO_MAX_SIDE = 800  # pixels kept: 22 mm at 600 dpi is 520 px

# The ranks of a civil servant (PP 99/2000), offered as suggestions; any wording is accepted
# as long as it ends with its golongan, which the signature block must show.
PANGKAT = (
    "Juru Muda (I/a)", "Juru Muda Tingkat I (I/b)", "Juru (I/c)", "Juru Tingkat I (I/d)",
    "Pengatur Muda (II/a)", "Pengatur Muda Tingkat I (II/b)", "Pengatur (II/c)",
    "Pengatur Tingkat I (II/d)", "Penata Muda (III/a)", "Penata Muda Tingkat I (III/b)",
    "Penata (III/c)", "Penata Tingkat I (III/d)", "Pembina (IV/a)", "Pembina Tingkat I (IV/b)",
    "Pembina Utama Muda (IV/c)", "Pembina Utama Madya (IV/d)", "Pembina Utama (IV/e)",
)  # fmt: skip

GOLONGAN = re.compile(r"\((?:I|II|III)/[a-d]\)$|\(IV/[a-e]\)$")
WEBSITE = re.compile(r"^(?:https?://)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?$")


@dataclass(frozen=True)
class OfficeSetup:
    """The profile as the set-up dialog and `pengaduan office` see it. `logo` is None while
    the built-in picture is used."""

    government: str
    office_name: str
    address: str
    phone: str
    fax: str
    email: str
    website: str
    city: str
    logo: bytes | None
    head_name: str
    head_nip: str
    head_pangkat: str
    head_jabatan: str
    manager_name: str
    manager_nip: str
    manager_pangkat: str
    manager_jabatan: str


@dataclass(frozen=True)
class FieldInfo:
    key: str  # the attribute of OfficeSetup (English), also a key of `office set`
    alias: str  # the Indonesian key of `office set`
    label: str  # what the officer reads (core.messages: said in the window's language)
    required: bool = True


FIELDS = (
    FieldInfo("government", "pemerintah", Text("office.government")),
    FieldInfo("office_name", "nama_kantor", Text("office.office_name")),
    FieldInfo("address", "alamat", Text("office.address")),
    FieldInfo("phone", "telepon", Text("office.phone")),
    FieldInfo("fax", "faks", Text("office.fax"), required=False),
    FieldInfo("email", "email", Text("office.email")),
    FieldInfo("website", "laman", Text("office.website"), required=False),
    FieldInfo("city", "kota", Text("office.city")),
    FieldInfo("logo", "logo", Text("office.logo")),
    FieldInfo("head_name", "nama_kepala", Text("office.head_name")),
    FieldInfo("head_nip", "nip_kepala", Text("office.head_nip")),
    FieldInfo("head_pangkat", "pangkat_kepala", Text("office.head_pangkat")),
    FieldInfo("head_jabatan", "jabatan_kepala", Text("office.head_jabatan")),
    FieldInfo("manager_name", "nama_pejabat", Text("office.manager_name")),
    FieldInfo("manager_nip", "nip_pejabat", Text("office.manager_nip")),
    FieldInfo("manager_pangkat", "pangkat_pejabat", Text("office.manager_pangkat")),
    FieldInfo("manager_jabatan", "jabatan_pejabat", Text("office.manager_jabatan")),
)
BY_KEY = {f.key: f for f in FIELDS} | {f.alias: f for f in FIELDS}
OFFICE_COLUMNS = ("government", "office_name", "address", "phone", "fax", "email",
                  "website", "city", "logo", "head_name", "head_nip", "head_pangkat",
                  "head_jabatan")  # fmt: skip
LIMITS = {"government": 200, "office_name": 200, "address": 300, "phone": 100, "fax": 100,
          "email": 200, "website": 200, "city": 100, "head_name": 200, "head_pangkat": 100,
          "head_jabatan": 200, "manager_name": 200, "manager_pangkat": 100,
          "manager_jabatan": 300}  # fmt: skip
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


class OfficeInvalid(InvalidValue, FieldErrors):
    """Some fields are not acceptable; `errors` maps each key to its message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__(errors, {k: BY_KEY[k].label for k in errors})


def field_info(key: str) -> FieldInfo:
    """The field a key of `office set` names (English or Indonesian, `-` taken as `_`)."""
    found = BY_KEY.get(key.strip().lower().replace("-", "_"))
    if found is None:
        raise InvalidValue("profile.unknown_key", key=key)
    return found


# -- checking ------------------------------------------------------------------------------
def normalise_nip(text: str) -> str:
    return re.sub(r"[\s.\-]", "", text)


def nip_problem(nip: str) -> str | None:
    """Why a NIP (already without spaces) is not one, or None. Its 18 digits are the birth
    date (YYYYMMDD), the month of appointment (YYYYMM), the sex (1 or 2) and a number."""
    if not nip:
        return Text("field.required")
    if not nip.isdigit() or len(nip) != 18:
        return Text("office.nip_length")
    try:
        date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
        date(int(nip[8:12]), int(nip[12:14]), 1)
    except ValueError:
        return Text("office.nip_dates")
    if nip[14] not in "12":
        return Text("office.nip_sex")
    return None


def pangkat_problem(pangkat: str) -> str | None:
    """Why a pangkat does not name its golongan (the signature block shows it), or None."""
    if not GOLONGAN.search(pangkat):
        return Text("office.pangkat")
    return None


def normalise_logo(data: bytes) -> bytes:
    """The chosen image as a PNG flattened onto white and at most LOGO_MAX_SIDE pixels, or
    InvalidValue saying why it cannot be a logo."""
    from PIL import Image, UnidentifiedImageError

    if not data:
        raise InvalidValue("logo.empty")
    if len(data) > LOGO_MAX_BYTES:
        raise InvalidValue("logo.too_large", size=len(data) // 1024,
                           limit=LOGO_MAX_BYTES // (1024 * 1024))  # fmt: skip
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in ("PNG", "JPEG"):
                raise InvalidValue("logo.format", format=image.format)
            if min(image.size) < LOGO_MIN_SIDE:
                raise InvalidValue("logo.too_small", width=image.width, height=image.height,
                                   least=LOGO_MIN_SIDE)  # fmt: skip
            image.load()
            rgba = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        raise InvalidValue("logo.unreadable") from None
    rgba.thumbnail((LOGO_MAX_SIDE, LOGO_MAX_SIDE))
    paper = Image.new("RGB", rgba.size, "white")
    paper.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    paper.save(out, "PNG", optimize=True)
    return out.getvalue()


def logo_size(png: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        return image.size


def _text_problem(key: str, value: str) -> str | None:
    info = BY_KEY[key]
    if not value:
        return Text("field.required") if info.required else None
    if value in NAME_PLACEHOLDERS:
        return Text("office.real_name")
    if len(value) > LIMITS[key]:
        return Text("field.at_most", limit=LIMITS[key])
    if key == "email" and not EMAIL.match(value):
        return Text("office.email_invalid")
    if key in ("phone", "fax") and not any(ch.isdigit() for ch in value):
        return Text("office.number_digits")
    if key.endswith("_pangkat"):
        return pangkat_problem(value)
    if key == "website" and not WEBSITE.match(value):
        return Text("office.website_invalid")
    return None


def clean(setup: OfficeSetup) -> OfficeSetup:
    """Spaces trimmed and runs folded, NIPs without their separators."""
    values = {}
    for f in fields(setup):
        value = getattr(setup, f.name)
        if isinstance(value, str):
            value = normalise_nip(value) if f.name.endswith("_nip") else " ".join(value.split())
        values[f.name] = value
    return OfficeSetup(**values)


def problems(setup: OfficeSetup) -> dict[str, str]:
    """Every field that is not acceptable, with its message; checks a cleaned setup."""
    errors: dict[str, str] = {}
    for info in FIELDS:
        value = getattr(setup, info.key)
        if info.key == "logo":
            problem = None if value else "pilih berkas gambar lambang daerah (PNG atau JPEG)"
        elif info.key.endswith("_nip"):
            problem = nip_problem(value)
        else:
            problem = _text_problem(info.key, value)
        if problem:
            errors[info.key] = problem
    return errors


# -- reading and writing --------------------------------------------------------------------
def read_setup(session: Session) -> OfficeSetup:
    office = profile(session)
    manager = default_officer(session)
    return OfficeSetup(
        **{key: getattr(office, key) for key in OFFICE_COLUMNS},
        manager_name=manager.name,
        manager_nip=manager.nip,
        manager_pangkat=manager.pangkat,
        manager_jabatan=manager.jabatan,
    )


def read_office(engine: Engine) -> OfficeSetup:
    with reading(engine) as session:
        return read_setup(session)


def write_setup(session: Session, setup: OfficeSetup, officer_id: int | None = None) -> None:
    """Write the profile inside the caller's transaction; the audit trail names each field
    that changed, old → new (a logo by its SHA-256)."""
    old = read_setup(session)
    changes = {
        info.label: {"lama": _audited(getattr(old, k)), "baru": _audited(getattr(setup, k))}
        for info in FIELDS
        if getattr(old, k := info.key) != getattr(setup, k)
    }
    if changes:
        audit.append(session, audit.Action.OFFICE_PROFILE, "office", {"perubahan": changes},
                     audit.actor(session, officer_id))  # fmt: skip
    office = profile(session)
    for key in OFFICE_COLUMNS:
        setattr(office, key, getattr(setup, key))
    manager = default_officer(session)
    manager.name, manager.nip = setup.manager_name, setup.manager_nip
    manager.pangkat, manager.jabatan = setup.manager_pangkat, setup.manager_jabatan


def _audited(value: str | bytes | None) -> str | None:
    if isinstance(value, bytes):
        return "sha256:" + hashlib.sha256(value).hexdigest()
    return value


def save_office(engine: Engine, setup: OfficeSetup, officer_id: int | None = None) -> OfficeSetup:
    """Check every field and save them all in one transaction; OfficeInvalid names each
    field that is not acceptable. Returns what was saved."""
    setup = clean(setup)
    errors = problems(setup)
    if errors:
        raise OfficeInvalid(errors)
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        write_setup(session, setup, officer_id)
    return setup


def set_value(
    engine: Engine, key: str, value: str | bytes, officer_id: int | None = None
) -> OfficeSetup:
    """Change one field (`pengaduan office set`): only that field is checked, so a profile
    can be filled one line at a time. The logo takes image bytes."""
    info = field_info(key)
    if info.key == "logo":
        if not isinstance(value, bytes):
            raise InvalidValue("logo.by_file")
        new: str | bytes = normalise_logo(value)
    else:
        text = value.decode() if isinstance(value, bytes) else value
        new = normalise_nip(text) if info.key.endswith("_nip") else " ".join(text.split())
        problem = nip_problem(new) if info.key.endswith("_nip") else _text_problem(info.key, new)
        if problem:
            raise InvalidValue("office.field_problem", field=info.label, problem=problem)
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        setup = replace(read_setup(session), **{info.key: new})  # type: ignore[arg-type]
        write_setup(session, setup, officer_id)
    return setup


# -- placeholders -----------------------------------------------------------------------------
def office_gaps(source: Session | Engine) -> list[str]:
    """The labels of what is still missing or a first-run placeholder, in the dialog's order."""
    if isinstance(source, Session):
        setup = read_setup(source)
    else:
        with reading(source) as session:
            setup = read_setup(session)
    errors = problems(clean(setup))
    return [info.label for info in FIELDS if info.key in errors]


def require_official(engine: Engine) -> None:
    """Refuse an official document while the profile has gaps (ProfileIncomplete)."""
    gaps = office_gaps(engine)
    if gaps:
        raise ProfileIncomplete(gaps)
