"""Messages to the complainant in the window (issue 12, items 1-2): the background sender sends
a queued email through a real SMTP server and the timeline shows it; Kirim via WhatsApp opens
the wa.me link in the system browser (caught by a real QDesktopServices URL handler) and the
officer's confirmation is recorded; the settings dialog checks and stores the server and the
templates. Screenshots at 1366 and 1024 wide (PENGADUAN_SCREENSHOTS keeps them)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from sqlalchemy import Engine

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.mail_settings import Security, read_mail, save_mail
from pengaduan_desktop.core.message_templates import MessageKind, templates
from pengaduan_desktop.core.outbox import State, Via, messages_for
from pengaduan_desktop.ui.main_window import MainWindow
from pengaduan_desktop.ui.messages_dialog import MessagesDialog
from pengaduan_desktop.ui.tasks import tasks_running
from tests.gui.questions import answer, open_question
from tests.gui.test_complaint_page import open_page, wait_idle
from tests.helpers import complaint
from tests.mail_server import mail_server

SIZES = [(1366, 768), (1024, 768)]


def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("PENGADUAN_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Browser(QObject):
    """Stands in for the system browser: QDesktopServices hands it the https links."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
    caught = Browser()
    QDesktopServices.setUrlHandler("https", caught, "open")
    yield caught
    QDesktopServices.unsetUrlHandler("https")


def test_the_sender_sends_a_queued_email_and_the_timeline_shows_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    with mail_server() as server:
        save_mail(window.engine, server.settings(), None)
        saved = register(window.engine, complaint(), None)
        with qtbot.waitSignal(window.mail.finished, timeout=30_000):
            window.mail.kick()
        assert len(server.inbox.messages) == 1
        dialog = open_page(qtbot, window, saved.id)
        qtbot.waitUntil(lambda: bool(dialog.messages.messages))
        table = dialog.ui.timelineTable
        texts = [table.item(r, 3).text() for r in range(table.rowCount())]
        labels = [table.item(r, 1).text() for r in range(table.rowCount())]
        assert "Pesan Email: pengaduan diterima" in labels
        assert any("siti@contoh.id" in t and "— terkirim" in t for t in texts)
        dialog.ui.tabs.setCurrentWidget(dialog.ui.timelinePage)
        for width, height in SIZES:
            dialog.resize(width - 40, height - 60)
            qtbot.wait(50)
            dialog.grab().save(str(shots(tmp_path) / f"timeline-{width}.png"))


def test_a_stopped_server_shows_antri_with_its_reply_on_the_status_bar(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    with mail_server() as server:
        save_mail(window.engine, server.settings(), None)
    register(window.engine, complaint(), None)  # the server is gone now
    with qtbot.waitSignal(window.mail.finished, timeout=30_000):
        window.mail.kick()
    assert window.mail.note.text() == "Email: 1 antri"
    for width, height in SIZES:
        window.resize(width, height)
        qtbot.wait(50)
        window.grab().save(str(shots(tmp_path) / f"window-mail-note-{width}.png"))
    [waiting] = messages_for(window.engine, 1, None)
    assert (
        waiting.state == State.ANTRI
        and "server email tidak dapat dihubungi" in waiting.server_reply
    )


def test_whatsapp_opens_the_link_and_the_confirmation_is_recorded(
    qtbot, window: MainWindow, browser: Browser
) -> None:
    saved = register(window.engine, complaint(phone="0812-3456-7890"), None)
    dialog = open_page(qtbot, window, saved.id)
    panel = dialog.messages
    assert not panel.isHidden()  # offered to the Pejabat Pengelola
    panel.kind.setCurrentIndex(panel.kind.findData(MessageKind.DITERIMA.value))
    panel.whatsapp.click()
    qtbot.waitUntil(lambda: bool(browser.urls) and open_question(dialog) is not None)
    [url] = browser.urls
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/6281234567890")
    text = parse_qs(parts.query)["text"][0]
    assert text.startswith(f"Pengaduan {saved.tracking_number} telah kami terima\n\nYth. Siti")
    assert answer(dialog, agree=True) == "Pesan WhatsApp ke +6281234567890 sudah dikirim?"
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: any(m.via == Via.WHATSAPP for m in panel.messages))
    [sent] = messages_for(window.engine, saved.id, None)
    assert (sent.via, sent.state) == (Via.WHATSAPP, State.TERKIRIM)
    table = dialog.ui.timelineTable
    rows = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Pesan WhatsApp: pengaduan diterima"]  # the officer who confirmed it


