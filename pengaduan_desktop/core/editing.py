"""Correcting a complaint's data after intake, with the intake's validation, in one
transaction that records what changed (old → new for each field, and why).

History cannot be rewritten quietly: once the receipt has left the desk (printed or saved, an
EventKind.PRINTED on the timeline) or the complaint is closed, the facts on that paper (when and
how it was received, and who complained) are LOCKED_FIELDS. Only the Pejabat Pengelola
Pengaduan (Permission.CORRECT_LOCKED) changes them, and only with a reason. The window asks
the same rule (correction_rule) to show those fields read-only or to ask for the reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, exists, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.clock import now_utc, today
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import acting_officer, authorise, operation, sees
from pengaduan_desktop.core.errors import Forbidden, NotFound, Stale
from pengaduan_desktop.core.identity import mask_id
from pengaduan_desktop.core.indonesian import date_time, plain_date
from pengaduan_desktop.core.lifecycle import follow_received_day
from pengaduan_desktop.core.messages import Text, render
from pengaduan_desktop.core.models import Complaint, Event, Officer, Unit
from pengaduan_desktop.core.office import default_officer
from pengaduan_desktop.core.permissions import Permission, can, refusal
from pengaduan_desktop.core.privacy import list_copy
from pengaduan_desktop.core.sla import SAID_BY_STATUS, SLA_LABELS, sla_state
from pengaduan_desktop.core.text import cut
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.core.validation import ComplaintInput, ValidationFailed, validate
from pengaduan_desktop.core.vocabulary import CLOSED_STATUSES, EventKind

COMPLAINT_FIELDS = (
    "received_at", "channel", "form", "service", "category", "summary", "description", "loss",
    "requested_resolution", "event_place", "event_date", "anonymous", "confidential",
    "lapor_tracking_id", "letter_number", "responsible_officer_id", "unit_id",
)  # fmt: skip
COMPLAINANT_FIELDS = ("name", "id_type", "id_number", "address", "phone", "email")
# A field stored twice: compared and shown as typed, and kept normalised beside it for search.
AS_TYPED = {"phone": "phone_typed"}
FIELDS = ("received_at", "channel", "form", "service", "category", "summary", "description",
          "loss", "requested_resolution", "event_place", "event_date", "anonymous",
          "confidential", "lapor_tracking_id", "letter_number", "responsible_officer_id",
          "unit_id", "name", "id_type", "id_number", "address", "phone", "email")  # fmt: skip
# Each field's name as the timeline and the audit trail record it (Indonesian, the catalogue's).
FIELD_LABELS = {field: render(f"editing.field.{field}", {}) for field in FIELDS}
# What the receipt states and the register's figures count by: when and how the complaint came
# in (the form follows the channel), and who complained, openly or not. The contact details
# (address, phone, email) stay open to the desk: they change in life, and the reply must reach
# the complainant where they are now; every change is still recorded old → new.
LOCKED_FIELDS = ("received_at", "channel", "form", "name", "id_type", "id_number", "anonymous",
                 "confidential")  # fmt: skip
# Derived values a correction moves, recorded beside the fields (audit keys, report labels).
DUE_LABEL = "batas waktu"
VERDICT_LABEL = "ketepatan waktu"
REASON_LIMIT = 500
PRINTED_LOCK = "tanda bukti pengaduan sudah dicetak"
CLOSED_LOCK = "pengaduan sudah ditutup"
AFTER_CLOSING = Text("editing.after_closing")


def lock_reason(closed: bool, printed: bool) -> str:
    """Why a complaint's LOCKED_FIELDS are fixed, or "" while they are not."""
    return " dan ".join(why for why, held in ((PRINTED_LOCK, printed), (CLOSED_LOCK, closed))
                        if held)  # fmt: skip


def locked_by(session: Session, complaint: Complaint) -> str:
    """lock_reason() of a complaint as it stands in the database."""
    printed = session.scalar(select(exists().where(Event.complaint_id == complaint.id,
                                                   Event.kind == EventKind.PRINTED)))  # fmt: skip
    return lock_reason(complaint.status in CLOSED_STATUSES, bool(printed))


