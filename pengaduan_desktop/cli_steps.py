"""`pengaduan tenggat show|set` (the working days of each step, core.step_deadlines) and
`pengaduan survei isi|formulir` (the Survei Kepuasan Masyarakat of a closed complaint,
core.survey)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from pengaduan_desktop.cli_users import acting

EngineFor = Callable[[argparse.Namespace], Any]


def steps_parsers(add: Callable[[str, str], argparse.ArgumentParser]) -> None:
    steps = add("tenggat", "batas waktu per tahap: verifikasi dan balasan unit kerja")
    steps_sub = steps.add_subparsers(dest="steps_command", metavar="PERINTAH", required=True)
    steps_sub.add_parser("show", help="tampilkan hari kerja setiap tahap")
    set_ = steps_sub.add_parser("set", help="ubah hari kerja setiap tahap")
    set_.add_argument("--verifikasi", type=int, required=True, metavar="HARI")
    set_.add_argument("--balasan", type=int, required=True, metavar="HARI",
                      help="bawaan untuk disposisi berikutnya")  # fmt: skip
    survey = add("survei", "Survei Kepuasan Masyarakat pengaduan yang sudah selesai")
    survey_sub = survey.add_subparsers(dest="survey_command", metavar="PERINTAH", required=True)
    answer = survey_sub.add_parser("isi", help="catat jawaban pengadu untuk sembilan unsur")
    answer.add_argument("number", metavar="NOMOR")
    answer.add_argument("--jawaban", required=True, metavar="U1,...,U9",
                        help="sembilan nilai 1 sampai 4, dipisah koma")  # fmt: skip
    answer.add_argument("--tanggal", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="tanggal pengisian (bawaan: hari ini)")  # fmt: skip
    answer.add_argument("--formulir", action="store_true",
                        help="jawaban diketik dari formulir tercetak")  # fmt: skip
    form = survey_sub.add_parser("formulir", help="tulis formulir SKM satu halaman (PDF)")
    form.add_argument("number", metavar="NOMOR")
    form.add_argument("-o", "--output", type=Path, required=True, metavar="BERKAS")
    for p in (*steps_sub.choices.values(), answer, form):
        p.add_argument("--db", default=argparse.SUPPRESS, metavar="URL", help="alamat basis data")
        p.add_argument("--user", default=argparse.SUPPRESS, metavar="NAMA",
                       help="pengguna yang bertindak")  # fmt: skip


def cmd_steps(args: argparse.Namespace, engine_for: EngineFor) -> int:
    from pengaduan_desktop.core.step_deadlines import read_step_days, set_step_days

    engine = engine_for(args)
    if args.steps_command == "set":
        set_step_days(engine, args.verifikasi, args.balasan, acting(args, engine))
    days = read_step_days(engine)
    print(f"verifikasi: {days.verification} hari kerja; balasan unit: {days.reply} hari kerja")
    return 0


def _answers(text: str) -> list[int]:
    from pengaduan_desktop.core.errors import InvalidValue

    try:
        return [int(part) for part in text.split(",")]
    except ValueError:
        raise InvalidValue("jawaban survei harus angka 1 sampai 4, dipisah koma") from None


def cmd_survey(args: argparse.Namespace, engine_for: EngineFor) -> int:
    from pengaduan_desktop.core.clock import today
    from pengaduan_desktop.core.files import write_atomic
    from pengaduan_desktop.core.letters import complaint_id
    from pengaduan_desktop.core.survey import Source, index, record_survey

    engine = engine_for(args)
    cid = complaint_id(engine, args.number)
    if args.survey_command == "formulir":
        from pengaduan_desktop.core.office_setup import require_official
        from pengaduan_desktop.services.survey_form import survey_form_pdf

        require_official(engine)  # an official document: the letterhead must be real
        write_atomic(args.output, survey_form_pdf(engine, cid, None))
        print(args.output)
        return 0
    answers = _answers(args.jawaban)
    source = Source.FORM if args.formulir else Source.DIRECT
    record_survey(engine, cid, answers, args.tanggal or today(), source, acting(args, engine))
    result = index([answers])
    assert result is not None
    ikm = f"{result.ikm:.2f}".replace(".", ",")
    print(f"survei {args.number} dicatat: nilai IKM {ikm} ({result.category.letter})")
    return 0
