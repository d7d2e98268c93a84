"""Indonesian for argparse's own words (usage, help, errors): the administrator reads the
command line in the same language as the window."""

from __future__ import annotations

import argparse
from gettext import gettext

WORDS = {
    "usage: ": "penggunaan: ",
    "options": "pilihan",
    "positional arguments": "argumen",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak valid: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan tidak dikenal: %(value)r (pilih dari %(choices)s)",
    "expected one argument": "harus diikuti satu nilai",
    "expected at least one argument": "harus diikuti paling sedikit satu nilai",
    "ambiguous option: %(option)s could match %(matches)s":
        "pilihan %(option)s tidak jelas, bisa berarti %(matches)s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
}  # fmt: skip


def indonesian(message: str) -> str:
    return WORDS.get(message) or gettext(message)


def use_indonesian() -> None:
    argparse._ = indonesian  # type: ignore[attr-defined]
