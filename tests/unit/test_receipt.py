from datetime import date

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.printable import receipt_data
from pengaduan_desktop.documents.receipt import render_receipt
from tests.helpers import VALID_NIK, complaint, pdf_fonts, pdf_pages, pdf_text


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
    assert "+6281234567890" in text
    assert "Siti Aminah" in text


def test_only_embedded_unicode_fonts_and_foreign_names_render(sqlite_engine: Engine) -> None:
    saved = register(sqlite_engine, complaint(name="Đặng Thị Ŝ Święty"))
    pdf = render_receipt(receipt_data(sqlite_engine, saved.tracking_number))
    fonts = pdf_fonts(pdf)
    assert fonts and all("DejaVuSans" in f for f in fonts), fonts
    assert "Đặng Thị Ŝ Święty" in pdf_text(pdf)


@pytest.mark.parametrize("page", ["A4", "A5"])
def test_the_longest_fields_allowed_stay_above_the_bottom_margin(sqlite_engine: Engine,
                                                                  page: str) -> None:  # fmt: skip
    from dataclasses import replace

    from pengaduan_desktop.core.printable import Signatory
    from pengaduan_desktop.documents.receipt import layout

    saved = register(sqlite_engine, complaint(channel="surat", form="tertulis",
                                              letter_number="9" * 100, summary="Perihal " * 37,
                                              name="Nama Panjang " * 15))  # fmt: skip
    data = receipt_data(sqlite_engine, saved.tracking_number)
    data = replace(data, service="Layanan " * 25,
                   responsible=Signatory("Pejabat " * 25, "1" * 18, "Jabatan " * 37))  # fmt: skip
    geometry, bottom = layout(data, page)
    assert bottom >= geometry.margin, (bottom, geometry)
    text = pdf_text(render_receipt(data, page))
    assert "TANDA BUKTI PENGADUAN" in text and "Tidak dipungut biaya" in text


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
