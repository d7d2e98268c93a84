"""File dialogs start in the officer's documents, not in the folder the program was started
from, and keep the suggested file name. (In a process of its own: Qt remembers the folder
last visited by any earlier dialog of the process.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SHOW = """
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pengaduan_desktop.ui.pdf_output import choose_pdf_file
app = QApplication([])
parent = QWidget()
choose_pdf_file(parent, "tanda-bukti.pdf", lambda _path: None)
dialog = next(w for w in app.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible())
print(dialog.directory().absolutePath())
print(*dialog.selectedFiles(), sep="\\n")
dialog.reject()
"""


def test_a_save_dialog_starts_in_the_documents_folder(tmp_path: Path) -> None:
    program, home = tmp_path / "program", tmp_path / "home"
    for folder in (program, home / "Documents"):
        folder.mkdir(parents=True)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    shown = subprocess.run([sys.executable, "-c", SHOW], cwd=program, env=env, check=True,
                           capture_output=True, text=True).stdout.split("\n")  # fmt: skip
    assert [Path(line) for line in shown[:2]] == [
        home / "Documents",
        home / "Documents" / "tanda-bukti.pdf",
    ], shown
