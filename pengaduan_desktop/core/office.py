"""The office profile, its officers and units, and the records every new database starts with."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from pengaduan_desktop.core.calendar import WorkingCalendar, parse_work_week
from pengaduan_desktop.core.catalogue import Kind, active_names
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.errors import ProfileMissing
from pengaduan_desktop.core.models import CalendarOverride, OfficeProfile, Officer, Unit
from pengaduan_desktop.core.vocabulary import Role

PROFILE_ID = 1
MANAGER_JABATAN = "Kepala SubBagian Rencana Kerja, Monitoring dan Evaluasi"
# The names a new database starts with: they mark a profile nobody has filled yet.
HEAD_PLACEHOLDER = "Nama Kepala Badan"
MANAGER_PLACEHOLDER = "Nama Pejabat Pengelola Pengaduan"

UNITS = (
    ("SEKRE", "Sekretariat"),
    ("RENJA", "Sub Bagian Rencana Kerja, Monitoring dan Evaluasi"),
    ("UMPEG", "Sub Bagian Umum dan Kepegawaian"),
    ("ANGGARAN", "Bidang Anggaran"),
    ("PERBEN", "Bidang Perbendaharaan"),
    ("AKUNTANSI", "Bidang Akuntansi"),
    ("ASET", "Bidang Pengelolaan Aset Daerah"),
)


@dataclass(frozen=True)
class OfficerView:
    id: int
    name: str
    nip: str
    jabatan: str
    role: str


def ensure_first_run(session: Session) -> None:
    """Create the office profile, the units and the Pejabat Pengelola Pengaduan if missing."""
    if session.get(OfficeProfile, PROFILE_ID) is not None:
        return
    units = {code: Unit(code=code, name=name) for code, name in UNITS}
    session.add_all(units.values())
    manager = Officer(
        name=MANAGER_PLACEHOLDER,
        nip="-",
        jabatan=MANAGER_JABATAN,
        role=Role.PENGELOLA,
        unit=units["RENJA"],
    )
    session.add(manager)
    session.flush()
    session.add(
        OfficeProfile(
            id=PROFILE_ID,
            government="PEMERINTAH PROVINSI KALIMANTAN BARAT",
            office_name="BADAN KEUANGAN DAN ASET DAERAH",
            address="Jl. Ahmad Yani, Pontianak, Kalimantan Barat",
            phone="(0561) 736541 ext. 445",
            fax="(0561) 738428",
            email="bkad@kalbarprov.go.id",
            website="bkad.kalbarprov.go.id",
            city="Pontianak",
            head_name=HEAD_PLACEHOLDER,
            head_nip="-",
            head_jabatan="Kepala Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat",
            sla_days=5,
            work_week="1,2,3,4,5",
            default_officer_id=manager.id,
        )
    )


def profile(session: Session) -> OfficeProfile:
    found = session.get(OfficeProfile, PROFILE_ID)
    if found is None:
        raise ProfileMissing("office.no_profile")
    return found


def default_officer(session: Session) -> Officer:
    office = profile(session)
    officer = session.get(Officer, office.default_officer_id) if office.default_officer_id else None
    if officer is None:
        raise ProfileMissing("office.no_manager")
    return officer


def active_officers(engine: Engine) -> list[OfficerView]:
    with reading(engine) as session:
        rows = session.scalars(select(Officer).where(Officer.active).order_by(Officer.name))
        return [OfficerView(o.id, o.name, o.nip, o.jabatan, o.role) for o in rows]


def active_units(engine: Engine) -> list[tuple[int, str]]:
    with reading(engine) as session:
        rows = session.execute(select(Unit.id, Unit.name).where(Unit.active).order_by(Unit.name))
        return [(row.id, row.name) for row in rows]


def load_calendar(session: Session) -> WorkingCalendar:
    from pengaduan_desktop.core.calendar import Override

    office = profile(session)
    overrides = [
        Override(o.day, o.working, o.name) for o in session.scalars(select(CalendarOverride))
    ]
    return WorkingCalendar(overrides, parse_work_week(office.work_week))


@dataclass(frozen=True)
class Desk:
    """What a desk needs to start taking complaints, read in one go."""

    officers: list[OfficerView]
    units: list[tuple[int, str]]
    manager_id: int
    services: list[str] = field(default_factory=list)  # the active catalogue, in its order
    categories: list[str] = field(default_factory=list)


def load_desk(engine: Engine) -> Desk:
    with reading(engine) as session:
        manager_id = default_officer(session).id
        services = active_names(session, Kind.SERVICE)
        categories = active_names(session, Kind.CATEGORY)
    return Desk(active_officers(engine), active_units(engine), manager_id, services, categories)


def open_desk(url: str | None) -> tuple[Engine, Desk]:
    """Connect, create or upgrade the schema, and read the desk's lists (run off the GUI thread)."""
    from pengaduan_desktop.core.db import create_db_engine
    from pengaduan_desktop.core.schema import init_database

    engine = create_db_engine(url)
    init_database(engine)
    return engine, load_desk(engine)
