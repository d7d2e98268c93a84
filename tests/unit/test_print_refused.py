"""A print system that refuses a document is something the officer can act on, not a bug."""

from __future__ import annotations

import pytest

from pengaduan_desktop.core.errors import PrintFailed, user_message
from pengaduan_desktop.ui.cups_jobs import cups_available, submit_pdf


def test_a_queue_that_does_not_exist_is_refused_with_a_sentence() -> None:
    if not cups_available():
        pytest.skip("libcups is not installed")
    with pytest.raises(PrintFailed) as refused:
        submit_pdf("Tidak-Ada-Printer-Ini", b"%PDF-1.4\n%%EOF\n", "uji", {})
    message = user_message(refused.value)
    assert message is not None and "Tidak-Ada-Printer-Ini menolak dokumen" in message
