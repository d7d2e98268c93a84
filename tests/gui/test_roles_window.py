"""The window reads as the acting officer: a unit officer's case list holds only the complaints
disposed to their unit, and its overdue count only those."""

import os
from pathlib import Path

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.units import add_unit
from pengaduan_desktop.core.vocabulary import Role
from pengaduan_desktop.core.workflow import Action, perform
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.conftest import act_as
from tests.helpers import complaint


def test_unit_officer_lists_only_their_units_complaints(qtbot, window: MainWindow) -> None:
    engine = window.engine
    ours = add_unit(engine, "UJIX", "Bidang Uji X", None)
    other = add_unit(engine, "UJIY", "Bidang Uji Y", None)
    numbers = {}
    for unit, summary in ((ours, "Pencairan SP2D terlambat"), (other, "Gaji belum dibayar"),
                          (ours, "Tunjangan belum cair")):  # fmt: skip
        saved = register(engine, complaint(summary=summary))
        perform(engine, saved.id, Action.VERIFY, None)
        perform(engine, saved.id, Action.DISPOSE, None, "Mohon ditindaklanjuti", unit_id=unit)
        numbers.setdefault(unit, []).append(saved.tracking_number)
    register(engine, complaint(summary="Belum didisposisikan"))
    tab = window.cases
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.apply_filter()
    assert tab.model.rowCount() == 4  # the Pejabat Pengelola sees every complaint
    act_as(window, Role.UNIT, ours)
    with qtbot.waitSignal(tab.loaded, timeout=20_000):
        tab.apply_filter()
    assert tab.count.text() == "2 pengaduan"
    shown = {tab.model.index(r, 0).data() for r in range(tab.model.rowCount())}
    assert shown == set(numbers[ours])
    assert "2 pengaduan terlambat" in tab.warning.text()  # received in May: both overdue
    if os.environ.get("PENGADUAN_SHOTS"):
        window.grab().save(str(Path(os.environ["PENGADUAN_SHOTS"]) / "unit-case-list.png"))
