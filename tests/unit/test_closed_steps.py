"""A closed complaint waits for nothing: its steps not done were ended by its closing
(forwarded, archived, merged), and a merged duplicate is neither on time nor late."""

from sqlalchemy import Engine

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.caselist import CaseFilter, count_cases
from pengaduan_desktop.core.complaint_detail import complaint_detail
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.links import LinkKind, link_complaints
from pengaduan_desktop.core.sla import SAID_BY_STATUS, SLA_LABELS, Sla
from pengaduan_desktop.core.step_deadlines import complaint_steps
from pengaduan_desktop.core.timeutil import local_date
from pengaduan_desktop.core.workflow import Action, perform
from tests.helpers import complaint


def test_closing_ends_the_steps_still_waiting(engine: Engine) -> None:
    forwarded, archived, original, merged = (register(engine, complaint()).id for _ in range(4))
    perform(engine, forwarded, Action.FORWARD, None, "Urusan pajak daerah",
            agency="Bapenda Provinsi Kalimantan Barat")  # fmt: skip
    perform(engine, archived, Action.ARCHIVE, None, "Tidak dapat dihubungi")
    link_complaints(engine, merged, original, LinkKind.DUPLICATE, "Pengadu datang lagi", None)
    today = clock.today()
    for cid in (forwarded, archived, merged):
        steps = complaint_steps(engine, cid, None)
        assert steps and all(s.done_on is None for s in steps)
        assert all(s.ended_on == local_date(clock.now_utc()) for s in steps)
        assert all(s.met(today) is None for s in steps)  # neither waiting nor late
    [waiting] = complaint_steps(engine, original, None)
    assert waiting.ended_on is None  # the original still waits


def test_a_merged_duplicate_is_neither_on_time_nor_late(engine: Engine) -> None:
    original, merged = register(engine, complaint()).id, register(engine, complaint()).id
    link_complaints(engine, merged, original, LinkKind.DUPLICATE, "Pengadu datang lagi", None)
    d = complaint_detail(engine, merged)
    assert d.sla == Sla.MERGED and SLA_LABELS[d.sla] == "Digabung"
    assert d.sla in SAID_BY_STATUS  # the page header says the status only

    def count(sla: Sla) -> int:
        return count_cases(engine, CaseFilter(sla=sla), today=clock.today())

    assert (count(Sla.MERGED), count(Sla.CLOSED_ON_TIME), count(Sla.CLOSED_LATE)) == (1, 0, 0)
