"""Everything held about one complainant, written as PDF and JSON for the person who asked
(UU 27/2022): read by core, drawn by documents, written whole and 0600, and audited."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.complainant_data import HeldData, held_about
from pengaduan_desktop.core.errors import NotFound
from pengaduan_desktop.core.files import publish_all
from pengaduan_desktop.documents.personal_data import render_personal_data


@dataclass(frozen=True)
class Exported:
    pdf: Path
    json: Path
    complaints: int


def file_stem(data: HeldData) -> str:
    """Named after the first complaint, never after the identity number itself."""
    first = data.complaints[0].tracking_number if data.complaints else "kosong"
    return f"data-pribadi-{first}-{data.produced_at:%Y%m%d-%H%M}"


def export_personal_data(engine: Engine, key: str, folder: Path,
                         officer_id: int | None) -> Exported:  # fmt: skip
    """Write `data-pribadi-<first complaint>-<time>.pdf` and `.json` into `folder`."""
    if not folder.is_dir():
        raise NotFound(f"folder tujuan tidak ada: {folder}")
    data = held_about(engine, key, officer_id)  # checks Permission.PERSONAL_DATA
    pdf = render_personal_data(data)
    body = json.dumps(data.as_json(), ensure_ascii=False, indent=2)
    stem = file_stem(data)
    result = Exported(folder / f"{stem}.pdf", folder / f"{stem}.json", len(data.complaints))
    numbers = [c.tracking_number for c in data.complaints]
    # Both files or neither, and only once the export is in the audit trail.
    publish_all([(result.pdf, pdf), (result.json, body.encode("utf-8"))], lambda: audit.record(
        engine, audit.Action.EXPORT, f"complaint:{numbers[0] if numbers else key}",
        {"jenis": "data pribadi pengadu", "pengaduan": numbers,
         "berkas": [result.pdf.name, result.json.name]}, officer_id))  # fmt: skip
    return result
