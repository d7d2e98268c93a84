"""The office set-up in core: every field checked, the placeholders found, official documents
refused while any is left, and the chosen logo on the letterhead."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import Engine

from pengaduan_desktop.core.db import writing
from pengaduan_desktop.core.demo_office import EXAMPLE, fill_example_office
from pengaduan_desktop.core.errors import InvalidValue, ProfileIncomplete
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.office_setup import (
    LOGO_MAX_SIDE,
    OfficeInvalid,
    nip_problem,
    normalise_logo,
    office_gaps,
    read_office,
    require_official,
    save_office,
    set_value,
)
from pengaduan_desktop.core.printable import receipt_data
from pengaduan_desktop.documents.receipt import render_receipt
from tests.helpers import OFFICIALS, complaint, fill_office, logo_png, pdf_text

FIRST_RUN_GAPS = [
    "Logo kop surat", "Nama Kepala Badan", "NIP Kepala Badan", "Pangkat/golongan Kepala Badan",
    "Nama Pejabat Pengelola Pengaduan", "NIP Pejabat Pengelola Pengaduan",
    "Pangkat/golongan Pejabat Pengelola Pengaduan",
]  # fmt: skip


def image_bytes(kind: str, size: tuple[int, int] = (200, 200), mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "#2050a0").save(out, kind)
    return out.getvalue()


def test_a_new_database_lists_every_placeholder_and_refuses(engine: Engine) -> None:
    assert office_gaps(engine) == FIRST_RUN_GAPS
    with pytest.raises(ProfileIncomplete) as refused:
        require_official(engine)
    assert refused.value.gaps == FIRST_RUN_GAPS
    assert str(refused.value).startswith("profil kantor belum lengkap")
    assert "Nama Kepala Badan, NIP Kepala Badan" in str(refused.value)


def test_a_filled_profile_is_official_and_reads_back(engine: Engine) -> None:
    fill_office(engine)
    assert office_gaps(engine) == []
    require_official(engine)  # no exception
    setup = read_office(engine)
    assert (setup.head_name, setup.head_nip) == (OFFICIALS["head_name"], OFFICIALS["head_nip"])
    assert setup.manager_pangkat == OFFICIALS["manager_pangkat"]
    assert setup.logo is not None and setup.logo.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("nip", "problem"),
    [("196805121994031007", None),
     ("", "wajib diisi"),
     ("-", "NIP harus 18 angka"),
     ("19680512199403100", "NIP harus 18 angka"),
     ("1968051219940310070", "NIP harus 18 angka"),
     ("196813121994031007", "8 angka pertama tanggal lahir"),
     ("196805121994131007", "bulan pengangkatan"),
     ("196805121994033007", "angka ke-15 harus 1 (pria) atau 2 (wanita)")],
)  # fmt: skip
def test_nip_is_18_digits_with_a_birth_date(nip: str, problem: str | None) -> None:
    found = nip_problem(nip)
    assert (found is None) if problem is None else (problem in (found or ""))


def test_every_bad_field_is_named_and_nothing_is_saved(engine: Engine) -> None:
    fill_office(engine)
    before = read_office(engine)
    bad = replace(before, head_nip="1968 0512", email="bkad(at)kalbarprov", address="  ",
                  manager_name="Nama Pejabat Pengelola Pengaduan", phone="tidak ada",
                  head_pangkat="", logo=None)  # fmt: skip
    with pytest.raises(OfficeInvalid) as refused:
        save_office(engine, bad)
    assert refused.value.errors == {
        "address": "wajib diisi",
        "phone": "nomor harus memuat angka",
        "email": "alamat email tidak valid (contoh: bkad@kalbarprov.go.id)",
        "logo": "pilih berkas gambar lambang daerah (PNG atau JPEG)",
        "head_nip": "NIP harus 18 angka",
        "head_pangkat": "wajib diisi",
        "manager_name": "isi nama sebenarnya",
    }
    assert read_office(engine) == before


def test_saving_trims_spaces_and_the_nip_separators(engine: Engine) -> None:
    fill_office(engine)
    typed = replace(read_office(engine), head_nip="19680512 199403 1 007",
                    head_name="  Ir.  Bambang   Supriyadi, M.T. ", fax="", website="")  # fmt: skip
    saved = save_office(engine, typed)
    assert read_office(engine) == saved
    assert (saved.head_nip, saved.head_name) == ("196805121994031007", OFFICIALS["head_name"])
    assert office_gaps(engine) == []  # fax and website may stay empty


def test_set_value_checks_only_the_field_it_sets(engine: Engine) -> None:
    set_value(engine, "nip_kepala", "19680512 199403 1 007")
    set_value(engine, "head_pangkat", "Pembina Utama Madya (IV/d)")
    assert read_office(engine).head_nip == "196805121994031007"
    assert "NIP Kepala Badan" not in office_gaps(engine)
    assert "Nama Kepala Badan" in office_gaps(engine)  # still the first-run name
    with pytest.raises(InvalidValue, match="Nama Kepala Badan: isi nama sebenarnya"):
        set_value(engine, "nama_kepala", "Nama Kepala Badan")
    with pytest.raises(InvalidValue, match="kunci tidak dikenal"):
        set_value(engine, "warna_kop", "merah")


def test_the_logo_is_flattened_onto_white_and_kept_small() -> None:
    png = normalise_logo(logo_png(1600))
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG" and image.mode == "RGB"
        assert image.size == (LOGO_MAX_SIDE, LOGO_MAX_SIDE)
        assert image.getpixel((0, 0)) == (255, 255, 255)  # the transparent corner is paper
        assert image.getpixel((LOGO_MAX_SIDE // 2, LOGO_MAX_SIDE // 2)) == (200, 16, 46)
    with Image.open(io.BytesIO(normalise_logo(image_bytes("JPEG")))) as image:
        assert image.format == "PNG" and image.size == (200, 200)


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "berkas logo kosong"),
     (b"%PDF-1.7 not a picture", "bukan gambar PNG atau JPEG"),
     (image_bytes("GIF"), "logo harus gambar PNG atau JPEG, bukan GIF"),
     (image_bytes("PNG", (40, 200)), "logo terlalu kecil (40×200 piksel"),
     (b"\x89PNG" + b"0" * (6 * 1024 * 1024), "berkas logo terlalu besar")],
)  # fmt: skip
def test_what_is_not_a_logo_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InvalidValue, match=message.replace("(", r"\(")):
        normalise_logo(data)


def test_the_demo_fills_only_the_placeholders(engine: Engine) -> None:
    set_value(engine, "nama_kepala", "Drs. Yohanes Ding, M.Si.")
    with writing(engine) as session:
        filled = fill_example_office(session)
    assert "head_name" not in filled and "logo" in filled
    setup = read_office(engine)
    assert setup.head_name == "Drs. Yohanes Ding, M.Si."  # a real name is never overwritten
    assert setup.manager_name == EXAMPLE["manager_name"]
    assert office_gaps(engine) == []
    with writing(engine) as session:
        assert fill_example_office(session) == []


def test_the_chosen_logo_is_the_one_on_the_receipt(engine: Engine) -> None:
    fill_office(engine)  # a red disc
    number = register(engine, complaint()).tracking_number
    pdf = render_receipt(receipt_data(engine, number))
    images = [image for page in PdfReader(io.BytesIO(pdf)).pages for image in page.images]
    assert len(images) >= 1
    logo = images[0].image.convert("RGB")
    assert logo.getpixel((logo.width // 2, logo.height // 2)) == (200, 16, 46)
    assert logo.getpixel((0, 0)) == (255, 255, 255)  # flattened: no soft mask in the PDF
    text = pdf_text(pdf)
    assert OFFICIALS["manager_name"] in text and "Nama Pejabat Pengelola" not in text


def test_without_a_logo_the_letterhead_draws_the_built_in_one(engine: Engine) -> None:
    number = register(engine, complaint()).tracking_number
    pdf = render_receipt(receipt_data(engine, number))
    logo = PdfReader(io.BytesIO(pdf)).pages[0].images[0].image.convert("RGB")
    red, green, blue = logo.getpixel((logo.width // 2, logo.height // 3))
    assert blue > red  # the blue shield


def test_a_demo_database_can_print(engine: Engine) -> None:
    from pengaduan_desktop.core.demo import generate

    generate(engine, 5, seed=3)
    assert office_gaps(engine) == []
    assert read_office(engine).head_name == EXAMPLE["head_name"]


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [("pangkat_kepala", "xyz", "tulis pangkat dengan golongannya"),
     ("pangkat_pejabat", "Penata (III/e)", "tulis pangkat dengan golongannya"),
     ("laman", "not a url", "alamat laman tidak valid"),
     ("pangkat_kepala", "Pembina Utama (IV/e)", None),
     ("laman", "https://bkad.kalbarprov.go.id/pengaduan", None)],
)  # fmt: skip
def test_pangkat_names_its_golongan_and_the_website_is_an_address(
    engine: Engine, key: str, value: str, problem: str | None
) -> None:
    if problem is None:
        set_value(engine, key, value)
        assert value in vars(read_office(engine)).values()
        return
    with pytest.raises(InvalidValue, match=problem):
        set_value(engine, key, value)
