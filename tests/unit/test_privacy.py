"""Confidential and personal data (UU 27/2022) on a real database: who sees a confidential
complainant and that each unmasked view is audited; the export of everything held about one
complainant (PDF read back, JSON); erasure (search no longer finds them, the figures stay);
retention on the pinned clock."""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update

from pengaduan_desktop.core import audit, clock
from pengaduan_desktop.core.attachments import add_attachment
from pengaduan_desktop.core.caselist import CaseFilter, SortKey, count_cases, fetch_page
from pengaduan_desktop.core.complaint_detail import complaint_detail, record_identity_view
from pengaduan_desktop.core.db import reading, writing
from pengaduan_desktop.core.editing import update_complaint
from pengaduan_desktop.core.erasure import (
    erase_complainant,
    retention_cutoff,
    run_retention,
    set_retention_years,
)
from pengaduan_desktop.core.errors import Conflict, Forbidden, InvalidValue, NotFound
from pengaduan_desktop.core.exports import rows as export_rows
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import AttachmentBlob, AuditEntry, Complainant, Complaint
from pengaduan_desktop.core.monthly import Month, month_figures
from pengaduan_desktop.core.officers import OfficerData, add_officer
from pengaduan_desktop.core.privacy import ERASED, MASKED
from pengaduan_desktop.core.timeutil import LOCAL_TZ, to_local
from pengaduan_desktop.core.units import add_unit
from pengaduan_desktop.core.vocabulary import Role
from pengaduan_desktop.services.personal_data import export_personal_data
from tests.helpers import VALID_NIK, complaint, pdf_text

OTHER_NIK = "6171010101900001"


@dataclass(frozen=True)
class Staff:
    responsible: int
    petugas: int
    pengelola: int
    unit: int
    admin: int
    kepala: int


def staff(engine: Engine) -> Staff:
    unit = add_unit(engine, "BX", "Bidang Aset", None)
    serial = iter(range(1, 100))

    def add(name: str, role: Role) -> int:
        nip = f"198005122005011{next(serial):03d}"
        data = OfficerData(name, nip, "Staf", role.value,
                           unit_id=unit if role == Role.UNIT else None)  # fmt: skip
        return add_officer(engine, data, None)

    return Staff(add("Andi Responsible", Role.PETUGAS), add("Budi Petugas", Role.PETUGAS),
                 add("Citra Pengelola", Role.PENGELOLA), add("Dedi Unit", Role.UNIT),
                 add("Eka Admin", Role.ADMIN), add("Fajar Kepala", Role.KEPALA))  # fmt: skip


def entries(engine: Engine, after: int, action: str) -> list[AuditEntry]:
    with reading(engine) as session:
        found = select(AuditEntry).where(AuditEntry.id > after, AuditEntry.action == action)
        return list(session.scalars(found.order_by(AuditEntry.id)))


def last_entry(engine: Engine) -> int:
    with reading(engine) as session:
        return session.scalar(select(func.max(AuditEntry.id))) or 0


def test_confidential_identity_is_seen_by_the_responsible_officer_and_the_pengelola_only(
    engine: Engine,
) -> None:
    people = staff(engine)
    saved = register(engine, complaint(confidential=True,
                                       responsible_officer_id=people.responsible))  # fmt: skip
    # A correction of the phone leaves it in the timeline ("telepon: old -> new").
    d = complaint_detail(engine, saved.id)
    update_complaint(engine, saved.id, d.data, replace(d.data, phone="0813-1111-2222"), None,
                     d.version)  # fmt: skip
    allowed = {people.responsible: True, people.pengelola: True, people.petugas: False,
               people.kepala: False}  # fmt: skip
    # A unit officer of another unit and the administrator do not see the complaint at all.
    for outsider in (people.unit, people.admin):
        with pytest.raises(Forbidden):
            complaint_detail(engine, saved.id, viewer_id=outsider)
    for viewer, sees in allowed.items():
        mark = last_entry(engine)
        detail = complaint_detail(engine, saved.id, viewer_id=viewer)
        assert detail.identity_masked is not sees
        shown = " ".join([detail.data.name, detail.data.id_number, detail.data.address,
                          detail.data.phone, detail.data.email,
                          *(e.text for e in detail.timeline)])  # fmt: skip
        for secret in ("Siti Aminah", VALID_NIK, "Gajah Mada", "0813-1111-2222",
                       "0812-3456-7890", "siti@contoh.id"):  # fmt: skip
            assert (secret in shown) is sees, (viewer, secret)
        if not sees:
            assert detail.data.name == MASKED and detail.data.id_number == "6171**********03"
        # The page records what it showed: an entry for each unmasked view, none for a masked.
        assert record_identity_view(engine, saved.id, viewer, "halaman pengaduan") is sees
        written = entries(engine, mark, audit.Action.IDENTITY_VIEW)
        assert len(written) == (1 if sees else 0)
        if sees:
            assert written[0].officer_id == viewer
            assert written[0].subject == f"complaint:{saved.tracking_number}"
    assert complaint_detail(engine, saved.id, people.pengelola).personal_data
    assert not complaint_detail(engine, saved.id, people.responsible).personal_data
    assert audit.verify(engine) == []


