"""The desk's working views (issue 12, item 7), in core and on paper: the built-in views, the
officer's own saved views, the bulk disposition (all or nothing), the filtered list as XLSX
and PDF (every row, streamed), and the lembar disposisi. Real databases, real files read back
with openpyxl and pypdf."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.bulk_disposition import dispose_many
from pengaduan_desktop.core.caselist import CaseFilter, SortKey, count_cases, fetch_page
from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.disposition_data import (
    PRINTED_TEXT,
    disposition_sheets,
    record_sheets_printed,
)
from pengaduan_desktop.core.errors import Forbidden, InvalidValue, WorkflowError
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.list_export import all_rows
from pengaduan_desktop.core.models import Complaint, Event
from pengaduan_desktop.core.saved_views import (
    BuiltIn,
    ViewSpec,
    built_in_filter,
    delete_view,
    rename_view,
    save_view,
    saved_views,
    week_of,
)
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.units import add_unit
from pengaduan_desktop.core.vocabulary import EventKind, Status
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.services.case_list import export_list
from pengaduan_desktop.services.disposition_sheet import sheets_pdf
from tests.helpers import add_account, complaint, fill_office, pdf_fonts, pdf_pages, pdf_text

TODAY = date(2026, 11, 29)  # the pinned day (conftest): a Sunday


@pytest.fixture
def desk(engine: Engine) -> dict[str, int]:
    """Two units, a petugas, a unit officer of unit X, and complaints: one due this week, one
    due next week, one overdue from May, one closed; the first two disposed to unit X and Y."""
    fill_office(engine)
    x = add_unit(engine, "UJX", "Bidang Uji Perbendaharaan", None)
    y = add_unit(engine, "UJY", "Bidang Uji Anggaran", None)
    petugas = add_account(engine, "petugas")
    unit = add_account(engine, "unit", unit_id=x)

    def received(day: date, **changes: object) -> int:
        at = datetime(day.year, day.month, day.day, 9, 0, tzinfo=LOCAL_TZ)
        return register(engine, complaint(received_at=at, **changes), None).id

    this_week = received(date(2026, 11, 20), summary="Jatuh tempo minggu ini")
    next_week = received(date(2026, 11, 26), summary="Jatuh tempo minggu depan")
    old = received(date(2026, 5, 24), summary="Terlambat sejak Mei")
    closed = received(date(2026, 11, 2), summary="Sudah selesai")
    for cid, unit_id in ((this_week, x), (next_week, y), (closed, x)):
        perform(engine, cid, Action.VERIFY, None)
        perform(engine, cid, Action.DISPOSE, None, "Mohon diperiksa", unit_id=unit_id)
    perform(engine, closed, Action.RESOLVE, None, "Dana telah dicairkan")
    return {
        "x": x,
        "y": y,
        "petugas": petugas,
        "unit": unit,
        "this_week": this_week,
        "next_week": next_week,
        "old": old,
        "closed": closed,
    }


def _ids(engine: Engine, f: CaseFilter) -> set[int]:
    return {r.id for r in fetch_page(engine, f, limit=100)}


# -- built-in views ----------------------------------------------------------------------------
def test_built_in_views(engine: Engine, desk: dict[str, int]) -> None:
    base = CaseFilter()
    with reading(engine) as session:
        manager = session.scalar(select(Complaint.responsible_officer_id).limit(1))
    mine_unit = built_in_filter(BuiltIn.MINE, base, desk["unit"], desk["x"], TODAY)
    assert _ids(engine, mine_unit) == {desk["this_week"], desk["closed"]}
    # The Pejabat Pengelola is responsible for every complaint received here.
    mine_manager = built_in_filter(BuiltIn.MINE, base, manager, None, TODAY)
    assert len(_ids(engine, mine_manager)) == 4
    # The petugas is responsible for none and has no unit.
    assert _ids(engine, built_in_filter(BuiltIn.MINE, base, desk["petugas"], None, TODAY)) == set()
    opened = built_in_filter(BuiltIn.OPEN, base, None, None, TODAY)
    assert _ids(engine, opened) == {desk["this_week"], desk["next_week"], desk["old"]}
    due = built_in_filter(BuiltIn.DUE_THIS_WEEK, base, None, None, TODAY)
    assert week_of(TODAY) == (date(2026, 11, 23), date(2026, 11, 29))
    assert _ids(engine, due) == {desk["this_week"]}
    assert count_cases(engine, due) == 1
    # A view narrows what the filter bar already chose, and the unit officer's scope stays.
    assert _ids(
        engine, built_in_filter(BuiltIn.OPEN, CaseFilter(viewer_id=desk["unit"]), None, None, TODAY)
    ) == {desk["this_week"]}


# -- saved views -------------------------------------------------------------------------------
def test_saved_views_are_the_officers_own(engine: Engine, desk: dict[str, int]) -> None:
    petugas, unit = desk["petugas"], desk["unit"]
    spec = ViewSpec(
        status=Status.DIDISPOSISIKAN.value,
        unit_id=desk["x"],
        period="this_month",
        search="SP2D",
        sort="due",
        descending=False,
    )
    first = save_view(engine, petugas, "  Disposisi   Perbendaharaan ", spec)
    save_view(engine, petugas, "Anggaran", ViewSpec(unit_id=desk["y"]))
    assert [(v.name, v.spec) for v in saved_views(engine, petugas)] == [
        ("Anggaran", ViewSpec(unit_id=desk["y"])),
        ("Disposisi Perbendaharaan", spec),
    ]
    assert saved_views(engine, unit) == []
    # The same name again replaces the filter kept under it.
    assert save_view(engine, petugas, "anggaran", ViewSpec(search="gaji")) != first
    assert [v.spec.search for v in saved_views(engine, petugas)] == ["gaji", "SP2D"]
    rename_view(engine, petugas, first, "Perbendaharaan")
    with pytest.raises(InvalidValue, match="sudah dipakai"):
        rename_view(engine, petugas, first, "ANGGARAN")
    with pytest.raises(InvalidValue, match="tampilan bawaan"):
        save_view(engine, petugas, "Semua terbuka", spec)
    with pytest.raises(InvalidValue, match="wajib diisi"):
        rename_view(engine, petugas, first, "   ")
    with pytest.raises(InvalidValue, match="paling banyak 80"):
        save_view(engine, petugas, "x" * 81, spec)
    # Another officer may neither rename nor delete it.
    with pytest.raises(Forbidden, match="milik petugas lain"):
        rename_view(engine, unit, first, "Punya saya")
    with pytest.raises(Forbidden, match="milik petugas lain"):
        delete_view(engine, unit, first)
    delete_view(engine, petugas, first)
    assert [v.name for v in saved_views(engine, petugas)] == ["anggaran"]
    steps = [
        e.detail
        for e in audit.entries(engine, limit=20).rows
        if e.action == audit.Action.SAVED_VIEW
    ]
    assert len(steps) == 5  # saved, saved, replaced, renamed, deleted


def test_a_saved_spec_from_another_version_still_opens() -> None:
    assert ViewSpec.from_json(
        '{"status": 5, "search": "gaji", "future": 1, "unit_id": true}'
    ) == ViewSpec(search="gaji")
    assert ViewSpec.from_json("not json") == ViewSpec()
    assert ViewSpec.from_json("[1, 2]") == ViewSpec()
    spec = ViewSpec(status="diterima", officer_id=3, descending=False)
    assert ViewSpec.from_json(spec.to_json()) == spec


# -- bulk disposition --------------------------------------------------------------------------
def _statuses(engine: Engine, ids: list[int]) -> dict[int, tuple[str, int | None]]:
    with reading(engine) as session:
        rows = session.execute(
            select(Complaint.id, Complaint.status, Complaint.unit_id).where(Complaint.id.in_(ids))
        )
        return {r.id: (r.status, r.unit_id) for r in rows}


def test_bulk_disposition_is_all_or_nothing(engine: Engine, desk: dict[str, int]) -> None:
    old, this_week, closed = desk["old"], desk["this_week"], desk["closed"]
    perform(engine, old, Action.VERIFY, desk["petugas"])
    before = _statuses(engine, [old, this_week, closed])
    entries = audit.entries(engine, limit=1).total
    with pytest.raises(WorkflowError) as refused:
        dispose_many(
            engine, [old, this_week, closed], desk["y"], "Mohon ditindaklanjuti", desk["petugas"]
        )
    message = str(refused.value)
    assert "tidak ada yang didisposisikan: 1 dari 3" in message
    with reading(engine) as session:
        number = session.get(Complaint, closed).tracking_number  # type: ignore[union-attr]
    assert f"{number}: Disposisikan ke unit tidak dapat dilakukan" in message
    assert _statuses(engine, [old, this_week, closed]) == before
    assert audit.entries(engine, limit=1).total == entries
    assert (
        dispose_many(engine, [old, this_week], desk["y"], "Mohon ditindaklanjuti", desk["petugas"])
        == 2
    )
    after = _statuses(engine, [old, this_week])
    assert after == {
        old: (Status.DIDISPOSISIKAN.value, desk["y"]),
        this_week: (Status.DIDISPOSISIKAN.value, desk["y"]),
    }
    with reading(engine) as session:
        texts = session.scalars(
            select(Event.text).where(
                Event.complaint_id.in_([old, this_week]),
                Event.kind == EventKind.DISPOSED,
                Event.officer_id == desk["petugas"],
            )
        ).all()
    assert texts == ["Kepada Bidang Uji Anggaran: Mohon ditindaklanjuti"] * 2


def test_bulk_disposition_refusals(engine: Engine, desk: dict[str, int]) -> None:
    ids = [desk["this_week"], desk["next_week"]]
    with pytest.raises(Forbidden, match="tidak berwenang"):
        dispose_many(engine, ids, desk["y"], "Ke anggaran", desk["unit"])
    with pytest.raises(WorkflowError, match="instruksi disposisi wajib diisi"):
        dispose_many(engine, ids, desk["y"], "  ", desk["petugas"])
    with pytest.raises(WorkflowError, match="pilih unit tujuan"):
        dispose_many(engine, ids, None, "Ke anggaran", desk["petugas"])
    with pytest.raises(InvalidValue, match="pilih pengaduan"):
        dispose_many(engine, [], desk["y"], "Ke anggaran", desk["petugas"])
    with pytest.raises(InvalidValue, match="paling banyak 500"):
        dispose_many(engine, list(range(1, 502)), desk["y"], "Ke anggaran", desk["petugas"])


# -- the filtered list, every row --------------------------------------------------------------
def test_all_rows_streams_every_row_in_the_lists_order(
    engine: Engine, desk: dict[str, int]
) -> None:
    f = CaseFilter()
    for sort in (SortKey.RECEIVED, SortKey.DUE, SortKey.NUMBER):
        whole = [r.id for r in fetch_page(engine, f, sort, False, limit=100)]
        assert [r.id for r in all_rows(engine, f, sort, False, batch=1)] == whole
        assert [r.id for r in all_rows(engine, f, sort, False, batch=3)] == whole


def test_list_export_xlsx_and_pdf_hold_exactly_the_filter(
    engine: Engine, desk: dict[str, int], tmp_path: Path
) -> None:
    linked = register(
        engine,
        complaint(
            summary='=HYPERLINK("http://x")',
            received_at=datetime(2026, 11, 27, 9, 0, tzinfo=LOCAL_TZ),
        ),
        None,
    )
    with writing(engine) as session:  # as an SP4N-LAPOR! import leaves it
        session.get_one(Complaint, linked.id).lapor_tracking_id = "LPR-6123456"
    f = built_in_filter(BuiltIn.OPEN, CaseFilter(), None, None, TODAY)
    heard: list[int] = []
    xlsx = tmp_path / "terbuka.xlsx"
    assert (
        export_list(
            engine,
            f,
            SortKey.RECEIVED,
            True,
            xlsx,
            desk["petugas"],
            "Semua terbuka",
            progress=heard.append,
        )
        == 4
    )
    sheet = load_workbook(xlsx).active
    values = list(sheet.values)
    assert values[0][0] == "Daftar Pengaduan · Semua terbuka"
    assert values[1][:4] == ("Nomor", "ID SP4N-LAPOR!", "Diterima", "Pengadu")
    body = values[2:]
    assert [row[1] for row in body] == ["LPR-6123456", None, None, None]
    assert [row[4] for row in body] == [
        '=HYPERLINK("http://x")',
        "Jatuh tempo minggu depan",
        "Jatuh tempo minggu ini",
        "Terlambat sejak Mei",
    ]
    assert sheet.cell(3, 5).data_type == "s" and sheet.cell(3, 5).quotePrefix
    assert isinstance(body[0][2], datetime) and isinstance(body[0][8], datetime)
    pdf = tmp_path / "terbuka.pdf"
    export_list(
        engine, f, SortKey.DUE, False, pdf, desk["petugas"], "Semua terbuka", "Pegawai Petugas"
    )
    data = pdf.read_bytes()
    text = pdf_text(data)
    assert "Daftar Pengaduan" in text and "Tampilan: Semua terbuka" in text
    assert "oleh Pegawai Petugas" in text
    assert "Terlambat sejak Mei" in text and "Sudah selesai" not in text
    assert all(
        font.startswith(("DejaVu", "AAAAAA")) or "DejaVu" in font for font in pdf_fonts(data)
    )
    with reading(engine) as session:
        numbers = session.scalars(
            select(Complaint.tracking_number).where(Complaint.status != Status.SELESAI.value)
        ).all()
    assert all(n in text for n in numbers)
    exports = [
        e
        for e in audit.entries(engine, limit=5).rows
        if e.action == audit.Action.EXPORT and e.subject == "complaint_list"
    ]
    assert len(exports) == 2 and '"baris": 4' in exports[0].detail


def test_list_export_of_a_unit_officer_holds_only_their_units(
    engine: Engine, desk: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "unit.xlsx"
    assert (
        export_list(engine, CaseFilter(), SortKey.RECEIVED, True, path, desk["unit"], "Semua") == 2
    )


def test_a_long_list_pdf_runs_over_pages(
    engine: Engine, desk: dict[str, int], tmp_path: Path
) -> None:
    for n in range(70):
        register(engine, complaint(summary=f"Pengaduan nomor {n} " + "panjang " * (n % 9)), None)
    path = tmp_path / "semua.pdf"
    assert export_list(engine, CaseFilter(), SortKey.NUMBER, False, path, None, "Semua") == 74
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert len(reader.pages) >= 2
    assert "Halaman 2" in reader.pages[1].extract_text()


# -- the lembar disposisi ----------------------------------------------------------------------
def test_disposition_sheets_one_page_each(engine: Engine, desk: dict[str, int]) -> None:
    secret = register(
        engine,
        complaint(name="Rahasia Sekali", confidential=True, summary="Pengaduan rahasia"),
        None,
    ).id
    ids = [desk["this_week"], desk["old"], secret]
    pdf, numbers = sheets_pdf(engine, ids, desk["petugas"])
    assert pdf_pages(pdf) == 3
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    first = " ".join(pages[0].split())
    for words in (
        "LEMBAR DISPOSISI",
        "Nomor agenda",
        numbers[0],
        "Diterima tanggal",
        "Surat/pengaduan dari",
        "Siti Aminah",
        "Perihal",
        "Jatuh tempo minggu ini",
        "Diteruskan kepada",
        "Bidang Uji Perbendaharaan",
        "Isi disposisi",
        "Mohon diperiksa",
        "Paraf",
        "Dengan hormat harap",
    ):
        assert words in first, words
    assert "Kepada Bidang Uji Perbendaharaan:" not in first  # the unit is its own box
    assert "Rahasia Sekali" not in pages[2] and "(dirahasiakan)" in pages[2]
    with pytest.raises(Forbidden, match="tidak berwenang"):
        sheets_pdf(engine, ids, desk["unit"])
    with pytest.raises(Forbidden, match="tidak didisposisikan"):
        disposition_sheets(engine, [desk["next_week"]], desk["unit"], TODAY)
    record_sheets_printed(engine, numbers, "dicetak", desk["petugas"])
    with reading(engine) as session:
        printed = session.scalar(
            select(func.count())
            .select_from(Event)
            .where(Event.kind == EventKind.PRINTED, Event.text.startswith(PRINTED_TEXT))
        )
    assert printed == 3
