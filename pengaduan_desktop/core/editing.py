"""Correcting a complaint's data after intake, with the intake's validation, in one
transaction that records what changed."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.db import writing
from pengaduan_desktop.core.errors import Conflict, NotFound
from pengaduan_desktop.core.identity import mask_id
from pengaduan_desktop.core.indonesian import date_time, plain_date
from pengaduan_desktop.core.lifecycle import follow_received_day
from pengaduan_desktop.core.models import Complaint, Event, Officer, Unit
from pengaduan_desktop.core.office import default_officer
from pengaduan_desktop.core.privacy import list_copy
from pengaduan_desktop.core.text import cut
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.core.validation import ComplaintInput, validate
from pengaduan_desktop.core.vocabulary import EventKind

COMPLAINT_FIELDS = (
    "received_at", "channel", "form", "service", "category", "summary", "description", "loss",
    "requested_resolution", "event_place", "event_date", "anonymous", "confidential",
    "lapor_tracking_id", "letter_number", "responsible_officer_id", "unit_id",
)  # fmt: skip
COMPLAINANT_FIELDS = ("name", "id_type", "id_number", "address", "phone", "email")
# A field stored twice: compared and shown as typed, and kept normalised beside it for search.
AS_TYPED = {"phone": "phone_typed"}
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


def changed_fields(before: ComplaintInput, after: ComplaintInput) -> list[str]:
    """The fields the officer changed on the form, in form order."""
    return [f for f in FIELD_LABELS if getattr(before, f) != getattr(after, f)]


def update_complaint(
    engine: Engine,
    complaint_id: int,
    before: ComplaintInput,
    after: ComplaintInput,
    officer_id: int | None,
    expected_version: int,
) -> list[str]:
    """Save the fields that differ between `before` (what the form was filled with) and `after`
    (what it holds now), nothing else: a stale copy of a field cannot undo another desk's work
    (a disposition, say). Returns the labels of the fields written; the event names each one
    with its old and new value."""
    touched = changed_fields(before, after)
    if not touched:
        return []
    d = validate(after)
    with writing(engine) as session:
        c = session.get(Complaint, complaint_id, with_for_update=True)
        if c is None:
            raise NotFound(f"pengaduan {complaint_id} tidak ditemukan")
        if c.version != expected_version:
            raise Conflict(
                "pengaduan ini baru saja diubah di meja lain; tutup dan buka kembali lalu ulangi"
            )
        changes: list[str] = []
        labels: list[str] = []
        recorded: dict[str, object] = {}
        for field in touched:
            target = c.complainant if field in COMPLAINANT_FIELDS else c
            shown = AS_TYPED.get(field, field)
            old, new = getattr(target, shown), getattr(d, shown)
            if old == new:
                continue  # the same value once normalized (a summary's trailing spaces)
            setattr(target, field, getattr(d, field))
            setattr(target, shown, new)
            labels.append(FIELD_LABELS[field])
            recorded[FIELD_LABELS[field]] = {"lama": _recorded(session, field, old),
                                             "baru": _recorded(session, field, new)}  # fmt: skip
            changes.append(f"{FIELD_LABELS[field]}: {_shown(session, field, old)} → "
                           f"{_shown(session, field, new)}")  # fmt: skip
        if not changes:
            return []
        if {"name", "anonymous", "confidential"} & set(touched):
            c.complainant_name = list_copy(c.complainant.name, c.anonymous, c.confidential)
        if "received_at" in touched:
            follow_received_day(session, c)
        officer = session.get(Officer, officer_id) if officer_id else default_officer(session)
        c.events.append(Event(kind=EventKind.NOTE, officer=officer, at=now_utc(),
                              text="Data diubah: " + "; ".join(changes)))  # fmt: skip
        audit.append(session, audit.Action.CORRECTION, f"complaint:{c.tracking_number}",
                     {"perubahan": recorded}, officer.id if officer else None)  # fmt: skip
        return labels


def _recorded(session: Session, field: str, value: object) -> object:
    """A value as the audit trail keeps it: whole and exact (times in UTC), but names for
    ids and the identity number masked like on the timeline."""
    if field in ("unit_id", "responsible_officer_id", "id_number") and value not in (None, ""):
        return _shown(session, field, value)
    return value


def _shown(session: Session, field: str, value: object) -> str:
    """A value as the timeline shows it. Identity numbers are masked (UU 27/2022): the
    timeline is read by every officer and goes into exports."""
    if value is None or value == "":
        return "–"
    if field == "unit_id":
        unit = session.get(Unit, value)
        return unit.name if unit else str(value)
    if field == "responsible_officer_id":
        officer = session.get(Officer, value)
        return officer.name if officer else str(value)
    if field == "id_number":
        return mask_id(str(value))
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, datetime):
        return date_time(to_local(value).replace(tzinfo=None))
    if isinstance(value, date):
        return plain_date(value)
    return cut(str(value), 80)