def test_an_ordinary_complaint_is_shown_to_everyone_without_an_entry(engine: Engine) -> None:
    people = staff(engine)
    saved = register(engine, complaint(responsible_officer_id=people.responsible))
    mark = last_entry(engine)
    detail = complaint_detail(engine, saved.id, viewer_id=people.petugas)
    assert not detail.identity_masked and detail.data.name == "Siti Aminah"
    assert not record_identity_view(engine, saved.id, people.petugas, "halaman pengaduan")
    assert entries(engine, mark, audit.Action.IDENTITY_VIEW) == []


def test_the_case_list_and_the_months_export_mask_a_confidential_complainant(
    engine: Engine,
) -> None:
    secret = register(engine, complaint(confidential=True))
    register(engine, complaint(name="Rahmat Hidayat", id_number=OTHER_NIK))
    register(engine, complaint(name="Ahmad Fauzi", id_number="6171020202900002"))
    rows = fetch_page(engine, CaseFilter(), SortKey.COMPLAINANT, descending=False)
    # Sorted by what it shows: the real name gives no place away.
    assert [r.complainant_name for r in rows] == [MASKED, "Ahmad Fauzi", "Rahmat Hidayat"]
    assert count_cases(engine, CaseFilter(search="Siti Aminah")) == 0
    assert count_cases(engine, CaseFilter(search="dirahasiakan")) == 1
    d = complaint_detail(engine, secret.id)  # no longer confidential: found by name again
    update_complaint(engine, secret.id, d.data, replace(d.data, confidential=False), None,
                     d.version)  # fmt: skip
    assert count_cases(engine, CaseFilter(search="Siti Aminah")) == 1
    d = complaint_detail(engine, secret.id)
    update_complaint(engine, secret.id, d.data, replace(d.data, confidential=True), None,
                     d.version)  # fmt: skip
    assert count_cases(engine, CaseFilter(search="Siti")) == 0
    flat = json.dumps(export_rows(month_figures(engine, Month(2026, 5))), default=str)
    assert "Siti Aminah" not in flat and VALID_NIK not in flat and "Rahmat Hidayat" in flat


def test_export_everything_held_about_one_complainant(engine: Engine, tmp_path: Path) -> None:
    people = staff(engine)
    first = register(engine, complaint(confidential=True))
    second = register(
        engine,
        complaint(
            summary="Tunjangan belum dibayar",
            received_at=datetime(2026, 6, 2, 9, 0, tzinfo=LOCAL_TZ),
        ),
    )
    other = register(engine, complaint(name="Rahmat Hidayat", id_number=OTHER_NIK))  # fmt: skip
    scan = tmp_path / "ktp-siti.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of an identity card")
    add_attachment(engine, second.id, scan, None)
    out = tmp_path / "keluar"
    out.mkdir()
    with pytest.raises(Forbidden):
        export_personal_data(engine, VALID_NIK, out, people.petugas)
    with pytest.raises(Forbidden):
        export_personal_data(engine, VALID_NIK, out, people.admin)
    assert list(out.iterdir()) == []
    mark = last_entry(engine)
    done = export_personal_data(engine, second.tracking_number, out, people.pengelola)
    assert done.complaints == 2  # found by one complaint, widened by the identity number
    text = pdf_text(done.pdf.read_bytes())
    for expected in ("DATA PRIBADI PENGADU YANG DISIMPAN", first.tracking_number,
                     second.tracking_number, "Siti Aminah", VALID_NIK, "siti@contoh.id",
                     "Tunjangan belum dibayar", "ktp-siti.pdf",
                     "Undang-Undang Nomor 27"):  # fmt: skip
        assert expected in text, expected
    assert other.tracking_number not in text and "Rahmat" not in text
    data = json.loads(done.json.read_text(encoding="utf-8"))
    assert [c["tracking_number"] for c in data["complaints"]] == [
        first.tracking_number,
        second.tracking_number,
    ]
    assert data["complaints"][0]["identity"]["id_number"] == VALID_NIK
    assert data["complaints"][0]["confidential"] is True
    assert data["complaints"][1]["files"][0]["filename"] == "ktp-siti.pdf"
    assert data["complaints"][0]["steps"][0]["kind"] == "Diterima"
    for path in (done.pdf, done.json):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    [entry] = entries(engine, mark, audit.Action.EXPORT)
    assert entry.officer_id == people.pengelola and VALID_NIK not in entry.detail
    with pytest.raises(NotFound):
        export_personal_data(engine, "6171999999990001", out, people.pengelola)
    with pytest.raises(InvalidValue):
        export_personal_data(engine, "Siti", out, people.pengelola)


