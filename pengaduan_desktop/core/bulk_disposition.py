"""Disposing many complaints to one unit at once (the case list's multi-select): one
transaction, each complaint checked by the same rule as a single disposition
(core.workflow.act).

All or nothing: when any complaint cannot be disposed (its status, another unit's complaint
for a limited role, changed or gone meanwhile), none is, and the refusal names each one with
its reason, so that the officer can take them out of the selection and try again. Half a
disposition would leave the officer to find out which complaints went and which did not."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from functools import reduce

from sqlalchemy import Engine, select

from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import InvalidValue, UserError, WorkflowError
from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.models import Complaint, Unit
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.step_deadlines import days_problem
from pengaduan_desktop.core.workflow import Action, act, missing_text

MOST = 500  # complaints in one bulk disposition: one transaction, one readable refusal
NAMED = 10  # refused complaints named in the message; the rest are counted


def dispose_many(
    engine: Engine,
    complaint_ids: Sequence[int],
    unit_id: int | None,
    text: str,
    officer_id: int | None,
    today: date | None = None,
    reply_days: int | None = None,
) -> int:
    """Dispose every complaint to the unit with the same instruction, giving the unit
    `reply_days` working days to reply to each (None: the office's default; never past a
    complaint's own due date, core.step_deadlines); returns how many."""
    ids = list(dict.fromkeys(complaint_ids))
    if not ids:
        raise InvalidValue("bulk.none")
    if len(ids) > MOST:
        raise InvalidValue("bulk.too_many", most=MOST, count=len(ids))
    problem = missing_text(Action.DISPOSE, text)
    if problem:
        raise WorkflowError(problem)
    if reply_days is not None and (problem := days_problem(reply_days)):
        raise InvalidValue(problem)
    with operation(engine, officer_id, Permission.WORKFLOW) as (session, acting):
        if unit_id is None or session.get(Unit, unit_id) is None:
            raise WorkflowError("workflow.unit")
        numbers = {
            r.id: r.tracking_number
            for r in session.execute(
                select(Complaint.id, Complaint.tracking_number).where(Complaint.id.in_(ids))
            )
        }
        refused: list[str] = []
        for complaint_id in ids:
            try:
                act(
                    session,
                    acting,
                    officer_id,
                    complaint_id,
                    Action.DISPOSE,
                    text,
                    unit_id,
                    today=today,
                    reply_days=reply_days,
                )
            except UserError as exc:
                refused.append(_refused(numbers.get(complaint_id), complaint_id, exc))
        if refused:
            named = reduce(lambda a, b: Text("list.semicolon", head=a, tail=b), refused[:NAMED])
            more = Text("bulk.more", count=len(refused) - NAMED) if len(refused) > NAMED else ""
            raise WorkflowError("bulk.none_done", refused=len(refused), count=len(ids),
                                named=named, more=more)  # fmt: skip
    return len(ids)


def _refused(number: str | None, complaint_id: int, exc: UserError) -> Text:
    """One complaint the rules refused: its number and why, without repeating the number."""
    why = exc.args[0] if exc.code is not None else str(exc)
    if exc.code == "door.unseen":
        why = Text("bulk.one_unseen")
    return Text("bulk.one", number=number or Text("bulk.number", id=complaint_id), why=why)
