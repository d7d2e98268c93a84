from datetime import date

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core.caselist import CaseFilter, fetch_page
from pengaduan_desktop.core.db import writing
from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.lifecycle import ReceiptDelivery, receipt_delivery
from pengaduan_desktop.core.office import default_officer, profile
from pengaduan_desktop.core.printable import receipt_data
from pengaduan_desktop.core.validation import MAX_ADDRESS
from pengaduan_desktop.core.vocabulary import Channel
from pengaduan_desktop.documents.receipt import render_receipt
from tests.helpers import VALID_NIK, complaint, pdf_fonts, pdf_pages, pdf_text

NOT_AT_THE_DESK = [c for c in Channel if c != Channel.TATAP_MUKA]
SIGNATURE_CAPTION = "Pengadu,"  # above the complainant's signature line
ADDRESS = "Jl. Tanjungpura Gg. Sederhana No. 17 RT 002/RW 005, Kel. Benua Melayu Darat"


@pytest.fixture
def office(sqlite_engine: Engine) -> Engine:
    """An office whose profile carries real names (no placeholders), as printing requires."""
    with writing(sqlite_engine) as session:
        head = profile(session)
        head.head_name, head.head_nip = "Dr. H. Ahmad Fauzi, S.E., M.Si.", "197005121995031002"
        officer = default_officer(session)
        officer.name, officer.nip = "Yuliana Sari, S.E.", "198203142006042011"
        officer.pangkat = "Penata Tk. I (III/d)"
    return sqlite_engine


def channel_complaint(channel: Channel, **changes: object):  # type: ignore[no-untyped-def]
    values: dict[str, object] = dict(channel=channel, form="tertulis", id_type="", id_number="")
    if channel == Channel.TATAP_MUKA:
        values = dict(form="lisan")
    if channel == Channel.LAPOR:
        values["lapor_tracking_id"] = "LAPOR-2026-7788"
    return complaint(**{**values, **changes})


def test_receipt_names_officer_due_date_and_number(sqlite_engine: Engine) -> None:
    saved = register(sqlite_engine, complaint())
    data = receipt_data(sqlite_engine, saved.tracking_number)
    pdf = render_receipt(data)
    text = pdf_text(pdf)
    assert pdf_pages(pdf) == 1
    assert "TANDA BUKTI PENGADUAN" in text
    assert saved.tracking_number in text
    assert data.responsible.name in text
    assert "Kepala SubBagian Rencana Kerja, Monitoring dan Evaluasi" in text
    assert "Rabu, 3 Juni 2026" in text
    assert "tiga Juni dua ribu dua puluh enam" in text
    assert "03-06-2026" in text
    assert "5 (lima) hari kerja" in text
    assert "Tidak dipungut biaya" in text
    assert "Gubernur Kalimantan Barat melalui Sekretaris Daerah" in text
    assert "6171**********03" in text
    assert VALID_NIK not in text
    assert "0812-3456-7890" in text  # as typed
    assert "Siti Aminah" in text


def test_only_embedded_unicode_fonts_and_foreign_names_render(sqlite_engine: Engine) -> None:
    saved = register(sqlite_engine, complaint(name="Đặng Thị Ŝ Święty"))
    pdf = render_receipt(receipt_data(sqlite_engine, saved.tracking_number))
    fonts = pdf_fonts(pdf)
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts
    assert "Đặng Thị Ŝ Święty" in pdf_text(pdf)


# The longest values the intake form allows (and an email of 200 characters that is valid).
LONGEST = dict(
    name=("Raden Ayu Siti Nurhaliza binti Abdurrahman Alkadrie " * 4)[:200],
    address=("Jl. Sultan Syarif Abdurrahman Gg. Karya Baru II No. 123 RT 004/RW 012, Kel. "
             "Akcaya\n" * 4)[:MAX_ADDRESS],
    email="a" * 64 + "@" + ("pemerintah-kabupaten-kapuas-hulu." * 5)[:129] + ".go.id",
    phone="+62 (0812) - 5678 - 90123",  # 25 characters, the form's limit
    summary="Perihal " * 37,
)  # fmt: skip


@pytest.mark.parametrize("page", ["A4", "A5"])
@pytest.mark.parametrize("channel", [Channel.TATAP_MUKA, Channel.SURAT, Channel.LAPOR])
def test_the_longest_fields_allowed_stay_above_the_bottom_margin(
    office: Engine, channel: Channel, page: str
) -> None:
    from dataclasses import replace

    from pengaduan_desktop.core.printable import Signatory
    from pengaduan_desktop.documents.receipt import layout

    extra = {"letter_number": "9" * 100} if channel == Channel.SURAT else {}
    saved = register(office, channel_complaint(channel, **LONGEST, **extra))
    data = receipt_data(office, saved.tracking_number)
    assert len(data.email) == 200 and data.phone == LONGEST["phone"]
    data = replace(data, service="Layanan " * 25,
                   responsible=Signatory("Pejabat " * 25, "1" * 18, "Jabatan " * 37))  # fmt: skip
    geometry, bottom = layout(data, page)
    assert bottom >= geometry.margin, (bottom, geometry)
    pdf = render_receipt(data, page)
    text = pdf_text(pdf)
    assert pdf_pages(pdf) == 1
    assert "TANDA BUKTI PENGADUAN" in text and "Tidak dipungut biaya" in text
    assert LONGEST["phone"] in text and "Akcaya" in text


