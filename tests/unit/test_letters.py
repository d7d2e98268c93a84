from datetime import date

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.letters import LetterNotAvailable, escalation_letter, response_letter
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.documents.letter import render_letter
from tests.helpers import VALID_NIK, complaint, pdf_fonts, pdf_text


def test_response_letter_carries_the_result(sqlite_engine: Engine) -> None:
    cid = register(sqlite_engine, complaint()).id
    with pytest.raises(LetterNotAvailable):
        response_letter(sqlite_engine, cid)
    perform(sqlite_engine, cid, Action.VERIFY, None)
    perform(sqlite_engine, cid, Action.DISPOSE, None, "Mohon diteliti", 1)
    perform(sqlite_engine, cid, Action.RESOLVE, None, "Dana hibah telah dicairkan.")
    text = pdf_text(render_letter(response_letter(sqlite_engine, cid)))
    expected_texts = (
        "ADU-2026-000001/TGP", "Tanggapan atas Pengaduan Nomor ADU-2026-000001",
        "Sdr./Sdri. Siti Aminah", "Hasil tindak lanjut", "Dana hibah telah dicairkan.",
        "24 Mei 2026", "Kepala SubBagian Rencana Kerja",
    )  # fmt: skip
    for expected in expected_texts:
        assert expected in text


def test_escalation_letter_to_the_governor_via_the_sekda(sqlite_engine: Engine) -> None:
    cid = register(sqlite_engine, complaint(name="Đặng Thị Święty")).id
    with pytest.raises(LetterNotAvailable):
        escalation_letter(sqlite_engine, cid)
    perform(sqlite_engine, cid, Action.VERIFY, None)
    perform(sqlite_engine, cid, Action.ESCALATE, None, "Tanpa jawaban", today=date(2026, 6, 10))
    pdf = render_letter(escalation_letter(sqlite_engine, cid))
    text = pdf_text(pdf)
    expected_texts = (
        "Gubernur Kalimantan Barat", "melalui Sekretaris Daerah Provinsi Kalimantan",
        "ADU-2026-000001/ESK", "Đặng Thị Święty", "3 Juni 2026", "Dieskalasi", "Diverifikasi",
        "Kepala Badan Keuangan dan Aset Daerah", "6171**********03",
    )  # fmt: skip
    for expected in expected_texts:
        assert expected in text
    assert VALID_NIK not in text
    assert all("DejaVuSans" in f for f in pdf_fonts(pdf))


def test_confidential_complainant_is_not_named_to_the_governor(sqlite_engine: Engine) -> None:
    cid = register(sqlite_engine, complaint(confidential=True)).id
    perform(sqlite_engine, cid, Action.ESCALATE, None, "Tanpa jawaban", today=date(2026, 6, 10))
    text = pdf_text(render_letter(escalation_letter(sqlite_engine, cid)))
    assert "(dirahasiakan)" in text and "Siti Aminah" not in text
