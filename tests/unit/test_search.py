"""The search box finds people: phone numbers in every common form, NIK, SIM, SP4N-LAPOR!
tracking IDs, tracking numbers and words, each through its own index, on both databases."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, func, select, text

from pengaduan_desktop.core.caselist import CaseFilter, SortKey, count_cases, fetch_page
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.search import QueryKind, SearchQuery, read_query, search_condition
from tests.helpers import VALID_NIK, complaint

TODAY = date(2026, 11, 29)
OTHER_NIK = "6104021505850002"  # Kabupaten Mempawah, a man born 15 May 1985
PHONE = "0812-5678-9012"
LAPOR_ID = "1916449"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0812-5678-9012", SearchQuery(QueryKind.PHONE, "+6281256789012")),
        ("081256789012", SearchQuery(QueryKind.PHONE, "+6281256789012")),
        ("+62812 5678 9012", SearchQuery(QueryKind.PHONE, "+6281256789012")),
        ("62812-5678-9012", SearchQuery(QueryKind.PHONE, "+6281256789012")),
        ("+62 (812) 5678.9012", SearchQuery(QueryKind.PHONE, "+6281256789012")),
        ("0812 5678 90", SearchQuery(QueryKind.PHONE, "+62812567890")),
        ("(0561) 736541", SearchQuery(QueryKind.PHONE, "+62561736541")),
        ("0561-736541", SearchQuery(QueryKind.PHONE, "+62561736541")),
        ("6171054107900003", SearchQuery(QueryKind.ID_NUMBER, "6171054107900003")),
        ("6171 0541 0790 0003", SearchQuery(QueryKind.ID_NUMBER, "6171054107900003")),
        ("6271-0541-0790-0003", SearchQuery(QueryKind.ID_NUMBER, "6271054107900003")),
        ("880612345678", SearchQuery(QueryKind.ID_NUMBER, "880612345678")),
        ("#1916449", SearchQuery(QueryKind.LAPOR, "1916449")),
        ("1916449", SearchQuery(QueryKind.LAPOR, "1916449")),
        ("LAPOR-2026123456", SearchQuery(QueryKind.LAPOR, "2026123456")),
        ("lapor 2026123456", SearchQuery(QueryKind.LAPOR, "2026123456")),
        ("ADU-2026-000042", SearchQuery(QueryKind.NUMBER, "42", 2026)),
        ("2026-42", SearchQuery(QueryKind.NUMBER, "42", 2026)),
        ("000042", SearchQuery(QueryKind.NUMBER, "42")),
        ("Pratama", SearchQuery(QueryKind.WORDS, "Pratama")),
        ("08125678", SearchQuery(QueryKind.WORDS, "08125678")),  # too short for a phone
        ("Siti 0812", SearchQuery(QueryKind.WORDS, "Siti 0812")),
    ],
)
def test_the_kind_of_query_is_recognised(typed: str, expected: SearchQuery) -> None:
    assert read_query(typed) == expected


def test_an_empty_query_searches_nothing() -> None:
    assert read_query("   ") is None
    assert search_condition("", "sqlite") is None


@pytest.fixture
def people(engine: Engine) -> dict[str, str]:
    """Three complainants, one through SP4N-LAPOR!; returns their tracking numbers by name."""
    saved = {
        "siti": register(engine, complaint(name="Siti Aminah", phone=PHONE)),
        "budi": register(engine, complaint(name="Budi Santoso", id_number=OTHER_NIK,
                                           phone="0812-5678-9013")),
        "lapor": register(engine, complaint(name="Rudi Hartono", channel="lapor",
                                            form="tertulis", id_type="", id_number="",
                                            phone="+6285712345678",
                                            lapor_tracking_id=f"#{LAPOR_ID}")),
    }  # fmt: skip
    return {name: s.tracking_number for name, s in saved.items()}


def found(engine: Engine, typed: str) -> list[str]:
    f = CaseFilter(search=typed)
    rows = fetch_page(engine, f, limit=50, today=TODAY)
    assert count_cases(engine, f, TODAY) == len(rows)
    return sorted(r.tracking_number for r in rows)


@pytest.mark.parametrize(
    "typed", ["0812-5678-9012", "081256789012", "+62812 5678 9012", "62812 5678 9012",
              "+62-812-5678-9012", " 0812 5678 9012 "],
)  # fmt: skip
def test_each_phone_form_finds_that_complainant_only(
    engine: Engine, people: dict[str, str], typed: str
) -> None:
    assert found(engine, typed) == [people["siti"]]


def test_a_phone_prefix_finds_every_number_it_starts(
    engine: Engine, people: dict[str, str]
) -> None:
    assert found(engine, "0812 5678 901") == sorted([people["siti"], people["budi"]])
    assert found(engine, "0812 5678 9014") == []
    assert found(engine, "0857-1234-5678") == [people["lapor"]]


def test_nik_finds_its_complainant(engine: Engine, people: dict[str, str]) -> None:
    assert found(engine, VALID_NIK) == [people["siti"]]
    assert found(engine, "6104 0215 0585 0002") == [people["budi"]]
    assert found(engine, "6104021505850009") == []


def test_lapor_id_finds_its_complaint_in_any_recorded_form(
    engine: Engine, people: dict[str, str]
) -> None:
    for typed in (LAPOR_ID, f"#{LAPOR_ID}", f"LAPOR-{LAPOR_ID}", f"lapor! #{LAPOR_ID}"):
        assert found(engine, typed) == [people["lapor"]], typed
    assert found(engine, "1916448") == []


def test_words_and_numbers_still_search_as_before(engine: Engine, people: dict[str, str]) -> None:
    assert found(engine, "Hartono") == [people["lapor"]]
    assert found(engine, people["budi"]) == [people["budi"]]
    assert found(engine, "2") == [people["budi"]]


def test_pages_of_one_phone_keep_their_keyset_order(engine: Engine) -> None:
    numbers = [register(engine, complaint(phone="+62 811 5700 1234", summary=f"Aduan {i}"))
               .tracking_number for i in range(7)]  # fmt: skip
    register(engine, complaint(phone="0811-5700-1235"))
    f = CaseFilter(search="0811-5700-1234")
    for sort in (SortKey.NUMBER, SortKey.RECEIVED, SortKey.COMPLAINANT):
        whole = fetch_page(engine, f, sort, True, limit=100, today=TODAY)
        pages, after = [], None
        while True:
            page = fetch_page(engine, f, sort, True, after=after, limit=3, today=TODAY)
            pages += page
            if len(page) < 3:
                break
            after = page[-1].key
        assert [r.id for r in pages] == [r.id for r in whole]
        assert sorted(r.tracking_number for r in whole) == sorted(numbers)
        tail = fetch_page(engine, f, sort, True, from_end=True, limit=2, today=TODAY)
        assert [r.id for r in tail] == [r.id for r in whole[-2:]]


def _plan(engine: Engine, typed: str) -> str:
    """The query plan of counting this search's complaints (as the case list does first)."""
    condition = search_condition(typed, engine.dialect.name)
    query = select(func.count()).select_from(Complaint).where(condition)
    compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
    with reading(engine) as session:
        conn = session.connection()
        if engine.dialect.name == "sqlite":
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
            return "\n".join(str(r[-1]) for r in rows)
        conn.execute(text("SET LOCAL enable_seqscan = off"))  # a tiny table: show the index
        return "\n".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {compiled}").all())


@pytest.mark.parametrize(
    ("typed", "index"),
    [("0812-5678-9012", "ix_complainant_phone"), (VALID_NIK, "ix_complainant_id_number"),
     (f"#{LAPOR_ID}", "ix_complaint_lapor_tracking_id")],
)  # fmt: skip
def test_people_are_found_through_their_index(
    engine: Engine, people: dict[str, str], typed: str, index: str
) -> None:
    plan = _plan(engine, typed)
    assert index in plan, plan
    assert "SCAN complainant" not in plan and "Seq Scan" not in plan, plan


def test_a_large_demo_load_rebuilds_the_people_indexes(engine: Engine) -> None:
    from sqlalchemy import inspect

    from pengaduan_desktop.core.bulk import _drop_scattered_indexes
    from pengaduan_desktop.core.db import writing

    ours = {"ix_complainant_phone", "ix_complainant_id_number", "ix_complaint_lapor_tracking_id"}
    with writing(engine) as session:
        dropped = _drop_scattered_indexes(session.connection())
        assert ours <= {str(index.name) for index in dropped}
        for index in dropped:
            index.create(session.connection())
    names = {
        i["name"] for t in ("complaint", "complainant") for i in inspect(engine).get_indexes(t)
    }
    assert ours <= names
