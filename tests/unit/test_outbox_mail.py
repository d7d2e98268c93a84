"""Messages to the complainant by email (issue 12, item 1), through a real SMTP server
(aiosmtpd) started by each test: queued with the action in its transaction, sent by the
sender with the document attached, read back; a stopped server leaves them queued and they go
once it is back; a refused message fails with the server's reply."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, func, select

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.db import reading
from pengaduan_desktop.core.errors import InvalidValue, WorkflowError
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.mail_settings import Mail, read_mail, save_mail
from pengaduan_desktop.core.message_templates import MessageKind, save_template, templates
from pengaduan_desktop.core.models import OutboxMessage
from pengaduan_desktop.core.outbox import (
    MAX_ATTEMPTS,
    State,
    count_waiting,
    messages_for,
    pause_after,
    queued,
    send_again,
)
from pengaduan_desktop.core.rejection import reasons
from pengaduan_desktop.core.workflow import Action, Rejection, perform
from pengaduan_desktop.services import mail_password
from pengaduan_desktop.services.mailer import send_due
from tests.conftest import PINNED_NOW
from tests.helpers import complaint, fill_office
from tests.mail_server import MailServer, mail_server


def attachment_text(message) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The one PDF attached: its file name and its text (pypdf)."""
    parts = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(parts) == 1
    pdf = parts[0].get_content()
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
                    .split())  # fmt: skip
    return parts[0].get_filename(), text


def outbox_rows(engine: Engine) -> int:
    with reading(engine) as session:
        return session.scalar(select(func.count()).select_from(OutboxMessage)) or 0


@pytest.fixture
def server(engine: Engine):  # type: ignore[no-untyped-def]
    fill_office(engine)
    with mail_server() as running:
        save_mail(engine, running.settings(), None)
        yield running


def later(minutes: float):  # type: ignore[no-untyped-def]
    return clock.pinned(PINNED_NOW + timedelta(minutes=minutes))


def test_received_complaint_is_queued_then_sent_with_its_receipt(
    engine: Engine, server: MailServer
) -> None:
    saved = register(engine, complaint(), None)
    [queued_message] = messages_for(engine, saved.id, None)
    assert queued_message.state == State.ANTRI and queued_message.recipient == "siti@contoh.id"
    assert server.inbox.messages == []

    [attempt] = send_due(engine)

    assert attempt.state == State.TERKIRIM
    [message] = server.inbox.messages
    assert message["To"] == "siti@contoh.id"
    assert saved.tracking_number in message["Subject"]
    assert "pengaduan@bkad.kalbarprov.go.id" in message["From"]
    body = message.get_body(("plain",)).get_content()
    assert "Yth. Siti Aminah" in body and "Pencairan SP2D terlambat dua minggu" in body
    filename, text = attachment_text(message)
    assert filename == f"Tanda-Bukti-{saved.tracking_number}.pdf"
    assert saved.tracking_number in text and "Tidak dipungut biaya" in text
    [sent] = messages_for(engine, saved.id, None)
    assert sent.state == State.TERKIRIM and sent.server_reply.startswith("250 ")
    assert "terkirim" in sent.summary
    assert send_due(engine) == []  # sent once


def test_the_message_belongs_to_the_actions_transaction(engine: Engine, server: MailServer) -> None:
    saved = register(engine, complaint(), None)
    send_due(engine)
    before = outbox_rows(engine)
    with pytest.raises(WorkflowError):  # refused: no step, so no message either
        perform(engine, saved.id, Action.REJECT, None, rejection=Rejection(None))
    with pytest.raises(WorkflowError):
        perform(engine, saved.id, Action.RESOLVE, None, "Sudah")  # not disposed yet
    assert outbox_rows(engine) == before


@pytest.mark.parametrize(
    "changes", [dict(email=""), dict(anonymous=True, name="")], ids=["no email", "anonymous"]
)
def test_no_message_without_an_address_or_to_an_anonymous_complainant(
    engine: Engine, server: MailServer, changes: dict[str, object]
) -> None:
    saved = register(engine, complaint(**changes), None)
    assert messages_for(engine, saved.id, None) == []


def test_nothing_queued_while_email_is_switched_off(engine: Engine) -> None:
    saved = register(engine, complaint(), None)
    assert messages_for(engine, saved.id, None) == []
    assert read_mail(engine) == Mail()


def test_stopped_server_leaves_messages_queued_and_they_go_once_it_is_back(
    engine: Engine, server: MailServer
) -> None:
    server.stop()
    first = register(engine, complaint(), None)
    second = register(engine, complaint(summary="Gaji terlambat"), None)

    [attempt] = send_due(engine)  # one outage costs one attempt, not one per message
    assert attempt.state == State.ANTRI
    assert attempt.reply.startswith(
        f"server email tidak dapat dihubungi (127.0.0.1:{server.port}): sambungan ditolak"
    )
    assert attempt.reply.endswith("balasan asli: Connection refused")
    [waiting] = messages_for(engine, first.id, None)
    assert waiting.attempts == 1 and "dicoba lagi nanti" in waiting.summary
    assert count_waiting(engine) == (2, 0)

    server.start()
    assert send_due(engine) == [] or server.inbox.messages  # the first waits for its pause
    with later(pause_after(1).total_seconds() / 60 + 1):
        sent = send_due(engine)
    assert {a.state for a in sent} == {State.TERKIRIM}
    assert sorted(m["Subject"] for m in server.inbox.messages) == sorted(
        [f"Pengaduan {first.tracking_number} telah kami terima",
         f"Pengaduan {second.tracking_number} telah kami terima"])  # fmt: skip
    assert count_waiting(engine) == (0, 0)


