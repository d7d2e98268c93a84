"""The window shows before the heavy libraries load (start-up goal, DESIGN section 8). Checked
by what is imported, not by a clock."""

import subprocess
import sys

CODE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pengaduan_desktop.ui.app import make_app
from pengaduan_desktop.ui.main_window import MainWindow
app = make_app()
window = MainWindow(None)
window.show()
app.processEvents()
heavy = [m for m in ("sqlalchemy", "alembic", "holidays", "reportlab", "pypdfium2",
                     "PySide6.QtPrintSupport", "openpyxl") if m in sys.modules]
print(",".join(heavy) or "none")
"""


def test_showing_the_window_loads_no_database_pdf_or_calendar_library() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         timeout=120, check=True)  # fmt: skip
    assert out.stdout.strip().splitlines()[-1] == "none"
