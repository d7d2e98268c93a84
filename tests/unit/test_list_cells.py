"""One rule for how a case-list row reads (core.list_cells): the printed list and the
spreadsheet in Indonesian with dd-mm-yyyy, the window in its language with dd/mm/yyyy."""

from __future__ import annotations

from datetime import date, datetime

from pengaduan_desktop.core.caselist import CaseRow
from pengaduan_desktop.core.lifecycle import ANONYMOUS
from pengaduan_desktop.core.list_cells import WINDOW_DATES, cells
from pengaduan_desktop.core.list_export import cells as export_cells
from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.core.vocabulary import Channel, Status


def row(name: str = "Siti Aminah", anonymous: bool = False) -> CaseRow:
    return CaseRow(
        id=1, tracking_number="ADU-2026-000042", received_at=datetime(2026, 11, 3, 8, 5),
        complainant_name=name, anonymous=anonymous, summary="SP2D belum cair",
        channel=Channel.SURAT.value, unit="", status=Status.DITERIMA.value,
        due_date=date(2026, 11, 10), closed_at=None, sla=Sla.OVERDUE, key=(),
    )  # fmt: skip


def test_the_printed_list_reads_indonesian_with_dashes() -> None:
    assert export_cells is cells  # the export asks the one rule
    assert cells(row()) == ["ADU-2026-000042", "03-11-2026 08:05", "Siti Aminah",
                            "SP2D belum cair", "Surat", "—", "Diterima", "10-11-2026",
                            "Terlambat"]  # fmt: skip


def test_the_window_reads_its_language_with_slashes() -> None:
    texts = cells(row(anonymous=True), "en", WINDOW_DATES)
    assert texts[1] == "03/11/2026 08:05" and texts[7] == "10/11/2026"
    assert texts[2] == "Anonymous" and texts[4] == "Letter" and texts[6] == "Received"
    assert cells(row(anonymous=True))[2] == ANONYMOUS


def test_a_complainant_named_like_a_status_keeps_the_name() -> None:
    assert cells(row(name=Status.DITERIMA.value), "en")[2] == Status.DITERIMA.value
