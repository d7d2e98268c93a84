"""Bantuan → Tentang: the program's version, the schema revision of the database in use and
which database it is (core.program_info; read off the GUI thread)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from pengaduan_desktop import __version__
from pengaduan_desktop.ui.msgbox import show_message
from pengaduan_desktop.ui.operations import Query

translate = QCoreApplication.translate  # lupdate reads translate("Context", "...")

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pengaduan_desktop.core.program_info import ProgramInfo


def about_text(info: ProgramInfo | None) -> str:
    lines = [
        translate("AboutBox", "Pengaduan Desktop versi {version}").format(
            version=info.version if info else __version__
        ),
        translate("AboutBox", "Pengelolaan Pengaduan Pelayanan Publik"),
        translate("AboutBox", "Badan Keuangan dan Aset Daerah Provinsi Kalimantan Barat"),
        "",
    ]
    if info is None:
        lines.append(translate("AboutBox", "Basis data: belum terhubung"))
        return "\n".join(lines)
    revision = info.schema_revision or translate("AboutBox", "(belum disiapkan)")
    lines += [
        translate(
            "AboutBox", "Revisi skema basis data: {revision} (program ini sampai revisi {newest})"
        ).format(revision=revision, newest=info.newest_revision),
        translate("AboutBox", "Basis data: {database}").format(database=info.database),
    ]
    return "\n".join(lines)


def show_about(parent: QWidget, engine: Engine | None, shown: list[QDialog]) -> None:
    """The box, once the database's revision has been read; `shown` receives it (tests)."""

    def show(info: ProgramInfo | None) -> None:
        shown.append(
            show_message(
                parent, translate("AboutBox", "Tentang Pengaduan Desktop"), about_text(info)
            )
        )

    if engine is None:
        show(None)
        return
    from pengaduan_desktop.core.program_info import program_info

    Query(parent, lambda: program_info(engine), show).run_in_background()
