"""`pengaduan outbox`: the emails to complainants that wait or failed (list), and sending what
is due now (send), as the window's background sender does: for a desk without the window
open, or a scheduled job. Sending is the program's own work (like the window's sender), so it
names no user; the password comes from the keyring or PENGADUAN_SMTP_PASSWORD."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def outbox_parsers(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    box = add("outbox", "email kepada pengadu: antrean dan pengiriman")
    box_sub = box.add_subparsers(dest="outbox_command", metavar="PERINTAH", required=True)
    listing = box_sub.add_parser("list", help="email yang antri atau gagal")
    listing.add_argument("--all", action="store_true", help="termasuk yang sudah terkirim")
    send = box_sub.add_parser("send", help="kirim sekarang email yang sudah waktunya")
    for p in (listing, send):
        p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="alamat basis data")


def cmd_outbox(args: argparse.Namespace, engine_of: Callable[[argparse.Namespace], object]) -> int:
    from pengaduan_desktop.core.mail_settings import read_mail
    from pengaduan_desktop.core.outbox import State, queued

    engine = engine_of(args)
    if args.outbox_command == "list":
        states = tuple(State) if args.all else (State.ANTRI, State.GAGAL)
        for m in queued(engine, states):  # type: ignore[arg-type]
            print(f"{m.id}\t{m.tracking_number}\t{m.at:%Y-%m-%d %H:%M}\t{m.state}\t"
                  f"{m.attempts}\t{m.recipient}\t{m.subject}\t{m.server_reply}")  # fmt: skip
        return 0
    from pengaduan_desktop.cli import CliError
    from pengaduan_desktop.services.mailer import send_due

    if not read_mail(engine).ready:  # type: ignore[arg-type]
        raise CliError("pengiriman email belum diaktifkan atau server belum lengkap "
                       "(Pengaturan › Email dan templat pesan)")  # fmt: skip
    attempts = send_due(engine)  # type: ignore[arg-type]
    for a in attempts:
        print(f"{a.tracking_number}\t{a.state}\t{a.reply}")
    sent = sum(a.state == State.TERKIRIM for a in attempts)
    print(f"{sent} terkirim, {len(attempts) - sent} belum")
    return 0 if sent == len(attempts) else 1
