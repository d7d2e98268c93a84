"""Corrections that cannot rewrite history: once the receipt was printed or the complaint
closed, its received time, channel and identity change only by the Pejabat Pengelola, with a
reason; the event and the audit say old → new; the monthly report notes what changed after
it was issued."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.complaint_detail import complaint_detail
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.editing import (
    LOCKED_FIELDS,
    correction_rule,
    update_complaint,
)
from pengaduan_desktop.core.errors import Forbidden
from pengaduan_desktop.core.events import record_event
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import AuditEntry, Complaint, Event, Unit
from pengaduan_desktop.core.monthly import Month, month_figures
from pengaduan_desktop.core.officers import OfficerData, add_officer
from pengaduan_desktop.core.sla import Sla
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.validation import ValidationFailed
from pengaduan_desktop.core.vocabulary import EventKind, Role
from pengaduan_desktop.services.monthly_report import issue, preview
from tests.conftest import PINNED_NOW
from tests.helpers import complaint, fill_office, pdf_text

OCTOBER = Month(2026, 10)
REASON = "Salah ketik tanggal saat pencatatan; surat pengadu berstempel 15 Oktober"


def officer(engine: Engine, name: str, nip: str, role: Role, unit_id: int | None = None) -> int:
    return add_officer(engine, OfficerData(name, nip, "Jabatan uji", role, unit_id=unit_id), None)


@pytest.fixture
def people(engine: Engine) -> dict[str, int]:
    with reading(engine) as session:
        unit = session.scalars(select(Unit.id).order_by(Unit.id)).first()
    return {
        "pengelola": officer(engine, "Hendra Pengelola", "197805102005011002", Role.PENGELOLA),
        "petugas": officer(engine, "Rina Petugas", "198501152010012001", Role.PETUGAS),
        "unit": officer(engine, "Umar Unit", "199002022015031003", Role.UNIT, unit),
    }


def late_closed(engine: Engine) -> int:
    """Received Tue 6 Oct 2026 (due Tue 13 Oct), resolved Tue 20 Oct: late."""
    return register(engine, complaint(
        received_at=datetime(2026, 10, 6, 10, 0, tzinfo=LOCAL_TZ), channel="email",
        form="tertulis", status="selesai", result="Dana sudah cair",
        closed_at=datetime(2026, 10, 20, 10, 0, tzinfo=LOCAL_TZ),
    )).id  # fmt: skip


def trail(engine: Engine) -> tuple[int, int]:
    """How many events and audit entries there are: a refusal writes neither."""
    with reading(engine) as session:
        events = session.scalar(select(func.count()).select_from(Event)) or 0
        entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
        return events, entries


def last_correction(engine: Engine) -> dict[str, object]:
    with reading(engine) as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "correction")
                                .order_by(AuditEntry.id.desc())).first()  # fmt: skip
        assert entry is not None
        return {"officer": entry.officer_id, **json.loads(entry.detail)}


MOVED = datetime(2026, 10, 15, 9, 0, tzinfo=LOCAL_TZ)


def test_a_closed_complaints_received_date_only_by_the_pengelola_with_a_reason(
    engine: Engine, people: dict[str, int]
) -> None:
    cid = late_closed(engine)
    d = complaint_detail(engine, cid)
    assert d.sla == Sla.CLOSED_LATE
    moved = replace(d.data, received_at=MOVED)
    written = trail(engine)
    with pytest.raises(Forbidden) as refused:  # the Petugas: refused, whatever the reason
        update_complaint(engine, cid, d.data, moved, people["petugas"], d.version, REASON)
    assert str(refused.value) == (
        "pengaduan sudah ditutup: waktu diterima hanya dapat dikoreksi oleh Pejabat Pengelola "
        "Pengaduan"
    )
    with pytest.raises(ValidationFailed) as failed:  # the Pengelola without a reason
        update_complaint(engine, cid, d.data, moved, people["pengelola"], d.version, "   ")
    assert failed.value.errors == {
        "reason": "alasan koreksi wajib diisi karena waktu diterima dikoreksi"
    }
    assert trail(engine) == written  # nothing written by either
    assert complaint_detail(engine, cid).data.received_at == d.data.received_at

    labels = update_complaint(engine, cid, d.data, moved, people["pengelola"], d.version, REASON)
    assert labels == ["waktu diterima"]
    after = complaint_detail(engine, cid)
    assert after.data.received_at == MOVED and after.due_date == date(2026, 10, 22)
    assert after.sla == Sla.CLOSED_ON_TIME  # follows the current values
    step = after.timeline[-1]
    assert step.officer == "Hendra Pengelola"
    assert step.text == (
        "Data diubah: waktu diterima: 6 Oktober 2026 pukul 10.00 WIB → 15 Oktober 2026 pukul "
        "09.00 WIB; batas waktu: 13 Oktober 2026 → 22 Oktober 2026; ketepatan waktu: Selesai "
        f"terlambat → Selesai tepat waktu. Alasan: {REASON}"
    )
    assert last_correction(engine) == {
        "officer": people["pengelola"],
        "alasan": REASON,
        "perubahan": {
            "waktu diterima": {"lama": "2026-10-06T03:00:00.000000+00:00",
                               "baru": "2026-10-15T02:00:00.000000+00:00"},
            "batas waktu": {"lama": "2026-10-13", "baru": "2026-10-22"},
            "ketepatan waktu": {"lama": "Selesai terlambat", "baru": "Selesai tepat waktu"},
        },
    }  # fmt: skip


def test_other_fields_of_a_closed_complaint_stay_open_to_the_petugas(
    engine: Engine, people: dict[str, int]
) -> None:
    cid = late_closed(engine)
    d = complaint_detail(engine, cid)
    after = replace(d.data, summary="Pencairan SP2D terlambat tiga minggu", phone="0561 736541")
    assert update_complaint(engine, cid, d.data, after, people["petugas"], d.version) == [
        "perihal", "telepon",
    ]  # fmt: skip
    assert "alasan" not in last_correction(engine)


def test_the_printed_receipt_locks_an_open_complaint(
    engine: Engine, people: dict[str, int]
) -> None:
    saved = register(engine, complaint())
    petugas = people["petugas"]
    d = complaint_detail(engine, saved.id)
    assert correction_rule(engine, saved.id, petugas).read_only == ()
    # Before the receipt leaves the desk the Petugas fixes a mistyped channel, no reason asked.
    after = replace(d.data, channel="telepon")
    assert update_complaint(engine, saved.id, d.data, after, petugas, d.version) == ["kanal"]
    record_event(engine, saved.tracking_number, EventKind.PRINTED, "Tanda bukti dicetak", petugas)
    rule = correction_rule(engine, saved.id, petugas)
    assert rule.lock == "tanda bukti pengaduan sudah dicetak" and rule.read_only == LOCKED_FIELDS
    assert (
        rule.note() == "Tanda bukti pengaduan sudah dicetak: koreksi hanya oleh Pejabat Pengelola"
    )
    d = complaint_detail(engine, saved.id)
    renamed = replace(d.data, name="Siti Aminah Lubis", id_number="6171055203850002")
    with pytest.raises(Forbidden, match="nama dan nomor identitas hanya dapat dikoreksi oleh"):
        update_complaint(engine, saved.id, d.data, renamed, petugas, d.version, REASON)
    moved = replace(d.data, address="Jl. Ahmad Yani No. 1, Pontianak")  # contact: not locked
    assert update_complaint(engine, saved.id, d.data, moved, petugas, d.version) == ["alamat"]
    d = complaint_detail(engine, saved.id)
    renamed = replace(d.data, name="Siti Aminah Lubis", confidential=True)
    assert update_complaint(engine, saved.id, d.data, renamed, people["pengelola"], d.version,
                            "Nama lengkap sesuai KTP") == ["kerahasiaan", "nama"]  # fmt: skip
    assert (
        complaint_detail(engine, saved.id)
        .timeline[-1]
        .text.endswith("Alasan: Nama lengkap sesuai KTP")
    )


def test_who_may_edit_at_all(engine: Engine, people: dict[str, int]) -> None:
    cid = late_closed(engine)
    d = complaint_detail(engine, cid)
    after = replace(d.data, summary="Perihal lain")
    with pytest.raises(Forbidden, match="tidak berwenang mengubah data pengaduan"):
        update_complaint(engine, cid, d.data, after, people["unit"], d.version)
    unit = correction_rule(engine, cid, people["unit"])
    assert not unit.may_edit and set(unit.read_only) == set(d.data.__dict__) & set(unit.read_only)
    assert "summary" in unit.read_only and unit.note().startswith("Peran Petugas unit kerja")
    pengelola = correction_rule(engine, cid, people["pengelola"])
    assert pengelola.read_only == () and pengelola.asks_reason
    assert pengelola.note() == (
        "Pengaduan sudah ditutup: koreksi waktu diterima, kanal dan identitas pengadu wajib "
        "disertai alasan"
    )


def test_a_received_time_after_the_closing_is_refused_next_to_its_field(
    engine: Engine, people: dict[str, int]
) -> None:
    cid = late_closed(engine)
    d = complaint_detail(engine, cid)
    after = replace(d.data, received_at=datetime(2026, 10, 21, 9, 0, tzinfo=LOCAL_TZ))
    with pytest.raises(ValidationFailed) as failed:
        update_complaint(engine, cid, d.data, after, people["pengelola"], d.version, REASON)
    assert failed.value.errors == {
        "received_at": "waktu diterima tidak boleh sesudah pengaduan ditutup"
    }


def test_the_report_counts_current_values_and_notes_corrections_after_issue(
    engine: Engine, people: dict[str, int]
) -> None:
    fill_office(engine)
    cid = late_closed(engine)
    other = register(engine, complaint(received_at=datetime(2026, 10, 30, 9, 0, tzinfo=LOCAL_TZ),
                                       summary="Diterima akhir bulan")).id  # fmt: skip
    before = month_figures(engine, OCTOBER)
    assert (before.closed_late, before.closed_on_time, before.received) == (1, 0, 2)
    assert before.first_issue is None and before.corrections == []
    _figures, draft = preview(engine, OCTOBER, "", "")
    assert "Koreksi setelah laporan diterbitkan" not in pdf_text(draft)
    first = issue(engine, OCTOBER, "Kesimpulan.", "Rekomendasi.", people["pengelola"])
    assert "Koreksi setelah" not in pdf_text(bytes(draft))

    with clock.pinned(PINNED_NOW + timedelta(hours=2)):  # corrected after the issue
        d = complaint_detail(engine, cid)
        update_complaint(engine, cid, d.data, replace(d.data, received_at=MOVED),
                         people["pengelola"], d.version, REASON)  # fmt: skip
        d = complaint_detail(engine, other)  # moved into November: out of October's figures
        update_complaint(engine, other, d.data,
                         replace(d.data, received_at=datetime(2026, 11, 2, 9, 0, tzinfo=LOCAL_TZ),
                                 name="Siti Aminah Lubis"),
                         people["pengelola"], d.version, "Tanggal surat dibaca salah")  # fmt: skip
        d = complaint_detail(engine, cid)  # a field the report does not need: still noted
        update_complaint(engine, cid, d.data, replace(d.data, summary="SP2D cair terlambat"),
                         people["petugas"], d.version)  # fmt: skip

    figures = month_figures(engine, OCTOBER)
    assert (figures.closed_late, figures.closed_on_time, figures.received) == (0, 1, 1)
    assert figures.first_issue is not None and figures.first_issue.number == first.letter_number
    notes = [(c.tracking_number, c.field, c.change, c.officer, c.reason)
             for c in figures.corrections]  # fmt: skip
    late, moved = "ADU-2026-000001", "ADU-2026-000002"
    assert notes == [
        (late, "waktu diterima", "6 Oktober 2026 pukul 10.00 WIB → 15 Oktober 2026 pukul 09.00 "
         "WIB", "Hendra Pengelola", REASON),
        (late, "batas waktu", "13 Oktober 2026 → 22 Oktober 2026", "Hendra Pengelola", REASON),
        (late, "ketepatan waktu", "Selesai terlambat → Selesai tepat waktu", "Hendra Pengelola",
         REASON),
        (moved, "waktu diterima", "30 Oktober 2026 pukul 09.00 WIB → 2 November 2026 pukul "
         "09.00 WIB", "Hendra Pengelola", "Tanggal surat dibaca salah"),
        (moved, "nama", "diubah (data pribadi, tidak dicantumkan)", "Hendra Pengelola",
         "Tanggal surat dibaca salah"),
        (moved, "batas waktu", "6 November 2026 → 9 November 2026", "Hendra Pengelola",
         "Tanggal surat dibaca salah"),
        (late, "perihal", "Pencairan SP2D terlambat dua minggu → SP2D cair terlambat",
         "Rina Petugas", ""),
    ]  # fmt: skip
    assert month_figures(engine, Month(2026, 11)).first_issue is None  # never issued

    second = issue(engine, OCTOBER, "Kesimpulan diperbaiki.", "Rekomendasi.", people["pengelola"])
    assert second.revision == 1
    from pengaduan_desktop.core.reports import issued_pdf

    pdf = issued_pdf(engine, second.id)
    if os.environ.get("PENGADUAN_SHOTS"):  # to look at it: pdftoppm -png -r 60
        Path(os.environ["PENGADUAN_SHOTS"], "koreksi-oktober.pdf").write_bytes(pdf)
    text = " ".join(pdf_text(pdf).split())
    assert "Koreksi setelah laporan diterbitkan" in text
    assert f"menggantikan laporan Nomor {first.letter_number}" in text
    assert "7 perubahan data" in text
    for words in (late, moved, "Selesai terlambat → Selesai tepat waktu", REASON,
                  "Hendra Pengelola", "13 Oktober 2026 → 22 Oktober 2026",
                  "diubah (data pribadi, tidak dicantumkan)"):  # fmt: skip
        assert words in text, words
    assert "Siti Aminah Lubis" not in text  # personal values never printed in the note
    with reading(engine) as session:  # and the database keeps the current values
        row = session.get(Complaint, other)
        assert row is not None and row.complainant.name == "Siti Aminah Lubis"
