"""The marks beside the SLA words in the case list."""

from __future__ import annotations


def test_the_case_list_marks_exist_in_the_font_we_ship() -> None:
    """A mark the font lacks shows as an empty box (⏰ did, in DejaVu Sans)."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    from pengaduan_desktop.assets import asset
    from pengaduan_desktop.ui.case_model import SLA_MARK

    font = TTFontFile(str(asset("fonts/DejaVuSans.ttf")))
    missing = [mark for mark in SLA_MARK.values() if ord(mark.strip()) not in font.charToGlyph]
    assert missing == []
