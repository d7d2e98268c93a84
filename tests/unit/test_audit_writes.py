"""Every kind of write leaves exactly one audit entry (two where a letter number is given on
the way), in the same transaction, naming what changed; the chain stays intact."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.agenda import LetterKind, Series, all_series, save_all_series
from pengaduan_desktop.core.attachments import add_attachment
from pengaduan_desktop.core.calendar_service import set_override, set_sla_days
from pengaduan_desktop.core.complaint_detail import complaint_detail, record_identity_view
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.editing import update_complaint
from pengaduan_desktop.core.errors import WorkflowError
from pengaduan_desktop.core.events import record_event
from pengaduan_desktop.core.exports import export_month
from pengaduan_desktop.core.importer import import_file
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.letters import issue_letter
from pengaduan_desktop.core.lifecycle import Letter
from pengaduan_desktop.core.models import AuditEntry
from pengaduan_desktop.core.monthly import Month, month_figures
from pengaduan_desktop.core.office_setup import read_office, save_office, set_value
from pengaduan_desktop.core.rejection import RejectionKind, save_reason
from pengaduan_desktop.core.reports import save_draft
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.vocabulary import EventKind
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.services.monthly_report import issue
from tests.helpers import complaint, fill_office


def last_id(engine: Engine) -> int:
    with reading(engine) as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def since(engine: Engine, first: int) -> list[tuple[str, str, dict[str, object]]]:
    with reading(engine) as session:
        rows = session.scalars(
            select(AuditEntry).where(AuditEntry.id > first).order_by(AuditEntry.id)
        ).all()
    return [(r.action, r.subject, json.loads(r.detail)) for r in rows]


def test_intake_correction_and_workflow(engine: Engine) -> None:
    mark = last_id(engine)
    saved = register(engine, complaint(confidential=True))
    [(action, subject, detail)] = since(engine, mark)
    assert (action, subject) == ("intake", f"complaint:{saved.tracking_number}")
    assert detail["perihal"] == "Pencairan SP2D terlambat dua minggu" and detail["rahasia"] is True
    assert "Siti" not in json.dumps(detail)  # the identity stays on the complaint

    mark = last_id(engine)
    d = complaint_detail(engine, saved.id)
    later = datetime(2026, 5, 25, 9, 0, tzinfo=LOCAL_TZ)
    after = replace(d.data, received_at=later, channel="email")
    update_complaint(engine, saved.id, d.data, after, None, d.version)
    [(action, subject, detail)] = since(engine, mark)
    assert action == "correction"
    changes = detail["perubahan"]
    assert changes == {
        "waktu diterima": {"lama": "2026-05-24T03:30:00.000000+00:00",
                           "baru": "2026-05-25T02:00:00.000000+00:00"},
        "kanal": {"lama": "tatap_muka", "baru": "email"},
        "batas waktu": {"lama": "2026-06-03", "baru": "2026-06-04"},  # moved with it
    }  # fmt: skip
    timeline = complaint_detail(engine, saved.id).timeline[-1].text
    assert (
        "waktu diterima: " in timeline
        and " → " in timeline
        and "kanal: tatap_muka → email" in (timeline)
    )

    mark = last_id(engine)
    perform(engine, saved.id, Action.VERIFY, None, "Berkas lengkap")
    [(action, subject, detail)] = since(engine, mark)
    assert action == "workflow" and subject == f"complaint:{saved.tracking_number}"
    assert detail["aksi"] == "Verifikasi" and detail["status"] == {
        "lama": "diterima", "baru": "diverifikasi"}  # fmt: skip

    mark = last_id(engine)
    with pytest.raises(WorkflowError):
        perform(engine, saved.id, Action.REOPEN, None, "x")
    assert since(engine, mark) == []  # refused: nothing written, nothing audited
    assert audit.verify(engine) == []


def test_identity_view_only_for_a_confidential_complainant(engine: Engine) -> None:
    secret = register(engine, complaint(confidential=True))
    plain = register(engine, complaint())
    mark = last_id(engine)
    assert record_identity_view(engine, secret.id, None, "halaman pengaduan")
    assert not record_identity_view(engine, plain.id, None, "halaman pengaduan")
    [(action, subject, detail)] = since(engine, mark)
    assert (action, subject, detail) == (
        "identity_view",
        f"complaint:{secret.tracking_number}",
        {"tempat": "halaman pengaduan"},
    )


def test_calendar_and_sla_days(engine: Engine) -> None:
    register(engine, complaint(received_at=datetime(2026, 11, 27, 9, 0, tzinfo=LOCAL_TZ)))
    mark = last_id(engine)
    moved = set_override(engine, date(2026, 12, 1), False, "SK 12/2026", None)
    [(action, subject, detail)] = since(engine, mark)
    assert (action, subject) == ("calendar", "day:2026-12-01")
    assert detail == {"hari_kerja": False, "keterangan": "SK 12/2026", "batas_waktu_berubah": moved}
    assert moved == 1
    mark = last_id(engine)
    set_sla_days(engine, 7, None)
    [(action, subject, detail)] = since(engine, mark)
    assert action == "calendar" and detail["hari_kerja_sla"] == {"lama": 5, "baru": 7}


def test_office_profile_series_and_reasons(engine: Engine) -> None:
    mark = last_id(engine)
    fill_office(engine)
    [(action, subject, detail)] = since(engine, mark)
    changes = detail["perubahan"]
    assert isinstance(changes, dict)
    assert changes["Logo kop surat"]["lama"] is None
    assert changes["Logo kop surat"]["baru"].startswith("sha256:")
    mark = last_id(engine)
    city = read_office(engine).city
    set_value(engine, "city", "Singkawang")
    [(action, subject, detail)] = since(engine, mark)
    assert (action, subject) == ("office_profile", "office")
    assert detail["perubahan"] == {
        "Tempat penandatanganan (kota)": {"lama": city, "baru": "Singkawang"}
    }
    mark = last_id(engine)
    save_office(engine, read_office(engine))  # nothing changed: nothing audited
    assert since(engine, mark) == []

    mark = last_id(engine)
    old = {s.kind: s for s in all_series(engine)}[LetterKind.TANGGAPAN]
    save_all_series(engine, [Series(LetterKind.TANGGAPAN, "000.9", old.pattern)])
    [(action, subject, detail)] = since(engine, mark)
    assert action == "letter_series"
    assert detail["perubahan"] == {
        "tanggapan": {"lama": [old.klasifikasi, old.pattern], "baru": ["000.9", old.pattern]}
    }

    mark = last_id(engine)
    rid = save_reason(engine, None, RejectionKind.LAINNYA, "Sudah diputus pengadilan")
    save_reason(engine, rid, RejectionKind.LAINNYA, "Sudah diputus pengadilan", active=False)
    [(a1, s1, d1), (a2, s2, d2)] = since(engine, mark)
    assert a1 == a2 == "rejection_reasons" and s1 == s2 == f"rejection_reason:{rid}"
    assert d1["baru"]["aktif"] is True and d2["lama"]["aktif"] is True  # type: ignore[index]
    assert d2["baru"]["aktif"] is False  # type: ignore[index]


def test_letters_prints_attachments_and_exports(engine: Engine, tmp_path: Path) -> None:
    fill_office(engine)
    closed = datetime(2026, 5, 27, 9, 0, tzinfo=LOCAL_TZ)
    saved = register(engine, complaint(status="selesai", closed_at=closed, result="Dana cair"))
    mark = last_id(engine)
    letter = issue_letter(engine, Letter.RESPONSE, saved.id)
    [(action, subject, detail)] = since(engine, mark)
    assert action == "letter_number" and detail["jenis"] == "tanggapan"
    number = subject.removeprefix("agenda:")
    assert number and number in str(letter)
    mark = last_id(engine)
    issue_letter(engine, Letter.RESPONSE, saved.id)  # the same number again: nothing new
    assert since(engine, mark) == []

    record_event(engine, saved.tracking_number, EventKind.PRINTED, "Tanda bukti dicetak", None)
    [(action, subject, detail)] = since(engine, mark)
    assert (action, subject, detail) == (
        "print",
        f"complaint:{saved.tracking_number}",
        {"teks": "Tanda bukti dicetak"},
    )

    mark = last_id(engine)
    scan = tmp_path / "surat.pdf"
    scan.write_bytes(b"%PDF-1.4 contoh")
    add_attachment(engine, saved.id, scan, None)
    [(action, _subject, detail)] = since(engine, mark)
    assert action == "attachment" and detail["berkas"] == "surat.pdf" and detail["ukuran"] == 15

    mark = last_id(engine)
    figures = month_figures(engine, Month(2026, 5))
    export_month(engine, figures, tmp_path / "mei.csv", None)
    [(action, subject, detail)] = since(engine, mark)
    assert (action, subject) == ("export", "report:2026-05")
    assert detail == {"berkas": "mei.csv", "format": "csv", "baris": 1}


def test_report_draft_and_issue(engine: Engine) -> None:
    fill_office(engine)
    register(engine, complaint(received_at=datetime(2026, 10, 5, 9, 0, tzinfo=LOCAL_TZ)))
    mark = last_id(engine)
    save_draft(engine, Month(2026, 10), "Kesimpulan.", "Rekomendasi.", None)
    save_draft(engine, Month(2026, 10), "Kesimpulan.", "Rekomendasi.", None)  # unchanged
    [(action, subject, _detail)] = since(engine, mark)
    assert (action, subject) == ("report_draft", "report:2026-10")
    mark = last_id(engine)
    info = issue(engine, Month(2026, 10), "Kesimpulan.", "Rekomendasi.", None)
    [(a1, s1, d1), (a2, s2, d2)] = since(engine, mark)
    assert (a1, s1) == ("letter_number", f"agenda:{info.letter_number}")
    assert (a2, s2) == ("report_issued", "report:2026-10")
    assert d2 == {"nomor": info.letter_number, "revisi": info.revision, "sha256": info.sha256,
                  "ukuran": info.size}  # fmt: skip


def test_import_and_demo_one_entry_each(engine: Engine, tmp_path: Path) -> None:
    rows = [{"received_at": "2026-03-02", "channel": "email", "form": "tertulis",
             "name": f"Pengadu {i}", "summary": f"Perihal {i}", "email": "a@contoh.id",
             "service": "Pelayanan Informasi Keuangan Daerah",
             "category": "Informasi pelayanan"} for i in range(3)]  # fmt: skip
    source = tmp_path / "masuk.json"
    source.write_text(json.dumps(rows), encoding="utf-8")
    mark = last_id(engine)
    numbers = import_file(engine, source)
    [(action, subject, detail)] = since(engine, mark)
    assert (action, subject) == ("import", "file:masuk.json")
    assert detail == {"berkas": "masuk.json", "jumlah": 3, "nomor_pertama": numbers[0],
                      "nomor_terakhir": numbers[2]}  # fmt: skip
    mark = last_id(engine)
    generate(engine, 20, seed=3)
    entries = since(engine, mark)
    assert entries[-1] == ("demo", "demo", {"jumlah": 20, "benih": 3})
    # Its desk officers, added through core.officers like any other, and the example office.
    assert [a for a, _s, _d in entries[:-1]] == [*["officers"] * 3, "office_profile"]
    assert audit.verify(engine) == []


def test_the_offices_people_and_lists_are_audited_old_to_new(engine: Engine) -> None:
    from pengaduan_desktop.core.catalogue import Kind, add_item, change_item
    from pengaduan_desktop.core.officers import (
        OfficerData,
        add_officer,
        change_officer,
        delete_officer,
    )
    from pengaduan_desktop.core.service_time import save_service_time
    from pengaduan_desktop.core.units import add_unit, change_unit, delete_unit
    from pengaduan_desktop.core.vocabulary import Role

    first = last_id(engine)
    rina = OfficerData(name="Rina Marlina", nip="19850115 201001 2 001",
                       jabatan="Pengadministrasi", role=Role.PETUGAS,
                       pangkat="Pengatur (II/c)")  # fmt: skip
    new = add_officer(engine, rina, None)
    change_officer(engine, new, replace(rina, pangkat="Pengatur Tingkat I (II/d)"), None)
    delete_officer(engine, new, None)
    unit = add_unit(engine, "PAD", "Bidang Pendapatan", None)
    change_unit(engine, unit, "PAD", "Bidang Pendapatan Daerah", True, None)
    delete_unit(engine, unit, None)
    item = add_item(engine, Kind.SERVICE, "Pelayanan Retribusi", None)
    change_item(engine, item, "Pelayanan Retribusi Daerah", False, None)
    save_service_time(engine, 6, [1, 2, 3, 4, 5], None)
    found = since(engine, first)
    assert [(action, subject.split(":")[0]) for action, subject, _ in found] == [
        ("officers", "officer"), ("officers", "officer"), ("officers", "officer"),
        ("units", "unit"), ("units", "unit"), ("units", "unit"),
        ("catalogue", "service"), ("catalogue", "service"), ("service_time", "office"),
    ]  # fmt: skip
    promoted = {"lama": "Pengatur (II/c)", "baru": "Pengatur Tingkat I (II/d)"}
    assert found[1][2] == {"perubahan": {"pangkat": promoted}}
    assert found[7][2] == {"perubahan": {
        "nama": {"lama": "Pelayanan Retribusi", "baru": "Pelayanan Retribusi Daerah"},
        "aktif": {"lama": True, "baru": False}}}  # fmt: skip
    assert found[8][2] == {"perubahan": {"hari_layanan": {"lama": 5, "baru": 6}}}
    assert audit.verify(engine) == []
