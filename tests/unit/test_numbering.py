"""Two (or eight) desks saving at the same moment never get the same tracking number."""

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select

from pengaduan_desktop.core.db import create_db_engine, reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.models import Complaint
from pengaduan_desktop.core.numbering import format_tracking_number
from tests.helpers import complaint

DESKS = 6
EACH = 15


def test_format() -> None:
    assert format_tracking_number(2026, 123) == "ADU-2026-000123"


def test_concurrent_desks_get_unique_consecutive_numbers(engine, db_url) -> None:
    def desk(_n: int) -> list[str]:
        own = create_db_engine(db_url)  # each desk has its own connection pool
        try:
            return [register(own, complaint()).tracking_number for _ in range(EACH)]
        finally:
            own.dispose()

    with ThreadPoolExecutor(DESKS) as pool:
        numbers = [n for batch in pool.map(desk, range(DESKS)) for n in batch]
    expected = [format_tracking_number(2026, i) for i in range(1, DESKS * EACH + 1)]
    assert sorted(numbers) == expected
    with reading(engine) as session:
        stored = sorted(session.scalars(select(Complaint.tracking_number)))
    assert stored == expected
