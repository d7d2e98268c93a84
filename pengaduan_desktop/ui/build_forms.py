"""Compile the Qt Designer forms: forms/X.ui -> pengaduan_desktop/ui/generated/ui_X.py.

Run `python -m pengaduan_desktop.ui.build_forms` after editing a form; a test checks that the
generated modules are up to date."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
GENERATED = Path(__file__).resolve().parent / "generated"
HEADER = (
    "# Generated from forms/{name} by `python -m pengaduan_desktop.ui.build_forms`: do not edit.\n"
)


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        raise SystemExit("pyside6-uic tidak ditemukan; pasang PySide6-Essentials")
    return found


def compile_form(ui_file: Path) -> str:
    out = subprocess.run(
        [uic(), "--generator", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # The compiler's version line would make the file differ between Qt versions.
    lines = [line for line in out.splitlines(keepends=True) if "Created by: Qt" not in line]
    return HEADER.format(name=ui_file.name) + "".join(lines)


def target_for(ui_file: Path) -> Path:
    return GENERATED / f"ui_{ui_file.stem}.py"


def main() -> int:
    GENERATED.mkdir(exist_ok=True)
    (GENERATED / "__init__.py").write_text('"""Modules compiled from forms/*.ui: do not edit."""\n')
    for ui_file in sorted(FORMS.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