def field_list(fields: list[str]) -> str:
    """'waktu diterima, kanal dan nama'."""
    names = list(dict.fromkeys(Text(f"editing.field.{f}") for f in fields))
    return names[0] if len(names) == 1 else Text("editing.fields", head=names[:-1], last=names[-1])


def locked_refusal(lock: str, fields: list[str]) -> str:
    """The sentence refusing a change of locked fields to whoever may not correct them."""
    return Text("editing.locked", lock=lock, fields=field_list(fields))


@dataclass(frozen=True)
class CorrectionRule:
    """What the acting officer may change on one complaint's data, as the window shows it."""

    lock: str  # lock_reason(): "" while every field is open
    may_edit: bool  # the role may edit complaints, and this one is in its sight
    may_correct_locked: bool
    refusal: str = ""  # why the officer may not edit at all

    @property
    def read_only(self) -> tuple[str, ...]:
        """The fields the officer may not change (LOCKED_FIELDS, or every field)."""
        if not self.may_edit:
            return tuple(FIELD_LABELS)
        return LOCKED_FIELDS if self.lock and not self.may_correct_locked else ()

    @property
    def asks_reason(self) -> bool:
        """A change of a locked field needs a reason (the officer may make it)."""
        return bool(self.lock) and self.may_edit and self.may_correct_locked

    def note(self) -> str:
        """The line the window shows above the form, "" when nothing is locked."""
        if not self.may_edit:
            return self.refusal
        if not self.lock:
            return ""
        held = ("both" if " dan " in self.lock
                else "printed" if self.lock == PRINTED_LOCK else "closed")  # fmt: skip
        who = "reason" if self.may_correct_locked else "pengelola"
        return Text(f"editing.note.{who}", lock=Text(f"editing.lock.{held}"))


def correction_rule(engine: Engine, complaint_id: int, officer_id: int | None) -> CorrectionRule:
    with reading(engine) as session:
        c = session.get(Complaint, complaint_id)
        if c is None:
            raise NotFound("door.no_complaint", id=complaint_id)
        lock = locked_by(session, c)
        try:
            officer = acting_officer(session, officer_id)
        except Forbidden as refused:  # an inactive account
            return CorrectionRule(lock, False, False, str(refused).capitalize())
        if officer is None:
            return CorrectionRule(lock, True, True)
        if not can(officer.role, Permission.EDIT) or not sees(officer, c):
            why = refusal(officer.role, Permission.EDIT)
            return CorrectionRule(lock, False, False, Text("editing.capital", text=why))
        return CorrectionRule(lock, True, can(officer.role, Permission.CORRECT_LOCKED))


