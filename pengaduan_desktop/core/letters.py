"""The data of the three letters a complaint can need, laid out as a surat dinas of the Tata
Naskah Dinas (docs/TATA_NASKAH.md): the response carrying the follow-up result (surat
tanggapan), the notice to a rejected complaint (surat pemberitahuan penolakan), and the
escalation to the Governor via the Sekda (surat eskalasi).

Numbers come from the agenda register (core.agenda). A letter printed or saved is *issued*: it
takes its number in one short write transaction, and every later print shows that number and
that date. A preview is not an issue: it shows the number the letter already has, or the one it
would take today, and uses nothing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.agenda import LetterKind, first_entry, peek_number, register
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import complaint_for, operation
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
from pengaduan_desktop.core.models import Complaint, Event, OfficeProfile
from pengaduan_desktop.core.office import load_calendar, profile
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.printable import (
    Letterhead,
    Signatory,
    head_signatory,
    letterhead,
    officer_signatory,
)
from pengaduan_desktop.core.rejection import DETAIL_LABELS, RejectionKind
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.core.vocabulary import EVENT_LABELS, EventKind

# TND: Sifat of an ordinary letter, and Lampiran when nothing is attached.
NATURE = "Biasa"
NO_ATTACHMENT = "\u2013"
TO_THE_PUBLIC = "di Tempat"  # a letter to a person: delivered to their own address
GOVERNOR = ("Gubernur Kalimantan Barat", "melalui Sekretaris Daerah Provinsi Kalimantan Barat")
GOVERNOR_PLACE = "di Pontianak"  # the seat of the Governor: TND names the addressee's town

LETTER_KINDS: dict[Letter, LetterKind] = {
    Letter.RESPONSE: LetterKind.TANGGAPAN,
    Letter.REJECTION: LetterKind.PENOLAKAN,
    Letter.ESCALATION: LetterKind.ESKALASI,
    Letter.FORWARDING: LetterKind.PENERUSAN,
}
LETTER_NAMES: dict[Letter, str] = {
    Letter.RESPONSE: "Surat tanggapan",
    Letter.REJECTION: "Surat pemberitahuan penolakan",
    Letter.ESCALATION: "Surat eskalasi",
    Letter.FORWARDING: "Surat penerusan",
}


@dataclass(frozen=True)
class LetterData:
    letterhead: Letterhead
    number: str
    place_date: str
    subject: str  # Hal
    recipient: list[str]  # "Yth. ..." and the lines after it, the last one "di ..."
    paragraphs: list[str]
    facts: list[tuple[str, str]]  # a small table of the complaint's particulars
    closing: list[str]
    signatory: Signatory
    copies: list[str]  # Tembusan Yth.
    nature: str = NATURE  # Sifat
    attachments: str = NO_ATTACHMENT  # Lampiran


@dataclass(frozen=True)
class Issue:
    """The letter's place in the agenda register: its number and its date."""

    number: str
    day: date


class LetterNotAvailable(WorkflowError):
    """The complaint is not in a state that calls for this letter."""


LETTER_STEP_LABELS = {EventKind.FOLLOW_UP: "Tindak lanjut", EventKind.REPLY: "Tanggapan"}
# The steps an escalation tells: what may leave the office, without the receipt itself.
ESCALATION_STEPS = tuple(kind for kind in OUTSIDE_STEPS if kind != EventKind.RECEIVED)


def issue_letter(engine: Engine, letter: Letter, complaint_id: int,
                 officer_id: int | None = None) -> LetterData:  # fmt: skip
    """Printing or saving: the letter takes its agenda number (or finds the one it was first
    issued with) in one short write transaction, then its data is read."""
    with operation(engine, officer_id, Permission.LETTERS) as (session, _officer):
        c = complaint_for(session, officer_id, Permission.LETTERS, complaint_id)
        _check_exists(letter, c)
        entry = register(session, LETTER_KINDS[letter], clock.today(), _subject(letter, c),
                         c.id, officer_id)  # fmt: skip
        issued = Issue(entry.number, entry.issued_on)
    return letter_data(engine, letter, complaint_id, issued)


