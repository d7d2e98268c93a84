"""Bantuan → Tentang: the program's version, the schema revision of the database in use and
which database it is (core.program_info; read off the GUI thread)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from pengaduan_desktop import __version__
from pengaduan_desktop.ui.msgbox import show_message
from pengaduan_desktop.ui.operations import Query

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.program_info import ProgramInfo


def _tr(text: str) -> str:
    return QCoreApplication.translate("AboutBox", text)


def about_text(info: ProgramInfo | None) -> str:
    lines = [
        _tr("Pengaduan Desktop versi {version}").format(
            version=info.version if info else __version__
        ),
        _tr("Pengelolaan Pengaduan Pelayanan Publik"),
        _tr("Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat"),
        "",
    ]
    if info is None:
        lines.append(_tr("Basis data: belum terhubung"))
        return "\n".join(lines)
    revision = info.schema_revision or _tr("(belum disiapkan)")
    lines += [
        _tr("Revisi skema basis data: {revision} (program ini sampai revisi {newest})").format(
            revision=revision, newest=info.newest_revision
        ),
        _tr("Basis data: {database}").format(database=info.database),
    ]
    return "\n".join(lines)


def show_about(parent: QWidget, engine: Engine | None, shown: list[QDialog]) -> None:
    """The box, once the database's revision has been read; `shown` receives it (tests)."""

    def show(info: ProgramInfo | None) -> None:
        shown.append(show_message(parent, _tr("Tentang Pengaduan Desktop"), about_text(info)))

    if engine is None:
        show(None)
        return
    from pengaduan_desktop.core.program_info import program_info

    Query(parent, lambda: program_info(engine), show).run_in_background()
