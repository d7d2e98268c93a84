"""PySide6's import hook reads each module's source; ui.module_sources keeps linecache from
holding it for the life of the window (about 30 MB, issue 11 item 7). Each case in a fresh
interpreter, so that the module imported is imported for the first time."""

import subprocess
import sys

CODE = """
import linecache, sys
if sys.argv[1] == "kept out":
    from pengaduan_desktop.ui.module_sources import keep_module_sources_out_of_memory
    keep_module_sources_out_of_memory()
else:
    import PySide6.QtCore
import colorsys  # a module of plain Python that nothing above imports
print(any(name.endswith("colorsys.py") for name in linecache.cache))
"""


def cached(how: str) -> str:
    out = subprocess.run([sys.executable, "-c", CODE, how], capture_output=True, text=True,
                         timeout=120, check=True)  # fmt: skip
    return out.stdout.strip().splitlines()[-1]


def test_a_module_imported_after_pyside_is_not_kept_in_linecache() -> None:
    assert cached("PySide6 as it comes") == "True"  # what the window would hold without it
    assert cached("kept out") == "False"
