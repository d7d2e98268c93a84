"""Run as a program (QT_SCALE_FACTOR must be set before Qt starts): the main window, each of its
tabs, a complaint page and the main dialogs on an offscreen screen of the given physical size
at the given scale; prints one JSON line of what does not fit the screen's free area, and
saves a screenshot of each.

    python -m tests.gui.scaled_screens DB_URL COMPLAINT_ID WIDTHxHEIGHT SCALE FOLDER [QM]
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    db_url, complaint_id, size, scale, folder = argv[:5]
    qm = argv[5] if len(argv) > 5 else ""
    width, height = (int(n) for n in size.split("x"))
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    config = out / f"screen-{size}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "kantor", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))  # fmt: skip
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["QT_SCALE_FACTOR"] = scale

    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QDialog, QWidget

    from pengaduan_desktop.ui.app import make_app
    from pengaduan_desktop.ui.main_window import MainWindow
    from pengaduan_desktop.ui.tasks import tasks_running

    app = make_app(["pengaduan"])
    if qm:
        translator = QTranslator(app)
        if translator.load(qm):
            app.installTranslator(translator)
    free = app.primaryScreen().availableGeometry()
    problems: list[str] = []
    tag = f"{size}-{scale}" + ("-en" if qm else "")

    def settle(condition=lambda: True, rounds: int = 4000) -> None:
        for _ in range(rounds):
            app.processEvents()
            if condition() and tasks_running() == 0:
                return
            from threading import Event

            Event().wait(0.005)  # time.sleep fails under faketime (libfaketime 426)

    def check(widget: QWidget, name: str) -> None:
        from tests.gui.test_screens import off_screen

        frame = widget.frameGeometry()
        least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        if least.width() > free.width() or least.height() > free.height():
            problems.append(f"{name}: needs {least.width()}x{least.height()} of "
                            f"{free.width()}x{free.height()}")  # fmt: skip
        if frame.width() > free.width() or frame.height() > free.height():
            problems.append(f"{name}: is {frame.width()}x{frame.height()} on "
                            f"{free.width()}x{free.height()}")  # fmt: skip
        problems.extend(f"{name}: {control} off the window" for control in off_screen(widget))
        widget.grab().save(str(out / f"{name}-{tag}.png"))

    window = MainWindow(db_url, program=True)
    window.show()
    ready: list[bool] = []
    window.database_ready.connect(lambda: ready.append(True))
    window.connect_database()
    settle(lambda: bool(ready))
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle()
        check(window, f"window-{index}")
    page = window.open_complaint(int(complaint_id))
    assert page is not None
    settle(lambda: page.detail is not None)
    for index in range(page.ui.tabs.count()):
        page.ui.tabs.setCurrentIndex(index)
        settle()
        check(page, f"page-{index}")
    page.reject()
    for name, opener in (("profil", window.edit_profile), ("daftar", window.edit_lists),
                         ("pesan", window.edit_messages), ("audit", window.show_audit),
                         ("penomoran", window.edit_series), ("alasan", window.edit_reasons),
                         ("tahap", window.edit_step_days)):  # fmt: skip
        dialog = opener()
        assert isinstance(dialog, QDialog)
        settle()
        check(dialog, name)
        dialog.reject()
    window.live.stop()
    window.mail.stop()
    print(json.dumps({"free": [free.width(), free.height()], "problems": problems}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