def test_a_landline_is_refused_beside_the_buttons(
    qtbot, window: MainWindow, browser: Browser
) -> None:
    saved = register(window.engine, complaint(phone="(0561) 736541"), None)
    dialog = open_page(qtbot, window, saved.id)
    dialog.messages.whatsapp.click()
    qtbot.waitUntil(lambda: bool(dialog.messages.message.text()))
    assert "tidak dapat menerima WhatsApp" in dialog.messages.message.text()
    assert browser.urls == []


def test_a_unit_officer_is_not_offered_to_send(qtbot, window: MainWindow, window_as) -> None:
    from pengaduan_desktop.core.units import units
    from pengaduan_desktop.core.workflow import Action, perform

    unit = units(window.engine)[0].id  # the unit officer's (window_as)
    saved = register(window.engine, complaint(), None)
    perform(window.engine, saved.id, Action.VERIFY, None)
    perform(window.engine, saved.id, Action.DISPOSE, None, "Mohon diperiksa", unit_id=unit)
    unit_window = window_as("unit")
    dialog = open_page(qtbot, unit_window, saved.id)
    qtbot.waitUntil(lambda: tasks_running() == 0)
    assert dialog.messages.isHidden()


@pytest.fixture
def no_keyring():  # type: ignore[no-untyped-def]
    """A desk with no system keyring, whatever this machine has (keyring picks its default from
    every backend class loaded, test ones included)."""
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def open_settings(qtbot, window: MainWindow) -> MessagesDialog:
    dialog = window.edit_messages()
    assert isinstance(dialog, MessagesDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: bool(dialog.templates))
    return dialog


def test_settings_are_checked_beside_the_fields_then_stored(
    qtbot, admin_window: MainWindow, engine: Engine, tmp_path: Path, no_keyring
) -> None:
    dialog = open_settings(qtbot, admin_window)
    assert "tidak memiliki penyimpan kata sandi sistem" in dialog.keyring_note.text()
    dialog.enabled.setChecked(True)
    dialog.sender_address.setText("bukan alamat")
    dialog.save_mail_button.click()
    assert dialog.mail_errors["host"].text() == "Server SMTP wajib diisi"
    assert "Alamat email tidak valid" in dialog.mail_errors["sender_address"].text()
    assert read_mail(engine).enabled is False

    dialog.host.setText("mail.kalbarprov.go.id")
    dialog.security.setCurrentIndex(dialog.security.findData(Security.TLS.value))
    assert dialog.port.value() == 465
    dialog.username.setText("pengaduan")
    dialog.password.setText("rahasia")
    dialog.sender_address.setText("pengaduan@bkad.kalbarprov.go.id")
    dialog.sender_name.setText("Pengaduan BKAD Kalbar")
    dialog.save_mail_button.click()
    qtbot.waitUntil(lambda: dialog.mail_message.text().startswith("✓"))
    stored = read_mail(engine)
    assert (stored.enabled, stored.host, stored.port, stored.security) == (
        True, "mail.kalbarprov.go.id", 465, Security.TLS)  # fmt: skip
    assert "di memori sampai program ditutup" in dialog.mail_message.text()
    for width, height in SIZES:
        dialog.resize(min(860, width - 40), height - 80)
        qtbot.wait(50)
        dialog.grab().save(str(shots(tmp_path) / f"settings-server-{width}.png"))


def test_a_template_with_an_unknown_field_is_refused_and_a_good_one_stored(
    qtbot, admin_window: MainWindow, engine: Engine, tmp_path: Path
) -> None:
    dialog = open_settings(qtbot, admin_window)
    dialog.tabs.setCurrentIndex(1)
    dialog.kinds.setCurrentRow(3)  # Pengaduan selesai
    assert dialog.enclosure.text() == "Lampiran: Surat Tanggapan"
    dialog.subject.setText("Selesai {tiket}")
    dialog.save_template_button.click()
    assert dialog.subject_error.text() == "Subjek: isian tidak dikenal: {tiket}"
    dialog.subject.setText("Pengaduan {nomor} selesai")
    dialog.save_template_button.click()
    qtbot.waitUntil(lambda: dialog.template_message.text() == "✓ Templat tersimpan.")
    stored = {t.kind: t for t in templates(engine)}[MessageKind.SELESAI]
    assert stored.subject == "Pengaduan {nomor} selesai" and stored.edited
    for width, height in SIZES:
        dialog.resize(min(860, width - 40), height - 80)
        qtbot.wait(50)
        dialog.grab().save(str(shots(tmp_path) / f"settings-templates-{width}.png"))


