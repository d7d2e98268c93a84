"""Import complaints from CSV, XLSX or JSON (DESIGN section 7): all rows or none."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.door import operation
from pengaduan_desktop.core.errors import InvalidValue, UserError
from pengaduan_desktop.core.intake import add_complaint
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.schema import refresh_statistics
from pengaduan_desktop.core.timeutil import local_to_utc
from pengaduan_desktop.core.validation import ComplaintInput, ValidationFailed, validate

COLUMNS = (
    "received_at", "channel", "form", "name", "id_type", "id_number", "phone", "email",
    "address", "service", "category", "summary", "description", "lapor_tracking_id",
    "anonymous", "confidential", "status", "closed_at", "result",
)  # fmt: skip
REQUIRED = ("received_at", "channel", "form", "service", "category", "summary")
OPTIONAL_EXTRA = ("loss", "requested_resolution", "event_place", "event_date", "letter_number")
TRUE = {"1", "true", "ya", "yes", "y", "benar"}
FALSE = {"", "0", "false", "tidak", "no", "n", "salah"}
BARE_DATE_TIME = time(8, 0)
STATISTICS_AFTER = 1000  # rows; a larger import refreshes the query planner's statistics


class ImportFailed(UserError):
    def __init__(self, problems: list[str]) -> None:
        lines = "\n  ".join(problems)
        super().__init__(
            f"impor dibatalkan, tidak ada yang disimpan ({len(problems)} masalah):\n  {lines}"
        )
        self.problems = problems


@dataclass(frozen=True)
class RowError:
    row: int
    message: str


def read_rows(path: Path) -> list[dict[str, Any]]:
    suffix = path.suffix.lower()
    if not path.exists():
        raise ImportFailed([f"berkas tidak ditemukan: {path}"])
    try:
        if suffix == ".csv":
            with path.open(newline="", encoding="utf-8-sig") as handle:
                return list(csv.DictReader(handle))
        if suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
                raise ImportFailed(["JSON harus berupa daftar objek (list of objects)"])
            return data
        if suffix == ".xlsx":
            return _read_xlsx(path)
    except (UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise ImportFailed([f"berkas tidak dapat dibaca: {exc}"]) from exc
    raise ImportFailed([f"jenis berkas tidak didukung: {suffix or '(tanpa akhiran)'}; "
                        "gunakan .csv, .xlsx atau .json"])  # fmt: skip


def _read_xlsx(path: Path) -> list[dict[str, Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ImportFailed([f"berkas XLSX tidak dapat dibaca: {exc}"]) from exc
    rows = book.worksheets[0].iter_rows(values_only=True)
    header = [str(h or "").strip() for h in next(rows, ())]
    result = [
        dict(zip(header, row, strict=False))
        for row in rows
        if any(v not in (None, "") for v in row)
    ]
    book.close()
    return result


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_moment(value: Any) -> datetime | None:
    """ISO 8601; a bare date means 08:00 Asia/Pontianak; no zone means Asia/Pontianak."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, BARE_DATE_TIME)
    else:
        text = _text(value)
        try:
            if len(text) == 10:
                moment = datetime.combine(date.fromisoformat(text), BARE_DATE_TIME)
            else:
                moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise InvalidValue(f"tanggal/waktu tidak valid (ISO 8601): {text!r}") from None
    return local_to_utc(moment)


def _parse_bool(value: Any, column: str) -> bool:
    if isinstance(value, bool):
        return value
    text = _text(value).lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise InvalidValue(f"{column}: nilai ya/tidak tidak dikenal: {text!r}")


def row_to_input(row: dict[str, Any]) -> ComplaintInput:
    missing = [c for c in REQUIRED if _text(row.get(c)) == ""]
    if missing:
        raise ValidationFailed({c: "wajib diisi" for c in missing})
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    for column in ("received_at", "closed_at"):
        try:
            values[column] = parse_moment(row.get(column))
        except InvalidValue as exc:
            errors[column] = str(exc)
    for column in ("anonymous", "confidential"):
        try:
            values[column] = _parse_bool(row.get(column), column)
        except InvalidValue as exc:
            errors[column] = str(exc)
    event_date = _text(row.get("event_date"))
    try:
        values["event_date"] = date.fromisoformat(event_date[:10]) if event_date else None
    except ValueError:
        errors["event_date"] = f"tanggal kejadian tidak valid: {event_date!r}"
    if errors:
        raise ValidationFailed(errors)
    texts: dict[str, Any] = {
        c: _text(row.get(c)) for c in COLUMNS + OPTIONAL_EXTRA if c not in values
    }
    texts["status"] = texts["status"] or "diterima"
    texts.pop("event_date", None)
    return ComplaintInput(**texts, **values)


def check_rows(
    rows: Iterable[dict[str, Any]], first: int = 2
) -> tuple[list[ComplaintInput], list[RowError]]:
    """Validate every row; `first` is the number of the first data row (2 under a header)."""
    good: list[ComplaintInput] = []
    bad: list[RowError] = []
    for number, row in enumerate(rows, start=first):
        try:
            good.append(validate(row_to_input(row)))
        except ValidationFailed as exc:
            text = "; ".join(f"{k}: {v}" for k, v in exc.errors.items())
            bad.append(RowError(number, text))
    return good, bad


def import_file(engine: Engine, path: Path, officer_id: int | None = None) -> list[str]:
    """Import every row in one transaction; return the new tracking numbers.
    With any bad row nothing is written and ImportFailed names every bad row."""
    rows = read_rows(path)
    if not rows:
        raise ImportFailed(["berkas tidak berisi baris pengaduan"])
    unknown = sorted(set().union(*(r.keys() for r in rows)) - set(COLUMNS) - set(OPTIONAL_EXTRA))
    is_json = path.suffix.lower() == ".json"
    good, bad = check_rows(rows, first=1 if is_json else 2)
    where = "objek ke-" if is_json else "baris "
    problems = [f"{where}{e.row}: {e.message}" for e in bad]
    if unknown:
        problems.insert(0, "kolom tidak dikenal: " + ", ".join(unknown))
    if problems:
        raise ImportFailed(problems)
    with operation(engine, officer_id, Permission.INTAKE) as (session, _officer):
        numbers = [add_complaint(session, item, officer_id).tracking_number for item in good]
        audit.append(session, audit.Action.IMPORT, f"file:{path.name}"[:100],
                     {"berkas": path.name, "jumlah": len(numbers), "nomor_pertama": numbers[0],
                      "nomor_terakhir": numbers[-1]}, audit.actor(session, officer_id))  # fmt: skip
        if len(numbers) >= STATISTICS_AFTER:
            refresh_statistics(session.connection())
        return numbers
