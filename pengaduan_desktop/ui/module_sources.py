"""PySide6 reads the source of every Python module imported after it: its `__feature__` import
hook asks whether the module mentions PySide6 (shibokensupport's `_mod_uses_pyside`, through
inspect.getsource), and the standard linecache keeps every line so read for the life of the
process: about 30 MB of strings for the window's libraries (SQLAlchemy, ReportLab, ours). The
same check here reads the source without keeping it."""

from __future__ import annotations

import sys
from types import ModuleType


def _uses_pyside(module: ModuleType) -> bool:
    """PySide's own answer (False when the source cannot be read), not cached."""
    loader = getattr(getattr(module, "__spec__", None), "loader", None)
    get_source = getattr(loader, "get_source", None)
    if get_source is None:
        return False
    try:
        source = get_source(module.__name__)
    except Exception:  # an import must not fail for this check; PySide's says False too
        return False
    return isinstance(source, str) and "PySide6" in source


def keep_module_sources_out_of_memory() -> None:
    """Call before the window's modules are imported. A PySide6 without the hook is left as
    it is."""
    import PySide6.QtCore  # noqa: F401 - installs the import hook

    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]
