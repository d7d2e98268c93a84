"""What Bantuan → Tentang says about the program and its database, and the refusal of a
database from a newer program, which names both versions."""

import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from pengaduan_desktop import __version__
from pengaduan_desktop.core.db import SchemaTooNew
from pengaduan_desktop.core.db_health import require_known
from pengaduan_desktop.core.program_info import database_label, program_info
from pengaduan_desktop.core.schema import SCHEMA_HEAD


@pytest.mark.parametrize(
    ("url", "label"),
    [("sqlite:////data/bkad/pengaduan.db", "/data/bkad/pengaduan.db"),
     ("postgresql+psycopg://pengaduan:Rahasia!9@db.bkad.lan:5433/pengaduan",
      "PostgreSQL pengaduan di db.bkad.lan:5433 (pengguna pengaduan)"),
     ("postgresql+psycopg://postgres:r4hasia@/bench?host=/run/pg&port=25433",
      "PostgreSQL bench di /run/pg:25433 (pengguna postgres)"),
     ("postgresql+psycopg:///pengaduan", "PostgreSQL pengaduan di localhost:5432")],
)  # fmt: skip
def test_the_database_is_named_without_its_password(url: str, label: str) -> None:
    assert database_label(make_url(url)) == label


def test_program_info_reads_the_database_s_revision(engine: Engine) -> None:
    info = program_info(engine)
    assert (info.version, info.schema_revision, info.newest_revision) == (
        __version__, SCHEMA_HEAD, SCHEMA_HEAD)  # fmt: skip
    assert info.database == database_label(engine.url)
    if engine.url.password:
        assert str(engine.url.password) not in info.database


def test_a_newer_schema_is_refused_naming_both_versions() -> None:
    with pytest.raises(SchemaTooNew) as refused:
        require_known("0099", "/data/pengaduan.db")
    message = str(refused.value)
    assert "revisi skema 0099" in message
    assert f"program ini versi {__version__} hanya mengenal sampai revisi skema {SCHEMA_HEAD}" in (
        message
    )
    assert "basis data tidak diubah" in message and "\n" not in message
