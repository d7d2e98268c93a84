"""The life of a complaint (DESIGN section 2): which action is allowed from which status, and
each action as one transaction that changes the complaint and appends its event.

The window only offers what allowed_actions() returns, but the rules live here: an illegal
action is refused with a message whatever calls it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit, clock, lapor_steps
from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.door import complaint_for, operation
from pengaduan_desktop.core.errors import NotFound, Stale
from pengaduan_desktop.core.errors import WorkflowError as WorkflowError  # callers catch it here
from pengaduan_desktop.core.lifecycle import (
    OPEN_STATUSES,
    RUNNING_STATUSES,
    is_overdue,
    start_clock,
)
from pengaduan_desktop.core.messages import Text, label_code
from pengaduan_desktop.core.models import Complaint, Event, Officer, RejectionReason, Unit
from pengaduan_desktop.core.office import default_officer
from pengaduan_desktop.core.outbox import queue_step
from pengaduan_desktop.core.permissions import Permission, can
from pengaduan_desktop.core.rejection import RejectionKind, detail_problem, rejection_summary
from pengaduan_desktop.core.step_deadlines import record_disposition
from pengaduan_desktop.core.vocabulary import EventKind, Status

S = Status


class Action(StrEnum):
    VERIFY = "verify"
    DISPOSE = "dispose"
    FOLLOW_UP = "follow_up"
    NOTE = "note"
    REPLY = "reply"
    RESOLVE = "resolve"
    REJECT = "reject"
    REOPEN = "reopen"
    ESCALATE = "escalate"
    # SP4N-LAPOR! (docs/lapor.md)
    HOLD = "hold"
    RESUME = "resume"
    FORWARD = "forward"
    ARCHIVE = "archive"


ACTION_LABELS: dict[Action, str] = {
    Action.VERIFY: "Verifikasi",
    Action.DISPOSE: "Disposisikan ke unit",
    Action.FOLLOW_UP: "Catat tindak lanjut",
    Action.NOTE: "Catatan internal",
    Action.REPLY: "Tanggapan kepada pengadu",
    Action.RESOLVE: "Selesaikan dengan hasil",
    Action.REJECT: "Tolak",
    Action.REOPEN: "Buka kembali",
    Action.ESCALATE: "Eskalasi ke Gubernur",
    Action.HOLD: "Tunda",
    Action.RESUME: "Lanjutkan",
    Action.FORWARD: "Teruskan ke instansi lain",
    Action.ARCHIVE: "Arsipkan",
}


# What a unit officer may record on a complaint disposed to their unit; every other action
# needs Permission.WORKFLOW.
UNIT_ACTIONS = (Action.FOLLOW_UP, Action.NOTE)


def permission_for(action: Action) -> Permission:
    """The permission an action needs."""
    return Permission.UNIT_FOLLOW_UP if action in UNIT_ACTIONS else Permission.WORKFLOW


def may_perform(role: str, action: Action) -> bool:
    """Whether the role may take the action at all (the window offers only these)."""
    return can(role, permission_for(action))


# What may be put on hold: a complaint BKAD is still handling whose clock runs.
HOLDABLE = (S.DITERIMA, S.DIVERIFIKASI, S.DIDISPOSISIKAN, S.DITINDAKLANJUTI)


@dataclass(frozen=True)
class Rule:
    sources: tuple[Status, ...]
    target: Status | None  # None: the status stays
    event: EventKind
    needs_text: str = ""  # the name of the text the action needs, when it needs one


RULES: dict[Action, Rule] = {
    Action.VERIFY: Rule((S.DITERIMA,), S.DIVERIFIKASI, EventKind.VERIFIED),
    Action.DISPOSE: Rule((S.DIVERIFIKASI, S.DIDISPOSISIKAN, S.DITINDAKLANJUTI),
                         S.DIDISPOSISIKAN, EventKind.DISPOSED, "instruksi disposisi"),
    Action.FOLLOW_UP: Rule((S.DIDISPOSISIKAN, S.DITINDAKLANJUTI, S.DIESKALASI), None,
                           EventKind.FOLLOW_UP, "uraian tindak lanjut"),
    Action.NOTE: Rule(tuple(Status), None, EventKind.NOTE, "catatan"),
    Action.REPLY: Rule(OPEN_STATUSES, None, EventKind.REPLY, "isi tanggapan"),
    Action.RESOLVE: Rule((S.DIDISPOSISIKAN, S.DITINDAKLANJUTI, S.DIESKALASI), S.SELESAI,
                         EventKind.RESOLVED, "hasil tindak lanjut"),
    Action.REJECT: Rule((S.DITERIMA, S.DIVERIFIKASI), S.DITOLAK, EventKind.REJECTED),
    Action.REOPEN: Rule((S.SELESAI, S.DITOLAK, S.DITERUSKAN, S.DIARSIPKAN), S.DIVERIFIKASI,
                        EventKind.REOPENED, "alasan dibuka kembali"),
    Action.ESCALATE: Rule(RUNNING_STATUSES, S.DIESKALASI, EventKind.ESCALATED,
                          "keterangan eskalasi"),
    Action.HOLD: Rule(HOLDABLE, S.TUNDA, EventKind.HELD, "hal yang ditunggu"),
    Action.RESUME: Rule((S.TUNDA,), None, EventKind.RESUMED),
    Action.FORWARD: Rule((S.DITERIMA, S.DIVERIFIKASI, S.TUNDA), S.DITERUSKAN,
                         EventKind.FORWARDED, "alasan diteruskan"),
    Action.ARCHIVE: Rule((S.DITERIMA, S.DIVERIFIKASI, S.TUNDA), S.DIARSIPKAN,
                         EventKind.ARCHIVED, "alasan diarsipkan"),
}  # fmt: skip


@dataclass(frozen=True)
class Rejection:
    """What a rejection needs: a reason from the editable list (core.rejection.reasons) and
    its detail (required for some kinds: rejection.DETAIL_REQUIRED)."""

    reason_id: int | None
    detail: str = ""


def missing_text(action: Action, text: str) -> str:
    """The message when the action needs a text and none was given, else ""."""
    rule = RULES[action]
    if rule.needs_text and not text.strip():
        return Text(f"workflow.missing.{action.value}")
    return ""


def allowed_actions(status: str, due: date, today: date) -> list[Action]:
    allowed = [a for a, rule in RULES.items() if Status(status) in rule.sources]
    if Action.ESCALATE in allowed and not is_overdue(status, due, today):
        allowed.remove(Action.ESCALATE)
    return allowed


def perform(
    engine: Engine,
    complaint_id: int,
    action: Action,
    officer_id: int | None,
    text: str = "",
    unit_id: int | None = None,
    expected_version: int | None = None,
    today: date | None = None,
    rejection: Rejection | None = None,
    agency: str = "",
    reply_days: int | None = None,
) -> int:
    """Do one action in one transaction; returns the complaint's new version. A rejection
    takes its reason and detail from `rejection`; `text` is not used for it. A forwarding
    names the `agency` it goes to. A disposition gives the unit `reply_days` working days to
    reply (None: the office's default)."""
    permission = permission_for(action)
    with operation(engine, officer_id, permission) as (session, acting):
        return act(session, acting, officer_id, complaint_id, action, text, unit_id,
                   expected_version, today, rejection, agency, reply_days)  # fmt: skip


def act(session: Session, acting: Officer | None, officer_id: int | None, complaint_id: int,
        action: Action, text: str = "", unit_id: int | None = None,
        expected_version: int | None = None, today: date | None = None,
        rejection: Rejection | None = None, agency: str = "",
        reply_days: int | None = None) -> int:  # fmt: skip
    """Inside an operation (core.door): one action on one complaint, checked by its rule, with
    its event, its queued message, its step deadline and audit entry; returns the complaint's
    new version (perform, and the bulk disposition of core.bulk_disposition)."""
    permission = permission_for(action)
    complaint = complaint_for(session, officer_id, permission, complaint_id, for_update=True)
    if expected_version is not None and complaint.version != expected_version:
        raise Stale("workflow.stale")
    officer = acting or default_officer(session)
    before = complaint.status
    text = _apply(session, complaint, action, text.strip(), unit_id, today, rejection,
                  agency.strip(), officer.id)  # fmt: skip
    event = Event(kind=RULES[action].event, officer=officer, text=text)
    complaint.events.append(event)
    queue_step(session, complaint, RULES[action].event, text, officer_id)
    complaint.updated_at = now_utc()
    session.flush()
    if action == Action.DISPOSE:  # the unit's reply deadline (core.step_deadlines)
        record_disposition(session, complaint, event, reply_days)
    audit.append(session, audit.Action.WORKFLOW, f"complaint:{complaint.tracking_number}",
                 {"aksi": ACTION_LABELS[action], "teks": text,
                  "status": {"lama": before, "baru": complaint.status}},
                 officer.id)  # fmt: skip
    return complaint.version


def _apply(session: Session, c: Complaint, action: Action, text: str, unit_id: int | None,
           today: date | None, rejection: Rejection | None = None, agency: str = "",
           officer_id: int | None = None) -> str:  # fmt: skip
    """Check the rule, change the complaint; returns the event's text."""
    rule = RULES[action]
    status = Status(c.status)
    today = today or clock.today()
    if status not in rule.sources:
        raise WorkflowError(
            "workflow.not_now", action=Text(label_code(action)), status=Text(label_code(status))
        )
    problem = missing_text(action, text)
    if problem:
        raise WorkflowError(problem)
    if action == Action.ESCALATE and not is_overdue(status, c.due_date, today):
        raise WorkflowError("workflow.escalate_early", due=f"{c.due_date:%d-%m-%Y}")
    if action == Action.REJECT:
        text = _reject(session, c, rejection)
    if action == Action.DISPOSE:
        unit = session.get(Unit, unit_id) if unit_id is not None else None
        if unit is None:
            raise WorkflowError("workflow.unit")
        c.unit_id = unit.id
        text = f"Kepada {unit.name}: {text}"
    if action == Action.FOLLOW_UP and status == S.DIDISPOSISIKAN:
        c.status = S.DITINDAKLANJUTI
    if action == Action.HOLD:
        lapor_steps.hold(session, c, text, today, officer_id)
    if action == Action.RESUME:
        text = lapor_steps.resume(session, c, text, today)
    if action in (Action.FORWARD, Action.ARCHIVE):
        lapor_steps.end_hold(session, c, today)
    if action == Action.FORWARD:
        text = lapor_steps.forward(session, c, agency, text, today, officer_id)
    if rule.target is not None:
        c.status = rule.target
    if action in (Action.RESOLVE, Action.REJECT, Action.FORWARD, Action.ARCHIVE):
        c.result = text
        c.closed_at = now_utc()
    if action == Action.REOPEN:
        c.result = ""
        c.closed_at = None
        start_clock(session, c, today)
        text = f"{text} (batas waktu baru {c.due_date:%d-%m-%Y})"
    return text


def _reject(session: Session, c: Complaint, rejection: Rejection | None) -> str:
    """Write why the complaint is rejected on it (a later rejection overwrites it); returns
    the readable summary the timeline and the result carry."""
    if rejection is None or rejection.reason_id is None:
        raise WorkflowError("workflow.reason")
    reason = session.get(RejectionReason, rejection.reason_id)
    if reason is None:
        raise NotFound("workflow.no_reason", id=rejection.reason_id)
    kind, detail = RejectionKind(reason.kind), rejection.detail.strip()
    problem = detail_problem(kind, detail)
    if problem:
        raise WorkflowError(problem)
    c.rejection_kind, c.rejection_reason, c.rejection_detail = kind.value, reason.text, detail
    return rejection_summary(reason.text, kind, detail)