def test_the_menu_entry_is_for_who_may_change_settings(
    qtbot, window: MainWindow, window_as
) -> None:
    admin_window = window_as("admin")

    def entry(win: MainWindow):  # type: ignore[no-untyped-def]
        return next(a for a in win.settings_menu.actions() if "Email dan templat" in a.text())

    assert entry(admin_window).isVisible()
    assert not entry(window).isVisible()
    assert open_question(window) is None


def test_kirim_ulang_queues_a_failed_email_again(qtbot, window: MainWindow, tmp_path: Path) -> None:
    with mail_server() as server:
        server.inbox.refused.add("siti@contoh.id")
        save_mail(window.engine, server.settings(), None)
        saved = register(window.engine, complaint(), None)
        with qtbot.waitSignal(window.mail.finished, timeout=30_000):
            window.mail.kick()
        dialog = open_page(qtbot, window, saved.id)
        panel = dialog.messages
        qtbot.waitUntil(lambda: panel.again.isEnabled())
        texts = [dialog.ui.timelineTable.item(r, 3).text()
                 for r in range(dialog.ui.timelineTable.rowCount())]  # fmt: skip
        assert any("gagal; balasan server: 550 5.1.1 Mailbox tidak ada" in t for t in texts)
        server.inbox.refused.clear()
        with qtbot.waitSignal(window.mail.finished, timeout=30_000):  # queued, then sent
            panel.again.click()
        qtbot.waitUntil(lambda: len(server.inbox.messages) == 1, timeout=30_000)
    qtbot.waitUntil(lambda: [m.state for m in panel.messages] == [State.DIULANG, State.TERKIRIM])
    assert not panel.again.isEnabled()
    table = dialog.ui.timelineTable
    qtbot.waitUntil(lambda: any("— terkirim" in table.item(r, 3).text()
                                for r in range(table.rowCount())))  # fmt: skip
    texts = [table.item(r, 3).text() for r in range(table.rowCount())]
    assert any("gagal, lalu dikirim ulang; balasan server: 550 5.1.1 Mailbox tidak ada" in t
               for t in texts)  # the earlier failure stays visible  # fmt: skip
    dialog.ui.tabs.setCurrentWidget(dialog.ui.timelinePage)
    for width, height in SIZES:
        dialog.resize(width - 40, height - 60)
        qtbot.wait(50)
        dialog.grab().save(str(shots(tmp_path) / f"timeline-resent-{width}.png"))


def test_without_a_browser_the_link_and_text_can_be_copied_and_the_sending_confirmed(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtGui import QGuiApplication

    from pengaduan_desktop.ui.chat_copy_dialog import ChatCopyDialog

    saved = register(window.engine, complaint(phone="0812-3456-7890"), None)
    dialog = open_page(qtbot, window, saved.id)
    panel = dialog.messages
    panel.open_url = lambda _url: False  # as on a desk with no browser or phone app
    panel.kind.setCurrentIndex(panel.kind.findData(MessageKind.DITERIMA.value))
    panel.sms.click()
    qtbot.waitUntil(lambda: isinstance(getattr(panel, "copy_dialog", None), ChatCopyDialog))
    copy = panel.copy_dialog
    qtbot.waitExposed(copy)
    assert copy.link.text().startswith("sms:+6281234567890?body=")
    assert copy.text.toPlainText().startswith(f"Pengaduan {saved.tracking_number} telah kami")
    copy.copy_buttons["text"].click()
    assert QGuiApplication.clipboard().text() == copy.text.toPlainText()
    assert copy.copied.text() == "✓ Teks pesan disalin."
    copy.copy_buttons["link"].click()
    assert QGuiApplication.clipboard().text() == copy.link.text()
    for width, height in SIZES:
        dialog.resize(width - 40, height - 60)
        qtbot.wait(50)
        copy.grab().save(str(shots(tmp_path) / f"chat-copy-{width}.png"))
    copy.sent.click()
    qtbot.waitUntil(lambda: any(m.via == Via.SMS for m in panel.messages))
    [sent] = messages_for(window.engine, saved.id, None)
    assert (sent.via, sent.state) == (Via.SMS, State.TERKIRIM)
