"""Exactly the filtered case list, every row of the filter (not only the rows on screen), read
in keyset pages so that a list of any length takes the memory of a page: as an XLSX written
row by row (openpyxl's write-only workbook), and as the rows the PDF list draws
(services.case_list). The same columns as the window's list; a confidential complainant is
masked as everywhere in lists (core.privacy)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, select

from pengaduan_desktop.core import audit, clock
from pengaduan_desktop.core.caselist import CaseFilter, CaseRow, SortKey, fetch_page, plan_list
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.list_cells import cells
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.spreadsheet import write_only_row

HEADER = (
    "Nomor",
    "Diterima",
    "Pengadu",
    "Perihal",
    "Kanal",
    "Unit",
    "Status",
    "Batas waktu",
    "Keadaan",
)
BATCH = 500  # rows read at a time
# A printed or previewed list stops after this many rows (some 125 A4 pages; a preview holds
# every page as an image): saving it as PDF or XLSX takes every row.
PRINTED_ROWS = 5_000
# The spreadsheet also carries each complaint's SP4N-LAPOR! tracking ID (every export does),
# after its number; the printed list keeps the window's columns.
LAPOR_HEADER = "ID SP4N-LAPOR!"
XLSX_HEADER = (HEADER[0], LAPOR_HEADER, *HEADER[1:])
XLSX_WIDTHS = (18, 18, 17, 26, 60, 16, 30, 18, 12, 22)


def all_rows(
    engine: Engine,
    f: CaseFilter,
    sort: SortKey = SortKey.RECEIVED,
    descending: bool = True,
    today: date | None = None,
    batch: int = BATCH,
) -> Iterator[CaseRow]:
    """Every row of the filter in the list's order, a page at a time (keyset: each page
    starts after the last row of the one before)."""
    today = today or clock.today()
    strategy = plan_list(engine, f, batch, today).strategy
    after = None
    while True:
        rows = fetch_page(
            engine, f, sort, descending, after=after, limit=batch, today=today, strategy=strategy
        )
        yield from rows
        if len(rows) < batch:
            return
        after = rows[-1].key


def with_lapor_ids(
    engine: Engine, rows: Iterator[CaseRow], batch: int = BATCH
) -> Iterator[tuple[CaseRow, str]]:
    """Each row with its complaint's SP4N-LAPOR! tracking ID ("" when it has none), read a
    batch of rows at a time."""
    chunk: list[CaseRow] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == batch:
            yield from _lapor_ids_of(engine, chunk)
            chunk = []
    if chunk:
        yield from _lapor_ids_of(engine, chunk)


def _lapor_ids_of(engine: Engine, chunk: list[CaseRow]) -> Iterator[tuple[CaseRow, str]]:
    ids = [row.id for row in chunk]
    with reading(engine) as session:
        found: dict[int, str] = {
            cid: lapor_id
            for cid, lapor_id in session.execute(
                select(Complaint.id, Complaint.lapor_tracking_id).where(
                    Complaint.id.in_(ids), Complaint.lapor_tracking_id != ""
                )
            )
        }
    for row in chunk:
        yield row, found.get(row.id, "")


def _xlsx_values(row: CaseRow, lapor_id: str) -> list[object]:
    """The same cells and the LAPOR! ID, with the dates as dates (a spreadsheet sorts and
    filters them)."""
    values: list[object] = list(cells(row))
    values[1] = row.received_at.replace(tzinfo=None, microsecond=0)
    values[7] = row.due_date
    values.insert(1, lapor_id)
    return values


def list_xlsx(
    engine: Engine,
    f: CaseFilter,
    sort: SortKey,
    descending: bool,
    title: str,
    counted: Callable[[], None] | None = None,
) -> bytes:
    """The list as an XLSX workbook: the title and filter on the first rows, then the rows."""
    import io

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Daftar pengaduan")
    for letter, width in zip("ABCDEFGHIJ", XLSX_WIDTHS, strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A3"
    write_only_row(sheet, [title])
    head = []
    for name in XLSX_HEADER:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = Font(bold=True)
        head.append(cell)
    sheet.append(head)
    for row, lapor_id in with_lapor_ids(engine, all_rows(engine, f, sort, descending)):
        write_only_row(
            sheet,
            _xlsx_values(row, lapor_id),
            number_formats={2: "dd-mm-yyyy hh:mm", 8: "dd-mm-yyyy"},
        )
        if counted:
            counted()
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def record_list_export(
    engine: Engine, officer_id: int | None, path: Path, what: str, rows: int, printed: bool = False
) -> None:
    """The list's export (or printing) in the audit trail: which file, which filter, how
    many rows. Who may read the list may take it away; the audit says who did."""
    audit.record(
        engine,
        audit.Action.PRINT if printed else audit.Action.EXPORT,
        "complaint_list",
        {"berkas": path.name, "daftar": what, "baris": rows},
        officer_id,
    )


def viewer_filter(f: CaseFilter, officer_id: int | None) -> CaseFilter:
    """The filter as the officer who exports reads it: never more than they may see."""
    return replace(f, viewer_id=officer_id)