def test_erasure_keeps_the_complaints_and_their_figures(engine: Engine, tmp_path: Path) -> None:
    people = staff(engine)
    first = register(engine, complaint(confidential=True))
    second = register(engine, complaint(received_at=datetime(2026, 5, 26, 9, 0, tzinfo=LOCAL_TZ)))
    other = register(
        engine,
        complaint(
            name="Rahmat Hidayat",
            id_number=OTHER_NIK,
            phone="0811-5678-1234",
            email="rahmat@contoh.id",
        ),
    )
    d = complaint_detail(engine, second.id)
    update_complaint(engine, second.id, d.data, replace(d.data, phone="0813-1111-2222"), None,
                     d.version)  # the old and new phone now stand in the timeline  # fmt: skip
    shared, own = tmp_path / "surat.pdf", tmp_path / "ktp.pdf"
    shared.write_bytes(b"%PDF-1.4 the same letter, filed twice")
    own.write_bytes(b"%PDF-1.4 Siti's identity card")
    add_attachment(engine, first.id, shared, None)
    add_attachment(engine, other.id, shared, None)
    add_attachment(engine, second.id, own, None)
    figures = month_figures(engine, Month(2026, 5))

    def found(typed: str) -> int:
        return count_cases(engine, CaseFilter(search=typed))

    # The confidential one is not found by its name (the list masks it), but by its NIK.
    assert found("Siti") == 1 and found(VALID_NIK) == 2 and found("0813-1111-2222") == 1
    with pytest.raises(Forbidden):
        erase_complainant(engine, VALID_NIK, "permintaan pengadu", people.responsible)
    with pytest.raises(InvalidValue):
        erase_complainant(engine, VALID_NIK, "  ", people.pengelola)
    mark = last_entry(engine)
    erased = erase_complainant(engine, first.tracking_number, "permintaan pengadu 29/11/2026",
                               people.pengelola)  # fmt: skip
    assert erased.complaints == (first.tracking_number, second.tracking_number)
    assert erased.complainants == 2 and erased.attachments == 2
    assert found("Siti") == 0 and found("Aminah") == 0 and found(VALID_NIK) == 0
    assert found("0812-3456-7890") == 0 and found("0813-1111-2222") == 0
    assert found("Rahmat") == 1 and found(ERASED.strip("()")) == 2
    with reading(engine) as session:
        both = select(Complainant, Complaint).join(
            Complaint, Complaint.complainant_id == Complainant.id)  # fmt: skip
        rows = session.execute(both.order_by(Complaint.id)).all()
        for who, c in rows[:2]:
            assert (who.name, who.id_type, who.id_number, who.address, who.phone,
                    who.phone_typed, who.email) == (ERASED, "", "", "", "", "", "")  # fmt: skip
            assert who.erased_at is not None and c.complainant_name == ERASED
            assert to_local(who.erased_at).date() == clock.today()
        assert rows[2][0].name == "Rahmat Hidayat" and rows[2][0].erased_at is None
        blobs = session.scalar(select(func.count()).select_from(AttachmentBlob))
    assert blobs == 1  # the letter still filed with Rahmat's complaint stays
    timeline = " ".join(e.text for e in complaint_detail(engine, second.id).timeline)
    assert "0812-3456-7890" not in timeline and "0813-1111-2222" not in timeline
    assert "Identitas pengadu dihapus: permintaan pengadu 29/11/2026" in timeline
    again = month_figures(engine, Month(2026, 5))
    assert (again.received, again.closed, again.open_at_end, len(again.rows)) == (
        figures.received,
        figures.closed,
        figures.open_at_end,
        len(figures.rows),
    )
    [entry] = entries(engine, mark, audit.Action.ERASURE)
    assert entry.officer_id == people.pengelola and "Siti" not in entry.detail
    assert VALID_NIK not in entry.detail and "permintaan pengadu" in entry.detail
    with pytest.raises(Conflict):
        erase_complainant(engine, first.tracking_number, "lagi", people.pengelola)
    assert audit.verify(engine) == []


