"""What a complaint is made of before it is saved, and its validation. No database here, so
the window can check a form before the database layer is even loaded."""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.errors import FieldErrors
from pengaduan_desktop.core.identity import (
    IdentityError,
    normalize_email,
    normalize_id,
    normalize_phone,
)
from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.timeutil import local_date, local_to_utc
from pengaduan_desktop.core.vocabulary import CLOSED_STATUSES, Channel, Form, Status

MAX_SUMMARY = 300
MAX_PHONE_TYPED = 40  # characters of the phone as typed (the column's width)
MAX_ADDRESS = 300  # characters: what a receipt has room for
ID_NUMBER_REQUIRED = {"KTP": "complaint.nik_required", "SIM": "complaint.sim_required"}
_TEXT_FIELDS = (
    "service", "category", "summary", "description", "loss", "requested_resolution",
    "event_place", "name", "address", "lapor_tracking_id", "letter_number", "result",
)  # fmt: skip


_CHANNELS, _FORMS, _STATUSES = frozenset(Channel), frozenset(Form), frozenset(Status)


@dataclass
class ComplaintInput:
    """A complaint as typed at the desk or read from a file; strings are raw until validated."""

    received_at: datetime
    channel: str
    form: str
    service: str
    category: str
    summary: str
    description: str = ""
    loss: str = ""
    requested_resolution: str = ""
    event_place: str = ""
    event_date: date | None = None
    name: str = ""
    id_type: str = ""
    id_number: str = ""
    address: str = ""
    phone: str = ""  # as typed; once validated E.164 (for search), the typed text in phone_typed
    email: str = ""
    anonymous: bool = False
    confidential: bool = False
    lapor_tracking_id: str = ""
    letter_number: str = ""
    responsible_officer_id: int | None = None
    unit_id: int | None = None
    # Only for complaints already handled elsewhere (import).
    status: str = Status.DITERIMA
    closed_at: datetime | None = None
    result: str = ""
    # Set by validation from `phone`: what the officer typed, stripped. Printed on documents.
    phone_typed: str = ""


class ValidationFailed(FieldErrors):
    """`errors` maps each bad field to its message (core.messages.Text)."""


@dataclass(frozen=True)
class SavedComplaint:
    id: int
    tracking_number: str
    received_at: datetime
    due_date: date


@dataclass
class _Checked:
    data: ComplaintInput
    errors: dict[str, str] = field(default_factory=dict)


def validate(data: ComplaintInput, now: datetime | None = None) -> ComplaintInput:
    """Return a normalized copy, or raise ValidationFailed naming every bad field."""
    c = _Checked(copy(data))  # a shallow copy: every field is a value
    d = c.data
    errors = c.errors
    for name in _TEXT_FIELDS:
        setattr(d, name, (getattr(d, name) or "").strip())
    if d.channel not in _CHANNELS:
        errors["channel"] = Text("complaint.channel")
    if d.form not in _FORMS:
        errors["form"] = Text("complaint.form")
    if not d.service:
        errors["service"] = Text("complaint.service")
    if not d.category:
        errors["category"] = Text("complaint.category")
    if not d.summary:
        errors["summary"] = Text("complaint.summary")
    elif len(d.summary) > MAX_SUMMARY:
        errors["summary"] = Text("complaint.summary_long", limit=MAX_SUMMARY)
    now = now or now_utc()
    if d.received_at.tzinfo is None:
        d.received_at = local_to_utc(d.received_at)
    if d.received_at > now + timedelta(minutes=5):
        errors["received_at"] = Text("complaint.future")
    if d.event_date and d.event_date > local_date(d.received_at):
        errors["event_date"] = Text("complaint.event_date")
    if d.channel == Channel.LAPOR and not d.lapor_tracking_id:
        errors["lapor_tracking_id"] = Text("complaint.lapor_id")
    if d.channel != Channel.LAPOR and d.lapor_tracking_id:
        errors["lapor_tracking_id"] = Text("complaint.lapor_id_only")
    if d.channel != Channel.SURAT and d.letter_number:
        errors["letter_number"] = Text("complaint.letter_number")
    _check_identity(c)
    _check_closure(c)
    if errors:
        raise ValidationFailed(errors)
    return d


def _check_identity(c: _Checked) -> None:
    d, errors = c.data, c.errors
    d.phone_typed = (d.phone or "").strip()
    if len(d.phone_typed) > MAX_PHONE_TYPED:
        errors["phone"] = Text("complaint.phone_long", limit=MAX_PHONE_TYPED)
    for name, check in (("phone", normalize_phone), ("email", normalize_email)):
        try:
            setattr(d, name, check(getattr(d, name)))
        except IdentityError as exc:
            errors[name] = exc.args[0]
    d.id_type = (d.id_type or "").strip().upper()
    if d.id_type and not (d.id_number or "").strip():
        # The document is chosen, its number missing: say which number.
        errors["id_number"] = Text(ID_NUMBER_REQUIRED.get(d.id_type, "complaint.id_required"))
    else:
        try:
            d.id_number = normalize_id(d.id_type, d.id_number or "")
        except IdentityError as exc:
            errors["id_number"] = exc.args[0]
    if len(d.address) > MAX_ADDRESS:
        errors["address"] = Text("complaint.address_long", limit=MAX_ADDRESS)
    if d.anonymous:
        return
    if not d.name:
        errors["name"] = Text("complaint.name")
    if d.channel == Channel.TATAP_MUKA and not d.id_type and "id_number" not in errors:
        errors["id_type"] = Text("complaint.in_person_id")
    if not (d.phone or d.email or d.address) and not {"phone", "email"} & errors.keys():
        errors["phone"] = Text("complaint.contact")


def _check_closure(c: _Checked) -> None:
    d, errors = c.data, c.errors
    if d.status not in _STATUSES:
        errors["status"] = Text("complaint.status", status=d.status)
        return
    if d.status in CLOSED_STATUSES:
        if not d.result:
            errors["result"] = Text("complaint.result")
        if d.closed_at is None:
            errors["closed_at"] = Text("complaint.closed_at")
        else:
            if d.closed_at.tzinfo is None:
                d.closed_at = local_to_utc(d.closed_at)
            if d.closed_at < d.received_at:
                errors["closed_at"] = Text("complaint.closed_early")
    elif d.closed_at is not None:
        errors["closed_at"] = Text("complaint.closed_open")
