"""Checking one imported row and making it a complaint: dates (ISO, or dd/mm/yyyy [HH:MM] as
Excel in Indonesian writes them) within the office's range, yes/no fields, the vocabulary by
code or label, every text's length against the column that stores it (read from the models),
and no control characters (tab and line breaks only in long texts). Then the intake's own
validation (core.validation). A message names the field, never its value."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Text

from pengaduan_desktop.core.date_range import FIRST_DAY, in_range, last_day
from pengaduan_desktop.core.errors import InvalidValue
from pengaduan_desktop.core.import_files import COLUMNS, OPTIONAL_EXTRA
from pengaduan_desktop.core.messages import Text as Message
from pengaduan_desktop.core.models import Complainant, Complaint
from pengaduan_desktop.core.text import control_characters
from pengaduan_desktop.core.timeutil import local_to_utc
from pengaduan_desktop.core.validation import ComplaintInput, ValidationFailed, validate
from pengaduan_desktop.core.vocabulary import (
    CHANNEL_LABELS,
    FORM_LABELS,
    STATUS_LABELS,
    Status,
)

TRUE = {"1", "true", "ya", "yes", "y", "benar"}
FALSE = {"", "0", "false", "tidak", "no", "n", "salah"}
BARE_DATE_TIME = time(8, 0)
WHEN_FORMATS = "tanggal tidak valid (gunakan dd/mm/yyyy [HH:MM] atau ISO 8601)"
_DMY = re.compile(
    r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?"
)
_complaint = Complaint.__table__.c
_complainant = Complainant.__table__.c
# The column each text of a row is stored in: its length and whether it is a long text.
STORED_IN: dict[str, Any] = {
    "name": _complainant.name, "id_type": _complainant.id_type,
    "id_number": _complainant.id_number, "phone": _complainant.phone_typed,
    "email": _complainant.email, "address": _complainant.address,
    "service": _complaint.service, "category": _complaint.category,
    "summary": _complaint.summary, "description": _complaint.description,
    "loss": _complaint.loss, "requested_resolution": _complaint.requested_resolution,
    "event_place": _complaint.event_place, "lapor_tracking_id": _complaint.lapor_tracking_id,
    "letter_number": _complaint.letter_number, "result": _complaint.result,
    "channel": _complaint.channel, "form": _complaint.form, "status": _complaint.status,
}  # fmt: skip
# Codes by their code or Indonesian label, either case.
CHOICES: dict[str, dict[str, str]] = {
    column: {k.casefold(): str(code) for code, label in labels.items() for k in (code, label)}
    for column, labels in (
        ("channel", CHANNEL_LABELS),
        ("form", FORM_LABELS),
        ("status", STATUS_LABELS),
    )  # fmt: skip
}


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _local(value: Any, with_time: bool) -> datetime | date | None:
    """A date or moment as written; None when empty. Raises InvalidValue."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value if with_time else value.date()
    if isinstance(value, date):
        return datetime.combine(value, BARE_DATE_TIME) if with_time else value
    text = text_of(value)
    found = _DMY.fullmatch(text)
    try:
        if found:
            day, month, year, hour, minute, second = found.groups()
            moment = datetime(int(year), int(month), int(day), int(hour or 8), int(minute or 0),
                              int(second or 0))  # fmt: skip
        elif len(text) == 10:
            moment = datetime.combine(date.fromisoformat(text), BARE_DATE_TIME)
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidValue("import.bad_date") from None
    return moment if with_time else moment.date()


def parse_moment(value: Any) -> datetime | None:
    """ISO 8601 or dd/mm/yyyy [HH:MM]; a bare date is 08:00, no zone is Asia/Pontianak."""
    moment = _local(value, with_time=True)
    if moment is None:
        return None
    assert isinstance(moment, datetime)
    if not in_range(moment.date()):
        raise InvalidValue("import.date_range", first=f"{FIRST_DAY:%d/%m/%Y}",
                           last=f"{last_day():%d/%m/%Y}")  # fmt: skip
    return local_to_utc(moment)


def parse_day(value: Any) -> date | None:
    day = _local(value, with_time=False)
    if day is None:
        return None
    assert isinstance(day, date)
    if not in_range(day):
        raise InvalidValue("import.date_range", first=f"{FIRST_DAY:%d/%m/%Y}",
                           last=f"{last_day():%d/%m/%Y}")  # fmt: skip
    return day


def _parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = text_of(value).casefold()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise InvalidValue("import.yes_no")


def _parse_choice(column: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        text = text_of(value)
        return CHOICES[column].get(text.casefold(), text)

    return parse


PARSERS: dict[str, Callable[[Any], Any]] = {
    "received_at": parse_moment, "closed_at": parse_moment, "event_date": parse_day,
    "anonymous": _parse_bool, "confidential": _parse_bool,
    "channel": _parse_choice("channel"), "form": _parse_choice("form"),
    "status": _parse_choice("status"),
}  # fmt: skip


# Each checked column's room and whether it is a long text (line breaks and tabs allowed).
_ROOM = {
    column: (getattr(stored.type, "length", None), isinstance(stored.type, Text))
    for column, stored in STORED_IN.items()
}


def text_problem(column: str, text: str) -> str | None:
    """Too long for its column, or holding a control character; None when neither."""
    if not text or column not in _ROOM:
        return None
    limit, long_text = _ROOM[column]
    if limit is not None and len(text) > limit:
        return Message("import.too_long", limit=limit, count=len(text))
    if text.isprintable():  # fast: no control character (and nothing else unusual)
        return None
    found = control_characters(text, multiline=long_text)
    if found:
        return Message("import.control", found=", ".join(found))
    return None


# Each column of a row: how it is parsed (None: a plain text) and the room of its column (None:
# its text is not checked).
_PLAN = tuple(
    (column, PARSERS.get(column), _ROOM.get(column)) for column in COLUMNS + OPTIONAL_EXTRA
)


_EMPTY = {column: parse(None) for column, parse in PARSERS.items()}


def row_to_input(row: dict[str, Any], now: datetime | None = None) -> ComplaintInput:
    """The row as a validated complaint, or ValidationFailed naming every bad field. `now`:
    the moment a received date may not be after (the clock's now when None; an import reads
    the clock once for all its rows)."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    get = row.get
    for column, parse, room in _PLAN:
        raw = get(column)
        if parse is None:  # the hot path of a large import: most columns are plain texts
            value: Any = raw.strip() if type(raw) is str else text_of(raw)
        elif raw == "" or raw is None:  # an empty cell: what its parser makes of nothing
            values[column] = _EMPTY[column]
            continue
        else:
            try:
                value = parse(raw)
            except InvalidValue as exc:
                errors[column] = str(exc)
                continue
        values[column] = value
        # text_problem only for a text that is too long or not plainly printable (rare)
        if room is not None and value and type(value) is str:
            limit = room[0]
            if (limit is not None and len(value) > limit) or not value.isprintable():
                problem = text_problem(column, value)
                if problem:
                    errors[column] = problem
    if values.get("received_at") is None and "received_at" not in errors:
        errors["received_at"] = Message("import.required")
    if errors:
        raise ValidationFailed(errors)
    values["status"] = values["status"] or Status.DITERIMA
    return validate(ComplaintInput(**values), now)
