"""The WhatsApp/SMS text of each message (issue 12, item 2): a chat link carries no document,
so the text never promises an attachment; it says where the document can be asked for."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.message_templates import MessageKind, save_template
from pengaduan_desktop.core.office import profile
from pengaduan_desktop.core.outbox import chat_draft
from pengaduan_desktop.core.rejection import reasons
from pengaduan_desktop.core.workflow import Action, Rejection, perform
from tests.helpers import complaint, fill_office


@pytest.fixture
def office(engine: Engine) -> str:
    fill_office(engine)
    with reading(engine) as session:
        return profile(session).phone


def test_receipt_text_promises_no_attachment_and_names_the_number_to_ask(
    engine: Engine, office: str
) -> None:
    saved = register(engine, complaint(phone="0812-3456-7890"), None)
    text = chat_draft(engine, saved.id, MessageKind.DITERIMA, None).text
    assert "lampir" not in text.lower()
    assert (f"lambat 3 Juni 2026. Tanda Bukti Pengaduan dapat Anda minta melalui telepon "
            f"{office} dengan menyebut nomor pengaduan {saved.tracking_number}.") in " ".join(
        text.split())  # fmt: skip


@pytest.mark.parametrize(
    ("action", "kind", "document"),
    [(Action.REJECT, MessageKind.DITOLAK, "Surat Pemberitahuan Penolakan"),
     (Action.FORWARD, MessageKind.DITERUSKAN, "Surat Penerusan")],
)  # fmt: skip
def test_letters_are_offered_to_ask_for_not_attached(
    engine: Engine, office: str, action: Action, kind: MessageKind, document: str
) -> None:
    saved = register(engine, complaint(phone="0812-3456-7890"), None)
    perform(engine, saved.id, action, None, "Kewenangan Bapenda",
            rejection=Rejection(reasons(engine)[0].id, "Samsat Pontianak"),
            agency="Bapenda Provinsi Kalimantan Barat")  # fmt: skip
    text = chat_draft(engine, saved.id, kind, None).text
    assert "lampir" not in text.lower()
    assert f"{document} dapat Anda minta melalui telepon {office}" in text


def test_the_offices_own_attachment_sentence_is_replaced_too(engine: Engine, office: str) -> None:
    save_template(engine, MessageKind.DITERIMA, "Nomor {nomor}",
                  "Halo {nama}. Terlampir tanda bukti. Terima kasih.", True, None)  # fmt: skip
    saved = register(engine, complaint(phone="0812-3456-7890"), None)
    text = chat_draft(engine, saved.id, MessageKind.DITERIMA, None).text
    assert text.endswith(f"Halo Siti Aminah. Tanda Bukti Pengaduan dapat Anda minta melalui "
                         f"telepon {office} dengan menyebut nomor pengaduan "
                         f"{saved.tracking_number}. Terima kasih.")  # fmt: skip


def test_a_text_without_a_document_is_unchanged(engine: Engine, office: str) -> None:
    saved = register(engine, complaint(phone="0812-3456-7890"), None)
    perform(engine, saved.id, Action.VERIFY, None)
    perform(engine, saved.id, Action.REPLY, None, "Berkas sedang kami periksa.")
    text = chat_draft(engine, saved.id, MessageKind.TANGGAPAN, None).text
    assert "Berkas sedang kami periksa." in text and "dapat Anda minta" not in text
