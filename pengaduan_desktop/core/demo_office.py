"""A plausible example office profile for demonstration databases, so that a demo database
can print its receipts and letters. The names are invented."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from pengaduan_desktop.assets import asset
from pengaduan_desktop.core.office_setup import (
    clean,
    normalise_logo,
    problems,
    read_setup,
    write_setup,
)

EXAMPLE = {
    "head_name": "Dr. Ahmad Fauzi Rahman, S.E., M.Si.",
    "head_nip": "197204151998031004",
    "head_pangkat": "Pembina Utama Muda (IV/c)",
    "head_jabatan": "Kepala Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat",
    "manager_name": "Dewi Kartika Sari, S.E., M.M.",
    "manager_nip": "198108232006042003",
    "manager_pangkat": "Penata Tingkat I (III/d)",
    "manager_jabatan": "Kepala SubBagian Rencana Kerja, Monitoring dan Evaluasi",
    "government": "PEMERINTAH PROVINSI KALIMANTAN BARAT",
    "office_name": "BADAN KEUANGAN DAN ASET DAERAH",
    "address": "Jl. Ahmad Yani, Pontianak, Kalimantan Barat",
    "phone": "(0561) 736541",
    "email": "bkad@kalbarprov.go.id",
    "city": "Pontianak",
}


def fill_example_office(session: Session) -> list[str]:
    """Fill only what is still missing or a placeholder (a real profile is never
    overwritten), inside the caller's transaction; returns the keys filled."""
    setup = clean(read_setup(session))
    missing = list(problems(setup))
    if not missing:
        return []
    values: dict[str, object] = {k: EXAMPLE[k] for k in missing if k in EXAMPLE}
    if "logo" in missing:
        values["logo"] = normalise_logo(asset("icons", "logo.png").read_bytes())
    write_setup(session, replace(setup, **values))  # type: ignore[arg-type]
    return missing
