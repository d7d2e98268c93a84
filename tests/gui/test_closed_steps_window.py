"""The page of a closed complaint (forwarded, archived, merged) shows no step as waiting; a
merged duplicate's header says Digabung, never "Selesai tepat waktu"."""

from __future__ import annotations

import os
from pathlib import Path

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.links import LinkKind, link_complaints
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.test_complaint_page import open_page
from tests.helpers import complaint


def shots() -> Path:
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", "/tmp"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_a_closed_complaint_waits_for_no_step(qtbot, window: MainWindow) -> None:
    engine = window.engine
    forwarded, original, merged = (register(engine, complaint()).id for _ in range(3))
    perform(engine, forwarded, Action.FORWARD, None, "Urusan pajak daerah",
            agency="Bapenda Provinsi Kalimantan Barat")  # fmt: skip
    link_complaints(engine, merged, original, LinkKind.DUPLICATE, "Pengadu datang lagi", None)
    for cid, name in ((forwarded, "diteruskan"), (merged, "digabung")):
        page = open_page(qtbot, window, cid)
        steps = page.step_rows.steps_value
        qtbot.waitUntil(lambda steps=steps: "Verifikasi" in steps.text())
        assert "menunggu" not in steps.text()
        assert "berakhir, pengaduan ditutup" in steps.text()
        for size in ((1366, 768), (1024, 768)):
            window.resize(*size)
            qtbot.waitUntil(lambda size=size: window.width() == size[0])
            page.grab().save(str(shots() / f"closed-{name}-{size[0]}x768.png"))
    header = window._pages[merged].ui.headerLabel.text()
    assert "tepat waktu" not in header and "Digabung" in header
