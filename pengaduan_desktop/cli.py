"""The command line of DESIGN section 7. With no subcommand it opens the window."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import astuple
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from pengaduan_desktop import __version__

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy import Engine

    from pengaduan_desktop.core.importer import ImportFailed

EXIT_USAGE = 2


class CliError(Exception):
    """A problem with what was asked; printed as one line, exit code 1."""


def build_parser() -> argparse.ArgumentParser:
    from pengaduan_desktop.cli_backup import backup_parsers
    from pengaduan_desktop.cli_lapor import lapor_parsers
    from pengaduan_desktop.cli_outbox import outbox_parsers
    from pengaduan_desktop.cli_steps import steps_parsers
    from pengaduan_desktop.cli_users import user_parsers
    from pengaduan_desktop.cli_words import use_indonesian

    use_indonesian()
    parser = argparse.ArgumentParser(
        prog="pengaduan",
        description="Pengaduan Desktop — pengelolaan pengaduan pelayanan publik BKAD Kalbar.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="tampilkan versi program lalu keluar")  # fmt: skip
    parser.add_argument("--db", metavar="URL",
                        help="alamat basis data (juga PENGADUAN_DB); bawaan: SQLite")  # fmt: skip
    parser.add_argument(
        "--user",
        metavar="NAMA",
        help="pengguna yang bertindak (kata sandi ditanya, atau dari "
        "PENGADUAN_PASSWORD); wajib untuk perintah yang mengubah data",
    )
    parser.add_argument("--lang", choices=("id", "en"),
                        help="bahasa jendela (menggantikan pilihan di Pengaturan › Bahasa) dan "
                        "pesan galat dari inti program; bawaan: Bahasa Indonesia")  # fmt: skip
    parser.add_argument("--open-backup", type=Path, metavar="BERKAS",
                        help="buka jendela lalu tawarkan pemulihan dari berkas cadangan ini "
                        "(\"Buka dengan\" di Windows)")  # fmt: skip
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")

    def add(name: str, text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="alamat basis data")
        p.add_argument("--user", default=argparse.SUPPRESS, metavar="NAMA",
                       help="pengguna yang bertindak")  # fmt: skip
        return p

    add("init", "buat atau perbarui basis data")
    demo = add("demo", "isi basis data dengan pengaduan contoh")
    demo.add_argument("--count", type=int, required=True, help="jumlah pengaduan")
    demo.add_argument(
        "--seed", type=int, default=1, help="benih acak (hasil sama untuk benih sama)"
    )
    cal = add("calendar", "kalender hari kerja")
    cal_sub = cal.add_subparsers(dest="calendar_command", metavar="PERINTAH", required=True)
    due = cal_sub.add_parser("due", help="batas waktu untuk pengaduan yang diterima pada TANGGAL")
    due.add_argument("date", metavar="TANGGAL", help="YYYY-MM-DD")
    due.add_argument("--days", type=int, metavar="N",
                     help="jumlah hari kerja (bawaan: pengaturan kantor)")  # fmt: skip
    lst = cal_sub.add_parser("list", help="daftar hari libur dan cuti bersama dalam TAHUN")
    lst.add_argument("year", metavar="TAHUN", type=int)
    ovr = cal_sub.add_parser("override", help="keputusan kantor: libur kantor atau hari kerja")
    ovr_sub = ovr.add_subparsers(dest="override_command", metavar="PERINTAH", required=True)
    ovr_add = ovr_sub.add_parser("add", help="tetapkan TANGGAL sebagai libur kantor (atau hari "
                                 "kerja dengan --hari-kerja)")  # fmt: skip
    ovr_add.add_argument("date", metavar="TANGGAL", help="YYYY-MM-DD")
    ovr_add.add_argument("--reason", "--keterangan", required=True, metavar="TEKS",
                         help="keterangan, misalnya nomor keputusan")  # fmt: skip
    ovr_add.add_argument(
        "--hari-kerja",
        action="store_true",
        help="kantor tetap bekerja pada TANGGAL (hari libur yang dikerjakan)",
    )
    ovr_rem = ovr_sub.add_parser("remove", help="batalkan keputusan kantor pada TANGGAL")
    ovr_rem.add_argument("date", metavar="TANGGAL", help="YYYY-MM-DD")
    for p in (due, lst, ovr_add, ovr_rem):
        p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="alamat basis data")
    for p in (ovr_add, ovr_rem):
        p.add_argument("--user", default=argparse.SUPPRESS, metavar="NAMA",
                       help="pengguna yang bertindak")  # fmt: skip
    imp = add("import", "impor pengaduan dari CSV, XLSX atau JSON")
    imp.add_argument("file", metavar="BERKAS", type=Path)
    imp.add_argument("--allow-duplicates", action="store_true",
                     help="impor juga baris yang kemungkinan duplikat")  # fmt: skip
    rec = add("receipt", "tulis PDF tanda bukti pengaduan")
    rec.add_argument("number", metavar="NOMOR")
    rec.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS")
    rec.add_argument("--page", choices=("A4", "A5"), default="A4")
    let = add("letter", "tulis PDF surat pengaduan (nomor agenda diberikan saat pertama ditulis)")
    let.add_argument("number", metavar="NOMOR")
    let.add_argument("--jenis", required=True,
                     choices=("tanggapan", "penolakan", "eskalasi", "penerusan"),
                     help="surat tanggapan, pemberitahuan penolakan, eskalasi, atau penerusan "
                          "ke instansi lain")  # fmt: skip
    let.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS")
    rep = add("report", "tulis laporan bulanan kepada Gubernur (PDF, dan XLSX/CSV bila diminta)")
    rep.add_argument("--month", required=True, metavar="YYYY-MM")
    rep.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS")
    rep.add_argument("--xlsx", type=Path, metavar="BERKAS")
    rep.add_argument("--csv", type=Path, metavar="BERKAS")
    _delimiter_option(rep)
    rep.add_argument(
        "--conclusions",
        type=Path,
        metavar="BERKAS",
        help="berkas teks kesimpulan (dan rekomendasi setelah baris '---'); tanpa ini: draf "
        "bulan itu yang tersimpan",
    )
    rep.add_argument(
        "--issue", action="store_true", help="terbitkan: bekukan PDF dengan nomor surat dan SHA-256"
    )
    _office_parsers(add)
    _audit_parsers(add)
    user_parsers(add)
    _privacy_parsers(add)
    backup_parsers(add)
    outbox_parsers(add)
    lapor_parsers(add)
    steps_parsers(add)
    add("self-test", "jalankan aplikasi tanpa layar, buka setiap tab, keluar 0 bila baik")
    return parser


def _delimiter_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--delimiter", choices=(",", ";"), default=",", metavar="PEMISAH",
                        help="pemisah kolom CSV: ',' (bawaan) atau ';' untuk Excel berbahasa "
                        "Indonesia")  # fmt: skip


def _office_parsers(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    from pengaduan_desktop.core.office_setup import FIELDS

    office = add("office", "profil kantor: kop surat, Kepala Badan, Pejabat Pengelola Pengaduan")
    office_sub = office.add_subparsers(dest="office_command", metavar="PERINTAH", required=True)
    show = office_sub.add_parser("show", help="tampilkan setiap kunci profil dengan nilainya")
    keys = "\n".join(f"  {f.alias:<17}{f.key:<17}{f.label}"
                     + ("" if f.required else " (boleh kosong)") for f in FIELDS)  # fmt: skip
    set_ = office_sub.add_parser(
        "set", help="ubah satu isian profil kantor",
        description="Ubah satu isian profil kantor. 'office set logo BERKAS' membaca gambar "
                    "PNG atau JPEG. NIP 18 angka (spasi boleh).",
        epilog="kunci (Indonesia atau Inggris):\n" + keys,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    set_.add_argument("key", metavar="KUNCI", help="nama isian, lihat daftar di bawah")
    set_.add_argument("value", metavar="NILAI", help="nilai baru (untuk logo: berkas gambar)")
    for p in (show, set_):
        p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="alamat basis data")
    set_.add_argument("--user", default=argparse.SUPPRESS, metavar="NAMA",
                      help="pengguna yang bertindak")  # fmt: skip


def _audit_parsers(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    trail = add("audit", "jejak audit: periksa keutuhan rantai hash, ekspor CSV")
    trail_sub = trail.add_subparsers(dest="audit_command", metavar="PERINTAH", required=True)
    check = trail_sub.add_parser("verify", help="periksa apakah ada entri yang diubah, "
                                 "disisipkan atau dihapus")  # fmt: skip
    export = trail_sub.add_parser("export", help="tulis jejak audit sebagai CSV")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS")
    export.add_argument("--dari", metavar="YYYY-MM-DD", help="mulai tanggal ini (WIB)")
    export.add_argument("--sampai", metavar="YYYY-MM-DD", help="sampai tanggal ini (WIB)")
    export.add_argument("--aksi", metavar="AKSI", help="hanya aksi ini (kode atau nama)")
    _delimiter_option(export)
    for p in (check, export):
        p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="alamat basis data")


def _privacy_parsers(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    from pengaduan_desktop.core.complainants import KEY_HELP

    person = add("complainant", "data pribadi seorang pengadu (UU 27/2022): ekspor, hapus")
    person_sub = person.add_subparsers(dest="complainant_command", metavar="PERINTAH",
                                       required=True)  # fmt: skip
    export = person_sub.add_parser(
        "export", help="tulis semua data yang disimpan tentang pengadu sebagai PDF dan JSON"
    )
    export.add_argument("key", metavar="KUNCI", help=KEY_HELP)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")
    erase = person_sub.add_parser(
        "erase", help="hapus identitas pengadu; pengaduannya tetap untuk statistik"
    )
    erase.add_argument("key", metavar="KUNCI", help=KEY_HELP)
    erase.add_argument("--reason", required=True, metavar="ALASAN", help="alasan penghapusan")
    keep = add("retention", "masa simpan data pribadi pengadu pada pengaduan yang sudah ditutup")
    keep_sub = keep.add_subparsers(dest="retention_command", metavar="PERINTAH", required=True)
    run = keep_sub.add_parser("run", help="anonimkan pengadu pada pengaduan yang ditutup lebih "
                              "lama dari masa simpan")  # fmt: skip
    run.add_argument("--dry-run", action="store_true",
                     help="hanya hitung, tanpa mengubah apa pun")  # fmt: skip
    show = keep_sub.add_parser("show", help="tampilkan masa simpan")
    set_ = keep_sub.add_parser("set", help="ubah masa simpan (tahun)")
    set_.add_argument("years", metavar="TAHUN", type=int)
    for p in (export, erase, run, show, set_):
        p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="alamat basis data")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.lang and args.command in (None, "self-test"):
        from pengaduan_desktop.ui.language import choose

        choose(args.lang)
    if args.command is None:
        from pengaduan_desktop.ui.launch import run_window

        return run_window(args.db, args.open_backup)
    from pengaduan_desktop.cli_users import NotSignedIn

    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("dibatalkan", file=sys.stderr)
        return 130
    except (CliError, NotSignedIn) as exc:
        print(f"galat: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        from pengaduan_desktop.core.db_health import damage_in, shown
        from pengaduan_desktop.core.errors import user_message

        # A page found damaged by any command: named by its file, like the start-up check.
        damage = damage_in(exc, shown(_opened[-1])) if _opened else None
        known = str(damage) if damage else user_message(exc, args.lang or "id")
        if known is None:  # a bug: its traceback, without the personal data a database quotes
            from pengaduan_desktop.core.db_refusals import scrubbed_report

            sys.stderr.write(scrubbed_report(exc))
            return 1
        print(f"galat: {known}", file=sys.stderr)
        return 1
    finally:
        while _opened:  # closed before exit: SQLite removes its -wal and -shm files
            _opened.pop().dispose()


_opened: list[Engine] = []


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from pengaduan_desktop.core.db import create_db_engine
    from pengaduan_desktop.core.schema import init_database

    engine = create_db_engine(args.db)
    _opened.append(engine)
    init_database(engine)
    return engine


def _official(engine: Engine) -> None:
    """Refuse to write an official document while the office profile has placeholders."""
    from pengaduan_desktop.core.errors import ProfileIncomplete
    from pengaduan_desktop.core.office_setup import require_official

    try:
        require_official(engine)
    except ProfileIncomplete as exc:
        raise CliError(f"{exc} (isi dengan 'pengaduan office set KUNCI NILAI')") from None


def cmd_init(args: argparse.Namespace) -> int:
    from pengaduan_desktop.core.schema import current_revision

    engine = _engine(args)
    print(f"Basis data siap: {engine.url.render_as_string(hide_password=True)} "
          f"(revisi {current_revision(engine)})")  # fmt: skip
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from pengaduan_desktop.core.demo import generate
    from pengaduan_desktop.core.indonesian import thousands

    if args.count < 1:
        raise CliError("--count harus 1 atau lebih")
    engine = _engine(args)
    last = [0]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // total
        if percent >= last[0] + 10 or done == total:
            last[0] = percent
            print(f"  {thousands(done)} / {thousands(total)} ({percent}%)", file=sys.stderr)

    count = generate(engine, args.count, seed=args.seed, progress=progress)
    print(f"{thousands(count)} pengaduan contoh dibuat.")
    return 0


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"tanggal tidak valid: {text!r} (gunakan YYYY-MM-DD)") from None


def cmd_calendar(args: argparse.Namespace) -> int:
    from pengaduan_desktop.core.db import reading
    from pengaduan_desktop.core.indonesian import WEEKDAYS
    from pengaduan_desktop.core.office import load_calendar, profile

    engine = _engine(args)
    if args.calendar_command == "override":
        return _calendar_override(args, engine)
    with reading(engine) as session:
        calendar = load_calendar(session)
        sla = profile(session).sla_days
    if args.calendar_command == "due":
        received = _parse_date(args.date)
        days = sla if args.days is None else args.days
        if days < 1:
            raise CliError("--days harus 1 atau lebih")
        from pengaduan_desktop.core.lifecycle import due_date

        print(due_date(calendar, received, days).isoformat())
        return 0
    if not 1900 <= args.year <= 2200:
        raise CliError(f"tahun di luar jangkauan: {args.year}")
    for day in calendar.listed_days(args.year):
        weekday = WEEKDAYS[day.day.weekday()]
        print(f"{day.day.isoformat()}\t{weekday}\t{day.kind.value}\t{day.name}")
    from pengaduan_desktop.core.calendar import calendar_gaps
    from pengaduan_desktop.core.clock import today

    for gap in calendar_gaps(calendar, today(), args.year):  # beside the list, not in it
        print(f"peringatan: {gap.message()}", file=sys.stderr)
    return 0


def _calendar_override(args: argparse.Namespace, engine: Engine) -> int:
    from pengaduan_desktop.core.calendar_service import set_override
    from pengaduan_desktop.core.indonesian import plain_date

    day = _parse_date(args.date)
    officer = acting(args, engine)
    if args.override_command == "add":
        moved = set_override(engine, day, args.hari_kerja, args.reason, officer)
        kind = "hari kerja" if args.hari_kerja else "libur kantor"
        print(f"{plain_date(day)} ditetapkan sebagai {kind}; {moved} pengaduan terbuka "
              "mendapat batas waktu baru.")  # fmt: skip
    else:
        moved = set_override(engine, day, None, "", officer)
        print(f"Keputusan kantor untuk {plain_date(day)} dibatalkan; {moved} pengaduan terbuka "
              "mendapat batas waktu baru.")  # fmt: skip
    return 0


LISTED_PROBLEMS = 200  # lines of a refused import printed before "... dan N baris lain"


def import_refused(exc: ImportFailed, hint: str = "", lang: str | None = None) -> CliError:
    """One line per bad row printed, then the one galat: line to raise (core's sentences in
    `lang`, --lang; the command line's own words stay Indonesian)."""
    from pengaduan_desktop.core.messages import in_language

    lines = exc.problems if len(exc.problems) > 1 or exc.summary != exc.problems[0] else []
    for line in lines[:LISTED_PROBLEMS]:
        print(in_language(line, lang or "id"), file=sys.stderr)
    if len(lines) > LISTED_PROBLEMS:
        print(f"… dan {len(lines) - LISTED_PROBLEMS} baris lain", file=sys.stderr)
    return CliError(in_language(exc.summary, lang or "id") + hint)


def cmd_import(args: argparse.Namespace) -> int:
    from pengaduan_desktop.core.importer import ImportFailed, ProbableDuplicates, import_file
    from pengaduan_desktop.core.indonesian import thousands
    from pengaduan_desktop.core.messages import in_language

    engine = _engine(args)
    officer = acting(args, engine)
    try:
        numbers = import_file(engine, args.file, officer, allow_duplicates=args.allow_duplicates,
                              note=lambda text: print(in_language(text, args.lang or "id"),
                                                      file=sys.stderr))  # fmt: skip
    except ImportFailed as exc:
        hint = ""
        if isinstance(exc, ProbableDuplicates):
            hint = "; bila memang pengaduan yang berbeda, ulangi dengan --allow-duplicates"
        raise import_refused(exc, hint, args.lang) from None
    for number in numbers:
        print(number)
    print(f"{thousands(len(numbers))} pengaduan diimpor.", file=sys.stderr)
    return 0


def cmd_receipt(args: argparse.Namespace) -> int:
    from pengaduan_desktop.core.events import record_event
    from pengaduan_desktop.core.files import publish_all
    from pengaduan_desktop.core.printable import receipt_data
    from pengaduan_desktop.core.vocabulary import EventKind
    from pengaduan_desktop.services.receipt import receipt_pdf

    engine = _engine(args)
    officer = acting(args, engine)
    data = receipt_data(engine, args.number)
    _official(engine)
    # Written beside its name, recorded in the database, then renamed: a database that cannot
    # record the print (read-only, locked) leaves no PDF, and an older file stays as it was.
    publish_all([(args.output, receipt_pdf(engine, data.tracking_number, args.page))],
                lambda: record_event(engine, data.tracking_number, EventKind.PRINTED,
                                     f"Tanda bukti disimpan sebagai PDF ({args.output.name})",
                                     officer))  # fmt: skip
    print(args.output)
    return 0


def cmd_letter(args: argparse.Namespace) -> int:
    """Write a complaint's letter; the first time issues its agenda number, later times show
    the same number and date (a failed write is retried with the same number)."""
    from pengaduan_desktop.core.events import record_event
    from pengaduan_desktop.core.files import publish_all
    from pengaduan_desktop.core.letters import (
        LETTER_KINDS,
        LETTER_NAMES,
        complaint_id,
    )
    from pengaduan_desktop.core.vocabulary import EventKind
    from pengaduan_desktop.services.letters import issued_letter_pdf

    letter = next(letter for letter, kind in LETTER_KINDS.items() if kind == args.jenis)
    if args.output.is_dir():
        raise CliError(f"{args.output} adalah folder; berikan nama berkas PDF")
    engine = _engine(args)
    officer = acting(args, engine)
    found = complaint_id(engine, args.number)
    _official(engine)
    number, pdf = issued_letter_pdf(engine, letter, found, officer)
    saved = f"{LETTER_NAMES[letter]} disimpan sebagai PDF ({args.output.name})"
    publish_all([(args.output, pdf)], lambda: record_event(
        engine, args.number.strip().upper(), EventKind.PRINTED, saved, officer))  # fmt: skip
    print(f"{number} {args.output}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """The PDF, the XLSX and the CSV appear all or none: each is written beside its name, the
    exports (and, with --issue, the issue) are recorded in the database, then all are renamed
    over their names; an older file stays as it was until then."""
    from pengaduan_desktop.core.exports import month_file, record_export
    from pengaduan_desktop.core.files import Staging
    from pengaduan_desktop.core.monthly import Month, month_figures
    from pengaduan_desktop.core.permissions import Permission
    from pengaduan_desktop.core.reports import load_draft
    from pengaduan_desktop.services.monthly_report import issue, preview

    month = Month.parse(args.month)
    targets = [t for t in (args.output, args.xlsx, args.csv) if t is not None]
    for target in targets:
        if not target.resolve().parent.is_dir():
            raise CliError(f"folder tujuan tidak ada: {target.resolve().parent}")
        if target.is_dir():
            raise CliError(f"{target} adalah folder; tulis nama berkasnya, misalnya laporan.pdf")
    if len({t.resolve() for t in targets}) < len(targets):
        raise CliError("berkas PDF, XLSX dan CSV harus bernama berbeda")
    engine = _engine(args)
    officer = acting(args, engine)
    _official(engine)
    if args.conclusions:
        text = args.conclusions.read_text(encoding="utf-8")
        conclusions, _, recommendations = text.partition("\n---\n")
    else:  # the month's draft, as typed in the window
        conclusions, recommendations = astuple(load_draft(engine, month))
    exports = [t for t in (args.xlsx, args.csv) if t is not None]
    with Staging() as staging:
        if exports:
            from pengaduan_desktop.core.door import permitted

            permitted(engine, officer, Permission.REPORT_VIEW)
            figures = month_figures(engine, month)
            for target in exports:
                staging.add(target, month_file(figures, target, args.delimiter))
        if args.issue:
            # The PDF is staged inside the issuing transaction: a file that cannot be written
            # leaves nothing issued and no letter number used.
            info = issue(engine, month, conclusions, recommendations, officer,
                         deliver=lambda issued: staging.add(args.output, issued))  # fmt: skip
        else:
            staging.add(args.output, preview(engine, month, conclusions, recommendations)[1])
        for target in exports:
            record_export(engine, figures, target, officer)
        staging.publish()
    if args.issue:
        print(f"diterbitkan: {info.letter_number} revisi {info.revision} sha256 {info.sha256}",
              file=sys.stderr)  # fmt: skip
    for target in targets:  # every file written, the PDF first
        print(target)
    return 0


def cmd_office(args: argparse.Namespace) -> int:
    from pengaduan_desktop.core.office_setup import (
        FIELDS,
        field_info,
        office_gaps,
        read_office,
        set_value,
    )

    engine = _engine(args)
    if args.office_command == "set":
        info = field_info(args.key)
        value: str | bytes = args.value
        if info.key == "logo":
            path = Path(args.value)
            if not path.is_file():
                raise CliError(f"berkas logo tidak ada: {path}")
            value = path.read_bytes()
        set_value(engine, info.key, value, acting(args, engine))
        print(f"{info.label} disimpan.")
    setup = read_office(engine)
    if args.office_command == "show":
        for f in FIELDS:
            print(f"{f.alias:<17}{_shown(getattr(setup, f.key))}")
    gaps = office_gaps(engine)
    if gaps:
        print("belum lengkap (dokumen resmi ditolak): " + ", ".join(gaps))
    else:
        print("profil lengkap: dokumen resmi dapat dicetak")
    return 0


def _shown(value: str | bytes | None) -> str:
    if isinstance(value, bytes):
        from pengaduan_desktop.core.office_setup import logo_size

        width, height = logo_size(value)
        return f"gambar PNG {width}×{height} piksel, {max(1, len(value) // 1024)} KB"
    if value is None:
        return "(belum dipilih; logo bawaan)"
    return value or "(kosong)"


def cmd_self_test(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pengaduan_desktop.ui.launch import self_test

    return self_test(args.db)


def cmd_audit(args: argparse.Namespace) -> int:
    from pengaduan_desktop.core import audit

    if args.audit_command == "export":
        start = _parse_date(args.dari) if args.dari else None
        end = _parse_date(args.sampai) if args.sampai else None
        if start and end and end < start:
            raise CliError("tanggal --sampai lebih awal dari --dari")
        if args.output.is_dir():
            raise CliError(f"{args.output} adalah folder; tulis nama berkasnya, misalnya jejak.csv")
        action = audit.action_code(args.aksi) if args.aksi else None
        engine = _engine(args)
        count = audit.export_csv(engine, args.output, audit.Filters(action, None, start, end),
                                 delimiter=args.delimiter)  # fmt: skip
        print(f"{count} entri ditulis ke {args.output}")
        return 0
    verdict = audit.check(_engine(args))
    if verdict.problems:
        for problem in verdict.problems:
            print(f"galat: {problem}", file=sys.stderr)
        return 1
    print(f"jejak audit utuh: {verdict.count} entri")
    print(f"hash terakhir: {verdict.last_hash}")
    return 0


def cmd_user(args: argparse.Namespace) -> int:
    from pengaduan_desktop.cli_users import cmd_user as run_user

    return run_user(args, _engine(args))


def acting(args: argparse.Namespace, engine: Engine) -> int:
    """The officer named by --user, signed in (every command that writes needs one)."""
    from pengaduan_desktop.cli_users import acting as signed_in_officer

    return signed_in_officer(args, engine)


def cmd_complainant(args: argparse.Namespace) -> int:
    engine = _engine(args)
    if args.complainant_command == "export":
        from pengaduan_desktop.services.personal_data import export_personal_data

        if not args.output.is_dir():
            raise CliError(f"folder tujuan tidak ada: {args.output}")
        done = export_personal_data(engine, args.key, args.output, acting(args, engine))
        print(f"{done.complaints} pengaduan ditulis ke {done.pdf} dan {done.json}")
        return 0
    from pengaduan_desktop.core.erasure import erase_complainant

    erased = erase_complainant(engine, args.key, args.reason, acting(args, engine))
    print(f"identitas pengadu dihapus pada {len(erased.complaints)} pengaduan "
          f"({', '.join(erased.complaints)}); {erased.attachments} lampiran dihapus")  # fmt: skip
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from pengaduan_desktop.cli_backup import cmd_backup as run_backup

    return run_backup(args, _engine)


def cmd_lapor(args: argparse.Namespace) -> int:
    from pengaduan_desktop.cli_lapor import cmd_lapor as run_lapor

    return run_lapor(args, _engine, CliError)


def cmd_restore(args: argparse.Namespace) -> int:
    from pengaduan_desktop.cli_backup import cmd_restore as run_restore

    return run_restore(args)


def cmd_retention(args: argparse.Namespace) -> int:
    from pengaduan_desktop.core.erasure import retention_years, run_retention, set_retention_years
    from pengaduan_desktop.core.indonesian import long_date

    engine = _engine(args)
    if args.retention_command == "set":
        set_retention_years(engine, args.years, acting(args, engine))
    if args.retention_command in ("set", "show"):
        print(f"masa simpan data pribadi: {retention_years(engine)} tahun")
        return 0
    done = run_retention(engine, acting(args, engine), dry_run=args.dry_run)
    closed = (
        f"pengaduan yang ditutup sebelum {long_date(done.before)} (masa simpan {done.years} tahun)"
    )
    if done.dry_run:
        print(f"{done.complainants} pengadu akan dianonimkan: {closed}")
    else:
        print(f"{done.complainants} pengadu dianonimkan: {closed}")
    return 0


def _outbox(args: argparse.Namespace) -> int:
    from pengaduan_desktop.cli_outbox import cmd_outbox

    return cmd_outbox(args, _engine)


COMMANDS = {
    "init": cmd_init,
    "demo": cmd_demo,
    "calendar": cmd_calendar,
    "import": cmd_import,
    "receipt": cmd_receipt,
    "letter": cmd_letter,
    "report": cmd_report,
    "office": cmd_office,
    "audit": cmd_audit,
    "user": cmd_user,
    "complainant": cmd_complainant,
    "retention": cmd_retention,
    "self-test": cmd_self_test,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "outbox": lambda args: _outbox(args),
    "lapor": cmd_lapor,
    "tenggat": lambda args: _steps_command(args),  # issue 12 (cli_steps)
    "survei": lambda args: _steps_command(args),
}


def _steps_command(args: argparse.Namespace) -> int:
    from pengaduan_desktop.cli_steps import cmd_steps, cmd_survey

    return (cmd_steps if args.command == "tenggat" else cmd_survey)(args, _engine)
