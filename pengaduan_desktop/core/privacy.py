"""Who sees a confidential complainant's identity (UU 27/2022), and how everyone else sees it.

A complaint marked confidential keeps its complainant's name, identity number, address, phone
and email for two people only: the officer responsible for the complaint and the Pejabat
Pengelola Pengaduan (the role granted Permission.PERSONAL_DATA). Everyone else sees them masked,
and so does everything that leaves a screen: the case list, exports and reports. Each time the
identity is put unmasked before an officer, the audit trail names the officer and the place.

The program itself (officer None: the demo, `init`, the tests' set-up) sees everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.identity import mask_id
from pengaduan_desktop.core.lifecycle import ANONYMOUS, CONFIDENTIAL
from pengaduan_desktop.core.models import Complaint, Officer
from pengaduan_desktop.core.permissions import Permission, can
from pengaduan_desktop.core.validation import ComplaintInput

MASKED = CONFIDENTIAL  # "(dirahasiakan)"
ERASED = "(dihapus)"  # the name left when a complainant's identity was erased


def holds_identity(complaint: Complaint) -> bool:
    """A confidential complaint whose complainant is known and not erased: something to hide."""
    return (
        complaint.confidential
        and not complaint.anonymous
        and complaint.complainant.erased_at is None
    )


def sees_identity(officer: Officer | None, complaint: Complaint) -> bool:
    """Whether `officer` may see this complaint's complainant unmasked."""
    if officer is None or not complaint.confidential:
        return True
    return can(officer.role, Permission.PERSONAL_DATA) or (
        officer.id == complaint.responsible_officer_id
    )


def identity_search_scope(officer: Officer | None) -> list[ColumnElement[bool]]:
    """A search by phone or identity number would tell who complained: for an officer who may
    not see a confidential complainant, it leaves confidential complaints out (except those the
    officer is responsible for)."""
    if officer is None or can(officer.role, Permission.PERSONAL_DATA):
        return []
    return [or_(Complaint.confidential.is_(False), Complaint.responsible_officer_id == officer.id)]


def masked_input(data: ComplaintInput) -> ComplaintInput:
    """The complaint's fields with the complainant's identity hidden."""
    return replace(
        data,
        name=MASKED,
        id_number=mask_id(data.id_number),
        address=MASKED if data.address else "",
        phone=MASKED if data.phone else "",
        email=MASKED if data.email else "",
    )


def secrets_of(*values: str) -> list[str]:
    """The identity values worth hiding inside free text (long enough not to hit words)."""
    found = {v.strip() for v in values if v and len(v.strip()) >= 4}
    return sorted(found, key=len, reverse=True)  # the longest first: a name before its part


@cache
def _identity_changes() -> re.Pattern[str]:
    """A correction's "telepon: 0812… → 0813…" on the timeline (core.editing), for each field
    of the identity, up to the next field's label or the end."""
    from pengaduan_desktop.core.editing import COMPLAINANT_FIELDS, FIELD_LABELS

    identity = "|".join(re.escape(FIELD_LABELS[f]) for f in COMPLAINANT_FIELDS)
    every = "|".join(re.escape(label) for label in FIELD_LABELS.values())
    return re.compile(rf"(?<=: |; )({identity}): .*?(?=; (?:{every}): |$)", re.DOTALL)


def redact(text: str, secrets: Iterable[str], placeholder: str = MASKED) -> str:
    """`text` with each secret replaced, and the old and new values of each identity field
    a correction recorded (values the complainant no longer has)."""
    for secret in secrets:
        text = text.replace(secret, placeholder)
    return _identity_changes().sub(rf"\1: {placeholder}", text)


def list_copy(name: str, anonymous: bool, confidential: bool) -> str:
    """What a complaint keeps as its complainant's name for the case list, its sorting and the
    full-text index (complaint.complainant_name): masked when confidential, so that no list,
    sort order or name search shows who it is. The name itself stays on the complainant."""
    return MASKED if confidential and not anonymous else name


def listed_name(name: str, anonymous: bool, confidential: bool) -> str:
    """The complainant as lists, exports and reports show them: a confidential one masked for
    everyone (a list is seen by whoever passes the screen), an anonymous one as such."""
    if anonymous:
        return ANONYMOUS
    if confidential:
        return MASKED
    return name.strip() or ANONYMOUS


def record_view(session: Session, officer_id: int | None, complaint: Complaint,
                where: str) -> None:  # fmt: skip
    """One audit entry: the confidential identity of `complaint` was shown to the officer."""
    audit.append(session, audit.Action.IDENTITY_VIEW, f"complaint:{complaint.tracking_number}",
                 {"tempat": where}, audit.actor(session, officer_id))  # fmt: skip
