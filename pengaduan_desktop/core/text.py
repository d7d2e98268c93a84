"""Cutting text to the room it has: a list cell, a line of the timeline, a summary row."""

from __future__ import annotations


def cut(text: str, limit: int) -> str:
    """At most `limit` characters; a longer text ends in "…"."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def one_line(text: str, limit: int) -> str:
    """The text on one line (line breaks and runs of spaces become one space), then cut."""
    return cut(" ".join(text.split()), limit)
