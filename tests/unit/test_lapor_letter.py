"""The forwarding letter (surat penerusan) of a complaint that is not BKAD's authority: to the
named agency, with its agenda number, the complainant and the head of BKAD in copy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.letters import LetterNotAvailable, issue_letter, letter_data
from pengaduan_desktop.core.lifecycle import Letter
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.documents.letter import render_letter
from tests.helpers import complaint, fill_office, pdf_text

AGENCY = "Kepala Badan Pendapatan Daerah Provinsi Kalimantan Barat"


def forwarded(engine: Engine) -> int:
    cid = register(engine, complaint(channel="lapor", form="tertulis",
                                     lapor_tracking_id="LPR-4412873")).id  # fmt: skip
    perform(engine, cid, Action.FORWARD, None, "Pajak kendaraan bermotor adalah urusan Bapenda",
            agency=AGENCY)  # fmt: skip
    return cid


def test_the_forwarding_letter_goes_to_the_agency(engine: Engine) -> None:
    fill_office(engine)
    cid = forwarded(engine)
    assert letter_data(engine, Letter.FORWARDING, cid).number == ("000.8.3.4/1/TRS/BKAD-RENJA/2026")
    pdf = render_letter(issue_letter(engine, Letter.FORWARDING, cid))
    if os.environ.get("PENGADUAN_LOOK"):  # to look at it: PENGADUAN_LOOK=folder
        Path(os.environ["PENGADUAN_LOOK"], "surat-penerusan.pdf").write_bytes(pdf)
    text = pdf_text(pdf)
    for part in (
        "Nomor : 000.8.3.4/1/TRS/BKAD-RENJA/2026",
        "Hal : Penerusan Pengaduan Nomor ADU-2026-000001",
        f"Yth. {AGENCY} di Tempat",
        "ID SP4N-LAPOR! : LPR-4412873",
        "Alasan diteruskan : Pajak kendaraan bermotor adalah urusan Bapenda",
        "Tembusan Yth.: 1. Sdr./Sdri. Siti Aminah (pengadu)",
    ):
        assert part in text, part


def test_only_a_forwarded_complaint_has_it(engine: Engine) -> None:
    cid = register(engine, complaint()).id
    with pytest.raises(LetterNotAvailable, match="surat penerusan"):
        letter_data(engine, Letter.FORWARDING, cid)


def test_the_lapor_id_is_in_the_exports(engine: Engine, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from pengaduan_desktop.core.complainant_data import held_about
    from pengaduan_desktop.core.exports import write_xlsx
    from pengaduan_desktop.core.monthly import Month, month_figures

    forwarded(engine)
    # Forwarded in November (the tests' today): closed then, neither on time nor late.
    write_xlsx(month_figures(engine, Month(2026, 11)), tmp_path / "november.xlsx")
    sheet = load_workbook(tmp_path / "november.xlsx")["Pengaduan"]
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, (c.value for c in sheet[2]), strict=True))
    assert row["ID SP4N-LAPOR!"] == "LPR-4412873" and row["Status akhir bulan"] == "Diteruskan"
    assert row["Tepat waktu"] is None
    held = held_about(engine, "ADU-2026-000001", None).as_json()
    assert held["complaints"][0]["lapor_tracking_id"] == "LPR-4412873"
