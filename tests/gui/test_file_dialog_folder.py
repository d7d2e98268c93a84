"""File dialogs start in the officer's documents, not in the folder the program was started
from, and keep the suggested file name; once the officer has saved somewhere, the next dialog
opens there, also after the program is opened again. (In processes of their own, with a
home folder of their own for the settings.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# The program's start (its settings named as a desk's are) and the first save dialog.
OPEN = """
import sys
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pengaduan_desktop.ui.pdf_output import choose_pdf_file
app = QApplication([])
app.setOrganizationName("Uji")
app.setApplicationName("Uji")
parent = QWidget()
choose_pdf_file(parent, "tanda-bukti.pdf", lambda _path: None)
dialog = next(w for w in app.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
print(dialog.directory().absolutePath())
print(*dialog.selectedFiles(), sep="\\n")
"""

SHOW = (
    OPEN
    + """
dialog.selectFile(sys.argv[1] + "/tanda-bukti.pdf")  # a path typed in full
dialog.accept()
choose_pdf_file(parent, "daftar.pdf", lambda _path: None)
again = [w for w in app.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()][-1]
print(again.directory().absolutePath())
print(*again.selectedFiles(), sep="\\n")
again.reject()
"""
)

AGAIN = (
    OPEN
    + """
dialog.reject()
"""
)


def test_a_save_dialog_starts_in_the_documents_then_where_the_officer_saved(tmp_path: Path) -> None:
    program, home = tmp_path / "program", tmp_path / "home"
    for folder in (program, home / "Documents"):
        folder.mkdir(parents=True)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    elsewhere = tmp_path / "arsip"
    elsewhere.mkdir()
    argv = [sys.executable, "-c", SHOW, str(elsewhere)]
    shown = subprocess.run(argv, cwd=program, env=env, check=True, capture_output=True,
                           text=True).stdout.split("\n")  # fmt: skip
    assert [Path(line) for line in shown[:4]] == [
        home / "Documents",
        home / "Documents" / "tanda-bukti.pdf",
        elsewhere,  # where the officer saved last
        elsewhere / "daftar.pdf",
    ], shown
    # The program opened again: the desk remembers.
    again = subprocess.run([sys.executable, "-c", AGAIN], cwd=program, env=env, check=True,
                           capture_output=True, text=True).stdout.split("\n")  # fmt: skip
    assert [Path(line) for line in again[:2]] == [elsewhere, elsewhere / "tanda-bukti.pdf"], again
