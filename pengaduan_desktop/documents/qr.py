"""The modules of a QR code (ReportLab's encoder), for drawing as one path of row runs rather
than ReportLab's QR widget, which builds thousands of shape objects.

The encoder tries all eight mask patterns and keeps the one its penalty rules score lowest;
ReportLab scores them cell by cell in Python, which was half the time of a receipt. Here the
same rules are scored on each row and column as a string and as an integer (same scores, so
the same mask and the same symbol), and each number's symbol is made once per session: the
preview, the print and a reprint of one receipt share it."""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.graphics.barcode import qrencoder

QUIET_ZONE = 2  # modules of white around the symbol
MASKS = 8
FINDER_LIKE = "10111010000"  # ReportLab's rule 3 pattern (it looks for this one only)
RUN = re.compile("0{5,}|1{5,}")
DIGITS = bytes.maketrans(b"\x00\x01", b"01")


@lru_cache(maxsize=256)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.version = code.calculate_version()
    best, lowest = 0, None
    for mask in range(MASKS):
        code.makeImpl(True, mask)
        lost = lost_points(code.modules)
        if lowest is None or lost < lowest:  # the first of equals, as ReportLab chooses
            best, lowest = mask, lost
    code.makeImpl(False, best)
    return tuple(tuple(bool(cell) for cell in row) for row in code.modules)


def lost_points(modules: list[list[bool]]) -> int:
    """ReportLab's QRUtil.getLostPoint, scored on strings and integers."""
    cells = [bytes(row) for row in modules]  # 0 and 1 per module
    rows = [row.translate(DIGITS).decode() for row in cells]
    columns = [bytes(column).translate(DIGITS).decode() for column in zip(*cells, strict=True)]
    score = _runs(" ".join(rows + columns)) + sum(_finder_like(row) for row in rows)
    score += _blocks(rows)
    dark = sum(row.count("1") for row in rows)
    return score + 10 * (abs(100 * dark // (len(rows) ** 2) - 50) // 5)


def _runs(lines: str) -> int:
    """Rule 1: a run of five or more equal modules costs its length less two."""
    return sum(len(run) - 2 for run in RUN.findall(lines))


def _finder_like(line: str) -> int:
    """Rule 3 as ReportLab scores it: non-overlapping matches starting before the last
    possible place (its loop stops one short), 40 each, in rows only (its column pass
    compares tuples with a list, which never match)."""
    score, last = 0, len(line) - len(FINDER_LIKE)
    at = line.find(FINDER_LIKE)
    while 0 <= at < last:
        score += 40
        at = line.find(FINDER_LIKE, at + len(FINDER_LIKE))
    return score


def _blocks(rows: list[str]) -> int:
    """Rule 2: every 2×2 block of one colour costs 3."""
    width = len(rows[0])
    inner = (1 << (width - 1)) - 1  # the pairs (j, j+1)
    bits = [int(row, 2) for row in rows]
    score = 0
    for upper, lower in zip(bits, bits[1:], strict=False):
        same = ~(upper ^ (upper >> 1)) & ~(lower ^ (lower >> 1)) & ~(upper ^ lower)
        score += 3 * (same & inner).bit_count()
    return score
