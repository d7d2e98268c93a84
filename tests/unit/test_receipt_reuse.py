"""What a receipt reuses from the one before it (DESIGN section 8: within 1.5x a plain page):
the QR symbol of a number, the logo's image object and the page's layout. Reuse must not
change a receipt: same symbol as ReportLab's own encoder, the right logo in every document."""

import io
from dataclasses import replace

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.graphics.barcode import qrencoder
from sqlalchemy import Engine

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.printable import receipt_data
from pengaduan_desktop.documents.letterhead import logo_png as letterhead_logo
from pengaduan_desktop.documents.qr import lost_points, qr_modules
from pengaduan_desktop.documents.receipt import render_receipt
from tests.helpers import complaint, logo_png, pdf_text


def reportlab_symbol(text: str) -> list[list[bool]]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return [[bool(cell) for cell in row] for row in code.modules]


@pytest.mark.parametrize(
    "text",
    ["ADU-2026-000001", "ADU-2026-000002", "ADU-2027-123456", "x",
     "https://bkad.kalbarprov.go.id/pengaduan/ADU-2026-000042?lang=id&v=2", "Ä" * 90],
)  # fmt: skip
def test_the_symbol_and_its_mask_are_reportlabs_own(text: str) -> None:
    assert [list(row) for row in qr_modules(text)] == reportlab_symbol(text)


def test_every_mask_scores_as_reportlab_scores_it() -> None:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData("ADU-2026-000777")
    code.version = code.calculate_version()
    scores = []
    for mask in range(8):
        code.makeImpl(True, mask)
        scores.append((lost_points(code.modules), qrencoder.QRUtil.getLostPoint(code)))
    assert all(ours == theirs for ours, theirs in scores)
    assert len({ours for ours, _ in scores}) > 1  # the masks really differ


def images(pdf: bytes) -> list[tuple[int, int, bytes]]:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    found = []
    for image in page.images:
        with Image.open(io.BytesIO(image.data)) as picture:
            found.append((*picture.size, picture.convert("RGB").tobytes()))
    return found


def test_each_receipt_of_a_session_carries_its_own_logo(sqlite_engine: Engine) -> None:
    data = receipt_data(sqlite_engine, register(sqlite_engine, complaint()).tracking_number)
    first, again = render_receipt(data), render_receipt(data)
    assert images(first) == images(again) and len(images(first)) == 1
    assert pdf_text(first) == pdf_text(again)
    other = replace(data, letterhead=replace(data.letterhead, logo=logo_png(200)),
                    tracking_number="ADU-2026-000999")  # fmt: skip
    theirs = render_receipt(other)
    assert len(images(theirs)) == 1 and images(theirs) != images(first)
    with Image.open(io.BytesIO(letterhead_logo(other.letterhead) or b"")) as expected:
        assert images(theirs)[0][2] == expected.convert("RGB").tobytes()
    assert "ADU-2026-000999" in pdf_text(theirs) and "ADU-2026-000999" not in pdf_text(first)
    assert images(render_receipt(data)) == images(first)  # the built-in logo again, after it
