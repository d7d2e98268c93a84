"""Correcting a complaint's data after intake, with the intake's validation, in one
transaction that records what changed."""

from __future__ import annotations

from sqlalchemy import Engine

from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.db import writing
from pengaduan_desktop.core.lifecycle import follow_received_day
from pengaduan_desktop.core.models import Complaint, Event, Officer
from pengaduan_desktop.core.office import default_officer
from pengaduan_desktop.core.validation import ComplaintInput, validate
from pengaduan_desktop.core.vocabulary import EventKind
from pengaduan_desktop.core.workflow import WorkflowError

COMPLAINT_FIELDS = (
    "received_at", "channel", "form", "service", "category", "summary", "description", "loss",
    "requested_resolution", "event_place", "event_date", "anonymous", "confidential",
    "lapor_tracking_id", "letter_number", "responsible_officer_id", "unit_id",
)  # fmt: skip
COMPLAINANT_FIELDS = ("name", "id_type", "id_number", "address", "phone", "email")
FIELD_LABELS = {
    "received_at": "waktu diterima", "channel": "kanal", "form": "bentuk", "service": "layanan",
    "category": "kategori", "summary": "perihal", "description": "uraian", "loss": "kerugian",
    "requested_resolution": "penyelesaian diminta", "event_place": "tempat kejadian",
    "event_date": "tanggal kejadian", "anonymous": "anonim", "confidential": "kerahasiaan",
    "lapor_tracking_id": "ID LAPOR!", "letter_number": "nomor surat",
    "responsible_officer_id": "pejabat penanggung jawab", "unit_id": "unit", "name": "nama",
    "id_type": "jenis identitas", "id_number": "nomor identitas", "address": "alamat",
    "phone": "telepon", "email": "email",
}  # fmt: skip


def update_complaint(
    engine: Engine,
    complaint_id: int,
    data: ComplaintInput,
    officer_id: int | None,
    expected_version: int,
) -> list[str]:
    """Save corrected data; returns the labels of the fields that changed."""
    d = validate(data)
    with writing(engine) as session:
        c = session.get(Complaint, complaint_id, with_for_update=True)
        if c is None:
            raise LookupError(f"pengaduan {complaint_id} tidak ditemukan")
        if c.version != expected_version:
            raise WorkflowError(
                "pengaduan ini baru saja diubah di meja lain; tutup dan buka kembali lalu ulangi"
            )
        changed = [f for f in COMPLAINT_FIELDS if getattr(c, f) != getattr(d, f)]
        changed += [f for f in COMPLAINANT_FIELDS if getattr(c.complainant, f) != getattr(d, f)]
        if not changed:
            return []
        for field in COMPLAINT_FIELDS:
            setattr(c, field, getattr(d, field))
        for field in COMPLAINANT_FIELDS:
            setattr(c.complainant, field, getattr(d, field))
        c.complainant_name = d.name
        if "received_at" in changed:
            follow_received_day(session, c)
        officer = session.get(Officer, officer_id) if officer_id else default_officer(session)
        labels = [FIELD_LABELS[f] for f in changed]
        c.events.append(Event(kind=EventKind.NOTE, officer=officer, at=now_utc(),
                              text="Data diubah: " + ", ".join(labels)))  # fmt: skip
        return labels
