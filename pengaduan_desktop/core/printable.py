"""Plain data for documents, read from the database in one short session. Documents take these
and return PDF bytes; they never see a session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.core.identity import grouped_nip, mask_id
from pengaduan_desktop.core.lifecycle import (
    ReceiptDelivery,
    receipt_delivery,
    shown_complainant,
    shows_contact,
)
from pengaduan_desktop.core.models import Complaint, OfficeProfile, Officer
from pengaduan_desktop.core.office import profile
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.core.vocabulary import CHANNEL_LABELS, FORM_LABELS, Channel, Form


@dataclass(frozen=True)
class Letterhead:
    government: str
    office_name: str
    address: str
    phone: str
    fax: str
    email: str
    website: str
    city: str  # the place name for dates ("Pontianak, 2 Maret 2026")
    logo: bytes | None = None  # the office's own image; None: the built-in one


@dataclass(frozen=True)
class Signatory:
    name: str
    nip: str
    jabatan: str
    pangkat: str = ""  # pangkat/golongan, printed between name and NIP
    on_behalf: str = ""  # "a.n. Kepala Badan ..." when signing for the head


def head_signatory(office: OfficeProfile) -> Signatory:
    return Signatory(office.head_name, grouped_nip(office.head_nip), office.head_jabatan,
                     office.head_pangkat)  # fmt: skip


def officer_signatory(officer: Officer) -> Signatory:
    return Signatory(officer.name, grouped_nip(officer.nip), officer.jabatan, officer.pangkat)


@dataclass(frozen=True)
class ReceiptData:
    letterhead: Letterhead
    tracking_number: str
    received_at: datetime  # local (WIB)
    channel: str  # label
    form: str  # label
    complainant_name: str
    id_label: str  # "KTP 6171************01" or ""
    phone: str  # as the officer typed it; "" when none or not to be shown
    address: str  # "" when none or not to be shown
    email: str
    service: str
    summary: str
    lapor_tracking_id: str
    letter_number: str
    sla_days: int
    due_date: date
    responsible: Signatory
    receiver: Signatory
    anonymous: bool
    delivery: ReceiptDelivery = ReceiptDelivery.HANDED  # the complainant signs only if handed


def letterhead(session: Session) -> Letterhead:
    o = profile(session)
    return Letterhead(
        o.government,
        o.office_name,
        o.address,
        o.phone,
        o.fax,
        o.email,
        o.website,
        o.city,
        o.logo,
    )


def receipt_data(engine: Engine, tracking_number: str) -> ReceiptData:
    with reading(engine) as session:
        c = session.scalars(
            select(Complaint).where(Complaint.tracking_number == tracking_number.strip().upper())
        ).one_or_none()
        if c is None:
            raise NotFound("door.no_complaint", id=tracking_number)
        who = c.complainant
        id_label = f"{who.id_type} {mask_id(who.id_number)}" if who.id_number else ""
        contact = shows_contact(c.anonymous, c.confidential)
        phone, address, email = (who.phone_shown, who.address, who.email) if contact else ("",) * 3
        return ReceiptData(
            letterhead=letterhead(session),
            tracking_number=c.tracking_number,
            received_at=to_local(c.received_at),
            channel=CHANNEL_LABELS[Channel(c.channel)],
            form=FORM_LABELS[Form(c.form)],
            complainant_name=shown_complainant(who.name, c.anonymous, c.confidential),
            id_label=id_label,
            phone=phone,
            address=address,
            email=email,
            service=c.service,
            summary=c.summary,
            lapor_tracking_id=c.lapor_tracking_id,
            letter_number=c.letter_number,
            sla_days=profile(session).sla_days,
            due_date=c.due_date,
            responsible=officer_signatory(c.responsible_officer),
            receiver=officer_signatory(c.receiving_officer),
            anonymous=c.anonymous,
            delivery=receipt_delivery(c.channel, bool(who.phone or who.email or who.address)),
        )
