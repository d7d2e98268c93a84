"""Core's message catalogue: every sentence core says to the officer, keyed by a code, in
Indonesian and English, with named `{placeholders}` (core.message_texts holds the texts).

`Text(code, **params)` is one message: a `str` holding its Indonesian (what documents, logs,
the command line and old code read), which also knows its code and values, so the window can
say it in English (`in_language(text, "en")`). A plain string passes through unchanged."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Any

from pengaduan_desktop.core.message_texts import CATALOGUE

LANGUAGES = ("id", "en")


class Text(str):
    """One catalogue message; its value as a string is the Indonesian."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Text:
        text = super().__new__(cls, render(code, params, "id"))
        text.code = code
        text.params = params
        return text

    def __str__(self) -> str:  # itself: str(exc) keeps the code for the window to translate
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # pickled as its code and values
        return (_rebuild, (self.code, self.params))

    def in_language(self, lang: str) -> str:
        return render(self.code, self.params, lang)


def _rebuild(code: str, params: dict[str, Any]) -> Text:
    return Text(code, **params)


def render(code: str, params: Mapping[str, Any], lang: str = "id") -> str:
    """The message `code` in `lang` ("id" or "en"), its placeholders filled (a value that is
    itself a message is said in the same language)."""
    indonesian, english = texts(code)
    template = english if lang == "en" else indonesian
    said = {name: _said(value, lang) for name, value in params.items()}
    return template.format(**said)


ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")  # fmt: skip


def _said(value: object, lang: str) -> object:
    if isinstance(value, Text | list | tuple):
        return _Said(in_language(value, lang))
    if isinstance(value, date):
        return _Day(value, lang)
    return value


class _Day:
    """A date put into a message: "3 Juni 2026" / "3 June 2026"; `{x:month}` is its month,
    "Juni 2026" / "June 2026"."""

    def __init__(self, day: date, lang: str) -> None:
        self.day, self.lang = day, lang

    def __format__(self, spec: str) -> str:
        from pengaduan_desktop.core.indonesian import MONTHS

        month = (ENGLISH_MONTHS if self.lang == "en" else MONTHS)[self.day.month - 1]
        if spec == "month":
            return f"{month} {self.day.year}"
        return f"{self.day.day} {month} {self.day.year}"


class _Said(str):
    """A message put into another: `{status:lower}` says it in lower case, `{text:capital}`
    begins it with a capital letter."""

    def __format__(self, spec: str) -> str:
        if spec == "capital":
            return self[:1].upper() + self[1:]
        return self.lower() if spec == "lower" else format(str(self), spec)


def texts(code: str) -> tuple[str, str]:
    """(Indonesian, English) of a sentence or a vocabulary label."""
    found = CATALOGUE.get(code)
    if found is None:
        from pengaduan_desktop.core.vocabulary_labels import label_texts

        found = label_texts(code)
    return found


class Joined(tuple):  # type: ignore[type-arg]
    """Messages said one after another with "; " between them (a list or tuple: ", ")."""

    separator = "; "


def in_language(value: object, lang: str = "id") -> str:
    """A message (or a list of them) in `lang`; any other value as it is written."""
    if isinstance(value, Text):
        return value.in_language(lang)
    if isinstance(value, list | tuple):
        separator = getattr(value, "separator", ", ")
        return separator.join(in_language(v, lang) for v in value)
    return str(value)


def is_code(value: object) -> bool:
    return isinstance(value, str) and not isinstance(value, Text) and value in CATALOGUE


def label_code(value: Enum) -> str:
    """The catalogue code of a vocabulary value: `Status.SELESAI` -> "status.selesai"."""
    return f"{type(value).__name__.lower()}.{value.value or 'none'}"


def label(value: Enum, lang: str = "id") -> str:
    """A status, channel, form, id type, role, event or SLA state as the officer reads it."""
    return render(label_code(value), {}, lang)
