"""Cutting text to the room it has: a list cell, a line of the timeline, a summary row."""

from __future__ import annotations

import re

# Control characters: C0 (but tab and newline are for long texts), DEL, C1. A name holding one
# cannot be printed, breaks an XLSX file, and may hide text from the reader.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROLS_AND_LINES = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROLS_RUN = re.compile(r" *[\x00-\x08\x0b-\x1f\x7f-\x9f]+ *")


def cut(text: str, limit: int) -> str:
    """At most `limit` characters; a longer text ends in "…"."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def one_line(text: str, limit: int) -> str:
    """The text on one line (line breaks and runs of spaces become one space), then cut."""
    return cut(" ".join(text.split()), limit)


def control_characters(text: str, multiline: bool = False) -> list[str]:
    """The control characters in `text`, each once, as U+XXXX; newline, carriage return and
    tab are allowed when `multiline` (a long text such as a summary)."""
    found = (_CONTROLS if multiline else _CONTROLS_AND_LINES).findall(text)
    if multiline:
        found = [c for c in found if c != "\r"]
    return [f"U+{ord(c):04X}" for c in dict.fromkeys(found)]


def without_controls(text: str) -> str:
    """The text with each run of control characters replaced by one space (tab and line breaks
    kept; no space where the run touches whitespace or an end, so no double spaces): what an
    export or a printed document shows, so that one bad name cannot break a file for everyone
    and "Budi<BEL>Santoso" stays two words."""

    def space(match: re.Match[str]) -> str:
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        return "" if before.isspace() or after.isspace() else " "  # a tab, a line break, an end

    return _CONTROLS_RUN.sub(space, text)