def letter_data(engine: Engine, letter: Letter, complaint_id: int,
                issued: Issue | None = None) -> LetterData:  # fmt: skip
    """The letter as it reads. Without `issued` (a preview): the number it was issued with,
    else the number it would take today; nothing is written."""
    with reading(engine) as session:
        c = _complaint(session, complaint_id)
        _check_exists(letter, c)
        if issued is None:
            issued = _draft_issue(session, letter, c)
        build = {Letter.RESPONSE: _response, Letter.REJECTION: _rejection,
                 Letter.ESCALATION: _escalation,
                 Letter.FORWARDING: _forwarding}[letter]  # fmt: skip
        return build(session, c, issued)


def _draft_issue(session: Session, letter: Letter, c: Complaint) -> Issue:
    kind = LETTER_KINDS[letter]
    entry = first_entry(session, kind, c.id)
    if entry is not None:
        return Issue(entry.number, entry.issued_on)
    today = clock.today()
    return Issue(peek_number(session, kind, today), today)


def _subject(letter: Letter, c: Complaint) -> str:
    if letter == Letter.RESPONSE:
        return f"Tanggapan atas Pengaduan Nomor {c.tracking_number}"
    if letter == Letter.REJECTION:
        return f"Pemberitahuan atas Pengaduan Nomor {c.tracking_number}"
    if letter == Letter.FORWARDING:
        return f"Penerusan Pengaduan Nomor {c.tracking_number}"
    return f"Penerusan Pengaduan Nomor {c.tracking_number} yang Melewati Batas Waktu"


def _to_the_complainant(c: Complaint) -> list[str]:
    """Yth., the name (or "Pengadu"), the address when it may be shown, di Tempat."""
    who = c.complainant
    name = shown_complainant(who.name, c.anonymous, c.confidential, Audience.ADDRESSEE)
    address = [line.strip() for line in who.address.splitlines() if line.strip()]
    return [f"Yth. Sdr./Sdri. {name}", *(address if not c.anonymous else []), TO_THE_PUBLIC]


def _for_the_head(office: OfficeProfile, signer: Signatory) -> Signatory:
    """The Pejabat Pengelola signs a letter to the public for the head of the agency (a.n.)."""
    return Signatory(signer.name, signer.nip, signer.jabatan, signer.pangkat,
                     on_behalf=f"a.n. {office.head_jabatan}")  # fmt: skip


def _received(c: Complaint) -> date:
    return to_local(c.received_at).date()


def _opening(c: Complaint) -> str:
    return (
        "Menindaklanjuti pengaduan Saudara/Saudari yang kami terima pada tanggal "
        f"{plain_date(_received(c))} dengan nomor pengaduan {c.tracking_number}, perihal "
        f"\u201c{c.summary}\u201d,"
    )


THANKS = (
    "Demikian kami sampaikan. Atas perhatian dan partisipasi Saudara/Saudari dalam "
    "meningkatkan mutu pelayanan publik di lingkungan Badan Keuangan dan Aset Daerah Provinsi "
    "Kalimantan Barat, kami ucapkan terima kasih."
)


def _steps(session: Session, c: Complaint, kinds: Iterable[str]) -> list[tuple[str, datetime, str]]:
    """The complaint's steps of these kinds, oldest first (the letters name which may leave
    the office: never the internal notes)."""
    rows = session.execute(
        select(Event.kind, Event.at, Event.text)
        .where(Event.complaint_id == c.id, Event.kind.in_(kinds))
        .order_by(Event.at, Event.id))  # fmt: skip
    return [(kind, at, text) for kind, at, text in rows]


def _response(session: Session, c: Complaint, issued: Issue) -> LetterData:
    head, office = letterhead(session), profile(session)
    # What was done and what the complainant was already told, in order; never the notes.
    follow_ups = [
        (LETTER_STEP_LABELS[EventKind(kind)], f"{plain_date(to_local(at).date())}: {text}")
        for kind, at, text in _steps(session, c, LETTER_STEP_LABELS)
    ]
    return LetterData(
        letterhead=head,
        number=issued.number,
        place_date=f"{head.city}, {plain_date(issued.day)}",
        subject=_subject(Letter.RESPONSE, c),
        recipient=_to_the_complainant(c),
        paragraphs=[
            f"{_opening(c)} bersama ini kami sampaikan hasil tindak lanjut sebagai berikut:"
        ],
        facts=[*follow_ups, ("Hasil tindak lanjut", c.result)],
        closing=[THANKS],
        signatory=_for_the_head(office, officer_signatory(c.responsible_officer)),
        copies=[office.head_jabatan],
    )


