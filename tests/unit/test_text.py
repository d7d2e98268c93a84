"""The control-character rule (core.text): what import refuses and what export removes."""

from pengaduan_desktop.core.text import control_characters, without_controls


def test_names_refuse_every_control_character_and_line_break() -> None:
    assert control_characters("Budi\x00 Santoso\n\t") == ["U+0000", "U+000A", "U+0009"]
    assert control_characters("Budi Santoso") == []


def test_long_texts_keep_tab_and_line_breaks_but_not_escape_or_c1() -> None:
    assert control_characters("baris satu\r\nbaris dua\tkolom", multiline=True) == []
    assert control_characters("warna\x1b[31m merah\x85", multiline=True) == ["U+001B", "U+0085"]


def test_exports_drop_controls_and_keep_the_text_readable() -> None:
    cleaned = without_controls("Budi\x07 Santoso\x1b\nJl. Ahmad\tYani")
    assert cleaned == "Budi Santoso\nJl. Ahmad\tYani"


def test_a_run_of_controls_becomes_one_space_between_words_and_none_beside_a_space() -> None:
    assert without_controls("Budi\x07Santoso\x1b[31m") == "Budi Santoso [31m"
    assert without_controls("Ringkas\x00\x01an") == "Ringkas an"
    assert without_controls("Budi \x07 Santoso") == "Budi Santoso"
    assert without_controls("\x07Budi\x85") == "Budi"
    assert without_controls("baris\x07\nbaris\x1b\tkolom") == "baris\nbaris\tkolom"
