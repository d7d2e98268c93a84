"""The data of the two letters a complaint can need: the response carrying the follow-up
result (surat tanggapan) and the escalation to the Governor via the Sekda (surat eskalasi)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.errors import NotFound, WorkflowError
from pengaduan_desktop.core.identity import mask_id
from pengaduan_desktop.core.indonesian import plain_date
from pengaduan_desktop.core.lifecycle import (
    CONFIDENTIAL,
    LETTER_CONDITIONS,
    OUTSIDE_STEPS,
    Audience,
    Letter,
    letter_exists,
    shown_complainant,
    shows_identity,
)
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.office import profile
from pengaduan_desktop.core.printable import (
    Letterhead,
    Signatory,
    head_signatory,
    letterhead,
    officer_signatory,
)
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.core.vocabulary import EVENT_LABELS, STATUS_LABELS, EventKind, Status


@dataclass(frozen=True)
class LetterData:
    letterhead: Letterhead
    number: str
    place_date: str
    subject: str
    recipient: list[str]
    paragraphs: list[str]
    facts: list[tuple[str, str]]  # a small table of the complaint's particulars
    closing: list[str]
    signatory: Signatory
    copies: list[str]


class LetterNotAvailable(WorkflowError):
    """The complaint is not in a state that calls for this letter."""


LETTER_STEP_LABELS = {EventKind.FOLLOW_UP: "Tindak lanjut", EventKind.REPLY: "Tanggapan"}


def response_letter(engine: Engine, complaint_id: int) -> LetterData:
    with reading(engine) as session:
        c = _complaint(session, complaint_id)
        _check_exists(Letter.RESPONSE, c)
        who = c.complainant
        name = shown_complainant(who.name, c.anonymous, c.confidential, Audience.ADDRESSEE)
        closed = to_local(c.closed_at).date() if c.closed_at else clock.today()
        officer = c.responsible_officer
        head = letterhead(session)
        # What was done and what the complainant was already told, in order; never the notes.
        follow_ups = [
            (LETTER_STEP_LABELS[EventKind(kind)], f"{plain_date(to_local(at).date())}: {text}")
            for kind, at, text in session.execute(
                select(Event.kind, Event.at, Event.text)
                .where(Event.complaint_id == c.id, Event.kind.in_(LETTER_STEP_LABELS))
                .order_by(Event.at, Event.id))
        ]  # fmt: skip
        return LetterData(
            letterhead=head,
            number=f"{c.tracking_number}/TGP",
            place_date=f"{head.city}, {plain_date(closed)}",
            subject=f"Tanggapan atas Pengaduan Nomor {c.tracking_number}",
            recipient=["Kepada Yth.", f"Sdr./Sdri. {name}"]
            + ([who.address] if who.address and not c.anonymous else [])
            + ["di tempat"],
            paragraphs=[
                f"Menindaklanjuti pengaduan Saudara/Saudari yang kami terima pada tanggal "
                f"{plain_date(to_local(c.received_at).date())} dengan nomor pengaduan "
                f"{c.tracking_number}, perihal \u201c{c.summary}\u201d, bersama ini kami "
                "sampaikan hasil tindak lanjut sebagai berikut:",
            ],
            facts=[*follow_ups, ("Hasil tindak lanjut", c.result)],
            closing=[
                "Demikian kami sampaikan. Atas perhatian dan partisipasi Saudara/Saudari dalam "
                "meningkatkan mutu pelayanan publik di lingkungan Badan Keuangan dan Aset "
                "Daerah Provinsi Kalimantan Barat, kami ucapkan terima kasih.",
            ],
            signatory=officer_signatory(officer),
            copies=["Kepala Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat"],
        )


def escalation_letter(engine: Engine, complaint_id: int, today: date | None = None) -> LetterData:
    with reading(engine) as session:
        c = _complaint(session, complaint_id)
        today = today or clock.today()
        _check_exists(Letter.ESCALATION, c)
        office = profile(session)
        head = letterhead(session)
        escalated = session.scalar(
            select(Event.at).where(Event.complaint_id == c.id, Event.kind == EventKind.ESCALATED)
            .order_by(Event.at.desc()).limit(1)
        )  # fmt: skip
        letter_day = to_local(escalated).date() if escalated else today
        who = c.complainant
        complainant = shown_complainant(who.name, c.anonymous, c.confidential, Audience.OUTSIDE)
        shown = shows_identity(c.confidential, Audience.OUTSIDE)
        identity = f"{who.id_type} {mask_id(who.id_number)}" if who.id_number else "–"
        last = session.execute(
            select(Event.kind, Event.at, Event.text).where(
                Event.complaint_id == c.id, Event.kind.in_(OUTSIDE_STEPS))
            .order_by(Event.at.desc(), Event.id.desc()).limit(1)
        ).one_or_none()  # fmt: skip
        last_step = (
            f"{EVENT_LABELS[EventKind(last.kind)]}, {plain_date(to_local(last.at).date())}"
            + (f": {last.text}" if last.text else "")
            if last
            else "–"
        )
        return LetterData(
            letterhead=head,
            number=f"{c.tracking_number}/ESK",
            place_date=f"{head.city}, {plain_date(letter_day)}",
            subject=f"Penerusan Pengaduan Nomor {c.tracking_number} yang Melewati Batas Waktu",
            recipient=[
                "Kepada Yth.",
                "Gubernur Kalimantan Barat",
                "melalui Sekretaris Daerah Provinsi Kalimantan Barat",
                "di Pontianak",
            ],
            paragraphs=[
                "Sesuai Standar Pelayanan Pengelolaan Pengaduan Pelayanan Publik pada Badan "
                "Keuangan dan Aset Daerah Provinsi Kalimantan Barat, pengaduan yang belum "
                f"ditanggapi dalam {office.sla_days} hari kerja sejak diterima dapat "
                "dilanjutkan kepada Gubernur Kalimantan Barat melalui Sekretaris Daerah "
                "Provinsi Kalimantan Barat. Bersama ini kami teruskan pengaduan berikut:",
            ],
            facts=[
                ("Nomor pengaduan", c.tracking_number),
                ("Diterima", plain_date(to_local(c.received_at).date())),
                ("Pengadu", complainant),
                ("Identitas", identity if shown else CONFIDENTIAL),
                ("Perihal", c.summary),
                ("Batas waktu", plain_date(c.due_date)),
                ("Status terakhir", STATUS_LABELS[Status(c.status)]),
                ("Langkah terakhir", last_step),
            ],
            closing=[
                "Kami mohon arahan Bapak Gubernur untuk penyelesaian pengaduan tersebut. "
                "Demikian kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.",
            ],
            signatory=head_signatory(office),
            copies=["Pengadu", "Pejabat Pengelola Pengaduan BKAD Provinsi Kalimantan Barat"],
        )


def _check_exists(letter: Letter, c: Complaint) -> None:
    if not letter_exists(letter, c.status, c.result):
        raise LetterNotAvailable(LETTER_CONDITIONS[letter])


def _complaint(session: object, complaint_id: int) -> Complaint:
    c = session.get(Complaint, complaint_id)  # type: ignore[attr-defined]
    if c is None:
        raise NotFound(f"pengaduan {complaint_id} tidak ditemukan")
    assert isinstance(c, Complaint)
    return c
