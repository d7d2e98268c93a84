"""`pengaduan lapor ...`: the SP4N-LAPOR! steps (tunda, lanjutkan, teruskan, arsipkan), the
CSV a LAPOR! administrator types from (ekspor) and the import of the LAPOR! dashboard's
export (impor). docs/lapor.md."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from pengaduan_desktop.cli_users import acting


def lapor_parsers(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    lapor = add("lapor", "SP4N-LAPOR!: tunda, lanjutkan, teruskan, arsipkan, ekspor, impor")
    sub = lapor.add_subparsers(dest="lapor_command", metavar="PERINTAH", required=True)

    def step(name: str, text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("number", metavar="NOMOR", help="nomor pengaduan BKAD")
        _common(p)
        return p

    step("tunda", "tunda pengaduan; hari kerja berhenti dihitung").add_argument(
        "--menunggu", required=True, metavar="TEKS", help="hal yang ditunggu"
    )
    step("lanjutkan", "lanjutkan pengaduan yang ditunda; batas waktu bergeser").add_argument(
        "--keterangan", default="", metavar="TEKS", help="misalnya: berkas sudah diterima"
    )
    fwd = step("teruskan", "teruskan pengaduan yang bukan kewenangan BKAD ke instansi lain")
    fwd.add_argument("--instansi", required=True, metavar="NAMA", help="instansi tujuan")
    fwd.add_argument("--alasan", required=True, metavar="TEKS")
    step("arsipkan", "arsipkan pengaduan tanpa tindak lanjut").add_argument(
        "--alasan", required=True, metavar="TEKS"
    )
    exp = sub.add_parser("ekspor", help="CSV tindak lanjut untuk diisikan ke SP4N-LAPOR!")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS")
    exp.add_argument("--dari", type=date.fromisoformat, metavar="YYYY-MM-DD")
    exp.add_argument("--sampai", type=date.fromisoformat, metavar="YYYY-MM-DD")
    exp.add_argument("--pemisah", choices=(",", ";"), default=",",
                     help="pemisah kolom (; untuk Excel berbahasa Indonesia)")  # fmt: skip
    _common(exp)
    imp = sub.add_parser("impor", help="impor CSV/XLSX ekspor dasbor SP4N-LAPOR!")
    imp.add_argument("file", metavar="BERKAS", type=Path)
    _common(imp)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="alamat basis data")
    p.add_argument("--user", default=argparse.SUPPRESS, metavar="NAMA",
                   help="pengguna yang bertindak")  # fmt: skip


def cmd_lapor(args: argparse.Namespace, engine_of: Callable[[argparse.Namespace], Any],
              error: type[Exception]) -> int:  # fmt: skip
    engine = engine_of(args)
    officer = acting(args, engine)
    command = args.lapor_command
    if command == "ekspor":
        return _export(args, engine, officer, error)
    if command == "impor":
        return _import(args, engine, officer, error)
    return _step(args, engine, officer)


def _step(args: argparse.Namespace, engine: Any, officer: int) -> int:
    from pengaduan_desktop.core.letters import complaint_id
    from pengaduan_desktop.core.workflow import Action, perform

    action, text, agency = {
        "tunda": (Action.HOLD, getattr(args, "menunggu", ""), ""),
        "lanjutkan": (Action.RESUME, getattr(args, "keterangan", ""), ""),
        "teruskan": (Action.FORWARD, getattr(args, "alasan", ""), getattr(args, "instansi", "")),
        "arsipkan": (Action.ARCHIVE, getattr(args, "alasan", ""), ""),
    }[args.lapor_command]
    found = complaint_id(engine, args.number)
    perform(engine, found, action, officer, text, agency=agency)
    _said(engine, found)
    return 0


def _said(engine: Any, found: int) -> None:
    from pengaduan_desktop.core.complaint_detail import complaint_detail
    from pengaduan_desktop.core.vocabulary import STATUS_LABELS, Status

    d = complaint_detail(engine, found)
    print(f"{d.tracking_number}: {STATUS_LABELS[Status(d.status)]}, "
          f"batas waktu {d.due_date:%d-%m-%Y}")  # fmt: skip


def _export(args: argparse.Namespace, engine: Any, officer: int, error: type[Exception]) -> int:
    from pengaduan_desktop.core.lapor_export import export_lapor

    if args.output.is_dir():
        raise error(f"{args.output} adalah folder; berikan nama berkas CSV")
    count = export_lapor(engine, args.output, officer, args.dari, args.sampai, args.pemisah)
    print(f"{count} langkah tindak lanjut ditulis ke {args.output}")
    return 0


def _import(args: argparse.Namespace, engine: Any, officer: int, error: type[Exception]) -> int:
    from pengaduan_desktop.core.importer import ImportFailed
    from pengaduan_desktop.core.indonesian import thousands
    from pengaduan_desktop.core.lapor_import import Step, import_lapor
    from pengaduan_desktop.core.messages import in_language

    def progress(step: Step, done: int, total: int) -> None:
        """One line as each step begins, as `pengaduan import` says them."""
        if done == 0 and step == Step.CHECK:
            print(f"memeriksa {thousands(total)} baris…", file=sys.stderr)
        elif done == 0 and total:
            print(f"menyimpan {thousands(total)} pengaduan baru…", file=sys.stderr)

    try:
        done = import_lapor(engine, args.file, officer, progress)
    except ImportFailed as exc:
        from pengaduan_desktop.cli import import_refused

        raise import_refused(exc, lang=args.lang) from None
    for line in done.resemblances:
        print(in_language(line, args.lang or "id"), file=sys.stderr)
    for number in done.created:
        print(f"baru {number}")
    for number in done.updated:
        print(f"diperbarui {number}")
    print(f"{thousands(len(done.created))} pengaduan baru, {thousands(len(done.updated))} "
          f"diperbarui, {thousands(done.unchanged)} tanpa perubahan.", file=sys.stderr)  # fmt: skip
    return 0
