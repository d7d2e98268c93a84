"""Our PDFs survive a PostScript print pipeline (CUPS -> pdftops -> printer) as text: nothing
in them is transparent, since a soft mask makes the pipeline turn the whole page into a
picture (measured with cups-pdf: no font, no text left)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.printable import receipt_data
from pengaduan_desktop.documents.receipt import render_receipt
from tests.helpers import complaint


@pytest.mark.parametrize("page", ["A4", "A5"])
def test_receipt_has_no_transparent_image(sqlite_engine: Engine, page: str) -> None:
    saved = register(sqlite_engine, complaint())
    pdf = render_receipt(receipt_data(sqlite_engine, saved.tracking_number), page)
    images = []
    for sheet in PdfReader(io.BytesIO(pdf)).pages:
        for xobject in sheet["/Resources"].get("/XObject", {}).values():
            images.append(xobject.get_object())
    assert images, "the letterhead logo is drawn"
    assert not [image for image in images if "/SMask" in image or "/Mask" in image]
