"""Measurements for the goals of DESIGN section 8. Each returns figures and prints them beside
the limit or the peer measured in the same run. No time is asserted anywhere."""

from __future__ import annotations

import io
import os
import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.demo import generate
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.printable import receipt_data
from pengaduan_desktop.core.schema import init_database
from pengaduan_desktop.documents.receipt import render_receipt
from tests.helpers import complaint

SHOWN = "SHOWN"
BARE_WINDOW = f"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1320, 800); w.show()
QTimer.singleShot(0, lambda: (print("{SHOWN}", flush=True), app.quit()))
app.exec()
"""
OUR_WINDOW = f"""
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from pengaduan_desktop.ui.launch import open_window
app, w = open_window(sys.argv[1])
QTimer.singleShot(0, lambda: (print("{SHOWN}", flush=True), app.quit()))
app.exec()
"""


def report(title: str, rows: list[tuple[str, str]]) -> None:
    print(f"\n== {title}")
    for label, value in rows:
        print(f"   {label:<44} {value}")


def _time_to_shown(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    with subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args],
                          stdout=subprocess.PIPE, text=True, env=env) as proc:  # fmt: skip
        assert proc.stdout is not None
        elapsed = None
        for line in proc.stdout:
            if line.strip() == SHOWN and elapsed is None:
                elapsed = time.perf_counter() - start
        proc.wait(timeout=60)
    if elapsed is None:
        raise RuntimeError("window never shown")
    return elapsed


def demo_database(path: Path, count: int) -> tuple[str, float | None]:
    """A database with `count` demo complaints, made once and reused; returns (url, seconds)."""
    url = f"sqlite:///{path}"
    marker = path.with_suffix(".done")
    if marker.exists() and marker.read_text() == str(count):
        return url, None
    path.unlink(missing_ok=True)
    engine = create_db_engine(url)
    init_database(engine)
    start = time.perf_counter()
    generate(engine, count, seed=1)
    seconds = time.perf_counter() - start
    engine.dispose()
    marker.write_text(str(count))
    return url, seconds


def startup(url: str, count: int, rounds: int = 5) -> dict[str, float]:
    bare = statistics.median(_time_to_shown(BARE_WINDOW) for _ in range(rounds))
    ours = statistics.median(_time_to_shown(OUR_WINDOW, url) for _ in range(rounds))
    ratio = ours / bare
    report(f"start to a shown main window, {count:,} complaints (median of {rounds})", [
        ("bare PySide6 window", f"{bare * 1000:8.0f} ms"),
        ("Pengaduan Desktop", f"{ours * 1000:8.0f} ms"),
        ("ratio (goal: within 2.5x)", f"{ratio:8.2f}x  {'ok' if ratio <= 2.5 else 'OVER'}"),
    ])  # fmt: skip
    return {"bare": bare, "ours": ours, "ratio": ratio}


def _plain_page() -> bytes:
    buffer = io.BytesIO()
    style = getSampleStyleSheet()["Normal"]
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    rows = [[f"Label {i}", f"Nilai baris {i}"] for i in range(14)]
    doc.build([Paragraph("TANDA BUKTI PENGADUAN", style), Table(rows),
               Paragraph("Tidak dipungut biaya. " * 6, style)])  # fmt: skip
    return buffer.getvalue()


def receipt(url: str, rounds: int = 30) -> dict[str, float]:
    engine = create_db_engine(url)
    init_database(engine)
    data = receipt_data(engine, register(engine, complaint()).tracking_number)
    engine.dispose()
    render_receipt(data), _plain_page()  # warm both (font registration, imports)

    def timed(fn: Any) -> float:
        samples = []
        for _ in range(rounds):
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
        return statistics.median(samples)

    plain = timed(_plain_page)
    ours = timed(lambda: render_receipt(data))
    ratio = ours / plain
    report(f"receipt PDF (median of {rounds})", [
        ("plain ReportLab page", f"{plain * 1000:8.1f} ms"),
        ("Tanda Bukti Pengaduan", f"{ours * 1000:8.1f} ms"),
        ("ratio (goal: within 1.5x)", f"{ratio:8.2f}x  {'ok' if ratio <= 1.5 else 'OVER'}"),
    ])  # fmt: skip
    return {"plain": plain, "ours": ours, "ratio": ratio}


def demo_speed(seconds: float, count: int) -> dict[str, float]:
    goal = 40.0 * count / 1_000_000
    report(f"demo --count {count:,}", [
        ("time", f"{seconds:8.1f} s"),
        ("rate", f"{count / seconds:8,.0f} complaints/s"),
        (f"goal (40 s per million: {goal:.1f} s)", "ok" if seconds <= goal else "OVER"),
    ])  # fmt: skip
    return {"seconds": seconds, "goal": goal}
