"""Backup and restore of the 100,000-complaint demo database (run: python -m pytest -m bench -s
tests/bench/test_backup_bench.py), printed beside a plain file copy measured in the same run."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench import measure
from tests.bench.backup_speed import backup_speed
from tests.bench.test_bench import FOLDER

SIZE = 100_000


@pytest.mark.bench
def test_backup_and_restore_speed(tmp_path: Path) -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    url, _ = measure.demo_database(FOLDER / f"pengaduan-bench-{SIZE}.db", SIZE)
    assert backup_speed(url, SIZE, tmp_path)["same"] == 1


def test_small_backup_pass_keeps_the_benchmark_working(tmp_path: Path) -> None:
    url, _ = measure.demo_database(tmp_path / "small.db", 300)
    figures = backup_speed(url, 300, tmp_path)
    assert figures["same"] == 1 and figures["copy"] > 0
