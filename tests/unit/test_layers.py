"""The layers stay apart: core never imports the documents, the services or Qt; the documents
never import Qt. Checked twice: by importing every module in a fresh interpreter, and by
reading every import statement (an import inside a function runs only when it is called)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pengaduan_desktop

PACKAGE = Path(pengaduan_desktop.__file__).parent
CORE_MAY_NOT = ("pengaduan_desktop.documents", "pengaduan_desktop.services",
                "pengaduan_desktop.ui", "PySide6")  # fmt: skip
DOCUMENTS_MAY_NOT = ("pengaduan_desktop.services", "pengaduan_desktop.ui", "PySide6")


def loaded_after_importing(layer: str) -> list[str]:
    """Every module in sys.modules after a fresh interpreter imports each module of `layer`
    (core's Alembic scripts aside: they run only inside Alembic)."""
    code = f"""
import importlib, json, pkgutil, sys
import pengaduan_desktop.{layer} as layer
for info in pkgutil.walk_packages(layer.__path__, layer.__name__ + "."):
    if ".migrations" not in info.name:
        importlib.import_module(info.name)
print(json.dumps(sorted(sys.modules)))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)  # fmt: skip
    return json.loads(out.stdout)


def imports_in(folder: Path) -> dict[str, set[str]]:
    """Each module file's imported module names, wherever in the file the import stands."""
    found: dict[str, set[str]] = {}
    for path in sorted(folder.rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
        found[str(path.relative_to(PACKAGE))] = names
    return found


def breaking(modules: dict[str, set[str]] | list[str], forbidden: tuple[str, ...]) -> list[str]:
    if isinstance(modules, list):
        return [m for m in modules if m.startswith(forbidden)]
    return sorted(f"{file}: {name}" for file, names in modules.items() for name in names
                  if name.startswith(forbidden))  # fmt: skip


def test_importing_all_of_core_loads_neither_documents_nor_qt() -> None:
    loaded = loaded_after_importing("core")
    assert "pengaduan_desktop.core.reports" in loaded  # the walk did reach the modules
    assert breaking(loaded, CORE_MAY_NOT) == []


def test_importing_all_of_documents_loads_no_qt() -> None:
    loaded = loaded_after_importing("documents")
    assert "pengaduan_desktop.documents.monthly_report" in loaded
    assert breaking(loaded, DOCUMENTS_MAY_NOT) == []


def test_no_import_statement_anywhere_in_core_or_documents_crosses_a_layer() -> None:
    core = imports_in(PACKAGE / "core")
    assert "pengaduan_desktop.core.monthly" in core["core/reports.py"]  # the reader works
    assert breaking(core, CORE_MAY_NOT) == []
    assert breaking(imports_in(PACKAGE / "documents"), DOCUMENTS_MAY_NOT) == []


def test_services_need_no_qt() -> None:
    assert breaking(loaded_after_importing("services"), ("pengaduan_desktop.ui", "PySide6")) == []
