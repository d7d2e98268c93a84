"""Small builders shared by tests."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from pypdf import PdfReader

from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.validation import ComplaintInput

VALID_NIK = "6171054107900003"  # Kota Pontianak, a woman born 1 July 1990


def complaint(**changes: Any) -> ComplaintInput:
    values: dict[str, Any] = dict(
        received_at=datetime(2026, 5, 24, 10, 30, tzinfo=LOCAL_TZ),
        channel="tatap_muka",
        form="lisan",
        service="Pelayanan Pencairan Dana (SP2D)",
        category="Waktu penyelesaian",
        summary="Pencairan SP2D terlambat dua minggu",
        description="Dana kegiatan belum cair.",
        name="Siti Aminah",
        id_type="KTP",
        id_number=VALID_NIK,
        address="Jl. Gajah Mada No. 5, Pontianak",
        phone="0812-3456-7890",
        email="siti@contoh.id",
    )
    values.update(changes)
    return ComplaintInput(**values)


def pdf_text(pdf: bytes) -> str:
    """All text of the PDF with line breaks and runs of spaces folded to one space."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def pdf_pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def pdf_fonts(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    names: set[str] = set()
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names
