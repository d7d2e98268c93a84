"""One complainant, one history (issue 12 item 6): probable earlier complaints, linking and
merging, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from pengaduan_desktop.core import audit
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.earlier import Probe, Why, earlier_complaints, probe_of, similarity
from pengaduan_desktop.core.errors import Conflict, Forbidden, InvalidValue
from pengaduan_desktop.core.importer import import_file
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.links import LinkKind, link_complaints, links_of, remove_link
from pengaduan_desktop.core.models import AuditEntry, Complaint, ComplaintLink, Event
from pengaduan_desktop.core.monthly import Month, month_figures
from pengaduan_desktop.core.timeutil import LOCAL_TZ
from pengaduan_desktop.core.units import add_unit
from pengaduan_desktop.core.vocabulary import EventKind, Role, Status
from pengaduan_desktop.core.workflow import Action, perform
from tests.helpers import VALID_NIK, add_account, complaint
from tests.unit.test_importer import GOOD, write_csv

OTHER_NIK = "6171010101800001"
NOVEMBER = datetime(2026, 11, 20, 9, 0, tzinfo=LOCAL_TZ)


def _add(engine: Engine, **changes: object) -> int:
    return register(engine, complaint(**changes), None).id


def _numbers(found: list) -> dict[str, tuple[str, ...]]:
    return {e.tracking_number: e.reasons for e in found}


def _number(engine: Engine, cid: int) -> str:
    with reading(engine) as session:
        return session.get(Complaint, cid).tracking_number  # type: ignore[union-attr]


def test_similarity_counts_significant_words_only() -> None:
    assert similarity("Pencairan SP2D terlambat dua minggu", "SP2D terlambat, pencairan") == 0.75
    assert similarity("Petugas tidak ramah", "Petugas yang tidak ramah sekali") == 2 / 3
    assert similarity("yang dan di", "yang dan di") == 0.0  # nothing significant


def test_earlier_by_nik_phone_lapor_and_similar_summary(engine: Engine) -> None:
    by_nik = _add(engine, summary="Tunjangan guru honorer", phone="", email="a@contoh.id")
    by_phone = _add(
        engine,
        id_type="",
        id_number="",
        channel="telepon",
        summary="Soal lain",
        phone="+62 812 5678 9012",
    )
    by_lapor = _add(
        engine,
        id_number=OTHER_NIK,
        phone="",
        email="b@contoh.id",
        channel="lapor",
        form="tertulis",
        lapor_tracking_id="#1916449",
        summary="Jalan rusak",
    )
    similar = _add(
        engine,
        id_number=OTHER_NIK,
        phone="",
        email="c@contoh.id",
        received_at=NOVEMBER,
        summary="Hibah masjid belum dicairkan bendahara",
    )
    long_ago = _add(
        engine,
        id_number=OTHER_NIK,
        phone="",
        email="d@contoh.id",
        summary="Hibah masjid belum dicairkan bendahara",
    )  # May: outside 90 days
    unlike = _add(
        engine,
        id_number=OTHER_NIK,
        phone="",
        email="e@contoh.id",
        received_at=NOVEMBER,
        summary="Hibah sekolah ditolak",
    )
    typed = complaint(
        id_number="6171 0541 0790 0003",
        phone="0812-5678-9012",
        lapor_tracking_id="LAPOR-1916449",
        summary="Pencairan hibah masjid oleh bendahara belum juga",
    )
    found = _numbers(earlier_complaints(engine, probe_of(typed)))
    n = {
        cid: _number(engine, cid) for cid in (by_nik, by_phone, by_lapor, similar, long_ago, unlike)
    }
    assert found[n[by_nik]] == (Why.ID_NUMBER,)
    assert found[n[by_phone]] == (Why.PHONE,)
    assert found[n[by_lapor]] == (Why.LAPOR,)
    assert found[n[similar]] == (Why.SIMILAR,)
    assert n[long_ago] not in found and n[unlike] not in found
    # Nothing typed that identifies: nothing looked up.
    assert earlier_complaints(engine, Probe(summary="yang dan di")) == []


def test_a_complaint_page_leaves_itself_and_later_ones_out(engine: Engine) -> None:
    first = _add(engine)
    second = _add(engine, received_at=datetime(2026, 6, 1, 9, 0, tzinfo=LOCAL_TZ))
    with reading(engine) as session:
        c = session.get(Complaint, first)
        data = complaint(received_at=c.received_at)  # type: ignore[union-attr]
    assert earlier_complaints(engine, probe_of(data, first, until_received=True)) == []
    later = earlier_complaints(
        engine,
        probe_of(
            complaint(received_at=datetime(2026, 6, 1, 9, 0, tzinfo=LOCAL_TZ)),
            second,
            until_received=True,
        ),
    )
    assert [e.id for e in later] == [first]


def test_unit_officer_sees_no_earlier_complaint_outside_their_unit(engine: Engine) -> None:
    _add(engine)
    unit_officer = add_account(
        engine, Role.UNIT, unit_id=add_unit(engine, "UJI", "Bidang Uji", None)
    )
    assert earlier_complaints(engine, Probe(id_number=VALID_NIK), unit_officer) == []
    assert earlier_complaints(engine, Probe(id_number=VALID_NIK)) != []


def _events(engine: Engine, cid: int) -> list[str]:
    with reading(engine) as session:
        return list(
            session.scalars(
                select(Event.text)
                .where(Event.complaint_id == cid, Event.kind == EventKind.LINKED)
                .order_by(Event.id)
            )
        )


def test_link_shows_both_ways_and_is_audited_and_removable(engine: Engine) -> None:
    original, newer = _add(engine), _add(engine, summary="Pencairan SP2D masih terlambat")
    first, second = _number(engine, original), _number(engine, newer)
    changes = link_complaints(engine, newer, original, LinkKind.RELATED, "", None)
    assert changes.complaints == {newer, original}
    [mine] = links_of(engine, newer)
    [theirs] = links_of(engine, original)
    assert (mine.other_number, mine.earlier, mine.kind) == (first, True, LinkKind.RELATED)
    assert (theirs.other_number, theirs.earlier) == (second, False)
    assert _events(engine, newer) == [f"Dikaitkan dengan {first}"]
    assert _events(engine, original) == [f"Dikaitkan dengan {second}"]
    with pytest.raises(Conflict, match="sudah dikaitkan"):
        link_complaints(engine, original, newer, LinkKind.RELATED, "", None)
    remove_link(engine, mine.id, None)
    assert links_of(engine, newer) == [] == links_of(engine, original)
    with reading(engine) as session:
        actions = list(
            session.scalars(
                select(AuditEntry.detail)
                .where(AuditEntry.action == audit.Action.LINK)
                .order_by(AuditEntry.id)
            )
        )
    assert len(actions) == 2 and '"kaitkan"' in actions[0] and '"lepas"' in actions[1]


def test_merge_closes_the_duplicate_and_unmerge_reopens_it(engine: Engine) -> None:
    original, duplicate = _add(engine), _add(engine)
    perform(engine, duplicate, Action.VERIFY, None)
    first = _number(engine, original)
    with pytest.raises(InvalidValue, match="alasan"):
        link_complaints(engine, duplicate, original, LinkKind.DUPLICATE, " ", None)
    link_complaints(engine, duplicate, original, LinkKind.DUPLICATE, "Pengadu datang lagi", None)
    with reading(engine) as session:
        d = session.get(Complaint, duplicate)
        assert d is not None and d.status == Status.DIGABUNG and d.closed_at is not None
        assert first in d.result and "Pengadu datang lagi" in d.result
        both = session.scalars(select(Complaint.tracking_number)).all()
    assert len(both) == 2  # both numbers stay
    [link] = links_of(engine, duplicate)
    assert link.kind is LinkKind.DUPLICATE and link.other_number == first
    assert links_of(engine, original)[0].earlier is False
    # No workflow action applies to a merged duplicate; merging into it is refused.
    third = _add(engine)
    with pytest.raises(Conflict, match="duplikat"):
        link_complaints(engine, third, duplicate, LinkKind.DUPLICATE, "Sama", None)
    # A petugas may link but not undo a merge (it reopens a closed complaint).
    petugas = add_account(engine, Role.PETUGAS, "putri")
    with pytest.raises(Forbidden):
        remove_link(engine, link.id, petugas)
    remove_link(engine, link.id, add_account(engine, Role.PENGELOLA, "pejabat"))
    with reading(engine) as session:
        d = session.get(Complaint, duplicate)
        assert d is not None and (d.status, d.closed_at, d.result) == (
            Status.DIVERIFIKASI,
            None,
            "",
        )
        assert session.scalars(select(ComplaintLink)).all() == []


def test_a_closed_complaint_is_not_merged(engine: Engine) -> None:
    original, closed = _add(engine), _add(engine)
    perform(engine, closed, Action.VERIFY, None)
    perform(engine, closed, Action.DISPOSE, None, "Mohon", unit_id=add_unit(engine, "U", "U", None))
    perform(engine, closed, Action.RESOLVE, None, "Selesai")
    with pytest.raises(Conflict, match="sudah ditutup"):
        link_complaints(engine, closed, original, LinkKind.DUPLICATE, "Sama", None)


def test_kepala_may_not_link(engine: Engine) -> None:
    original, newer = _add(engine), _add(engine)
    with pytest.raises(Forbidden):
        link_complaints(
            engine, newer, original, LinkKind.RELATED, "", add_account(engine, Role.KEPALA)
        )


def test_the_monthly_report_counts_a_merged_duplicate_once(engine: Engine) -> None:
    october = datetime(2026, 10, 5, 9, 0, tzinfo=LOCAL_TZ)
    original = _add(engine, received_at=october)
    duplicate = _add(engine, received_at=october + timedelta(days=2))
    before = month_figures(engine, Month(2026, 10))
    assert before.total.received == 2
    link_complaints(engine, duplicate, original, LinkKind.DUPLICATE, "Sama", None)
    after = month_figures(engine, Month(2026, 10))
    assert after.total.received == 1
    assert after.total.closed == 0 and after.total.open_at_end == 1
    assert after.trend[-1] == (Month(2026, 10), 1, 0)


def test_import_names_rows_resembling_earlier_complaints(engine: Engine, tmp_path: Path) -> None:
    earlier = _add(
        engine,
        id_number=GOOD["id_number"],
        phone="",
        email="x@contoh.id",
        summary="Sesuatu yang lain sama sekali",
    )
    heard: list[str] = []
    import_file(engine, write_csv(tmp_path / "impor.csv", [GOOD]), note=heard.append)
    lines = [line for line in heard if "mirip pengaduan sebelumnya" in line]
    assert lines == [
        f"baris 2: mirip pengaduan sebelumnya {_number(engine, earlier)} ({Why.ID_NUMBER})"
    ]


def test_import_names_a_row_with_a_similar_summary(engine: Engine, tmp_path: Path) -> None:
    earlier = _add(engine, id_number=OTHER_NIK, phone="", email="x@contoh.id",
                   received_at=datetime(2026, 2, 20, 9, 0, tzinfo=LOCAL_TZ),
                   summary="Dokumen APBD tidak tersedia di laman")  # fmt: skip
    heard: list[str] = []
    import_file(engine, write_csv(tmp_path / "impor.csv", [GOOD]), note=heard.append)
    assert (
        f"baris 2: mirip pengaduan sebelumnya {_number(engine, earlier)} ({Why.SIMILAR})" in heard
    )


def test_the_same_phone_comes_first_however_many_summaries_are_similar(engine: Engine) -> None:
    """Officer's finding: 10 "perihal mirip" rows of other people pushed the complainant's own
    earlier complaint (same phone) out of the panel."""
    own = _add(
        engine,
        id_type="",
        id_number="",
        channel="telepon",
        summary="Soal gaji",
        phone="0831 7502 5049",
        received_at=datetime(2026, 11, 2, 9, 0, tzinfo=LOCAL_TZ),
    )
    for i in range(12):
        _add(
            engine,
            id_number=OTHER_NIK,
            phone="",
            email=f"orang{i}@contoh.id",
            received_at=NOVEMBER,
            summary="Pencairan SP2D terlambat",
        )
    typed = complaint(
        id_type="", id_number="", phone="0831 7502 5049", summary="Pencairan SP2D terlambat"
    )
    found = earlier_complaints(engine, probe_of(typed))
    assert len(found) == 10
    assert found[0].id == own and found[0].reasons == (Why.PHONE,)
    assert all(e.reasons == (Why.SIMILAR,) for e in found[1:])
