"""Small builders shared by tests."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from pypdf import PdfReader
from sqlalchemy import Engine

from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.validation import ComplaintInput

VALID_NIK = "6171054107900003"  # Kota Pontianak, a woman born 1 July 1990


def complaint(**changes: Any) -> ComplaintInput:
    values: dict[str, Any] = dict(
        received_at=datetime(2026, 5, 24, 10, 30, tzinfo=LOCAL_TZ),
        channel="tatap_muka",
        form="lisan",
        service="Pelayanan Pencairan Dana (SP2D)",
        category="Waktu penyelesaian",
        summary="Pencairan SP2D terlambat dua minggu",
        description="Dana kegiatan belum cair.",
        name="Siti Aminah",
        id_type="KTP",
        id_number=VALID_NIK,
        address="Jl. Gajah Mada No. 5, Pontianak",
        phone="0812-3456-7890",
        email="siti@contoh.id",
    )
    values.update(changes)
    return ComplaintInput(**values)


def pdf_text(pdf: bytes) -> str:
    """All text of the PDF with line breaks and runs of spaces folded to one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def pdf_pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def pdf_fonts(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


# A filled office profile: real-looking names, 18-digit NIPs, pangkat/golongan and a logo.
OFFICIALS = {
    "head_name": "Ir. Bambang Supriyadi, M.T.",
    "head_nip": "196805121994031007",
    "head_pangkat": "Pembina Utama Madya (IV/d)",
    "manager_name": "Nurul Hidayah, S.E., M.Ak.",
    "manager_nip": "198307142009022001",
    "manager_pangkat": "Penata Tingkat I (III/d)",
}
# (name, NIP, pangkat/golongan) as the documents print them.
HEAD = ("Ir. Bambang Supriyadi, M.T.", "19680512 199403 1 007", "Pembina Utama Madya (IV/d)")
MANAGER = ("Nurul Hidayah, S.E., M.Ak.", "19830714 200902 2 001", "Penata Tingkat I (III/d)")


def logo_png(size: int = 240, colour: str = "#c8102e") -> bytes:
    """A coat of arms stand-in: a coloured disc on a transparent square, as PNG."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((8, 8, size - 8, size - 8), fill=colour)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def fill_office(engine: Engine) -> None:
    """Fill every placeholder of the office profile, so that official documents may print."""
    from dataclasses import replace

    from pengaduan_desktop.core.office_setup import normalise_logo, read_office, save_office

    current = read_office(engine)
    save_office(engine, replace(current, logo=normalise_logo(logo_png()), **OFFICIALS))


def fill_office_at(url: str) -> None:
    """fill_office on the database at `url` (created when new), for the command-line tests."""
    from pengaduan_desktop.core.db import create_db_engine
    from pengaduan_desktop.core.schema import init_database

    engine = create_db_engine(url)
    try:
        init_database(engine)
        fill_office(engine)
    finally:
        engine.dispose()


# Accounts for the tests: one password for all (there is no default password in the program).
PASSWORD = "sandi-uji-2026"
ADMIN = ("Andi Pratama", "admin")


def add_account(engine: Engine, role: str, username: str | None = None,
                unit_id: int | None = None, name: str | None = None) -> int:  # fmt: skip
    """An account with PASSWORD. The Pejabat Pengelola is the office's default officer (who
    the profile names); any other role is a new officer."""
    from pengaduan_desktop.core.accounts import add_user
    from pengaduan_desktop.core.db import reading
    from pengaduan_desktop.core.office import default_officer
    from pengaduan_desktop.core.officers import OfficerData

    username = username or role
    if role == "pengelola" and name is None:
        with reading(engine) as session:
            manager = default_officer(session).id
        return add_user(engine, manager, username, PASSWORD, role, None)
    nips = {"admin": "", "petugas": "199001012015031001", "unit": "199202022016042002",
            "kepala": "196805121994031007"}  # fmt: skip
    data = OfficerData(name or f"Pegawai {username.title()}", nips.get(role, ""), "", role,
                       unit_id=unit_id)  # fmt: skip
    return add_user(engine, data, username, PASSWORD, role, None)


def account_at(url: str, role: str = "pengelola") -> None:
    """add_account on the database at `url` (created when new), for the command-line tests."""
    from pengaduan_desktop.core.db import create_db_engine
    from pengaduan_desktop.core.schema import init_database

    engine = create_db_engine(url)
    try:
        init_database(engine)
        add_account(engine, role)
    finally:
        engine.dispose()
