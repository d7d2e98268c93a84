"""Why a complaint can be rejected: the kinds the rejection letter distinguishes, and the
editable list of reasons the officer chooses from."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import Conflict, InvalidValue, NotFound
from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.models import RejectionReason
from pengaduan_desktop.core.permissions import Permission


class RejectionKind(StrEnum):
    KEWENANGAN = "kewenangan"  # not BKAD's authority: the letter names where it was forwarded
    TIDAK_LENGKAP = "tidak_lengkap"  # incomplete: the letter says what is missing
    LAINNYA = "lainnya"


REJECTION_KIND_LABELS: dict[RejectionKind, str] = {
    RejectionKind.KEWENANGAN: "Bukan kewenangan (diteruskan ke instansi lain)",
    RejectionKind.TIDAK_LENGKAP: "Tidak lengkap (ada yang harus dilengkapi)",
    RejectionKind.LAINNYA: "Alasan lain",
}

# What the detail of each kind is called next to its field, and whether it must be given.
DETAIL_LABELS: dict[RejectionKind, str] = {
    RejectionKind.KEWENANGAN: "instansi tujuan penerusan",
    RejectionKind.TIDAK_LENGKAP: "yang perlu dilengkapi",
    RejectionKind.LAINNYA: "penjelasan",
}
DETAIL_REQUIRED = frozenset({RejectionKind.KEWENANGAN, RejectionKind.TIDAK_LENGKAP})
MAX_DETAIL = 500


def detail_problem(kind: RejectionKind, detail: str) -> str:
    """What is wrong with the detail of a rejection of this kind ("" when nothing is)."""
    if kind in DETAIL_REQUIRED and not detail.strip():
        return Text(f"rejection.missing.{kind.value}")
    if len(detail.strip()) > MAX_DETAIL:
        return Text(f"rejection.long.{kind.value}", limit=MAX_DETAIL)
    return ""


def rejection_summary(reason: str, kind: RejectionKind, detail: str) -> str:
    """The rejection in one readable line: the timeline's text and the complaint's result."""
    label = DETAIL_LABELS[kind]
    return f"{reason}. {label[:1].upper()}{label[1:]}: {detail}" if detail else reason


@dataclass(frozen=True)
class Reason:
    id: int
    kind: RejectionKind
    text: str
    active: bool


def reasons(engine: Engine, include_inactive: bool = False) -> list[Reason]:
    with reading(engine) as session:
        query = select(RejectionReason).order_by(RejectionReason.position, RejectionReason.id)
        if not include_inactive:
            query = query.where(RejectionReason.active)
        return [
            Reason(r.id, RejectionKind(r.kind), r.text, r.active) for r in session.scalars(query)
        ]


def save_reason(engine: Engine, reason_id: int | None, kind: RejectionKind, text: str,
                active: bool = True, officer_id: int | None = None) -> int:  # fmt: skip
    """Add a reason (reason_id None) or change one; returns its id. A reason already used by
    complaints keeps its old wording on them: they store the text they were rejected with."""
    text = " ".join(text.split())
    if not text:
        raise InvalidValue("rejection.reason")
    if len(text) > 200:
        raise InvalidValue("rejection.reason_long", limit=200)
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        same = session.scalar(select(RejectionReason.id).where(RejectionReason.text == text))
        if same is not None and same != reason_id:
            raise Conflict("rejection.reason_taken", text=text)
        if reason_id is None:
            last = session.scalar(select(func.max(RejectionReason.position))) or 0
            row = RejectionReason(kind=kind.value, text=text, position=last + 1, active=active)
            session.add(row)
            session.flush()
            audit.append(session, audit.Action.REJECTION_REASONS, f"rejection_reason:{row.id}",
                         {"baru": {"jenis": kind.value, "teks": text, "aktif": active}},
                         audit.actor(session, officer_id))  # fmt: skip
            return row.id
        found = session.get(RejectionReason, reason_id)
        if found is None:
            raise NotFound("workflow.no_reason", id=reason_id)
        old = {"jenis": found.kind, "teks": found.text, "aktif": found.active}
        found.kind, found.text, found.active = kind.value, text, active
        new = {"jenis": kind.value, "teks": text, "aktif": active}
        if new != old:
            audit.append(session, audit.Action.REJECTION_REASONS, f"rejection_reason:{found.id}",
                         {"lama": old, "baru": new}, audit.actor(session, officer_id))  # fmt: skip
        return found.id
