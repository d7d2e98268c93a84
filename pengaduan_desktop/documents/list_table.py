"""A long list of complaints drawn straight onto the page: one text object and one path of
grid lines per page, instead of a Platypus table that draws every cell on its own (a month
of thousands of complaints went from seconds to a fraction of one).

Long cells wrap within their column and are never cut: a text is measured once with the
font's widths, and only a text wider than its column is broken into lines (simpleSplit on the
plain string, no Paragraph). A row is as tall as its longest cell; rows stay whole on a page,
except a row taller than a quarter page, which continues on the next page."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable

from pengaduan_desktop.core.text import without_controls

GRID = colors.HexColor("#b0b0b0")
HEAD = colors.HexColor("#e4e9f2")
PADDING = 2.0  # points left and right of a cell's text
LEADING = 1.2  # line height as a multiple of the font size
TALL_ROW = 200.0  # points: a row taller than this may continue on the next page
CONTINUED = "(lanjutan)"

Lines = list[str]
# Drawing: reportlab encodes every string for the embedded font's subsets, a character at a
# time in Python, which made the whole texts of a month's list several times slower to draw
# than the cut ones. Printable ASCII has fixed codes in the first subset (TTFont's
# asciiReadable), so once that subset is current such a line goes out as it is: the same
# operators reportlab writes ("(text) Tj T*"). Any other line takes reportlab's own path.
PRINTABLE_ASCII = re.compile(r"[ -~]*").fullmatch
CODES_KEPT = 20_000  # lines whose PDF operators a document remembers


def _line_codes(canvas: Any, font: str) -> dict[str, str]:
    """The operators of the lines already drawn in `font` in this document (a name, a date,
    a status repeats): valid whenever the first subset is current, as its codes never
    change once given."""
    kept: dict[str, dict[str, str]] = canvas.__dict__.setdefault("_list_line_codes", {})
    return kept.setdefault(font, {})


def _known_line(canvas: Any, text: Any, line: str, codes: dict[str, str], body: bool) -> str:
    """The operators that draw `line` and move down a line; remembered in `codes` when they
    need only the first subset of the font (so are the same each time)."""
    if text._curSubset == 0 and PRINTABLE_ASCII(line):
        done = f"({canvas._escape(line)}) Tj T*"
    else:
        font = getFont(text._fontname)
        parts = font.splitString(line, canvas._doc)
        if text._curSubset != 0 or any(subset != 0 for subset, _ in parts):
            return f"{text._formatText(line)} T*"  # reportlab's own path (it sets the subset)
        done = "".join(f"({canvas._escape(t)}) Tj " for _, t in parts) + "T*"
    if body and len(codes) < CODES_KEPT:
        codes[line] = done
    return done


DIGITS = "0123456789"
ZEROS = str.maketrans(DIGITS, "0" * len(DIGITS))
# A column of a CellWrapper: each text met (its lines and operators), the room, the shapes
# that fit whole, the end of a one-line cell's operators, the column's number.
Column = tuple[dict[str, tuple["Lines", str | None]], float, set[str], str, int]
WORDS_KEPT = 50_000  # widths of distinct words remembered while a list is measured
TEXTS_KEPT = 5_000  # texts of a column remembered with their lines


class CellWrapper:
    """Breaks the texts of a list's columns into the lines that fit them, as simpleSplit does
    (words joined by one space, a line as long as fits), but each distinct word is measured
    once and each distinct text of a column (a date, a status, a day count, a unit's usual
    answer) is wrapped once: a month's list repeats both all the time."""

    def __init__(self, widths: Sequence[float], font: str, size: float) -> None:
        self.widths, self.room = list(widths), [w - 2 * PADDING for w in widths]
        self.font, self.size = font, size
        self.face = getFont(font)
        self.space = stringWidth(" ", font, size)
        self.words: dict[str, float] = {}
        # Where every digit is as wide as "0" (tabular figures, as in DejaVu Sans), a text is
        # as wide as its shape (its digits made "0"): a row's number, a tracking number or a
        # date is measured once per shape, not once per text.
        tabular = len({self.face.stringWidth(d, size) for d in DIGITS}) == 1
        self.shape: dict[int, int] | None = ZEROS if tabular else None
        self.leading = size * LEADING
        moves = [f") Tj T* {fp_str(w)} {fp_str(self.leading)} Td " for w in widths[:-1]]
        # Per column: each text met with its lines and operators (see Row.code), the shapes
        # that fit whole, the end of a one-line cell's operators, and the column's number.
        self.columns: list[Column] = [
            ({}, room, set(), end, n)
            for n, (room, end) in enumerate(zip(self.room, [*moves, ") Tj T* "], strict=True))
        ]

    def row(self, texts: Sequence[str]) -> Row:
        out = Row()
        parts: list[str] = []
        fast = True
        for text, column in zip(texts, self.columns, strict=True):
            known = column[0]
            found = known.get(text)
            if found is None:
                found = self._first(text, column)
                if len(known) < TEXTS_KEPT:
                    known[text] = found
            lines, chunk = found
            out.append(lines)
            if chunk is None:
                fast = False
            else:
                parts.append(chunk)
        out.code = "".join(parts) if fast else None
        return out

    def _first(self, text: str, column: Column) -> tuple[Lines, str | None]:
        """A text met for the first time in its column: its lines, and their operators."""
        _known, room, fitting, end, number = column
        shape = text.translate(self.shape) if self.shape is not None else text
        if shape in fitting:
            lines = [text]
        else:
            lines = self.cell(text, room)
            if len(lines) == 1 and lines[0] is text and text.isprintable():
                fitting.add(shape)  # fits whole, as typed
        if len(lines) == 1 and lines[0] is text and text and text.isascii() and text.isprintable():
            return lines, f"({escapePDF(text)}{end}"  # one line that fits: _chunk, quickly
        return lines, self._chunk(lines, number)

    def _chunk(self, lines: Lines, column: int) -> str | None:
        """A cell's lines as text operators from the start of its first line ("(text) Tj T*"
        each, as ListTable.draw writes them), then the move to the next column's first line
        (back up the lines drawn); None when a line is not printable ASCII (its codes are the
        font's to give, as it is drawn)."""
        drawn = lines if any(lines) else []  # draw() skips a cell with no text
        if not all(PRINTABLE_ASCII(line) for line in drawn):
            return None
        text = "".join(f"({escapePDF(line)}) Tj T* " for line in drawn)
        if column == len(self.columns) - 1:
            return text
        move = fp_str(self.widths[column])
        return f"{text}{move} {fp_str(len(drawn) * self.leading)} Td "

    def cell(self, text: str, width: float) -> Lines:
        """The text as the lines that fit `width`. Control characters stored before the
        import refused them become a space (core.text)."""
        if not text.isprintable():  # a line break, a tab, or a control character
            text = without_controls(text)
        elif self.face.stringWidth(text, self.size) <= width:
            return [text]  # fits as typed (most cells): what the split below would give
        lines: Lines = []
        for part in text.splitlines() or [""]:
            lines += self._split(part, width)
        # One line as typed (two spaces stay two) when it fits as it is.
        typed = len(lines) == 1 and lines[0] != text
        if typed and self.face.stringWidth(text, self.size) <= width:
            return [text]
        return lines

    def _split(self, text: str, width: float) -> Lines:
        """reportlab's _simpleSplit with the words' widths remembered; a word longer than the
        column (a URL, a number) breaks by characters."""
        lines: Lines = []
        line: list[str] = []
        space, known = self.space, self.words
        used = -space
        for word in text.split():
            w = known.get(word)
            if w is None:
                w = self._measure(word)
            if used + space + w <= width:
                line.append(word)
                used += space + w
                continue
            if line:
                lines.append(" ".join(line))
            if w > width:
                lines += self._break(word, width)
                line, used = [], -space
            else:
                line, used = [word], w
        if line:
            lines.append(" ".join(line))
        return lines or [""]

    def _measure(self, word: str) -> float:
        width: float = self.face.stringWidth(word, self.size)
        if len(self.words) < WORDS_KEPT:
            self.words[word] = width
        return width

    def _break(self, word: str, width: float) -> Lines:
        out: Lines = []
        while len(word) > 1 and stringWidth(word, self.font, self.size) > width:
            cut = len(word) - 1
            while cut > 1 and stringWidth(word[:cut], self.font, self.size) > width:
                cut -= 1
            out.append(word[:cut])
            word = word[cut:]
        out.append(word)
        return out


