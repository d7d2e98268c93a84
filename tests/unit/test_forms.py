"""The compiled Designer forms are up to date with forms/*.ui."""

from pathlib import Path

import pytest

from pengaduan_desktop.ui.build_forms import FORMS, compile_form, target_for

UI_FILES = sorted(FORMS.glob("*.ui"))


def test_there_are_forms() -> None:
    assert UI_FILES


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_module_matches_its_form(ui_file: Path) -> None:
    generated = target_for(ui_file)
    assert generated.exists(), "run: python -m pengaduan_desktop.ui.build_forms"
    assert generated.read_text(encoding="utf-8") == compile_form(ui_file), (
        f"{generated.name} is stale: run python -m pengaduan_desktop.ui.build_forms"
    )
