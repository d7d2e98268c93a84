"""The window at 125% and 150% scaling (QT_SCALE_FACTOR, set before Qt starts: each case runs
tests/gui/scaled_screens.py as its own program on an offscreen screen of the office's size).
The main window's tabs, a complaint page and the main dialogs fit the screen's free area; a
window larger than it scrolls (ui.screen_room). The screenshots stay in PENGADUAN_SCREENSHOTS
when it is set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core.intake import register
from tests.helpers import complaint, fill_office

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("screen", "scale"), [("1366x768", "1.5"), ("1920x1080", "1.5"),
                                               ("1366x768", "1.25")])  # fmt: skip
def test_the_window_and_the_page_fit_the_screen_when_scaled(
    engine: Engine, db_url: str, tmp_path: Path, screen: str, scale: str
) -> None:
    fill_office(engine)
    cid = register(engine, complaint(description="Dana kegiatan belum cair. " * 12)).id
    shots = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path / "shots"))
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}  # no saved geometry
    env.pop("QT_QPA_PLATFORM", None)  # the program sets its own screen
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.scaled_screens", db_url, str(cid), screen, scale,
         str(shots)], cwd=ROOT, env=env, capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    said = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = (int(n) for n in screen.split("x"))
    assert said["free"] == [round(width / float(scale)), round(height / float(scale))]
    assert said["problems"] == []
    tag = f"{screen}-{scale}"
    assert (shots / f"window-0-{tag}.png").exists() and (shots / f"page-0-{tag}.png").exists()
