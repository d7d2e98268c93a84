"""What a lembar disposisi (disposition sheet) shows for each complaint, read for the one who
prints it, and the timeline entry its printing leaves (documents.disposition_sheet draws it).

The form follows the usual model of the daerah's tata naskah dinas (Surat dari, Nomor surat,
Diterima tanggal, Nomor agenda, Sifat, Perihal, Diteruskan kepada, Dengan hormat harap, Isi
disposisi, Catatan, paraf with the date). A complaint has no incoming letter of its own in
most channels, so: "Surat/pengaduan dari" is the complainant as lists show them (a
confidential one masked: the sheet travels to the unit), the Nomor agenda is the complaint's
tracking number (the complaints register is the desk's agenda of what comes in), the Nomor
surat is the complainant's letter number when the complaint came by letter. "Diteruskan
kepada", "Isi disposisi" and the unit's reply deadline (Batas balasan unit, as
core.step_deadlines counts it) come from the latest disposition, and stay empty lines to be
written by hand while the complaint has none."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import acting_officer, authorise, operation, sees, unseen
from pengaduan_desktop.core.errors import Forbidden, InvalidValue, NotFound
from pengaduan_desktop.core.lifecycle import is_open
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.office import default_officer, load_calendar
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.printable import Letterhead, Signatory, letterhead, officer_signatory
from pengaduan_desktop.core.privacy import listed_name
from pengaduan_desktop.core.step_deadlines import Step, StepDeadline, load_steps
from pengaduan_desktop.core.timeutil import to_local
from pengaduan_desktop.core.vocabulary import CHANNEL_LABELS, Channel, EventKind

MOST = 500  # sheets in one document
PRINTED_TEXT = "Lembar disposisi dicetak"


@dataclass(frozen=True)
class SheetData:
    tracking_number: str
    received: date
    sender: str  # the complainant as lists show them
    channel: str  # its label
    letter_number: str
    summary: str
    due: date
    unit: str  # "" until disposed
    instruction: str  # the latest disposition's text, without "Kepada <unit>: "
    disposed_on: date | None
    confidential: bool
    urgent: bool  # overdue, or due within the next working days: "Segera"
    reply_due: date | None = None  # the unit's reply deadline (core.step_deadlines)


@dataclass(frozen=True)
class Sheets:
    letterhead: Letterhead
    signatory: Signatory  # the Pejabat Pengelola Pengaduan, who gives the disposition
    sheets: tuple[SheetData, ...]


def _instruction(text: str, unit: str) -> str:
    prefix = f"Kepada {unit}: "
    return text[len(prefix) :] if unit and text.startswith(prefix) else text


def _reply_due(steps: Sequence[StepDeadline]) -> date | None:
    """The deadline of the latest disposition's reply step."""
    replies = [s for s in steps if s.step is Step.UNIT_REPLY]
    return replies[-1].due if replies else None


def disposition_sheets(
    engine: Engine, complaint_ids: Sequence[int], viewer_id: int | None, today: date
) -> Sheets:
    """The sheets of the complaints, in the order given; refused (Forbidden) when the viewer
    may not see one of them."""
    ids = list(dict.fromkeys(complaint_ids))
    if not ids:
        raise InvalidValue("sheets.none")
    if len(ids) > MOST:
        raise InvalidValue("sheets.too_many", most=MOST)
    with reading(engine) as session:
        officer = acting_officer(session, viewer_id)
        found = {c.id: c for c in session.scalars(select(Complaint).where(Complaint.id.in_(ids)))}
        steps = load_steps(session, list(found.values()), load_calendar(session))
        sheets = []
        for complaint_id in ids:
            c = found.get(complaint_id)
            if c is None:
                raise NotFound("door.no_complaint", id=complaint_id)
            if not sees(officer, c):
                raise Forbidden(unseen(c))
            unit = c.unit.name if c.unit is not None else ""
            disposed = session.scalars(
                select(Event)
                .where(Event.complaint_id == c.id, Event.kind == EventKind.DISPOSED)
                .order_by(Event.at.desc(), Event.id.desc())
                .limit(1)
            ).first()
            sheets.append(
                SheetData(
                    c.tracking_number,
                    to_local(c.received_at).date(),
                    listed_name(c.complainant_name, c.anonymous, c.confidential),
                    CHANNEL_LABELS[Channel(c.channel)],
                    c.letter_number or "",
                    c.summary,
                    c.due_date,
                    unit,
                    _instruction(disposed.text, unit) if disposed else "",
                    to_local(disposed.at).date() if disposed else None,
                    c.confidential,
                    is_open(c.status) and (c.due_date - today).days <= 1,
                    _reply_due(steps[c.id]) if disposed else None,
                )
            )
        return Sheets(
            letterhead(session), officer_signatory(default_officer(session)), tuple(sheets)
        )


def record_sheets_printed(
    engine: Engine, numbers: Sequence[str], how: str, officer_id: int | None
) -> None:
    """One transaction: "Lembar disposisi dicetak" (or saved) on each complaint's timeline,
    with its audit entry."""
    with operation(engine, officer_id, Permission.LETTERS) as (session, acting):
        complaints = session.scalars(
            select(Complaint).where(Complaint.tracking_number.in_(list(numbers)))
        ).all()
        if len(complaints) != len(set(numbers)):
            raise NotFound("sheets.missing")
        officer = (acting or default_officer(session)).id
        text = f"{PRINTED_TEXT} ({how})" if how else PRINTED_TEXT
        for c in complaints:
            authorise(session, officer_id, Permission.LETTERS, c)
            session.add(
                Event(complaint_id=c.id, kind=EventKind.PRINTED, officer_id=officer, text=text)
            )
            audit.append(
                session,
                audit.Action.PRINT,
                f"complaint:{c.tracking_number}",
                {"teks": text},
                officer,
            )