def test_every_retry_used_up_fails_the_message(engine: Engine, server: MailServer) -> None:
    server.stop()
    saved = register(engine, complaint(), None)
    minutes = 1.0
    for _ in range(MAX_ATTEMPTS):
        with later(minutes):
            send_due(engine)
        minutes += 61
    [failed] = messages_for(engine, saved.id, None)
    assert (failed.state, failed.attempts) == (State.GAGAL, MAX_ATTEMPTS)
    assert "server email tidak dapat dihubungi" in failed.summary


def test_refused_recipient_fails_with_the_servers_reply_and_can_be_sent_again(
    engine: Engine, server: MailServer
) -> None:
    server.inbox.refused.add("siti@contoh.id")
    saved = register(engine, complaint(), None)
    [attempt] = send_due(engine)
    assert attempt.state == State.GAGAL
    [failed] = messages_for(engine, saved.id, None)
    assert failed.server_reply == "550 5.1.1 Mailbox tidak ada"
    assert "gagal; balasan server: 550 5.1.1 Mailbox tidak ada" in failed.summary
    assert [m.id for m in queued(engine)] == [failed.id]

    server.inbox.refused.clear()
    resent_id = send_again(engine, failed.id, None)
    [again] = send_due(engine)
    assert again.state == State.TERKIRIM and len(server.inbox.messages) == 1
    earlier, resent = messages_for(engine, saved.id, None)  # the failure stays on the timeline
    assert (earlier.id, earlier.state, resent.id) == (failed.id, State.DIULANG, resent_id)
    assert "gagal, lalu dikirim ulang; balasan server: 550 5.1.1 Mailbox tidak ada" in (
        earlier.summary)  # fmt: skip
    assert resent.state == State.TERKIRIM and count_waiting(engine) == (0, 0)
    with pytest.raises(InvalidValue, match="sudah dikirim ulang"):
        send_again(engine, failed.id, None)
    with pytest.raises(InvalidValue, match="sudah terkirim"):
        send_again(engine, resent_id, None)


def test_each_step_sends_its_message_and_letters_are_attached(
    engine: Engine, server: MailServer
) -> None:
    from pengaduan_desktop.core.units import add_unit

    unit = add_unit(engine, "UJI", "Bidang Uji", None)
    resolved = register(engine, complaint(), None).id
    perform(engine, resolved, Action.VERIFY, None)
    perform(engine, resolved, Action.DISPOSE, None, "Mohon diperiksa", unit_id=unit)
    perform(engine, resolved, Action.REPLY, None, "Berkas Anda sedang kami periksa")
    perform(engine, resolved, Action.RESOLVE, None, "Dana telah dicairkan pada 2 Juni")
    rejected = register(engine, complaint(summary="Pajak kendaraan"), None).id
    perform(engine, rejected, Action.REJECT, None,
            rejection=Rejection(reasons(engine)[0].id, "Samsat Pontianak"))  # fmt: skip
    assert all(a.state == State.TERKIRIM for a in send_due(engine))

    by_subject = {m["Subject"]: m for m in server.inbox.messages}
    assert len(by_subject) == 6
    disposed = next(m for s, m in by_subject.items() if "diteruskan ke Bidang Uji" in s)
    assert not list(disposed.iter_attachments())
    reply = next(m for s, m in by_subject.items() if s.startswith("Tanggapan atas"))
    assert "Berkas Anda sedang kami periksa" in reply.get_body(("plain",)).get_content()
    done = next(m for s, m in by_subject.items() if "selesai ditindaklanjuti" in s)
    name, text = attachment_text(done)
    assert name.startswith("Surat-Tanggapan-") and "Dana telah dicairkan" in text
    notice = next(m for s, m in by_subject.items() if s.startswith("Pemberitahuan"))
    name, text = attachment_text(notice)
    assert name.startswith("Surat-Pemberitahuan-") and "Pajak kendaraan" in text


