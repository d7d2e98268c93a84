"""`pengaduan outbox list|send` as a separate program, through a real SMTP server."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from pengaduan_desktop.core import clock
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.mail_settings import save_mail
from pengaduan_desktop.core.outbox import State, messages_for
from tests.conftest import PINNED_NOW
from tests.e2e.test_cli import run
from tests.helpers import complaint, fill_office
from tests.mail_server import mail_server


def test_outbox_lists_the_queue_and_sends_it(engine: Engine, db_url: str) -> None:
    fill_office(engine)
    with mail_server() as server:
        save_mail(engine, server.settings(), None)
        saved = register(engine, complaint(), None)
        listing = run("outbox", "list", db=db_url)
        assert listing.returncode == 0, listing.stderr
        assert f"{saved.tracking_number}\t" in listing.stdout and "\tantri\t0\t" in listing.stdout
        # The program starts at the pinned moment; the message was queued a moment after it.
        a_minute_on = (PINNED_NOW + timedelta(minutes=1)).isoformat()
        sent = run("outbox", "send", db=db_url, env={clock.ENV_VAR: a_minute_on})
        assert sent.returncode == 0, sent.stderr
        assert sent.stdout.strip().endswith("1 terkirim, 0 belum")
        assert len(server.inbox.messages) == 1
    assert messages_for(engine, saved.id, None)[0].state == State.TERKIRIM
    assert run("outbox", "list", db=db_url).stdout == ""  # nothing waits or failed


def test_send_while_email_is_off_is_one_line(sqlite_url: str) -> None:
    result = run("outbox", "send", db=sqlite_url)
    assert result.returncode == 1
    assert result.stderr.startswith("galat: pengiriman email belum diaktifkan")
    assert len(result.stderr.strip().splitlines()) == 1
