"""Import the CSV or XLSX the SP4N-LAPOR! dashboard exports: each report is matched to our
complaint by its LAPOR! tracking ID (an update: what LAPOR! says now is noted on the
timeline once) or becomes a new complaint of the channel SP4N-LAPOR!. All rows or none, in one
transaction; one Indonesian line per bad row.

THE COLUMN MAPPING, and where it comes from. No public document lists the columns of the
dashboard's export: LAPOR!'s integration documentation is only shown to developer accounts
(https://blog.lapor.go.id/integrasi). The mapping is written from the best public sources found:
- the API LAPOR! documentation (Open Government Indonesia, "API LAPOR!",
  http://events.opengovindonesia.org/index.php/api): a report is identified by its
  "TrackingID" (https://www.lapor.go.id/pengaduan/<TrackingID>) and classified by topic;
- the administrator's guide "Pengelolaan Laporan di Situs LAPOR! V3" (Kemenpan RB; copy at
  https://vdokumen.com/pengelolaan-laporan-di-situs-lapor-v3-a1-verifikasi-a2-tunda-a3-bukan-.html):
  a report's Judul Laporan, Isi Laporan, Kategori, and the actions Verifikasi, Tunda, Bukan
  Wewenang, Arsipkan;
- the "Buku Panduan Adopsi dan Integrasi LAPOR!-SP4N" (KemenPAN-RB, KSP, Ombudsman RI, 2016).
So the names below are the names those sources use, with the spellings an export may have.
MAPPING is the one table to correct when a real export names a column differently: each of
our fields, then the headers (any case, any spacing) that fill it. docs/lapor.md says the same."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.bulk import EVENT_COLS, collector_paused, insert_rows, reserve_ids
from pengaduan_desktop.core.clock import now_utc
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.door import operation, permitted
from pengaduan_desktop.core.duplicates import one_of
from pengaduan_desktop.core.earlier import bare_lapor, import_resemblances
from pengaduan_desktop.core.import_checks import row_to_input, text_of
from pengaduan_desktop.core.import_files import FileUnreadable, decode, sniff_delimiter
from pengaduan_desktop.core.importer import ImportFailed, naive_utc, write_imported
from pengaduan_desktop.core.messages import Text
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.permissions import Permission
from pengaduan_desktop.core.row_problems import field_problems, row_problem
from pengaduan_desktop.core.search import lapor_forms
from pengaduan_desktop.core.text import one_line
from pengaduan_desktop.core.validation import ComplaintInput, ValidationFailed
from pengaduan_desktop.core.vocabulary import Channel, EventKind, Form

# Our field -> the LAPOR! export's headers that fill it (the first: the sources' own name).
MAPPING: dict[str, tuple[str, ...]] = {
    "lapor_tracking_id": ("ID Tracking", "Tracking ID", "TrackingID", "No. Tracking",
                          "Nomor Tracking", "ID Laporan"),
    "received_at": ("Tanggal Laporan", "Tanggal", "Tanggal Masuk", "Waktu Laporan",
                    "Tanggal Dibuat"),
    "summary": ("Judul Laporan", "Judul"),
    "description": ("Isi Laporan", "Isi", "Deskripsi"),
    "category": ("Kategori", "Kategori Laporan", "Topik"),
    "name": ("Nama Pelapor", "Pelapor", "Nama"),
    "email": ("Email Pelapor", "Email", "E-mail"),
    "phone": ("Telepon Pelapor", "No. Telepon", "No. HP", "Nomor HP", "Telepon"),
    "lapor_status": ("Status", "Status Laporan"),
    "lapor_follow_up": ("Tindak Lanjut", "Tindak Lanjut Terakhir", "Tanggapan"),
    "confidential": ("Rahasia",),
}  # fmt: skip
REQUIRED = ("lapor_tracking_id", "received_at", "summary")
# What LAPOR! does not say: a new complaint's service and (without a Kategori) its category.
SERVICE = "Belum ditentukan (dari SP4N-LAPOR!)"
CATEGORY = "Lainnya"
# A named reporter without a contact is reached through their LAPOR! account.
THROUGH_LAPOR = "Melalui akun SP4N-LAPOR!"
NOTE_START = "Dari SP4N-LAPOR!: "


def _key(header: str) -> str:
    return " ".join(header.replace("_", " ").replace(".", ". ").split()).casefold()


_FIELDS = {_key(h): name for name, headers in MAPPING.items() for h in headers}


class Step(StrEnum):
    """What an import is doing, as its progress tells it."""

    CHECK = "check"  # rows read and checked: nothing written yet
    WRITE = "write"  # complaints written


PROGRESS_ROWS = 1000  # rows checked between two reports of progress
Checked = tuple[int, ComplaintInput, str]  # row number, the complaint, LAPOR!'s note


@dataclass
class LaporTable:
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # our field -> header as in the file
    ignored: list[str] = field(default_factory=list)  # headers we do not use


@dataclass(frozen=True)
class LaporImport:
    created: list[str]  # new tracking numbers, in the file's order
    updated: list[str]  # complaints that got LAPOR!'s news on their timeline
    unchanged: int  # matched, with nothing new
    resemblances: list[str] = field(default_factory=list)  # new rows like earlier complaints


def same_id(lapor_id: str) -> str:
    """One key for the forms of one LAPOR! ID ("#N", "LAPOR-N", "N"), as intake and search
    read them (core.earlier.bare_lapor, core.search.lapor_forms)."""
    return bare_lapor(lapor_id).upper()


def read_lapor(path: Path) -> LaporTable:
    if not path.exists():
        raise FileUnreadable(Text("file.missing", path=path))
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text, _notes = decode(path.read_bytes())
        lines = list(csv.reader(io.StringIO(text, newline=""),
                                delimiter=sniff_delimiter(text.partition("\n")[0])))  # fmt: skip
    elif suffix == ".xlsx":
        lines = _xlsx_lines(path)
    else:
        raise FileUnreadable(Text("file.kind_lapor", suffix=suffix or Text("file.no_suffix")))
    if not lines:
        raise FileUnreadable(Text("file.no_header"))
    table = LaporTable()
    names: list[str | None] = []
    for cell in lines[0]:
        header = text_of(cell)
        name = _FIELDS.get(_key(header))
        if name and name not in table.labels:
            table.labels[name] = header
            names.append(name)
        else:
            names.append(None)
            if header:
                table.ignored.append(header)
    missing = [MAPPING[f][0] for f in REQUIRED if f not in table.labels]
    if missing:
        raise ImportFailed([Text("lapor.columns", names=", ".join(missing))])
    for number, values in enumerate(lines[1:], start=2):
        if all(text_of(v) == "" for v in values):
            continue
        table.rows.append((number, {n: v for n, v in zip(names, values, strict=False) if n}))
    return table


def _xlsx_lines(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:
        raise FileUnreadable(Text("file.xlsx")) from None
    try:
        return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def _complaint_row(row: dict[str, Any]) -> dict[str, Any]:
    """The LAPOR! row as a row of our own import (core.import_checks checks it)."""
    ours = {k: v for k, v in row.items() if k in MAPPING and not k.startswith("lapor_")}
    ours["lapor_tracking_id"] = text_of(row.get("lapor_tracking_id"))
    name = text_of(row.get("name"))
    ours.update(channel=Channel.LAPOR.value, form=Form.TERTULIS.value, service=SERVICE,
                category=text_of(row.get("category")) or CATEGORY,
                anonymous="ya" if not name else "tidak")  # fmt: skip
    if name and not (text_of(row.get("phone")) or text_of(row.get("email"))):
        ours["address"] = THROUGH_LAPOR
    return ours


def lapor_note(row: dict[str, Any]) -> str:
    """What LAPOR! says of the report now, as one timeline note ("" when it says nothing)."""
    status, follow_up = text_of(row.get("lapor_status")), text_of(row.get("lapor_follow_up"))
    said = [f"status {status}"] if status else []
    said += [f"tindak lanjut: {follow_up}"] if follow_up else []
    return one_line(NOTE_START + "; ".join(said), 4000) if said else ""


def check(
    table: LaporTable, progress: Callable[[int], None] | None = None
) -> tuple[list[Checked], list[str]]:
    """Every row checked: (row number, the complaint, LAPOR!'s note) and one line per bad
    row, named with the file's own column names. `progress` hears the rows checked so far."""
    good: list[Checked] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    labels = {**{f: MAPPING[f][0] for f in MAPPING}, **table.labels}
    now = now_utc()
    for done, (number, row) in enumerate(table.rows):
        if progress and done % PROGRESS_ROWS == 0:
            progress(done)
        lapor_id = text_of(row.get("lapor_tracking_id"))
        key = same_id(lapor_id)
        if key and key in seen:
            problems.append(Text("lapor.same_id", number=number, id=lapor_id, first=seen[key],
                                 column=labels["lapor_tracking_id"]))  # fmt: skip
            continue
        seen[key] = number
        try:
            good.append((number, row_to_input(_complaint_row(row), now), lapor_note(row)))
        except ValidationFailed as exc:
            said = field_problems(exc.errors, lambda k: labels.get(k, k))
            problems.append(row_problem("baris ", number, said))
    if progress:
        progress(len(table.rows))
    return good, problems


def import_lapor(
    engine: Engine,
    path: Path,
    officer_id: int | None,
    progress: Callable[[Step, int, int], None] | None = None,
) -> LaporImport:
    """Read, check every row, then write all in one transaction (permission INTAKE) through
    the bulk writer of our own import (core.importer.write_imported). `progress(step, done,
    total)` hears the rows read and checked, then the new complaints written (WRITE with 0
    comes before anything is written): an exception it raises stops the import, and the one
    transaction leaves nothing behind wherever it stopped."""
    permitted(engine, officer_id, Permission.INTAKE)
    tell = progress or (lambda _step, _done, _total: None)
    with collector_paused():
        try:
            table = read_lapor(path)
        except FileUnreadable as exc:
            raise ImportFailed([exc.args[0]]) from None
        items, problems = check(table, lambda done: tell(Step.CHECK, done, len(table.rows)))
        if problems:
            raise ImportFailed(problems, refused_rows=len(problems))
        if not items:
            raise ImportFailed([Text("lapor.no_rows")])
        with reading(engine) as session:
            known = _known(session, [item.lapor_tracking_id for _n, item, _note in items])
            new = [(n, item, note) for n, item, note in items
                   if same_id(item.lapor_tracking_id) not in known]  # fmt: skip
            resemblances = import_resemblances(session, [(n, i) for n, i, _ in new], "baris ")
        tell(Step.WRITE, 0, len(new))
        return _write(engine, path, officer_id, items, new, resemblances,
                      lambda done: tell(Step.WRITE, done, len(new)))  # fmt: skip


def _write(engine: Engine, path: Path, officer_id: int | None, items: list[Checked],
           new: list[Checked], resemblances: list[str],
           progress: Callable[[int], None]) -> LaporImport:  # fmt: skip
    """One transaction: the new complaints (each with LAPOR!'s note), then a note on each
    matched complaint with news, then the import's one audit entry."""
    with operation(engine, officer_id, Permission.INTAKE) as (session, _officer):
        created = []
        if new:
            texts = [note for _n, _item, note in new]
            created = write_imported(session, [i for _n, i, _t in new], officer_id, texts, progress)
        fresh = {same_id(item.lapor_tracking_id) for _n, item, _note in new}
        news = {same_id(item.lapor_tracking_id): (item.lapor_tracking_id, note)
                for _n, item, note in items
                if note and same_id(item.lapor_tracking_id) not in fresh}  # fmt: skip
        matched = _known(session, [lapor_id for lapor_id, _note in news.values()])
        notes = {key: note for key, (_id, note) in news.items()}
        updated = _note_news(session, matched, notes, officer_id)
        unchanged = len(items) - len(new) - len(updated)
        audit.append(session, audit.Action.IMPORT, f"lapor:{path.name}"[:100],
                     {"berkas": path.name, "baru": len(created), "diperbarui": len(updated),
                      "tanpa_perubahan": unchanged}, audit.actor(session, officer_id))  # fmt: skip
    return LaporImport(created, updated, unchanged, resemblances)


def _known(session: Any, lapor_ids: list[str]) -> dict[str, tuple[int, str]]:
    """same_id of a LAPOR! tracking ID -> (our complaint id, its tracking number), for those
    recorded in any of its forms (the first recorded)."""
    found: dict[str, tuple[int, str]] = {}
    forms = list(
        dict.fromkeys(f for i in lapor_ids if same_id(i) for f in lapor_forms(bare_lapor(i)))
    )
    for start in range(0, len(forms), 500):
        chunk = forms[start : start + 500]
        for cid, number, lapor_id in session.execute(
            select(Complaint.id, Complaint.tracking_number, Complaint.lapor_tracking_id)
            .where(one_of(session, Complaint.lapor_tracking_id, chunk),
                   Complaint.lapor_tracking_id != "")
            .order_by(Complaint.id)):  # fmt: skip
            found.setdefault(same_id(lapor_id), (cid, number))
    return found


def _note_news(session: Any, ids: dict[str, tuple[int, str]], notes: dict[str, str],
               officer_id: int | None) -> list[str]:  # fmt: skip
    """A note on each complaint whose LAPOR! news differs from the last note taken from
    LAPOR! (importing the same file twice notes nothing twice); returns their numbers."""
    last: dict[int, str] = {}
    complaint_ids = [cid for cid, _number in ids.values()]
    for start in range(0, len(complaint_ids), 500):
        rows = session.execute(
            select(Event.complaint_id, Event.text)
            .where(Event.complaint_id.in_(complaint_ids[start:start + 500]),
                   Event.kind == EventKind.NOTE, Event.text.startswith(NOTE_START))
            .order_by(Event.id))  # fmt: skip
        last.update(dict(rows.all()))
    news = [(cid, number, notes[lapor_id]) for lapor_id, (cid, number) in ids.items()
            if last.get(cid) != notes[lapor_id]]  # fmt: skip
    if not news:
        return []
    conn = session.connection()
    now = naive_utc(now_utc())
    insert_rows(conn, "event", EVENT_COLS, [
        (event_id, cid, EventKind.NOTE.value, officer_id, now, note)
        for event_id, (cid, _number, note) in zip(reserve_ids(conn, "event", len(news)), news,
                                                  strict=True)])  # fmt: skip
    return [number for _cid, number, _note in news]