class Row(list[Lines]):
    """A row's cells (each its lines), and `code`: the operators that draw all its text from
    the start of its first cell's first line, in the regular font's first subset (None
    when a line needs the font's own encoding): a row is written with one origin instead of
    one per cell."""

    code: str | None = None


def wrap_cell(text: str, width: float, font: str, size: float) -> Lines:
    """One text as the lines that fit `width` (CellWrapper.cell, for a single cell)."""
    return CellWrapper([width + 2 * PADDING], font, size).cell(text, width)


class ListTable(Flowable):  # type: ignore[misc]
    """Rows of plain strings in fixed columns, wrapped in their cells; splits across pages
    between rows (and inside a row only when the row is very tall). Each cell is measured
    once, when the table is made; its parts on later pages reuse the lines and heights."""

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[str]],
                 widths: Sequence[float], fonts: tuple[str, str], size: float = 6.5,
                 cells: Sequence[Sequence[Lines]] | None = None,
                 heights: Sequence[float] | None = None,
                 repeat: Sequence[int] = (),
                 head: tuple[Sequence[Lines], float] | None = None) -> None:  # fmt: skip
        super().__init__()
        self.hAlign = "CENTER"  # placed like the Platypus tables of the same width
        self.header, self.widths = header, widths
        self.regular, self.bold = fonts
        self.size = size
        self.repeat = tuple(repeat)  # columns shown again when a tall row continues
        self.line = size * LEADING
        self.pad = size * 0.55  # above the first line and below the last
        if cells is None:
            wrapper = CellWrapper(widths, self.regular, size)
            cells = [wrapper.row(row) for row in rows]
        self.cells: list[Sequence[Lines]] = list(cells)
        self.heights = list(heights) if heights is not None else [self.row_height(r) for r in cells]
        if head is None:  # a part of a split table keeps its whole's header lines
            lines = CellWrapper(widths, self.bold, size).row(header)
            head = lines, self.row_height(lines)
        self.head, self.head_height = head

    def row_height(self, row: Sequence[Lines]) -> float:
        return max(map(len, row)) * self.line + 2 * self.pad

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.head_height + sum(self.heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        room = available_height - self.head_height
        used, fit = 0.0, 0
        for height in self.heights:
            if used + height > room:
                break
            used += height
            fit += 1
        if fit >= len(self.cells):
            return []
        first, rest = list(self.cells[:fit]), list(self.cells[fit:])
        first_heights, rest_heights = self.heights[:fit], self.heights[fit:]
        tall = rest[0]
        lines_left = int((room - used - 2 * self.pad) // self.line)
        if rest_heights[0] > TALL_ROW and lines_left >= 3:
            # A very tall row continues on the next page instead of leaving a gap.
            first.append([lines[:lines_left] for lines in tall])
            continued = [lines[lines_left:] for lines in tall]
            for column in self.repeat:  # the continuation names its row
                continued[column] = [line for line in tall[column] if line != CONTINUED]
            if self.repeat:
                continued[self.repeat[-1]].append(CONTINUED)
            rest[0] = continued
            first_heights.append(self.row_height(first[-1]))
            rest_heights[0] = self.row_height(rest[0])
        if not first:
            return []
        return [self._part(first, first_heights), self._part(rest, rest_heights)]

    def _part(self, cells: Sequence[Sequence[Lines]], heights: Sequence[float]) -> ListTable:
        return ListTable(self.header, [], self.widths, (self.regular, self.bold), self.size,
                         cells, heights, self.repeat, (self.head, self.head_height))  # fmt: skip

    def draw(self) -> None:
        canvas, width = self.canv, sum(self.widths)
        rows = [self.head, *self.cells]
        heights = [self.head_height, *self.heights]
        top = self.height
        canvas.setFillColor(HEAD)
        canvas.rect(0, top - heights[0], width, heights[0], stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        # The grid as one path: a line under each row, and between the columns.
        bottom = top - sum(heights)
        edges = [0.0]
        for w in self.widths:
            edges.append(edges[-1] + w)
        xs = [fp_str(x) for x in edges]
        grid = []
        y = top
        for h in [0.0, *heights]:
            y -= h
            at = fp_str(y)
            grid.append(f"0 {at} m {xs[-1]} {at} l")
        low, high = fp_str(bottom), fp_str(top)
        grid += [f"{x} {low} m {x} {high} l" for x in xs]
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.3)
        canvas._code.append(" ".join(grid) + " S")  # what drawPath(stroke=1, fill=0) writes
        text = canvas.beginText()
        text.setLeading(self.line)
        code, line_code = text._code, _line_codes(canvas, self.regular)
        columns = []
        x = PADDING
        for w in self.widths:  # each cell's origin: its column's x, its row's first baseline
            columns.append(f"1 0 0 1 {fp_str(x)} ")
            x += w
        y = top
        lift = self.size * 0.22 + (self.line - self.size) / 2  # from the line's foot
        for r, (row, h) in enumerate(zip(rows, heights, strict=True)):
            if r < 2:  # once for the head, once for the rows: a new font starts a slow line
                text.setFont(self.bold if r == 0 else self.regular, self.size)
            baseline = fp_str(y - self.pad - self.line + lift)
            fast = getattr(row, "code", None) if r else None
            if fast is not None and text._curSubset == 0:  # the row's text in one piece
                code.append(f"{columns[0]}{baseline} Tm {fast}")
                y -= h
                continue
            origin = f"{baseline} Tm"
            for cell, column in zip(row, columns, strict=True):
                # One origin per cell (setTextOrigin's operator), then each line and T*
                # (down by the leading).
                if len(cell) == 1:  # most cells: one piece, as the general path writes it
                    line = cell[0]
                    if line:
                        done = line_code.get(line) if r and text._curSubset == 0 else None
                        if done is None:
                            done = _known_line(canvas, text, line, line_code, r > 0)
                        code.append(f"{column}{origin} {done}")
                elif any(cell):
                    code.append(column + origin)
                    for line in cell:
                        done = line_code.get(line) if r and text._curSubset == 0 else None
                        if done is None:
                            done = _known_line(canvas, text, line, line_code, r > 0)
                        code.append(done)
            y -= h
        canvas.drawText(text)


class StreamedList(Flowable):  # type: ignore[misc]
    """A ListTable whose rows arrive one at a time from `rows` (started when the list is first
    placed): only the rows of the page being laid out are held, so a list of any length
    takes the memory of a page. Each page is a ListTable part; `counted` hears of each row
    read."""

    def __init__(self, header: Sequence[str], rows: Callable[[], Iterator[Sequence[str]]],
                 widths: Sequence[float], fonts: tuple[str, str], size: float = 6.5,
                 repeat: Sequence[int] = (), counted: Callable[[], None] | None = None,
                 _held: tuple[ListTable, Iterator[Sequence[str]] | None, CellWrapper] | None
                 = None) -> None:  # fmt: skip
        super().__init__()
        self.hAlign = "CENTER"
        self.rows, self.counted = rows, counted
        if _held is None:
            self.table = ListTable(header, [], widths, fonts, size, [], [], repeat)
            self.source: Iterator[Sequence[str]] | None = None
            self.wrapper = CellWrapper(widths, fonts[0], size)
        else:  # the rest of a list split at a page's end: its rows held, its source, its widths
            self.table, self.source, self.wrapper = _held
        self.ended = False
        self.held = sum(self.table.heights)

    def _read(self, room: float) -> None:
        """Read rows until they overfill `room` (or there are no more)."""
        if self.source is None:
            self.source = self.rows()
        table = self.table
        while not self.ended and self.held <= room:
            row = next(self.source, None)
            if row is None:
                self.ended = True
                break
            cells = self.wrapper.row(row)
            height = table.row_height(cells)
            table.cells.append(cells)
            table.heights.append(height)
            self.held += height
            if self.counted is not None:
                self.counted()

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._read(available_height)
        self.width = sum(self.table.widths)
        if self.ended and not self.table.cells:
            self.height = 0.0  # an empty list prints nothing, not even its head
        else:
            self.height = self.table.head_height + self.held
            if not self.ended:  # more rows follow: never fits, always splits
                self.height = max(self.height, available_height + 1)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Any]:
        self._read(available_height)
        if not self.table.cells:
            return []
        parts: list[Any] = self.table.split(available_width, available_height)
        if not parts or self.ended:
            return parts
        first, rest = parts
        return [first, StreamedList(self.table.header, self.rows, self.table.widths,
                                    (self.table.regular, self.table.bold), self.table.size,
                                    self.table.repeat, self.counted,
                                    _held=(rest, self.source, self.wrapper))]  # fmt: skip

    def draw(self) -> None:
        if self.table.cells:
            self.table.wrap(self.width, self.height)
            self.table.drawOn(self.canv, 0, 0)
