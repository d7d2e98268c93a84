"""A canvas that encodes each page's content stream as soon as the page is finished, instead
of keeping every page's text until the document is saved: a report of thousands of pages
then holds its pages compressed (about a fifth of the size). The bytes written are the ones
ReportLab writes at save time (the same filters, in the same order, on the same text)."""

from __future__ import annotations

from functools import partial
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from pengaduan_desktop.documents.fonts import unicode_canvas


class CompactCanvas(Canvas):  # type: ignore[misc]
    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        pages = self._doc.Pages.pages
        count = len(pages)
        super().showPage()
        for page in pages[count:]:  # the page just added
            _encode_now(page)


def _encode_now(page: Any) -> None:
    """What PDFPage.check_format and PDFStream.format do to a page's stream at save time,
    done now: the filters applied (in reverse order, as PDFStream.format applies them) and
    named in the stream's dictionary, so that format() leaves them as they are."""
    if page.Override_default_compilation or page.Contents or not page.stream:
        return
    filters = [pdfdoc.PDFZCompress]
    if rl_config.useA85:
        filters.insert(0, pdfdoc.PDFBase85Encode)
    if not page.compression:
        return  # an uncompressed page keeps its text as it is
    content: Any = page.stream
    for encoding in reversed(filters):
        content = encoding.encode(content)
    if isinstance(content, str):  # ASCII85's text: the bytes format() gives it, made in C
        content = content.encode("latin-1")  # rather than through the PDF character map
    stream = pdfdoc.PDFStream(content=content)
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(f.pdfname) for f in filters])
    stream.__Comment__ = "page stream"
    page.Contents, page.stream = stream, None


# documents.fonts.unicode_canvas's canvas (our font first), its pages encoded as they end.
compact_canvas = partial(unicode_canvas, maker=CompactCanvas)


class RepeatedStrings:
    """Strings drawn the same on many pages (a footer's title): drawn by ReportLab the first
    time, its operators kept and written again after, instead of encoding the text for the
    font a character at a time on every page. Valid for one document: a character's code in
    the font's subset never changes once given."""

    def __init__(self) -> None:
        self.code: dict[tuple[Any, ...], list[str]] = {}

    def draw(self, canvas: Canvas, x: float, y: float, text: str) -> None:
        key = (id(canvas), canvas._fontname, canvas._fontsize, x, y, text)
        code = self.code.get(key)
        if code is None:
            start = len(canvas._code)
            canvas.drawString(x, y, text)
            self.code[key] = canvas._code[start:]
        else:
            canvas._code.extend(code)
