"""The desk's working views of the case list: three built in ("Pengaduan saya", "Semua
terbuka", "Jatuh tempo minggu ini") and each officer's own saved filters, kept by name in the
database (table saved_view), which only their owner sees, renames or deletes.

A saved view keeps what the filter bar held (ViewSpec): a period is kept by its name ("bulan
ini"), not by its dates, so that it means this month whenever it is opened again."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.caselist import CaseFilter
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import acting_officer, operation
from pengaduan_desktop.core.errors import Forbidden, InvalidValue, NotFound
from pengaduan_desktop.core.models import Officer, SavedView
from pengaduan_desktop.core.text import control_characters

NAME_LENGTH = 80


class BuiltIn(StrEnum):
    MINE = "mine"
    OPEN = "open"
    DUE_THIS_WEEK = "due_this_week"


BUILT_IN_LABELS: dict[BuiltIn, str] = {
    BuiltIn.MINE: "Pengaduan saya",
    BuiltIn.OPEN: "Semua terbuka",
    BuiltIn.DUE_THIS_WEEK: "Jatuh tempo minggu ini",
}


@dataclass(frozen=True)
class ViewSpec:
    """What the case list's filter bar holds (the values of its choices, not their labels)."""

    status: str | None = None
    channel: str | None = None
    unit_id: int | None = None
    officer_id: int | None = None
    period: str = ""  # ui.case_list_tab.period's names: "this_month", "30_days", ...
    sla: str | None = None
    search: str = ""
    sort: str = "received"  # core.caselist.SortKey
    descending: bool = True
    built_in: str | None = None  # the built-in view it was made under (BuiltIn), if any

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ViewSpec:
        """Tolerant: a key this version does not know is left out, a wrong type falls back to
        the default (a view saved by a newer program still opens)."""
        try:
            data = json.loads(text or "{}")
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            return cls()
        values = {}
        for name, kind in SPEC_TYPES.items():
            value = data.get(name)
            if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
                values[name] = value
        return cls(**values)  # type: ignore[arg-type]


SPEC_TYPES: dict[str, type] = {
    "status": str,
    "channel": str,
    "unit_id": int,
    "officer_id": int,
    "period": str,
    "sla": str,
    "search": str,
    "sort": str,
    "descending": bool,
    "built_in": str,
}


def spec_built_in(spec: ViewSpec) -> BuiltIn | None:
    """The built-in view a saved view narrows (one this version does not know: none)."""
    try:
        return BuiltIn(spec.built_in) if spec.built_in else None
    except ValueError:
        return None


@dataclass(frozen=True)
class SavedViewRow:
    id: int
    name: str
    spec: ViewSpec


def week_of(today: date) -> tuple[date, date]:
    """Monday and Sunday of the week `today` falls in."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def built_in_filter(
    view: BuiltIn, base: CaseFilter, officer_id: int | None, unit_id: int | None, today: date
) -> CaseFilter:
    """`base` (the filter bar) narrowed to the built-in view.

    - Pengaduan saya: the complaints the officer is responsible for, or that are disposed to
      the officer's unit (open or closed: the officer also looks back at what they answered).
    - Semua terbuka: every complaint not yet closed (selesai, ditolak).
    - Jatuh tempo minggu ini: open complaints due Monday to Sunday of this week (those due
      earlier this week and not answered are overdue, and shown too)."""
    if view is BuiltIn.MINE:
        # The program itself (no officer) is responsible for nothing: an impossible id.
        return replace(
            base, mine_officer_id=officer_id if officer_id is not None else -1, mine_unit_id=unit_id
        )
    if view is BuiltIn.OPEN:
        return replace(base, open_only=True)
    monday, sunday = week_of(today)
    return replace(base, open_only=True, due_from=monday, due_to=sunday)


def check_name(name: str) -> str:
    """The name as kept (trimmed), or InvalidValue saying why it cannot be."""
    name = " ".join(name.split())
    if not name:
        raise InvalidValue("views.name")
    if len(name) > NAME_LENGTH:
        raise InvalidValue("views.name_long", limit=NAME_LENGTH)
    if control_characters(name):
        raise InvalidValue("views.controls")
    if name.casefold() in {label.casefold() for label in BUILT_IN_LABELS.values()}:
        raise InvalidValue("views.built_in", name=name)
    return name


def saved_views(engine: Engine, viewer_id: int | None) -> list[SavedViewRow]:
    """The viewer's own saved views, by name."""
    with reading(engine) as session:
        officer = acting_officer(session, viewer_id)
        if officer is None:
            return []
        found = session.scalars(select(SavedView).where(SavedView.officer_id == officer.id))
        rows = [SavedViewRow(v.id, v.name, ViewSpec.from_json(v.spec)) for v in found]
    return sorted(rows, key=lambda v: (v.name.casefold(), v.id))


def _owner(officer: Officer | None) -> Officer:
    if officer is None:
        raise InvalidValue("views.owner")
    return officer


def _taken(session: Session, officer_id: int, name: str, other_than: int | None) -> bool:
    same = session.scalars(select(SavedView).where(SavedView.officer_id == officer_id)).all()
    return any(v.name.casefold() == name.casefold() and v.id != other_than for v in same)


def _own_view(session: Session, officer: Officer, view_id: int) -> SavedView:
    view = session.get(SavedView, view_id)
    if view is None:
        raise NotFound("views.missing")
    if view.officer_id != officer.id:
        raise Forbidden("views.not_yours")
    return view


def save_view(engine: Engine, officer_id: int | None, name: str, spec: ViewSpec) -> int:
    """Keep the filter under `name` for the officer; a view of the same name (any case) is
    replaced. Returns its id."""
    name = check_name(name)
    with operation(engine, officer_id, None) as (session, acting):
        owner = _owner(acting)
        same = [
            v
            for v in session.scalars(select(SavedView).where(SavedView.officer_id == owner.id))
            if v.name.casefold() == name.casefold()
        ]
        view = same[0] if same else SavedView(officer_id=owner.id)
        view.name, view.spec = name, spec.to_json()
        session.add(view)
        session.flush()
        audit.append(
            session,
            audit.Action.SAVED_VIEW,
            f"saved_view:{view.id}",
            {"langkah": "diganti" if same else "disimpan", "nama": name},
            owner.id,
        )
        return view.id


def rename_view(engine: Engine, officer_id: int | None, view_id: int, name: str) -> None:
    name = check_name(name)
    with operation(engine, officer_id, None) as (session, acting):
        owner = _owner(acting)
        view = _own_view(session, owner, view_id)
        if _taken(session, owner.id, name, view.id):
            raise InvalidValue("views.taken", name=name)
        old, view.name = view.name, name
        audit.append(
            session,
            audit.Action.SAVED_VIEW,
            f"saved_view:{view.id}",
            {"langkah": "diganti nama", "nama": {"lama": old, "baru": name}},
            owner.id,
        )


def delete_view(engine: Engine, officer_id: int | None, view_id: int) -> None:
    with operation(engine, officer_id, None) as (session, acting):
        owner = _owner(acting)
        view = _own_view(session, owner, view_id)
        session.delete(view)
        audit.append(
            session,
            audit.Action.SAVED_VIEW,
            f"saved_view:{view_id}",
            {"langkah": "dihapus", "nama": view.name},
            owner.id,
        )
