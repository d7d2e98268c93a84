"""What email costs an intake and how fast the sender goes (issue 12, item 1).

- Intake with email on (the message queued in the same transaction) against intake with it
  off, measured in the same run: the ratio is what queuing adds to every save.
- Sending through a real SMTP server (aiosmtpd) with the receipt PDF rendered and attached,
  beside rendering the same receipts alone: the ratio is what SMTP adds to the PDF.

Run: .venv/bin/python -m pytest -m bench -s tests/bench/test_outbox_bench.py
The small pass without the mark checks the behaviour only."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import Engine

from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.mail_settings import Mail, save_mail
from pengaduan_desktop.core.outbox import count_waiting
from pengaduan_desktop.services.mailer import send_due
from pengaduan_desktop.services.receipt import receipt_pdf
from tests.helpers import complaint, fill_office
from tests.mail_server import mail_server


def measure(engine: Engine, count: int) -> dict[str, float]:
    fill_office(engine)
    with mail_server() as server:
        figures: dict[str, float] = {}
        for label, mail in (("intake, email off", Mail()),
                            ("intake, email queued", server.settings())):  # fmt: skip
            save_mail(engine, mail, None)
            start, cpu = time.perf_counter(), time.process_time()
            numbers = [register(engine, complaint(), None).tracking_number for _ in range(count)]
            figures[label] = (time.perf_counter() - start) / count * 1000
            figures[label + " (cpu)"] = (time.process_time() - cpu) / count * 1000
        start, cpu = time.perf_counter(), time.process_time()
        for number in numbers:
            receipt_pdf(engine, number)
        figures["receipt PDF alone"] = (time.perf_counter() - start) / count * 1000
        figures["receipt PDF alone (cpu)"] = (time.process_time() - cpu) / count * 1000
        start, cpu = time.perf_counter(), time.process_time()
        attempts = send_due(engine, limit=count)  # cpu includes the server's thread
        figures["send with receipt"] = (time.perf_counter() - start) / max(len(attempts), 1) * 1000
        figures["send with receipt (cpu)"] = (time.process_time() - cpu) / count * 1000
        assert len(attempts) == count == len(server.inbox.messages)
        assert count_waiting(engine) == (0, 0)
    return figures


def report(figures: dict[str, float]) -> None:
    for label, ms in figures.items():
        print(f"{label:28s} {ms:8.2f} ms each")
    f = figures
    print(f"queuing: x{f['intake, email queued'] / f['intake, email off']:.2f} an intake "
          f"(cpu x{f['intake, email queued (cpu)'] / f['intake, email off (cpu)']:.2f}); "
          f"sending: x{f['send with receipt'] / f['receipt PDF alone']:.2f} the receipt alone "
          f"(cpu x{f['send with receipt (cpu)'] / f['receipt PDF alone (cpu)']:.2f})")  # fmt: skip


def test_queue_and_send_small(engine: Engine) -> None:
    measure(engine, 3)


@pytest.mark.bench
def test_queue_and_send_bench(sqlite_engine: Engine) -> None:
    report(measure(sqlite_engine, 100))
