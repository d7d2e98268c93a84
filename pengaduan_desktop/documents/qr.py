"""The modules of a QR code (ReportLab's encoder), for drawing as one path of row runs rather
than ReportLab's QR widget, which builds thousands of shape objects."""

from __future__ import annotations

from reportlab.graphics.barcode import qrencoder

QUIET_ZONE = 2  # modules of white around the symbol


def qr_modules(text: str) -> list[list[bool]]:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return [[bool(cell) for cell in row] for row in code.modules]
