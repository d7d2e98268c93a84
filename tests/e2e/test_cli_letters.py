"""`pengaduan letter`: a complaint's letter from the command line, numbered from the agenda
register the first time and the same number every time after."""

from __future__ import annotations

from pathlib import Path

from pengaduan_desktop.core.db import create_db_engine
from pengaduan_desktop.core.intake import register
from pengaduan_desktop.core.rejection import RejectionKind, reasons
from pengaduan_desktop.core.schema import init_database
from pengaduan_desktop.core.workflow import Action, Rejection, perform
from tests.e2e.test_cli import run
from tests.helpers import complaint, fill_office, pdf_text


def test_the_rejection_notice_keeps_its_number(sqlite_url: str, tmp_path: Path) -> None:
    engine = create_db_engine(sqlite_url)
    init_database(engine)
    fill_office(engine)
    cid = register(engine, complaint()).id
    reason = next(r for r in reasons(engine) if r.kind == RejectionKind.TIDAK_LENGKAP)
    perform(engine, cid, Action.REJECT, None, rejection=Rejection(reason.id, "salinan KTP"))
    engine.dispose()
    wrong = run("letter", "ADU-2026-000001", "--jenis", "tanggapan", "-o",
                str(tmp_path / "x.pdf"), db=sqlite_url)  # fmt: skip
    assert wrong.returncode == 1 and not (tmp_path / "x.pdf").exists()
    assert wrong.stderr.strip() == (
        "galat: surat tanggapan dibuat setelah pengaduan selesai dengan hasil tindak lanjut"
    )
    missing = run("letter", "ADU-2026-000042", "--jenis", "penolakan", "-o",
                  str(tmp_path / "y.pdf"), db=sqlite_url)  # fmt: skip
    assert missing.returncode == 1 and "tidak ditemukan" in missing.stderr
    folder = run("letter", "ADU-2026-000001", "--jenis", "penolakan", "-o", str(tmp_path),
                 db=sqlite_url)  # fmt: skip
    assert folder.returncode == 1 and folder.stderr.startswith("galat: ")
    for name in ("first.pdf", "again.pdf"):
        result = run("letter", "adu-2026-000001", "--jenis", "penolakan", "-o",
                     str(tmp_path / name), db=sqlite_url)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("000.8.3.4/1/TLK/BKAD-RENJA/2026 ")
        text = pdf_text((tmp_path / name).read_bytes())
        assert "Nomor : 000.8.3.4/1/TLK/BKAD-RENJA/2026" in text
        assert "Yang perlu dilengkapi : salinan KTP" in text
