"""One complainant as a person: found by a complaint's tracking number or by their identity
number. Each complaint stores its own copy of the complainant; the copies that carry the same
identity number (NIK, or an older SIM number) are the same person. A complaint recorded without
an identity number stands alone."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from pengaduan_desktop.core.errors import InvalidValue, NotFound
from pengaduan_desktop.core.identity import clean_digits
from pengaduan_desktop.core.models import Complainant, Complaint

TRACKING = re.compile(r"^\s*ADU-\d{4}-\d{6}\s*$", re.IGNORECASE)
ID_DIGITS = (12, 13, 14, 16)  # an older SIM number, or a NIK
KEY_HELP = "nomor pengaduan (ADU-2026-000042) atau NIK/nomor identitas pengadu"


def find_person(session: Session, key: str) -> list[Complainant]:
    """The complainant rows of one person, oldest first; NotFound or InvalidValue otherwise."""
    if TRACKING.match(key):
        number = key.strip().upper()
        complainant = session.scalar(
            select(Complainant)
            .join(Complaint, Complaint.complainant_id == Complainant.id)
            .where(Complaint.tracking_number == number)
        )  # fmt: skip
        if complainant is None:
            raise NotFound("door.no_complaint", id=number)
        if not complainant.id_number:
            return [complainant]
        return _same_number(session, complainant.id_number)
    digits = clean_digits(key)
    if not digits.isdigit() or len(digits) not in ID_DIGITS:
        raise InvalidValue("complainants.bad_key", key=key)
    found = _same_number(session, digits)
    if not found:
        raise NotFound("complainants.none", digits=digits)
    return found


def _same_number(session: Session, number: str) -> list[Complainant]:
    return list(session.scalars(
        select(Complainant)
        .where(Complainant.id_number == number, Complainant.id_number != "")
        .order_by(Complainant.id)
    ))  # fmt: skip


def complaints_of(session: Session, people: list[Complainant]) -> list[Complaint]:
    ids = [p.id for p in people]
    return list(session.scalars(
        select(Complaint).where(Complaint.complainant_id.in_(ids)).order_by(Complaint.received_at)
    ))  # fmt: skip
