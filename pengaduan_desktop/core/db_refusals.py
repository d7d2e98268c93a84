"""A write the database refused (a constraint, a value that does not fit its column), said in
one sentence that never repeats the statement's values: they hold NIK, phone numbers and
addresses. PostgreSQL's own text does ("Key (nik)=(…) already exists", "Failing row contains
(…)"), so only its error code and the constraint's name are used; SQLite's text names only
the table and column."""

from __future__ import annotations

import re
import sqlite3

REFUSED = "data tidak dapat disimpan"
_LENGTH = re.compile(r"character varying\((\d+)\)")
BY_CODE = {  # PostgreSQL SQLSTATE -> what the officer reads
    "23505": "data yang sama sudah tercatat",
    "23503": "data yang dirujuk tidak ada (lagi)",
    "23502": "isian wajib masih kosong",
    "23514": "nilai tidak memenuhi aturan basis data",
    "22001": "teks lebih panjang daripada yang dapat disimpan",
    "22003": "angka di luar jangkauan",
    "22007": "tanggal atau waktu tidak sah",
    "22008": "tanggal atau waktu di luar jangkauan",
}


def refused_value(exc: BaseException) -> str:
    """The sentence for an IntegrityError or DataError."""
    orig = getattr(exc, "orig", exc)
    if isinstance(orig, sqlite3.Error):  # "UNIQUE constraint failed: complaint.lapor_id"
        return f"{REFUSED}: {str(orig).splitlines()[0]}"
    diag = getattr(orig, "diag", None)
    code = getattr(orig, "sqlstate", None) or getattr(diag, "sqlstate", None) or ""
    what = BY_CODE.get(code, "nilai tidak sesuai dengan kolom basis data")
    primary = str(getattr(diag, "message_primary", "") or "")
    if code == "22001" and (length := _LENGTH.search(primary)):
        what += f" (paling banyak {length.group(1)} karakter)"
    names = [getattr(diag, "constraint_name", None), getattr(diag, "column_name", None)]
    named = ", ".join(n for n in names if n)
    return f"{REFUSED}: {what}" + (f" ({named})" if named else "")


def read_only(exc: BaseException) -> bool:
    """A write refused because the database is read-only: an SQLite file opened read-only (or
    not writable), a PostgreSQL server or database in read-only mode (SQLSTATE 25006)."""
    orig = getattr(exc, "orig", exc)
    if isinstance(orig, sqlite3.Error):
        return "readonly database" in str(orig)
    return getattr(orig, "sqlstate", None) == "25006"


_DETAIL = re.compile(r"^\s*(DETAIL|CONTEXT):.*\n?", re.MULTILINE)
_PARAMETERS = re.compile(r"\[parameters: .*?\]$", re.MULTILINE | re.DOTALL)


def scrubbed_report(exc: BaseException) -> str:
    """A bug's traceback as it may be logged or shown: without PostgreSQL's DETAIL and CONTEXT
    lines (they quote the row's values) and without a statement's parameters."""
    import traceback

    report = "".join(traceback.format_exception(exc))
    return _PARAMETERS.sub("[parameters: disembunyikan]", _DETAIL.sub("", report))
