"""`pengaduan tenggat` and `pengaduan survei`, run as a separate program."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_cli import _READY, GOOD_ROW, run
from tests.helpers import PASSWORD, account_at, fill_office_at, pdf_text

CLOSED = GOOD_ROW | {"status": "selesai", "closed_at": "2026-05-28T10:00:00",
                     "result": "Hibah sudah dicairkan."}  # fmt: skip


def as_user(role: str, *args: str, db: str):  # type: ignore[no-untyped-def]
    if (db, role) not in _READY:
        account_at(db, role)
        _READY.add((db, role))
    return run("--user", role, *args, db=db, env={"PENGADUAN_PASSWORD": PASSWORD})


def test_the_days_of_each_step(db_url: str) -> None:
    shown = run("tenggat", "show", db=db_url)
    assert shown.stdout.strip() == "verifikasi: 3 hari kerja; balasan unit: 3 hari kerja"
    changed = as_user("admin", "tenggat", "set", "--verifikasi", "2", "--balasan", "4", db=db_url)
    assert changed.returncode == 0, changed.stderr
    assert "verifikasi: 2 hari kerja; balasan unit: 4 hari kerja" in changed.stdout
    refused = as_user("admin", "tenggat", "set", "--verifikasi", "0", "--balasan", "4", db=db_url)
    assert refused.returncode == 1
    assert refused.stderr.strip() == "galat: batas waktu tahap harus 1 sampai 30 hari kerja"


def test_the_survey_of_a_closed_complaint(db_url: str, tmp_path: Path) -> None:
    fill_office_at(db_url)
    source = tmp_path / "masuk.json"
    source.write_text(json.dumps([CLOSED, GOOD_ROW]), encoding="utf-8")
    assert run("import", str(source), "--allow-duplicates", db=db_url).returncode == 0
    form = tmp_path / "skm.pdf"
    written = run("survei", "formulir", "ADU-2026-000001", "-o", str(form), db=db_url)
    assert written.returncode == 0, written.stderr
    assert "FORMULIR SURVEI KEPUASAN MASYARAKAT" in pdf_text(form.read_bytes())
    answers = ("--jawaban", "4,4,3,4,3,4,4,3,3", "--tanggal", "2026-06-01", "--formulir")
    done = as_user("pengelola", "survei", "isi", "ADU-2026-000001", *answers, db=db_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "survei ADU-2026-000001 dicatat: nilai IKM 88,89 (A)"
    for bad, message in ((("ADU-2026-000002", "4,4,4,4,4,4,4,4,4"), "setelah pengaduan selesai"),
                         (("ADU-2026-000001", "4,4,4,4,4,4,4,4,4"), "sudah dicatat"),
                         (("ADU-2026-000001", "4,4,x"), "angka 1 sampai 4")):  # fmt: skip
        refused = as_user("pengelola", "survei", "isi", bad[0], "--jawaban", bad[1], db=db_url)
        assert refused.returncode == 1 and len(refused.stderr.splitlines()) == 1
        assert refused.stderr.startswith("galat: ") and message in refused.stderr
