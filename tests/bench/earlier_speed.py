"""How fast the intake finds a complainant's probable earlier complaints (core.earlier) over a
million complaints, beside a peer measured in the same run: the intake's recent list (the read
the intake already makes after every save). Wall time and CPU time of this process (the
database is in-process on SQLite; on PostgreSQL the server's work is in the wall time)."""

from __future__ import annotations

import statistics
import time
from typing import Any

from sqlalchemy import Engine, text

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.earlier import Probe, earlier_complaints
from pengaduan_desktop.core.queries import recent_complaints
from pengaduan_desktop.ui.related_panel import PAUSE_MS
from tests.bench.measure import report


def probes(engine: Engine) -> dict[str, Probe]:
    """What an officer types, from a complainant halfway through the table, and summaries:
    the demo's most common one (every word in ~100,000 complaints), one of words found in
    no complaint, and one with one rare word among common ones."""
    with reading(engine) as session:
        middle = session.scalar(text("SELECT max(id) / 2 FROM complainant"))
        phone, nik = session.execute(
            text("SELECT phone, id_number FROM complainant WHERE id >= :m "
                 "AND id_number <> '' AND phone <> '' ORDER BY id LIMIT 1"), {"m": middle}
        ).one()  # fmt: skip
        lapor = session.scalar(text("SELECT lapor_tracking_id FROM complaint WHERE id >= :m "
                                    "AND lapor_tracking_id <> '' ORDER BY id LIMIT 1"),
                               {"m": middle}) or "1916449"  # fmt: skip
        common = session.scalar(text("SELECT summary FROM complaint ORDER BY id DESC LIMIT 1"))
    return {
        "NIK": Probe(id_number=nik),
        "telepon": Probe(phone=phone),
        "ID LAPOR!": Probe(lapor_tracking_id=lapor),
        f"perihal umum '{common}'": Probe(summary=common),
        "perihal kata langka": Probe(summary="Sertifikat tanah wakaf Sungai Kakap hilang"),
        "semua sekaligus": Probe(nik, phone, lapor, common),
    }


def _timed(fn: Any, rounds: int) -> tuple[float, float, Any]:
    """Median wall and CPU seconds of `rounds` calls, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), result


def earlier_speed(engine: Engine, label: str, rounds: int = 7) -> dict[str, dict[str, float]]:
    """Each probe timed (after one warm-up call) beside the recent list; prints and returns
    label -> {wall, cpu, found, ratio}."""
    peer_wall, peer_cpu, _rows = _timed(lambda: recent_complaints(engine), rounds)
    figures: dict[str, dict[str, float]] = {}
    rows = [("peer: recent list (50 newest)", f"{peer_wall * 1000:7.1f} ms wall "
             f"{peer_cpu * 1000:7.1f} ms cpu")]  # fmt: skip
    for name, probe in probes(engine).items():
        earlier_complaints(engine, probe)  # warm: the first call pays the cache
        wall, cpu, found = _timed(lambda p=probe: earlier_complaints(engine, p), rounds)
        figures[name] = {"wall": wall, "cpu": cpu, "found": len(found),
                         "ratio": wall / peer_wall}  # fmt: skip
        rows.append((name, f"{wall * 1000:7.1f} ms wall {cpu * 1000:7.1f} ms cpu "
                     f"{wall / peer_wall:5.1f}× peer  {wall * 1000 / PAUSE_MS:5.2f}× pause"
                     f"  ({len(found)} found)"))  # fmt: skip
    report(f"earlier complaints, {label}", rows)
    return figures


def import_rows(engine: Engine, count: int) -> list[tuple[int, Any]]:
    """`count` rows as an import reads them, from recorded complainants (every tenth a
    stranger) with the demo's summaries, received now."""
    from pengaduan_desktop.core.clock import now_utc
    from tests.helpers import complaint

    with reading(engine) as session:
        people = session.execute(
            text("SELECT p.id_number, p.phone, c.summary FROM complaint c JOIN complainant p "
                 "ON p.id = c.complainant_id ORDER BY c.id DESC LIMIT :n"), {"n": count}
        ).all()  # fmt: skip
    rows = []
    for n, (nik, phone, summary) in enumerate(people, start=2):
        stranger = n % 10 == 0
        rows.append((n, complaint(id_number="" if stranger else nik, id_type="",
                                  phone="" if stranger else phone, summary=summary,
                                  received_at=now_utc())))  # fmt: skip
    return rows


def import_speed(engine: Engine, label: str, rounds: int = 3) -> dict[str, float]:
    """The import's resemblance lines for a file of IMPORT_SIMILAR_ROWS rows (similar
    summaries included) and of 2,000 (identity only), beside the import's duplicate check of
    the same rows (core.duplicates), measured in the same run."""
    from pengaduan_desktop.core.duplicates import probable_duplicates
    from pengaduan_desktop.core.earlier import IMPORT_SIMILAR_ROWS, import_resemblances

    figures: dict[str, float] = {}
    rows_out = []
    for count in (IMPORT_SIMILAR_ROWS, 2000):
        items = import_rows(engine, count)
        with reading(engine) as session:
            peer, _c, _d = _timed(lambda i=items, s=session: probable_duplicates(s, i), rounds)
            wall, cpu, lines = _timed(
                lambda i=items, s=session: import_resemblances(s, i, "baris "), rounds
            )
        kind = "similar" if count == IMPORT_SIMILAR_ROWS else "identity"
        figures[kind], figures[f"{kind}_ratio"] = wall, wall / peer
        rows_out.append((f"{count} rows: resemblances", f"{wall * 1000:8.1f} ms wall "
                         f"{cpu * 1000:8.1f} ms cpu {wall / peer:6.1f}× duplicate check "
                         f"({peer * 1000:.1f} ms), {len(lines)} lines"))  # fmt: skip
    report(f"import, {label}", rows_out)
    return figures
