"""The office's catalogue: the services a complaint can be about and its categories
(catalogue_item). The desk, the import and the demo offer the active items; a complaint keeps
the text it was recorded with, so renaming or deactivating an item never changes old ones."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.core.field_errors import FieldsInvalid, one_line
from pengaduan_desktop.core.models import CatalogueItem
from pengaduan_desktop.core.permissions import Permission


class Kind(StrEnum):
    SERVICE = "service"
    CATEGORY = "category"


KIND_LABELS = {Kind.SERVICE: "Layanan", Kind.CATEGORY: "Kategori"}
LABELS = {"name": "Nama", "active": "Aktif"}
MAX_NAME = 200


@dataclass(frozen=True)
class Item:
    id: int
    kind: Kind
    name: str
    active: bool


def active_names(session: Session, kind: Kind) -> list[str]:
    """The names offered, in the office's order (inside the caller's session)."""
    query = select(CatalogueItem.name).where(CatalogueItem.kind == kind, CatalogueItem.active)
    return list(session.scalars(query.order_by(CatalogueItem.position, CatalogueItem.id)))


def items(engine: Engine, kind: Kind, include_inactive: bool = True) -> list[Item]:
    with reading(engine) as session:
        query = select(CatalogueItem).where(CatalogueItem.kind == kind)
        if not include_inactive:
            query = query.where(CatalogueItem.active)
        rows = session.scalars(query.order_by(CatalogueItem.position, CatalogueItem.id))
        return [Item(r.id, Kind(r.kind), r.name, r.active) for r in rows]


def _check(session: Session, kind: Kind, item_id: int | None, name: str) -> str:
    name = one_line(name)
    problem = ""
    if not name:
        problem = "wajib diisi"
    elif len(name) > MAX_NAME:
        problem = f"paling banyak {MAX_NAME} karakter"
    else:
        same = session.scalar(
            select(CatalogueItem.id).where(
                CatalogueItem.kind == kind, CatalogueItem.name == name, CatalogueItem.id != item_id
            )
        )
        if same is not None:
            problem = f"{KIND_LABELS[kind].lower()} \u201c{name}\u201d sudah ada"
    if problem:
        raise FieldsInvalid({"name": problem}, LABELS)
    return name


def add_item(engine: Engine, kind: Kind, name: str, officer_id: int | None) -> int:
    """Add a service or a category at the end of its list; returns its id."""
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        name = _check(session, kind, None, name)
        last = session.scalar(
            select(func.max(CatalogueItem.position)).where(CatalogueItem.kind == kind)
        )
        row = CatalogueItem(kind=kind.value, name=name, position=(last or 0) + 1, active=True)
        session.add(row)
        session.flush()
        audit.append(session, audit.Action.CATALOGUE, f"{kind.value}:{row.id}",
                     {"ditambah": name}, audit.actor(session, officer_id))  # fmt: skip
        return row.id


def change_item(engine: Engine, item_id: int, name: str, active: bool,
                officer_id: int | None) -> None:  # fmt: skip
    """Rename, deactivate or bring back an item. Complaints keep the text they were
    recorded with."""
    with operation(engine, officer_id, Permission.SETTINGS) as (session, _):
        row = session.get(CatalogueItem, item_id)
        if row is None:
            raise NotFound("catalogue.missing", id=item_id)
        before = {"nama": row.name, "aktif": row.active}
        row.name = _check(session, Kind(row.kind), item_id, name)
        row.active = active
        after = {"nama": row.name, "aktif": row.active}
        if after != before:
            audit.append(session, audit.Action.CATALOGUE, f"{row.kind}:{item_id}",
                         audit.changes(before, after),
                         audit.actor(session, officer_id))  # fmt: skip
