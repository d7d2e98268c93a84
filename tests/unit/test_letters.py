"""The complaint letters as naskah dinas: agenda numbers, the fixed parts, the signature block,
the Tembusan, continuation pages, the escalation's content, and the rejection notice."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.letters import LetterNotAvailable, issue_letter, letter_data
from pengaduan_desktop.core.lifecycle import Letter
from pengaduan_desktop.core.models import AgendaEntry, Complaint, Event
from pengaduan_desktop.core.rejection import RejectionKind, reasons
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.vocabulary import EventKind, Status
from pengaduan_desktop.core.workflow import Action, Rejection, WorkflowError, perform
from pengaduan_desktop.documents.letter import render_letter
from tests.helpers import (
    HEAD,
    MANAGER,
    VALID_NIK,
    complaint,
    fill_office,
    pdf_fonts,
    pdf_pages,
    pdf_text,
)

AN = "a.n. Kepala Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat,"
NOTE = "Pengadu kerabat kepala bidang, hati-hati"
REASON = "Unit belum menjawab walaupun sudah diingatkan tiga kali"


def resolved(engine: Engine, result: str = "Dana hibah telah dicairkan.", **changes) -> int:
    cid = register(engine, complaint(**changes)).id
    perform(engine, cid, Action.VERIFY, None)
    perform(engine, cid, Action.DISPOSE, None, "Mohon diteliti", 1)
    perform(engine, cid, Action.RESOLVE, None, result)
    return cid


def page_texts(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def agenda_size(engine: Engine) -> int:
    with reading(engine) as session:
        return session.scalar(select(func.count()).select_from(AgendaEntry)) or 0


def reason_id(engine: Engine, kind: RejectionKind) -> int:
    return next(r.id for r in reasons(engine) if r.kind == kind)


def test_the_response_letter_takes_its_agenda_number_once(engine: Engine) -> None:
    fill_office(engine)
    first = resolved(engine)
    with pytest.raises(LetterNotAvailable):
        issue_letter(engine, Letter.ESCALATION, first)
    # A preview shows the number the letter would take, and uses nothing.
    assert letter_data(engine, Letter.RESPONSE, first).number == "000.8.3.4/1/TGP/BKAD-RENJA/2026"
    assert agenda_size(engine) == 0
    text = pdf_text(render_letter(issue_letter(engine, Letter.RESPONSE, first)))
    expected = (
        "Nomor : 000.8.3.4/1/TGP/BKAD-RENJA/2026 Pontianak, 29 November 2026", "Sifat : Biasa",
        "Lampiran : –", "Hal : Tanggapan atas Pengaduan Nomor ADU-2026-000001",
        "Yth. Sdr./Sdri. Siti Aminah Jl. Gajah Mada No. 5, Pontianak di Tempat",
        "Hasil tindak lanjut : Dana hibah telah dicairkan.",
        f"{AN} Kepala SubBagian Rencana Kerja",
        f"{MANAGER[0]} {MANAGER[2]} NIP {MANAGER[1]}",
        "Tembusan Yth.: 1. Kepala Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat.",
    )  # fmt: skip
    for part in expected:
        assert part in text
    second = resolved(engine)
    assert issue_letter(engine, Letter.RESPONSE, second).number == "000.8.3.4/2/TGP/BKAD-RENJA/2026"
    # A reprint a month later: the same number and the same date, nothing new in the register.
    with clock.pinned(datetime(2027, 1, 4, 9, 0, tzinfo=LOCAL_TZ)):
        again = issue_letter(engine, Letter.RESPONSE, first)
        assert letter_data(engine, Letter.RESPONSE, first).number == again.number
    assert again.number == "000.8.3.4/1/TGP/BKAD-RENJA/2026"
    assert again.place_date == "Pontianak, 29 November 2026"
    assert agenda_size(engine) == 2


def escalated(engine: Engine) -> int:
    """Received Sunday 24 May 2026 (due 3 June), followed up, noted, escalated on 10 June."""
    cid = register(engine, complaint(name="Đặng Thị Święty")).id
    perform(engine, cid, Action.VERIFY, None)
    perform(engine, cid, Action.DISPOSE, None, "Mohon diteliti", 1)
    perform(engine, cid, Action.FOLLOW_UP, None, "Bidang meminta dokumen tambahan.")
    perform(engine, cid, Action.NOTE, None, NOTE)
    perform(engine, cid, Action.ESCALATE, None, REASON, today=date(2026, 6, 10))
    return cid


def test_the_escalation_letter_tells_reason_steps_and_age_on_one_page(engine: Engine) -> None:
    fill_office(engine)
    cid = escalated(engine)
    pdf = render_letter(issue_letter(engine, Letter.ESCALATION, cid))
    text = pdf_text(pdf)
    expected = (
        "Nomor : 000.8.3.4/1/ESK/BKAD-RENJA/2026", "Yth. Gubernur Kalimantan Barat",
        "melalui Sekretaris Daerah Provinsi Kalimantan Barat di Pontianak",
        "Đặng Thị Święty", "6171**********03", "Batas waktu : 3 Juni 2026",
        # 24 May to 29 November 2026 (the letter's date) on the office calendar.
        "Lama pengaduan : 129 hari kerja (189 hari kalender) sejak diterima 24 Mei 2026",
        f"Alasan eskalasi : {REASON}", "Tindak lanjut: Bidang meminta dokumen tambahan.",
        "Didisposisikan: Kepada", "Diverifikasi",
        f"Kepala Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat, {HEAD[0]} "
        f"{HEAD[2]} NIP {HEAD[1]}",
        "Tembusan Yth.: 1. Sdr./Sdri. Đặng Thị Święty (pengadu); 2. Pejabat Pengelola "
        "Pengaduan BKAD Provinsi Kalimantan "
        "Barat.",
    )  # fmt: skip
    for part in expected:
        assert part in text, part
    assert "a.n." not in text  # the head signs in their own name
    assert NOTE not in text and "hati-hati" not in text
    assert VALID_NIK not in text
    assert pdf_pages(pdf) == 1
    assert all("DejaVuSans" in f for f in pdf_fonts(pdf))


def test_a_long_letter_runs_on_with_page_numbers_and_no_kop(sqlite_engine: Engine) -> None:
    fill_office(sqlite_engine)
    cid = register(sqlite_engine, complaint()).id
    perform(sqlite_engine, cid, Action.VERIFY, None)
    perform(sqlite_engine, cid, Action.DISPOSE, None, "Mohon diteliti", 1)
    for step in range(1, 9):
        perform(sqlite_engine, cid, Action.FOLLOW_UP, None,
                f"Langkah {step}: bidang memeriksa berkas dan menghubungi bank. " * 4)  # fmt: skip
    # A result longer than a page: its row continues on the next page, nothing is cut.
    result = "Dana telah dicairkan seluruhnya. " * 150 + "Selesai pada akhirnya."
    perform(sqlite_engine, cid, Action.RESOLVE, None, result)
    pages = page_texts(render_letter(issue_letter(sqlite_engine, Letter.RESPONSE, cid)))
    flowing = " ".join(page.removeprefix(f"- {n} - ") for n, page in enumerate(pages, start=1))
    assert len(pages) >= 3 and "Selesai pada akhirnya." in flowing
    assert flowing.count("Dana telah dicairkan seluruhnya.") == 150
    assert "PEMERINTAH PROVINSI KALIMANTAN BARAT" in pages[0] and "- 1 -" not in pages[0]
    for number, page in enumerate(pages[1:], start=2):
        assert page.startswith(f"- {number} -")
        assert "PEMERINTAH PROVINSI" not in page and "Jl. Ahmad Yani" not in page
    # The signature keeps the last paragraph and the Tembusan with it.
    signed = next(page for page in pages if MANAGER[1] in page)
    assert "Demikian kami sampaikan" in signed and "Tembusan Yth.:" in signed


def test_the_rejection_notice_names_the_agency_or_what_is_missing(engine: Engine) -> None:
    fill_office(engine)
    agency = "Badan Pendapatan Daerah Provinsi Kalimantan Barat"
    other = register(engine, complaint()).id
    perform(engine, other, Action.REJECT, None,
            rejection=Rejection(reason_id(engine, RejectionKind.KEWENANGAN), agency))  # fmt: skip
    with pytest.raises(LetterNotAvailable):
        issue_letter(engine, Letter.RESPONSE, other)
    text = pdf_text(render_letter(issue_letter(engine, Letter.REJECTION, other)))
    for part in ("Nomor : 000.8.3.4/1/TLK/BKAD-RENJA/2026",
                 "Hal : Pemberitahuan atas Pengaduan Nomor ADU-2026-000001",
                 "Alasan : Bukan kewenangan BKAD", f"Instansi tujuan penerusan : {agency}",
                 "telah kami teruskan kepada instansi tersebut di atas", AN,
                 f"2. {agency}."):  # fmt: skip
        assert part in text, part
    missing = "salinan KTP dan nomor SP2D yang dimaksud"
    incomplete = register(engine, complaint(anonymous=True, name="", id_type="",
                                            id_number="")).id  # fmt: skip
    lacking = Rejection(reason_id(engine, RejectionKind.TIDAK_LENGKAP), missing)
    perform(engine, incomplete, Action.REJECT, None, rejection=lacking)
    text = pdf_text(render_letter(issue_letter(engine, Letter.REJECTION, incomplete)))
    for part in ("000.8.3.4/2/TLK/BKAD-RENJA/2026", "Yth. Sdr./Sdri. Pengadu di Tempat",
                 f"Yang perlu dilengkapi : {missing}", "dapat menyampaikan kembali"):  # fmt: skip
        assert part in text, part
    assert "Gajah Mada" not in text  # an anonymous complainant's address is not printed


def test_a_rejection_needs_its_reason_and_required_detail(engine: Engine) -> None:
    cid = register(engine, complaint()).id
    with pytest.raises(WorkflowError, match="pilih alasan penolakan"):
        perform(engine, cid, Action.REJECT, None, "Bukan kewenangan")
    with pytest.raises(WorkflowError, match="instansi tujuan penerusan wajib diisi"):
        perform(engine, cid, Action.REJECT, None,
                rejection=Rejection(reason_id(engine, RejectionKind.KEWENANGAN), "  "))  # fmt: skip
    with reading(engine) as session:
        c = session.get(Complaint, cid)
        assert c is not None and c.status == Status.DITERIMA and c.rejection_kind == ""
    forwarded = Rejection(reason_id(engine, RejectionKind.KEWENANGAN), "Bapenda")
    perform(engine, cid, Action.REJECT, None, rejection=forwarded)
    perform(engine, cid, Action.REOPEN, None, "Ternyata kewenangan BKAD")
    with reading(engine) as session:
        c = session.get(Complaint, cid)
        assert c is not None and (c.rejection_kind, c.rejection_detail) == ("kewenangan", "Bapenda")
    other = next(r for r in reasons(engine) if r.kind == RejectionKind.LAINNYA)
    perform(engine, cid, Action.REJECT, None, rejection=Rejection(other.id))
    with reading(engine) as session:
        c = session.get(Complaint, cid)
        assert c is not None
        assert (c.rejection_kind, c.rejection_reason, c.rejection_detail) == (
            "lainnya",
            other.text,
            "",
        )
        texts = list(
            session.scalars(
                select(Event.text)
                .where(Event.complaint_id == cid, Event.kind == EventKind.REJECTED)
                .order_by(Event.id)
            )
        )
    assert texts == ["Bukan kewenangan BKAD. Instansi tujuan penerusan: Bapenda", other.text]