def locked_changes(lock: str, touched: list[str]) -> list[str]:
    """Of the fields changed, those the lock holds."""
    return [f for f in touched if f in LOCKED_FIELDS] if lock else []


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
    reason: str = "",
) -> list[str]:
    """Save the fields that differ between `before` (what the form was filled with) and `after`
    (what it holds now), nothing else: a stale copy of a field cannot undo another desk's work
    (a disposition, say). Returns the labels of the fields written; the event and the audit
    entry name each one with its old and new value, and the reason when one is given.

    A change of a locked field (LOCKED_FIELDS, once the receipt was printed or the complaint
    closed) is refused (Forbidden) unless the officer may CORRECT_LOCKED, and then needs a
    `reason` (ValidationFailed on "reason"). A new received time moves the due date with it
    (core.lifecycle); the event records that and the changed on-time verdict too."""
    touched = changed_fields(before, after)
    if not touched:
        return []
    try:
        d = validate(after)
    except ValidationFailed as failed:  # the closing time is not on the form: say it there
        if "closed_at" in failed.errors and "received_at" in touched:
            errors = {k: v for k, v in failed.errors.items() if k != "closed_at"}
            raise ValidationFailed(errors | {"received_at": AFTER_CLOSING}) from None
        raise
    reason = " ".join(reason.split())
    with operation(engine, officer_id, Permission.EDIT) as (session, officer):
        c = session.get(Complaint, complaint_id, with_for_update=True)
        if c is None:
            raise NotFound("door.no_complaint", id=complaint_id)
        authorise(session, officer_id, Permission.EDIT, c)
        if c.version != expected_version:
            raise Stale("workflow.stale")
        diffs = _differences(c, d, touched)
        if not diffs:
            return []
        lock = locked_by(session, c)
        fixed = locked_changes(lock, [f for f, _old, _new in diffs])
        if fixed:
            if officer is not None and not can(officer.role, Permission.CORRECT_LOCKED):
                raise Forbidden(locked_refusal(lock, fixed))
            if not reason:
                raise ValidationFailed({"reason": Text("editing.reason_needed",
                                                       fields=field_list(fixed))})  # fmt: skip
        if len(reason) > REASON_LIMIT:
            raise ValidationFailed({"reason": Text("editing.reason_long", limit=REASON_LIMIT)})
        if "received_at" in touched and c.closed_at is not None and d.received_at > c.closed_at:
            raise ValidationFailed({"received_at": AFTER_CLOSING})
        due, verdict = c.due_date, _verdict(c)
        changes: list[str] = []
        recorded: dict[str, object] = {}
        for field, old, new in diffs:
            target = c.complainant if field in COMPLAINANT_FIELDS else c
            setattr(target, field, getattr(d, field))
            setattr(target, AS_TYPED.get(field, field), new)
            label = FIELD_LABELS[field]
            recorded[label] = {"lama": _recorded(session, field, old),
                               "baru": _recorded(session, field, new)}  # fmt: skip
            changes.append(
                f"{label}: {_shown(session, field, old)} → {_shown(session, field, new)}"
            )
        if {"name", "anonymous", "confidential"} & set(touched):
            c.complainant_name = list_copy(c.complainant.name, c.anonymous, c.confidential)
        if "received_at" in touched:
            follow_received_day(session, c)
        for label, old, new in (
            (DUE_LABEL, due, c.due_date),
            (VERDICT_LABEL, verdict, _verdict(c)),
        ):
            if old != new:
                recorded[label] = {"lama": old, "baru": new}
                changes.append(f"{label}: {_shown(session, label, old)} → "
                               f"{_shown(session, label, new)}")  # fmt: skip
        acting = officer or default_officer(session)
        text = "Data diubah: " + "; ".join(changes) + (f". Alasan: {reason}" if reason else "")
        c.events.append(Event(kind=EventKind.NOTE, officer=acting, at=now_utc(), text=text))
        detail: dict[str, object] = {"perubahan": recorded}
        if reason:
            detail["alasan"] = reason
        audit.append(session, audit.Action.CORRECTION, f"complaint:{c.tracking_number}", detail,
                     acting.id)  # fmt: skip
        return [FIELD_LABELS[field] for field, _old, _new in diffs]


def _differences(
    c: Complaint, d: ComplaintInput, touched: list[str]
) -> list[tuple[str, object, object]]:
    """(field, old, new) for each touched field whose value really changes once normalised
    (a summary's trailing spaces change nothing)."""
    diffs = []
    for field in touched:
        target = c.complainant if field in COMPLAINANT_FIELDS else c
        shown = AS_TYPED.get(field, field)
        old, new = getattr(target, shown), getattr(d, shown)
        if old != new:
            diffs.append((field, old, new))
    return diffs


def _verdict(c: Complaint) -> str:
    """A closed complaint's on-time verdict ("" while open: that one follows the day)."""
    if c.status not in CLOSED_STATUSES:
        return ""
    state = sla_state(c.status, c.due_date, c.closed_at, today())
    return SLA_LABELS[state] if state not in SAID_BY_STATUS else ""


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
