"""The filtered case list exported whole (issue 12, item 7): our streamed XLSX and PDF against
their plain peers measured in the same run (every row read with one SELECT and held, then
written: openpyxl write-only for the XLSX, the list table with every row for the PDF). Time,
CPU time and the peak of Python memory each; the machine's load beside them."""

from __future__ import annotations

import os
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select

from pengaduan_desktop.core.caselist import CaseFilter, SortKey, fetch_page
from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.list_export import HEADER, all_rows, cells, list_xlsx
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.documents.case_list_pdf import render_list
from pengaduan_desktop.documents.fonts import register_fonts
from pengaduan_desktop.services.case_list import Counter, list_pdf
from tests.bench.measure import report


def measured(fn: Callable[[], Any]) -> tuple[Any, float, float, float]:
    """fn's result, wall seconds, CPU seconds and peak traced memory in MB."""
    tracemalloc.start()
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    wall, used = time.perf_counter() - start, time.process_time() - cpu
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return result, wall, used, peak


def _plain_xlsx(rows: list[list[str]]) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Daftar pengaduan")
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _held_rows(engine: Any, f: CaseFilter) -> list[list[str]]:
    """The peer's read: one query, every row held."""
    return [cells(r) for r in fetch_page(engine, f, SortKey.RECEIVED, True, limit=10**9)]


def list_export(url: str, start: date, end: date) -> dict[str, float]:
    engine = create_db_engine(url)
    f = CaseFilter(received_from=start, received_to=end)
    with engine.connect() as conn:
        conn.execute(select(Complaint.id).limit(1))
    register_fonts()
    figures: dict[str, float] = {}
    counter = Counter(None)
    rows, wall, cpu, peak = measured(lambda: _held_rows(engine, f))
    count = len(rows)
    _, pw, pc, pp = measured(lambda: _plain_xlsx(rows))
    figures |= {"rows": count, "peer_read": wall, "peer_xlsx": wall + pw,
                "peer_xlsx_cpu": cpu + pc, "peer_xlsx_mb": max(peak, pp)}  # fmt: skip
    _, pw, pc, pp = measured(lambda: render_list(
        "Daftar", [], HEADER, lambda: iter(rows), "", None))  # fmt: skip
    figures |= {"peer_pdf": wall + pw, "peer_pdf_cpu": cpu + pc, "peer_pdf_mb": max(peak, pp)}
    rows.clear()  # the peer's rows go before ours are measured
    data, w, c, p = measured(lambda: list_xlsx(engine, f, SortKey.RECEIVED, True, "Daftar"))
    figures |= {"ours_xlsx": w, "ours_xlsx_cpu": c, "ours_xlsx_mb": p}
    pdf, w, c, p = measured(lambda: list_pdf(engine, f, SortKey.RECEIVED, True, "Daftar", "",
                                             counter))  # fmt: skip
    figures |= {"ours_pdf": w, "ours_pdf_cpu": c, "ours_pdf_mb": p, "ours_rows": counter.rows}
    streamed = sum(1 for _ in all_rows(engine, f))
    engine.dispose()
    load = os.getloadavg()[0]
    report(f"Filtered list exported whole: {count:,} rows ({start} to {end}), load {load:.1f}", [
        ("XLSX streamed (ours) / plain (peer)",
         f"{figures['ours_xlsx']:.2f} s / {figures['peer_xlsx']:.2f} s = "
         f"{figures['ours_xlsx'] / figures['peer_xlsx']:.2f}x"),
        ("  CPU ours / peer", f"{figures['ours_xlsx_cpu']:.2f} s / "
                              f"{figures['peer_xlsx_cpu']:.2f} s"),
        ("  peak Python memory ours / peer", f"{figures['ours_xlsx_mb']:.0f} MB / "
                                             f"{figures['peer_xlsx_mb']:.0f} MB"),
        ("PDF streamed (ours) / every row held (peer)",
         f"{figures['ours_pdf']:.2f} s / {figures['peer_pdf']:.2f} s = "
         f"{figures['ours_pdf'] / figures['peer_pdf']:.2f}x"),
        ("  CPU ours / peer", f"{figures['ours_pdf_cpu']:.2f} s / "
                              f"{figures['peer_pdf_cpu']:.2f} s"),
        ("  peak Python memory ours / peer", f"{figures['ours_pdf_mb']:.0f} MB / "
                                             f"{figures['peer_pdf_mb']:.0f} MB"),
        ("PDF size, rows drawn", f"{len(pdf) / 1e6:.1f} MB, {counter.rows:,}"),
        ("XLSX size", f"{len(data) / 1e6:.1f} MB"),
    ])  # fmt: skip
    figures["streamed_rows"] = streamed
    return figures
