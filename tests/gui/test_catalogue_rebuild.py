"""Rebuilding the English catalogue while a window runs (installer/run.sh builds it at every
start: a second window opened at the same desk) must not take the running window's English
away. The .qm is read through a memory map; written over in place, the running window's
lookups failed and it fell back to Indonesian mid-session."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PySide6.QtCore import QTranslator

from pengaduan_desktop.ui.language import catalogue_path

ROOT = Path(__file__).resolve().parents[2]


def test_a_rebuilt_catalogue_is_a_new_file_and_the_running_one_keeps_translating(qapp) -> None:
    qm = Path(catalogue_path())
    ts = qm.with_suffix(".ts")
    subprocess.run([str(ROOT / "installer" / "translations.sh"), "--release"], check=True)
    running = QTranslator()
    assert running.load(str(qm))
    assert running.translate("ShortcutsDialog", "kotak pencarian") == "search box"
    before = qm.stat().st_ino
    newer = qm.stat().st_mtime + 2
    os.utime(ts, (newer, newer))  # the source changed: the next start builds again
    subprocess.run([str(ROOT / "installer" / "translations.sh"), "--release"], check=True)
    assert qm.stat().st_ino != before  # a new file, renamed over the old one
    assert qm.stat().st_mtime >= newer - 1
    assert running.translate("ShortcutsDialog", "kotak pencarian") == "search box"
    assert not qm.with_name(qm.name + ".new").exists()
