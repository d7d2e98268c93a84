"""A filled office profile: the head of BKAD and the Pejabat Pengelola Pengaduan with real
looking names, pangkat/golongan and NIP, so documents print whatever placeholder check runs."""

from __future__ import annotations

from sqlalchemy import Engine

from pengaduan_desktop.core.db import writing
from pengaduan_desktop.core.models import Officer
from pengaduan_desktop.core.office import profile

HEAD = ("Dr. H. Ahmad Syarifuddin, S.E., M.Si.", "19700101 199503 1 001",
        "Pembina Utama Madya (IV/d)")  # fmt: skip
MANAGER = ("Rina Kartika Sari, S.E., M.Ak.", "19800202 200501 2 002", "Penata Tingkat I (III/d)")


def fill_profile(engine: Engine) -> None:
    with writing(engine) as session:
        office = profile(session)
        office.head_name, office.head_nip, office.head_pangkat = HEAD
        manager = session.get(Officer, office.default_officer_id)
        assert manager is not None
        manager.name, manager.nip, manager.pangkat = MANAGER