def _rejection(session: Session, c: Complaint, issued: Issue) -> LetterData:
    head, office = letterhead(session), profile(session)
    kind = RejectionKind(c.rejection_kind) if c.rejection_kind else RejectionKind.LAINNYA
    reason = c.rejection_reason or c.result
    detail = c.rejection_detail.strip()
    label = DETAIL_LABELS[kind]
    facts = [
        ("Nomor pengaduan", c.tracking_number),
        ("Diterima", plain_date(_received(c))),
        ("Alasan", reason),
    ]
    if detail:
        facts.append((label[:1].upper() + label[1:], detail))
    copies = [office.head_jabatan]
    closing = []
    if kind == RejectionKind.KEWENANGAN:
        closing.append(
            "Pokok pengaduan tersebut bukan merupakan kewenangan Badan Keuangan dan Aset "
            "Daerah Provinsi Kalimantan Barat. "
            + ("Pengaduan Saudara/Saudari telah kami teruskan kepada instansi tersebut di atas "
               "untuk ditindaklanjuti sesuai dengan kewenangannya."
               if detail else "Saudara/Saudari dapat menyampaikannya kepada instansi yang "
               "berwenang.")
        )  # fmt: skip
        copies += [detail] if detail else []
    elif kind == RejectionKind.TIDAK_LENGKAP:
        closing.append(
            "Saudara/Saudari dapat menyampaikan kembali pengaduan tersebut setelah "
            + ("melengkapi hal-hal tersebut di atas" if detail else "dilengkapi")
            + ", dengan datang langsung, melalui surat, surel, atau kanal pengaduan BKAD "
            "lainnya."
        )
    return LetterData(
        letterhead=head,
        number=issued.number,
        place_date=f"{head.city}, {plain_date(issued.day)}",
        subject=_subject(Letter.REJECTION, c),
        recipient=_to_the_complainant(c),
        paragraphs=[
            f"{_opening(c)} dengan hormat kami beritahukan bahwa pengaduan tersebut tidak "
            "dapat kami tindak lanjuti, dengan keterangan sebagai berikut:"
        ],
        facts=facts,
        closing=[*closing, THANKS],
        signatory=_for_the_head(office, officer_signatory(c.responsible_officer)),
        copies=copies,
    )


def open_for(session: Session, c: Complaint, day: date) -> str:
    """How long the complaint has been open on `day`: working days on the office calendar
    (the rule of the due date) and calendar days, since the day it was received."""
    received = _received(c)
    working = load_calendar(session).working_days_between(received, day)
    return (
        f"{working} hari kerja ({(day - received).days} hari kalender) sejak diterima "
        f"{plain_date(received)}"
    )


def _escalation(session: Session, c: Complaint, issued: Issue) -> LetterData:
    office, head = profile(session), letterhead(session)
    who = c.complainant
    complainant = shown_complainant(who.name, c.anonymous, c.confidential, Audience.OUTSIDE)
    shown = shows_identity(c.confidential, Audience.OUTSIDE)
    identity = f"{who.id_type} {mask_id(who.id_number)}" if who.id_number else "\u2013"
    reason = session.scalar(
        select(Event.text).where(Event.complaint_id == c.id, Event.kind == EventKind.ESCALATED)
        .order_by(Event.at.desc(), Event.id.desc()).limit(1)
    )  # fmt: skip
    steps = [
        f"{plain_date(to_local(at).date())} \u2013 {EVENT_LABELS[EventKind(kind)]}"
        + (f": {text}" if text else "")
        for kind, at, text in _steps(session, c, ESCALATION_STEPS)
    ]
    return LetterData(
        letterhead=head,
        number=issued.number,
        place_date=f"{head.city}, {plain_date(issued.day)}",
        subject=_subject(Letter.ESCALATION, c),
        recipient=[f"Yth. {GOVERNOR[0]}", *GOVERNOR[1:], GOVERNOR_PLACE],
        paragraphs=[
            "Sesuai Standar Pelayanan Pengelolaan Pengaduan Pelayanan Publik pada Badan "
            "Keuangan dan Aset Daerah Provinsi Kalimantan Barat, pengaduan yang belum "
            f"ditanggapi dalam {office.sla_days} hari kerja sejak diterima dapat "
            "dilanjutkan kepada Gubernur Kalimantan Barat melalui Sekretaris Daerah "
            "Provinsi Kalimantan Barat. Bersama ini kami teruskan pengaduan berikut:",
        ],
        facts=[
            ("Nomor pengaduan", c.tracking_number),
            ("Pengadu", complainant),
            ("Identitas", identity if shown else CONFIDENTIAL),
            ("Perihal", c.summary),
            ("Batas waktu", plain_date(c.due_date)),
            ("Lama pengaduan", open_for(session, c, issued.day)),
            ("Alasan eskalasi", reason or "\u2013"),
            ("Langkah yang telah diambil", "\n".join(steps) or "\u2013"),
        ],
        closing=[
            "Kami mohon arahan Bapak Gubernur untuk penyelesaian pengaduan tersebut. "
            "Demikian kami sampaikan, atas perhatian Bapak kami ucapkan terima kasih.",
        ],
        signatory=head_signatory(office),
        copies=[
            f"Sdr./Sdri. {complainant} (pengadu)" if shown and not c.anonymous else "Pengadu",
            "Pejabat Pengelola Pengaduan BKAD Provinsi Kalimantan Barat",
        ],
    )


