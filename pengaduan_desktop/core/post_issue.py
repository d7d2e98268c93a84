"""The corrections made to a month's complaints after that month's report was first issued.

The report always counts by the complaints' current values; a re-issue or a preview of an
issued month lists, beside the figures, what was corrected since the Sekda received the first
issue: which complaint, which field, old → new, when, by whom and why. Read from the audit
trail, where every correction is written with its values (core.editing)."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.editing import (
    COMPLAINANT_FIELDS,
    DUE_LABEL,
    FIELD_LABELS,
    VERDICT_LABEL,
)
from pengaduan_desktop.core.indonesian import date_time, plain_date
from pengaduan_desktop.core.models import AuditEntry, IssuedReport, Officer
from pengaduan_desktop.core.text import cut
from pengaduan_desktop.core.timeutil import local_date, to_local
from pengaduan_desktop.core.vocabulary import CHANNEL_LABELS, FORM_LABELS, Channel, Form

RECEIVED_LABEL = FIELD_LABELS["received_at"]
# The complainant's own data never leaves the office in a report: the field is named, its
# values are not.
PERSONAL_LABELS = frozenset(FIELD_LABELS[f] for f in COMPLAINANT_FIELDS)
PERSONAL_CHANGE = "diubah (data pribadi, tidak dicantumkan)"
SUBJECT_PREFIX = "complaint:"
# The trail keeps a correction's fields sorted by name; the report lists them in form order.
ORDER = {label: i for i, label in enumerate([*FIELD_LABELS.values(), DUE_LABEL, VERDICT_LABEL])}


@dataclass(frozen=True)
class FirstIssue:
    number: str
    issued_at: datetime  # local


@dataclass(frozen=True)
class PostIssueCorrection:
    tracking_number: str
    field: str  # the field's label ("waktu diterima", "batas waktu")
    old: str  # as the report prints it ("" for the complainant's personal data)
    new: str
    at: datetime  # local
    officer: str
    reason: str

    @property
    def change(self) -> str:
        """'old → new', or that personal data changed without its values."""
        if self.field in PERSONAL_LABELS:
            return PERSONAL_CHANGE
        return f"{self.old} → {self.new}"


def first_issue(session: Session, year: int, month: int) -> FirstIssue | None:
    row = session.execute(
        select(IssuedReport.letter_number, IssuedReport.issued_at)
        .where(IssuedReport.year == year, IssuedReport.month == month)
        .order_by(IssuedReport.revision).limit(1)
    ).first()  # fmt: skip
    return FirstIssue(row[0], to_local(row[1])) if row else None


def corrections_after(
    session: Session, issued: FirstIssue, first_day: date, last_day: date,
    tracking_numbers: Collection[str],
) -> list[PostIssueCorrection]:  # fmt: skip
    """Corrections written after `issued` to the complaints the month reports now
    (`tracking_numbers`), or whose received time was moved out of the month (the earlier
    issue counted them)."""
    rows = session.execute(
        select(AuditEntry.at, AuditEntry.subject, AuditEntry.detail, Officer.name)
        .outerjoin(Officer, Officer.id == AuditEntry.officer_id)
        .where(AuditEntry.action == audit.Action.CORRECTION, AuditEntry.at > issued.issued_at)
        .order_by(AuditEntry.id)
    ).all()  # fmt: skip
    notes: list[PostIssueCorrection] = []
    for at, subject, detail, officer in rows:
        number = subject.removeprefix(SUBJECT_PREFIX)
        body = json.loads(detail or "{}")
        changes: dict[str, dict[str, object]] = body.get("perubahan", {})
        if number not in tracking_numbers and not _moved_out(changes, first_day, last_day):
            continue
        reason = str(body.get("alasan", ""))
        for label, values in sorted(changes.items(), key=lambda kv: ORDER.get(kv[0], len(ORDER))):
            notes.append(PostIssueCorrection(
                number, label, _printed(label, values.get("lama")),
                _printed(label, values.get("baru")), to_local(at), officer or "", reason,
            ))  # fmt: skip
    return notes


def _moved_out(changes: dict[str, dict[str, object]], first: date, last: date) -> bool:
    values = changes.get(RECEIVED_LABEL, {})
    days = [local_date(datetime.fromisoformat(str(v))) for v in values.values() if v]
    return any(first <= day <= last for day in days)


def _printed(label: str, value: object) -> str:
    """A recorded value as the report prints it."""
    if label in PERSONAL_LABELS:
        return ""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if label == RECEIVED_LABEL:
        return date_time(to_local(datetime.fromisoformat(str(value))).replace(tzinfo=None))
    if label == DUE_LABEL:
        return plain_date(date.fromisoformat(str(value)))
    if label == FIELD_LABELS["channel"] and value in set(Channel):
        return CHANNEL_LABELS[Channel(str(value))]
    if label == FIELD_LABELS["form"] and value in set(Form):
        return FORM_LABELS[Form(str(value))]
    return cut(str(value), 80)
