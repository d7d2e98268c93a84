"""`pengaduan complainant export|erase` and `pengaduan retention`, run as a separate program."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from tests.e2e.test_cli import GOOD_ROW, run
from tests.helpers import pdf_text

CLOSED = GOOD_ROW | {
    "name": "Yanti Lestari", "channel": "surat", "form": "tertulis", "id_type": "",
    "id_number": "", "phone": "", "address": "Jl. Merdeka 1, Pontianak", "status": "selesai",
    "closed_at": "2026-05-28T10:00:00", "result": "Hibah sudah dicairkan.",
}  # fmt: skip


def test_export_and_erase_one_complainant(db_url: str, tmp_path: Path) -> None:
    source = tmp_path / "masuk.json"
    again = GOOD_ROW | {"summary": "Hibah kedua belum cair", "confidential": "ya"}
    source.write_text(json.dumps([GOOD_ROW, again, CLOSED]), encoding="utf-8")
    assert run("import", str(source), db=db_url).returncode == 0
    out = tmp_path / "keluar"
    out.mkdir()
    done = run("complainant", "export", "ADU-2026-000001", "-o", str(out), db=db_url)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("2 pengaduan ditulis ke ")
    [pdf] = out.glob("*.pdf")
    [data] = out.glob("*.json")
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600
    text = pdf_text(pdf.read_bytes())
    assert "Bong Fui Lin" in text and "Hibah kedua belum cair" in text and "Yanti" not in text
    assert len(json.loads(data.read_text("utf-8"))["complaints"]) == 2

    for bad, message in ((("complainant", "export", "Bong", "-o", str(out)), "bukan nomor"),
                         (("complainant", "export", "ADU-2026-000009", "-o", str(out)),
                          "tidak ditemukan"),
                         (("complainant", "export", "ADU-2026-000001", "-o",
                           str(tmp_path / "tidak-ada")), "folder tujuan tidak ada"),
                         (("complainant", "erase", "1234 5678 9012", "--reason", " "),
                          "alasan penghapusan wajib diisi")):  # fmt: skip
        refused = run(*bad, db=db_url)
        assert refused.returncode == 1 and len(refused.stderr.splitlines()) == 1
        assert refused.stderr.startswith("galat: ") and message in refused.stderr, refused.stderr

    erased = run("complainant", "erase", "1234 5678 9012", "--reason", "permintaan pengadu",
                 db=db_url)  # fmt: skip
    assert erased.returncode == 0, erased.stderr
    assert "2 pengaduan (ADU-2026-000001, ADU-2026-000002)" in erased.stdout
    twice = run("complainant", "erase", "ADU-2026-000002", "--reason", "lagi", db=db_url)
    assert twice.returncode == 1 and "sudah dihapus" in twice.stderr
    assert run("audit", "verify", db=db_url).returncode == 0


def test_retention_run_with_the_clock_pinned(db_url: str, tmp_path: Path) -> None:
    source = tmp_path / "masuk.json"
    source.write_text(json.dumps([GOOD_ROW, CLOSED]), encoding="utf-8")
    assert run("import", str(source), db=db_url).returncode == 0
    shown = run("retention", "show", db=db_url).stdout.strip()
    assert shown == "masa simpan data pribadi: 10 tahun"
    assert run("retention", "set", "1", db=db_url).returncode == 0
    bad = run("retention", "set", "0", db=db_url)
    assert bad.returncode == 1 and bad.stderr.startswith("galat: masa simpan harus 1 sampai")
    later = {"PENGADUAN_NOW": "2027-06-01T10:00"}
    dry = run("retention", "run", "--dry-run", db=db_url, env=later)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("1 pengadu akan dianonimkan: pengaduan yang ditutup sebelum "
                                 "Senin, 1 Juni 2026 (masa simpan 1 tahun)")  # fmt: skip
    assert run("retention", "run", db=db_url).stdout.startswith("0 pengadu dianonimkan")  # today
    done = run("retention", "run", db=db_url, env=later)
    assert done.stdout.startswith("1 pengadu dianonimkan"), done.stderr
    assert run("retention", "run", db=db_url, env=later).stdout.startswith("0 pengadu")
