from datetime import date

import pytest

from pengaduan_desktop.core.identity import (
    IdentityError,
    mask_id,
    normalize_email,
    normalize_id,
    normalize_phone,
    normalize_sim,
    parse_nik,
)


def test_valid_nik_of_a_woman_in_pontianak() -> None:
    info = parse_nik("6171 0541 0790 0003", today=date(2026, 11, 29))
    assert info.province == "Kalimantan Barat"
    assert info.regency_code == "6171"
    assert info.female
    assert info.birth_date == date(1990, 7, 1)


def test_young_person_born_this_century() -> None:
    assert parse_nik("6112011502100001", today=date(2026, 1, 1)).birth_date == date(2010, 2, 15)


@pytest.mark.parametrize(
    ("nik", "message"),
    [
        ("617105410790000", "16 digit"),
        ("61710541079000031", "16 digit"),
        ("6171a54107900003", "angka"),
        ("9971054107900003", "provinsi"),
        ("6100054107900003", "kabupaten"),
        ("6171053202900003", "tanggal lahir"),  # 32 February
        ("6171057202900003", "tanggal lahir"),  # 72-40 = 32
        ("6171052902910003", "tanggal lahir"),  # 29 Feb 1991 did not exist
        ("6171054107900000", "0000"),
    ],
)
def test_invalid_nik_names_the_problem(nik: str, message: str) -> None:
    with pytest.raises(IdentityError, match=message):
        parse_nik(nik)


def test_sim_numbers() -> None:
    assert normalize_sim("1234-5678-9012") == "123456789012"
    assert normalize_sim("6171054107900003") == "6171054107900003"
    with pytest.raises(IdentityError, match="NIK"):
        normalize_sim("9971054107900003")
    with pytest.raises(IdentityError, match="12–14"):
        normalize_sim("12345")


def test_id_type_rules() -> None:
    assert normalize_id("", "") == ""
    with pytest.raises(IdentityError, match="jenis identitas"):
        normalize_id("", "6171054107900003")
    with pytest.raises(IdentityError):
        normalize_id("PASPOR", "A123")


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("62812 3456 7890", "+6281234567890"),
        ("(0561) 736541", "+62561736541"),
        ("", ""),
        ("+65 6123 4567", "+6561234567"),
    ],
)
def test_phone_to_e164(raw: str, e164: str) -> None:
    assert normalize_phone(raw) == e164


@pytest.mark.parametrize("raw", ["12345", "0812", "08x1234567", "+62 1", "0812345678901234"])
def test_bad_phone_numbers(raw: str) -> None:
    with pytest.raises(IdentityError):
        normalize_phone(raw)


def test_email() -> None:
    assert normalize_email(" Budi@Contoh.GO.id ") == "budi@contoh.go.id"
    for bad in ("budi@", "budi", "@contoh.id", "budi@contoh"):
        with pytest.raises(IdentityError):
            normalize_email(bad)


def test_mask_keeps_region_and_last_two() -> None:
    assert mask_id("6171054107900003") == "6171**********03"
    assert mask_id("") == ""
