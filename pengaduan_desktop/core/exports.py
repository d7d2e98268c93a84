"""The month's complaints as CSV and XLSX: one row each with its follow-up result, Indonesian
column names, identity numbers masked. The XLSX adds sheets with the report's figures and its
tables by unit and by service."""

from __future__ import annotations

import io
from pathlib import Path

from sqlalchemy import Engine

from pengaduan_desktop.core import audit, door
from pengaduan_desktop.core.files import publish_all, write_atomic
from pengaduan_desktop.core.monthly import MonthFigures, ReportRow
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.spreadsheet import append_row, csv_bytes

COLUMNS = (
    "Kelompok", "Nomor", "ID SP4N-LAPOR!", "Diterima", "Pengadu", "Identitas (tersamar)",
    "Kanal", "Kategori", "Perihal", "Unit", "Batas waktu", "Status akhir bulan", "Tanggal selesai",
    "Hari kerja penanganan", "Tepat waktu", "Hasil tindak lanjut",
)  # fmt: skip


TALLY_COLUMNS = ("Diterima", "Selesai tepat waktu", "Selesai terlambat", "Ditolak",
                 "Terbuka akhir bulan", "Terbuka lewat batas waktu")  # fmt: skip


def _values(group: str, r: ReportRow) -> list[object]:
    return [
        group, r.tracking_number, r.lapor_tracking_id, r.received, r.complainant, r.id_label,
        r.channel, r.category, r.summary, r.unit, r.due, r.status, r.closed, r.working_days,
        "" if r.on_time is None else ("ya" if r.on_time else "tidak"), r.result,
    ]  # fmt: skip


def rows(figures: MonthFigures) -> list[list[object]]:
    return [_values("Bulan ini", r) for r in figures.rows] + [
        _values("Bawaan", r) for r in figures.carried
    ]


def summary(figures: MonthFigures) -> list[tuple[str, object]]:
    f = figures
    rate = f.on_time_rate
    return [
        ("Bulan", str(f.month)), ("Pengaduan diterima", f.received),
        ("Bawaan dari bulan sebelumnya", f.carried_over),
        ("Ditutup dalam bulan ini (jumlah empat baris berikut)", f.closed),
        ("Selesai tepat waktu", f.closed_on_time), ("Selesai terlambat", f.closed_late),
        ("Ditolak", f.rejected), ("Diteruskan ke instansi lain / diarsipkan", f.set_aside),
        ("Terbuka pada akhir bulan", f.open_at_end),
        ("Terbuka dan terlambat pada akhir bulan", f.overdue_at_end),
        ("Dieskalasi", f.escalated), ("Rata-rata hari kerja penanganan", round(f.average_days, 2)),
        ("Hari kerja penanganan terlama", f.longest_days),
        ("Tingkat ketepatan waktu (%)", None if rate is None else round(rate * 100, 1)),
    ]  # fmt: skip


def csv_file(figures: MonthFigures, delimiter: str = ",") -> bytes:
    return csv_bytes(COLUMNS, rows(figures), delimiter)


def xlsx_file(figures: MonthFigures) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = "Pengaduan"
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows(figures):
        append_row(sheet, row)
    for column, width in zip("ABCDEFGHIJKLMNOP", (10, 18, 16, 12, 24, 22, 16, 22, 40, 28, 12,
                                                    16, 14, 10, 10, 50), strict=True):  # fmt: skip
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    totals = book.create_sheet("Ringkasan")
    for label, value in summary(figures):
        totals.append([label, value])
    totals.column_dimensions["A"].width = 50
    for title, first, tallies in (("Unit kerja", "Unit kerja", figures.by_unit),
                                  ("Layanan", "Layanan", figures.by_service)):  # fmt: skip
        table = book.create_sheet(title)
        table.append([first, *TALLY_COLUMNS])
        for t in [*tallies, figures.total]:
            append_row(table, [t.name, t.received, t.on_time, t.late, t.rejected, t.open_at_end,
                               t.overdue_at_end])  # fmt: skip
        for cell in table[1]:
            cell.font = Font(bold=True)
        table.column_dimensions["A"].width = 48
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def month_file(figures: MonthFigures, path: Path, delimiter: str = ",") -> bytes:
    """The month's data as the file `path` names: XLSX by its suffix, else CSV."""
    if path.suffix.lower() == ".xlsx":
        return xlsx_file(figures)
    return csv_file(figures, delimiter)


def write_csv(figures: MonthFigures, path: Path, delimiter: str = ",") -> None:
    write_atomic(path, csv_file(figures, delimiter))


def write_xlsx(figures: MonthFigures, path: Path) -> None:
    write_atomic(path, xlsx_file(figures))


def record_export(engine: Engine, figures: MonthFigures, path: Path,
                  officer_id: int | None) -> None:  # fmt: skip
    """The export in the audit trail (the command line records it before its files appear)."""
    door.permitted(engine, officer_id, Permission.REPORT_VIEW)
    xlsx = path.suffix.lower() == ".xlsx"
    audit.record(engine, audit.Action.EXPORT, f"report:{figures.month}",
                 {"berkas": path.name, "format": "xlsx" if xlsx else "csv",
                  "baris": len(figures.rows) + len(figures.carried)}, officer_id)  # fmt: skip


def export_month(engine: Engine, figures: MonthFigures, path: Path, officer_id: int | None,
                 delimiter: str = ",") -> Path:  # fmt: skip
    """Write the month as XLSX or CSV (by the file's suffix) and leave the export in the audit
    trail; returns the path written. The file appears only once the export is recorded."""
    door.permitted(engine, officer_id, Permission.REPORT_VIEW)  # before the file is made
    publish_all(
        [(path, month_file(figures, path, delimiter))],
        lambda: record_export(engine, figures, path, officer_id),
    )
    return path