def test_the_offices_own_template_is_used_and_a_bad_one_refused(
    engine: Engine, server: MailServer
) -> None:
    with pytest.raises(InvalidValue, match=r"isian tidak dikenal: \{tiket\}"):
        save_template(engine, MessageKind.DITERIMA, "Nomor {tiket}", "Isi", True, None)
    with pytest.raises(InvalidValue, match="tidak berpasangan"):
        save_template(engine, MessageKind.DITERIMA, "Nomor {nomor", "Isi", True, None)
    save_template(engine, MessageKind.DITERIMA, "Tanda terima {nomor}",
                  "Halo {nama}, nomor Anda {nomor}.", True, None)  # fmt: skip
    saved = register(engine, complaint(), None)
    send_due(engine)
    [message] = server.inbox.messages
    assert message["Subject"] == f"Tanda terima {saved.tracking_number}"
    assert "Halo Siti Aminah, nomor Anda" in message.get_body(("plain",)).get_content()
    assert attachment_text(message)[0].startswith("Tanda-Bukti-")  # still carries the receipt
    assert {t.kind: t.edited for t in templates(engine)}[MessageKind.DITERIMA]

    save_template(engine, MessageKind.DITERIMA, "x {nomor}", "y", False, None)  # switched off
    later_one = register(engine, complaint(), None)
    assert messages_for(engine, later_one.id, None) == []


def test_settings_are_checked() -> None:
    from pengaduan_desktop.core.mail_settings import mail_problems

    problems = mail_problems(Mail(True, "", 0, sender_address="bukan-email"))
    assert set(problems) == {"host", "port", "sender_address"}
    assert mail_problems(Mail()) == {}  # switched off, may be empty


def test_sign_in_with_the_password_kept_in_memory_without_a_keyring(engine: Engine) -> None:
    fill_office(engine)
    with mail_server(password="rahasia-smtp") as running:
        save_mail(engine, running.settings(username="pengaduan"), None)
        in_keyring = mail_password.store_password("127.0.0.1", "pengaduan", "rahasia-smtp")
        try:
            register(engine, complaint(), None)
            [attempt] = send_due(engine)
        finally:
            mail_password.store_password("127.0.0.1", "pengaduan", "")
        assert attempt.state == State.TERKIRIM
        assert running.inbox.logins == [("pengaduan", "rahasia-smtp")]
        assert in_keyring == bool(mail_password.keyring_name())
        with reading(engine) as session:  # never in the database
            assert "rahasia-smtp" not in repr(session.scalars(select(OutboxMessage)).all())


def test_erasing_the_complainant_empties_their_messages_and_stops_the_queue(
    engine: Engine, server: MailServer
) -> None:
    from pengaduan_desktop.core.erasure import erase_complainant

    saved = register(engine, complaint(), None)
    send_due(engine)
    perform(engine, saved.id, Action.VERIFY, None)
    perform(engine, saved.id, Action.REPLY, None, "Kami hubungi Siti Aminah besok")
    erase_complainant(engine, saved.tracking_number, "Permintaan pengadu", None)
    assert send_due(engine) == []
    sent, stopped = messages_for(engine, saved.id, None)
    assert sent.state == State.TERKIRIM and stopped.state == State.GAGAL
    assert stopped.server_reply == "identitas pengadu dihapus"
    with reading(engine) as session:
        stored = repr([(m.recipient, m.subject, m.body) for m in session.scalars(
            select(OutboxMessage))])  # fmt: skip
    assert "Siti Aminah" not in stored and "siti@contoh.id" not in stored


def test_email_carries_a_date_and_a_message_id_of_the_senders_domain(
    engine: Engine, server: MailServer
) -> None:
    from email.utils import parsedate_to_datetime

    register(engine, complaint(), None)
    send_due(engine)
    [message] = server.inbox.messages
    # core.clock, which runs on from the pinned moment
    assert PINNED_NOW <= parsedate_to_datetime(message["Date"]) <= clock.now_utc()
    assert message["Message-ID"].endswith("@bkad.kalbarprov.go.id>")


def test_forwarding_and_archiving_tell_the_complainant(engine: Engine, server: MailServer) -> None:
    forwarded = register(engine, complaint(summary="Pajak kendaraan"), None).id
    perform(engine, forwarded, Action.FORWARD, None, "Kewenangan Bapenda",
            agency="Bapenda Provinsi Kalimantan Barat")  # fmt: skip
    archived = register(engine, complaint(summary="Salam"), None).id
    perform(engine, archived, Action.ARCHIVE, None, "Bukan pengaduan")
    assert all(a.state == State.TERKIRIM for a in send_due(engine))

    by_subject = {m["Subject"]: m for m in server.inbox.messages}
    sent = next(m for s, m in by_subject.items()
                if s.endswith("diteruskan kepada Bapenda Provinsi Kalimantan Barat"))  # fmt: skip
    body = sent.get_body(("plain",)).get_content()
    assert ("telah kami teruskan kepada Bapenda Provinsi Kalimantan Barat untuk "
            "ditindaklanjuti, dengan keterangan: Kewenangan Bapenda\r\n") in body  # fmt: skip
    assert body.count("Bapenda Provinsi Kalimantan Barat") == 2  # whom, and whom to ask
    name, text = attachment_text(sent)
    assert name.startswith("Surat-Penerusan-") and "Bapenda" in text and "Pajak kendaraan" in text
    done = next(m for s, m in by_subject.items() if s.endswith("diarsipkan"))
    assert "Bukan pengaduan" in done.get_body(("plain",)).get_content()
    assert not list(done.iter_attachments())
