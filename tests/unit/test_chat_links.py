"""WhatsApp and SMS links (issue 12, item 2): the phone rule of core.identity, 08.. -> 628..,
and the text carried whole."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from pengaduan_desktop.core.identity import IdentityError
from pengaduan_desktop.core.outbox import Via, chat_link, chat_number

TEXT = "Pengaduan ADU-2026-000001 telah kami terima\n\nYth. Đặng & Święty: 100% #1?"


@pytest.mark.parametrize(
    ("typed", "number"),
    [("0812-3456-7890", "6281234567890"), ("+62 812 3456 7890", "6281234567890"),
     ("62812.3456.7890", "6281234567890"), ("+60 12 345 6789", "60123456789")],
)  # fmt: skip
def test_numbers_become_e164_without_plus(typed: str, number: str) -> None:
    assert chat_number(typed) == number


@pytest.mark.parametrize("typed", ["(0561) 736541", "", "0812-ABC"])
def test_landlines_empty_and_bad_numbers_are_refused(typed: str) -> None:
    with pytest.raises(IdentityError):
        chat_number(typed)


def test_whatsapp_link_carries_the_text_whole() -> None:
    parts = urlsplit(chat_link(Via.WHATSAPP, "0812-3456-7890", TEXT))
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/6281234567890")
    assert parse_qs(parts.query) == {"text": [TEXT]}


def test_sms_link_carries_the_text_whole() -> None:
    link = chat_link(Via.SMS, "0812-3456-7890", TEXT)
    assert link.startswith("sms:+6281234567890?body=")
    assert parse_qs(urlsplit(link).query) == {"body": [TEXT]}