def _forwarding(session: Session, c: Complaint, issued: Issue) -> LetterData:
    """To the agency whose authority the complaint is (SP4N-LAPOR!: "bukan wewenang"), the
    complainant and the head of BKAD in copy."""
    from pengaduan_desktop.core.lapor_steps import forwarded_to

    office, head = profile(session), letterhead(session)
    forward = forwarded_to(session, c.id)
    agency = forward.agency if forward is not None else "Instansi yang berwenang"
    who = c.complainant
    complainant = shown_complainant(who.name, c.anonymous, c.confidential, Audience.OUTSIDE)
    shown = shows_identity(c.confidential, Audience.OUTSIDE) and not c.anonymous
    contact = who.phone_shown or who.email if shown else ""
    facts = [
        ("Nomor pengaduan", c.tracking_number),
        *([("ID SP4N-LAPOR!", c.lapor_tracking_id)] if c.lapor_tracking_id else []),
        ("Diterima", plain_date(_received(c))),
        ("Pengadu", complainant),
        *([("Kontak pengadu", contact)] if contact else []),
        ("Perihal", c.summary),
        ("Uraian", c.description.strip() or "\u2013"),
        ("Alasan diteruskan", forward.reason if forward is not None and forward.reason
         else "\u2013"),
    ]  # fmt: skip
    return LetterData(
        letterhead=head,
        number=issued.number,
        place_date=f"{head.city}, {plain_date(issued.day)}",
        subject=_subject(Letter.FORWARDING, c),
        recipient=[f"Yth. {agency}", "di Tempat"],
        paragraphs=[
            "Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat telah menerima "
            "pengaduan masyarakat yang pokok permasalahannya bukan merupakan kewenangan kami. "
            "Sesuai dengan ketentuan pengelolaan pengaduan pelayanan publik (SP4N-LAPOR!), "
            "bersama ini kami teruskan pengaduan tersebut untuk ditindaklanjuti sesuai dengan "
            "kewenangan Saudara:",
        ],
        facts=facts,
        closing=[
            "Kami mohon kiranya tindak lanjut atas pengaduan tersebut dapat disampaikan "
            "langsung kepada pengadu. Demikian kami sampaikan, atas perhatian dan kerja "
            "samanya kami ucapkan terima kasih.",
        ],
        signatory=_for_the_head(office, officer_signatory(c.responsible_officer)),
        copies=[
            f"Sdr./Sdri. {complainant} (pengadu)" if shown else "Pengadu",
            office.head_jabatan,
        ],
    )


def complaint_id(engine: Engine, tracking_number: str) -> int:
    """The complaint with this tracking number (as the officer typed it)."""
    number = tracking_number.strip().upper()
    with reading(engine) as session:
        found = session.scalar(select(Complaint.id).where(Complaint.tracking_number == number))
    if found is None:
        raise NotFound("door.no_complaint", id=tracking_number)
    return found


def _check_exists(letter: Letter, c: Complaint) -> None:
    if not letter_exists(letter, c.status, c.result):
        raise LetterNotAvailable(LETTER_CONDITIONS[letter])


def _complaint(session: Session, complaint_id: int) -> Complaint:
    c = session.get(Complaint, complaint_id)
    if c is None:
        raise NotFound("door.no_complaint", id=complaint_id)
    return c
