"""The report tab's CSV export offers "CSV (,)" and "Excel Indonesia (;)" (issue 10, item 6):
the second is what Excel in the Indonesian locale opens as columns."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.test_report_tab import october_shown, wait_idle


# The offscreen platform cannot grab the keyboard for the popped-up menu (the screenshot's).
@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_the_csv_button_offers_both_separators(qtbot, window: MainWindow, tmp_path: Path) -> None:
    tab = october_shown(qtbot, window, tmp_path)
    actions = tab.csv_menu.actions()
    assert [a.text() for a in actions] == ["CSV (,)…", "Excel Indonesia (;)…"]
    assert tab.csv_button.menu() is tab.csv_menu
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    tab.grab().save(str(folder / "report-tab-csv-kinds.png"))
    tab.csv_menu.popup(tab.csv_button.mapToGlobal(tab.csv_button.rect().bottomLeft()))
    qtbot.waitUntil(tab.csv_menu.isVisible)
    tab.csv_menu.grab().save(str(folder / "report-csv-menu.png"))
    tab.csv_menu.close()
    for action, name, delimiter in ((actions[0], "koma.csv", ","),
                                    (actions[1], "titik-koma.csv", ";")):  # fmt: skip
        target = tmp_path / name
        tab.choose_file = lambda parent, suggested, accept, target=target: accept(target)
        action.trigger()
        qtbot.waitUntil(target.exists, timeout=20_000)
        wait_idle(qtbot)
        rows = list(csv.reader(target.read_text("utf-8-sig").splitlines(), delimiter=delimiter))
        assert rows[0][:4] == ["Kelompok", "Nomor", "ID SP4N-LAPOR!", "Diterima"] and len(rows) == 8
    assert "Data diekspor ke" in tab.status.text()
