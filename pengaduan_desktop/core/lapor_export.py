"""The CSV a LAPOR! administrator types from: every complaint that came through SP4N-LAPOR!
with its follow-up, one row per step, in the order the administrator enters them in LAPOR!
(report by report, oldest report first; within a report, step by step in the order they
were recorded), each step named with the LAPOR! action that records it
(docs/lapor.md). Internal notes never leave the office; identities are not in it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

from sqlalchemy import Engine, select

from pengaduan_desktop.core import audit, door
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.files import publish_all
from pengaduan_desktop.core.models import Complaint, ComplaintForward, Event, Officer
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.spreadsheet import csv_bytes
from pengaduan_desktop.core.timeutil import start_of_local_day, to_local
from pengaduan_desktop.core.vocabulary import STATUS_LABELS, EventKind, Status

MIDNIGHT = time(0, 0)
COLUMNS = ("No", "ID Tracking LAPOR!", "Nomor pengaduan BKAD", "Tanggal", "Aksi di LAPOR!",
           "Isi tindak lanjut", "Instansi tujuan", "Petugas", "Status di BKAD")  # fmt: skip
# Each step of ours as the LAPOR! action that records it; steps not listed stay in the office.
LAPOR_ACTIONS: dict[str, str] = {
    EventKind.VERIFIED: "Verifikasi",
    EventKind.HELD: "Tunda",
    EventKind.RESUMED: "Verifikasi (lanjutan tunda)",
    EventKind.FORWARDED: "Bukan wewenang (teruskan ke instansi)",
    EventKind.ARCHIVED: "Arsipkan",
    EventKind.DISPOSED: "Disposisi",
    EventKind.FOLLOW_UP: "Tindak lanjut",
    EventKind.REPLY: "Tindak lanjut (tanggapan kepada pelapor)",
    EventKind.ESCALATED: "Tindak lanjut (eskalasi ke Gubernur)",
    EventKind.RESOLVED: "Selesai",
    EventKind.REJECTED: "Arsipkan (ditolak)",
    EventKind.REOPENED: "Buka kembali",
}


def lapor_rows(engine: Engine, since: date | None = None,
               until: date | None = None) -> Iterator[list[object]]:  # fmt: skip
    """The rows of the file; `since`/`until` (local days, inclusive) pick the steps taken
    then, so that each export holds what is new since the last."""
    where = [Complaint.lapor_tracking_id != "", Event.kind.in_(list(LAPOR_ACTIONS))]
    if since:
        where.append(Event.at >= start_of_local_day(since, at=MIDNIGHT))
    if until:
        where.append(Event.at < start_of_local_day(until + timedelta(days=1), at=MIDNIGHT))
    with reading(engine) as session:
        agencies = dict(session.execute(
            select(ComplaintForward.complaint_id, ComplaintForward.agency)
            .order_by(ComplaintForward.id)).all())  # fmt: skip
        steps = session.execute(
            select(Complaint.id, Complaint.lapor_tracking_id, Complaint.tracking_number,
                   Complaint.status, Event.at, Event.kind, Event.text, Officer.name)
            .join(Event, Event.complaint_id == Complaint.id)
            .outerjoin(Officer, Officer.id == Event.officer_id)
            .where(*where)
            .order_by(Complaint.received_at, Complaint.id, Event.id)
        )  # fmt: skip
        for n, (cid, lapor_id, number, status, at, kind, text, officer) in enumerate(steps, 1):
            agency = agencies.get(cid, "") if kind == EventKind.FORWARDED else ""
            yield [n, lapor_id, number, to_local(at).strftime("%d-%m-%Y %H:%M"),
                   LAPOR_ACTIONS[kind], text, agency, officer or "",
                   STATUS_LABELS[Status(status)]]  # fmt: skip


def lapor_csv(engine: Engine, since: date | None = None, until: date | None = None,
              delimiter: str = ",") -> tuple[bytes, int]:  # fmt: skip
    """The file and how many steps it holds."""
    rows = list(lapor_rows(engine, since, until))
    return csv_bytes(COLUMNS, rows, delimiter), len(rows)


def export_lapor(engine: Engine, path: Path, officer_id: int | None, since: date | None = None,
                 until: date | None = None, delimiter: str = ",") -> int:  # fmt: skip
    """Write the CSV (whole, once the export is in the audit trail); returns the steps."""
    door.permitted(engine, officer_id, Permission.REPORT_VIEW)
    data, count = lapor_csv(engine, since, until, delimiter)
    period = {"dari": since.isoformat() if since else "", "sampai": until.isoformat() if until
              else ""}  # fmt: skip
    publish_all([(path, data)], lambda: audit.record(
        engine, audit.Action.EXPORT, "lapor", {"berkas": path.name, "langkah": count, **period},
        officer_id))  # fmt: skip
    return count