def close(engine: Engine, complaint_id: int, closed: datetime) -> None:
    with writing(engine) as session:
        session.execute(update(Complaint).where(Complaint.id == complaint_id)
                        .values(status="selesai", closed_at=closed, result="Selesai."))  # fmt: skip


def test_retention_anonymises_complaints_closed_longer_ago_than_the_setting(
    engine: Engine,
) -> None:
    people = staff(engine)
    old = register(engine, complaint())
    recent = register(engine, complaint(name="Rahmat Hidayat", id_number=OTHER_NIK))
    register(engine, complaint(name="Yanti", id_number="", id_type="", channel="email"))
    close(engine, old.id, datetime(2026, 5, 30, 10, 0, tzinfo=LOCAL_TZ))
    close(engine, recent.id, datetime(2026, 6, 2, 10, 0, tzinfo=LOCAL_TZ))
    with pytest.raises(Forbidden):
        set_retention_years(engine, 1, people.pengelola)
    with pytest.raises(InvalidValue):
        set_retention_years(engine, 0, people.admin)
    set_retention_years(engine, 1, people.admin)
    assert retention_cutoff(date(2028, 2, 29), 1) == date(2027, 2, 28)
    with clock.pinned(datetime(2027, 6, 1, 9, 0, tzinfo=LOCAL_TZ)):
        with pytest.raises(Forbidden):
            run_retention(engine, people.pengelola)
        dry = run_retention(engine, people.admin, dry_run=True)
        assert (dry.complainants, dry.before, dry.years) == (1, date(2026, 6, 1), 1)
        assert count_cases(engine, CaseFilter(search="Siti")) == 1  # a dry run changes nothing
        mark = last_entry(engine)
        done = run_retention(engine, people.admin)
        assert done.complainants == 1 and not done.dry_run
        assert run_retention(engine, people.admin).complainants == 0  # nothing left to do
    assert count_cases(engine, CaseFilter(search="Siti")) == 0
    assert count_cases(engine, CaseFilter(search="Rahmat")) == 1
    assert count_cases(engine, CaseFilter(search="Yanti")) == 1
    [entry] = entries(engine, mark, audit.Action.ERASURE)
    assert entry.subject == "retention" and entry.officer_id == people.admin
    detail = complaint_detail(engine, old.id)
    assert detail.identity_erased and detail.data.name == ERASED
    assert detail.status == "selesai"  # the complaint stays for the statistics


def test_a_phone_or_identity_number_search_does_not_reveal_a_confidential_complainant(
    engine: Engine,
) -> None:
    """Typing a person's NIK or phone must not tell an officer who may not see them that this
    person complained confidentially; the responsible officer and the Pejabat Pengelola find it."""
    people = staff(engine)
    register(engine, complaint(confidential=True, responsible_officer_id=people.responsible))
    register(engine, complaint(name="Rudi Hartono", id_number="6171010101900003",
                               phone="0813-5555-6666"))  # fmt: skip
    by_nik, by_phone = CaseFilter(search=VALID_NIK), CaseFilter(search="0812-3456-7890")
    for viewer, found in ((people.petugas, 0), (people.kepala, 0), (people.responsible, 1),
                          (people.pengelola, 1), (None, 1)):  # fmt: skip
        for typed in (by_nik, by_phone):
            shown = replace(typed, viewer_id=viewer)
            assert count_cases(engine, shown) == found, (viewer, typed.search)
            assert len(fetch_page(engine, shown, limit=10)) == found
    # Other searches and the whole list still hold it (masked) for the desk officer.
    assert count_cases(engine, CaseFilter(viewer_id=people.petugas)) == 2
    assert count_cases(engine, CaseFilter(search="0813-5555-6666", viewer_id=people.petugas)) == 1