@pytest.mark.parametrize("page", ["A4", "A5"])
def test_long_fields_still_fit_one_page(sqlite_engine: Engine, page: str) -> None:
    long_summary = "Keterlambatan pencairan dana hibah " * 8
    saved = register(
        sqlite_engine,
        complaint(channel="lapor", form="tertulis", lapor_tracking_id="LAPOR-2026-1234567",
                  summary=long_summary[:300], name="Syarif Muhammad Alkadrie bin Abdurrahman"),
    )  # fmt: skip
    pdf = render_receipt(receipt_data(sqlite_engine, saved.tracking_number), page)
    assert pdf_pages(pdf) == 1
    assert "LAPOR-2026-1234567" in pdf_text(pdf)


def test_unknown_number_is_a_clear_error(sqlite_engine: Engine) -> None:
    with pytest.raises(NotFound, match="tidak ditemukan"):
        receipt_data(sqlite_engine, "ADU-2026-999999")


def test_anonymous_receipt(sqlite_engine: Engine) -> None:
    saved = register(
        sqlite_engine,
        complaint(channel="kotak_pengaduan", form="tertulis", anonymous=True, name="",
                  id_type="", id_number="", phone="", email="", address=""),
    )  # fmt: skip
    assert receipt_data(sqlite_engine, saved.tracking_number).complainant_name == "Anonim"
    assert saved.due_date == date(2026, 6, 3)


@pytest.mark.parametrize("page", ["A4", "A5"])
@pytest.mark.parametrize("channel", NOT_AT_THE_DESK)
def test_a_complaint_not_made_at_the_desk_has_no_complainant_signature_line(
    office: Engine, channel: Channel, page: str
) -> None:
    saved = register(office, channel_complaint(channel, name="Hendrikus Ajong"))
    pdf = render_receipt(receipt_data(office, saved.tracking_number), page)
    text = pdf_text(pdf)
    assert pdf_pages(pdf) == 1
    assert SIGNATURE_CAPTION not in text
    assert text.count("Hendrikus Ajong") == 1  # in the particulars, not under a signature
    assert "dikirimkan kepada pengadu dan sah tanpa tanda tangan pengadu" in text
    assert "Petugas Penerima," in text and "Yuliana Sari, S.E." in text  # the officer signs


@pytest.mark.parametrize("page", ["A4", "A5"])
def test_face_to_face_keeps_both_signatures(office: Engine, page: str) -> None:
    saved = register(office, channel_complaint(Channel.TATAP_MUKA, name="Hendrikus Ajong"))
    text = pdf_text(render_receipt(receipt_data(office, saved.tracking_number), page))
    assert SIGNATURE_CAPTION in text and "Petugas Penerima," in text
    assert text.count("Hendrikus Ajong") == 2  # the particulars and the signature
    assert "tanpa tanda tangan pengadu" not in text


def test_an_anonymous_box_complaint_without_contact_is_filed(office: Engine) -> None:
    saved = register(office, channel_complaint(Channel.KOTAK_PENGADUAN, anonymous=True, name="",
                                               phone="", email="", address=""))  # fmt: skip
    data = receipt_data(office, saved.tracking_number)
    assert data.delivery == ReceiptDelivery.FILED
    text = pdf_text(render_receipt(data))
    assert SIGNATURE_CAPTION not in text
    assert "disimpan dalam berkas pengaduan untuk pengadu" in text


def test_who_signs_the_receipt_is_decided_by_the_channel() -> None:
    assert receipt_delivery(Channel.TATAP_MUKA, reachable=False) == ReceiptDelivery.HANDED
    for channel in NOT_AT_THE_DESK:
        assert receipt_delivery(channel, reachable=True) == ReceiptDelivery.SENT
    assert receipt_delivery(Channel.LAPOR, reachable=False) == ReceiptDelivery.SENT  # via LAPOR!
    assert receipt_delivery(Channel.SURAT, reachable=False) == ReceiptDelivery.FILED


@pytest.mark.parametrize("channel", [Channel.TATAP_MUKA, Channel.SURAT])
def test_the_address_and_email_are_printed_when_given(office: Engine, channel: Channel) -> None:
    saved = register(office, channel_complaint(channel, address=ADDRESS + "\nPontianak",
                                               email="Hendrikus.Ajong@Contoh.id"))  # fmt: skip
    text = pdf_text(render_receipt(receipt_data(office, saved.tracking_number)))
    assert f"Alamat : {ADDRESS}, Pontianak" in text  # the lines joined
    assert "Email : hendrikus.ajong@contoh.id" in text
    bare = register(office, channel_complaint(channel, address="", email=""))
    text = pdf_text(render_receipt(receipt_data(office, bare.tracking_number)))
    assert "Alamat :" not in text and "Email :" not in text  # no empty rows


def test_an_anonymous_complaint_prints_no_contact_that_would_name_the_person(
    office: Engine,
) -> None:
    saved = register(office, channel_complaint(Channel.KOTAK_PENGADUAN, anonymous=True, name="",
                                               address=ADDRESS, email="budi.s@contoh.id",
                                               phone="0812-5678 9012"))  # fmt: skip
    data = receipt_data(office, saved.tracking_number)
    assert data.delivery == ReceiptDelivery.SENT  # they can be reached, so it is sent
    text = pdf_text(render_receipt(data))
    assert "Anonim" in text
    assert ADDRESS not in text and "budi.s@contoh.id" not in text and "5678" not in text


def test_the_phone_is_printed_as_typed_and_found_by_its_normalised_form(office: Engine) -> None:
    saved = register(office, channel_complaint(Channel.SURAT, phone=" 0812-5678 9012 "))
    text = pdf_text(render_receipt(receipt_data(office, saved.tracking_number), "A5"))
    assert "Telepon : 0812-5678 9012" in text
    assert "+6281256789012" not in text
    for typed in ("081256789012", "+62 812-5678-9012", "0812-5678 9012"):
        rows = fetch_page(office, CaseFilter(search=typed), limit=10, today=date(2026, 11, 29))
        assert [r.tracking_number for r in rows] == [saved.tracking_number]
