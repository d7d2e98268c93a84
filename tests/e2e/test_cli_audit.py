"""`pengaduan audit verify` and `audit export`, run as a separate program."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import text

from pengaduan_desktop.core.db import create_db_engine
from tests.e2e.test_cli import GOOD_ROW, run


def test_verify_finds_a_direct_edit_and_export_writes_csv(db_url: str, tmp_path: Path) -> None:
    source = tmp_path / "masuk.json"
    rows = [GOOD_ROW, GOOD_ROW | {"name": "Tan", "summary": "Lain"}]
    source.write_text(json.dumps(rows), encoding="utf-8")
    assert run("import", str(source), db=db_url).returncode == 0
    intact = run("audit", "verify", db=db_url)
    assert intact.returncode == 0, intact.stderr
    # created, the account, its sign-in, imported
    assert intact.stdout.splitlines()[0] == "jejak audit utuh: 4 entri"

    out = tmp_path / "jejak.csv"
    done = run("audit", "export", "-o", str(out), "--aksi", "Impor", "--dari", "2026-11-29",
               "--sampai", "2026-11-29", db=db_url)  # fmt: skip
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    assert rows[0]["Aksi"] == "Impor" and rows[0]["Subjek"] == "file:masuk.json"
    assert json.loads(rows[0]["Rincian"])["jumlah"] == 2
    assert rows[0]["Waktu (WIB)"].startswith("2026-11-29 10:00")
    none = run("audit", "export", "-o", str(out), "--sampai", "2026-11-28", db=db_url)
    assert none.returncode == 0 and "0 entri" in none.stdout

    engine = create_db_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_entry SET detail = '{}' WHERE action = 'import'"))
    engine.dispose()
    broken = run("audit", "verify", db=db_url)
    assert broken.returncode == 1
    lines = broken.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("galat: entri #") and "diubah" in lines[0]


def test_export_refuses_bad_input(sqlite_url: str, tmp_path: Path) -> None:
    bad_date = run("audit", "export", "-o", str(tmp_path / "a.csv"), "--dari", "29-11-2026",
                   db=sqlite_url)  # fmt: skip
    assert bad_date.returncode == 1 and bad_date.stderr.startswith("galat: tanggal tidak valid")
    bad_action = run("audit", "export", "-o", str(tmp_path / "a.csv"), "--aksi", "hapus",
                     db=sqlite_url)  # fmt: skip
    assert bad_action.returncode == 1
    assert bad_action.stderr.startswith("galat: aksi tidak dikenal")
    no_folder = run("audit", "export", "-o", str(tmp_path / "tidak-ada" / "a.csv"), db=sqlite_url)
    assert no_folder.returncode == 1 and no_folder.stderr.startswith("galat: folder tujuan")
