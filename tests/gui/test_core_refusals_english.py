"""Core's refusals that reach the window by other roads than show_error read English in the
English window: the letter-numbering clash, a damaged or too-new database file, a refused
SP4N-LAPOR! file (its summary and every line of its details)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from pengaduan_desktop.core.agenda import LetterKind
from pengaduan_desktop.core.db import DatabaseDamaged, SchemaTooNew
from pengaduan_desktop.ui.backup_actions import UnusableDialog
from pengaduan_desktop.ui.lapor_actions import _refused
from pengaduan_desktop.ui.main_window import MainWindow
from tests.gui.test_office_dialog import ready


def test_the_numbering_clash_reads_english(qtbot, english: None, admin_window: MainWindow) -> None:
    dialog = ready(qtbot, admin_window.edit_series())
    response, rejection = dialog.rows[LetterKind.TANGGAPAN], dialog.rows[LetterKind.PENOLAKAN]
    rejection.klasifikasi.setText(response.klasifikasi.text())
    rejection.pattern.setText(response.pattern.text())
    dialog.save()
    assert dialog.clash.isVisible()
    assert dialog.clash.text().startswith("Response letter and Rejection notice would get")
    dialog.reject()


def test_an_unusable_database_reads_english(qtbot, english: None, window: MainWindow) -> None:
    for exc, start in (
        (DatabaseDamaged("db.damaged", file="/data/p.db", why=""), "The database file /data/p"),
        (SchemaTooNew("db.too_new", file="p.db", revision="0099", version="9", head="0016"),
         "The database p.db was upgraded by a newer version"),
    ):  # fmt: skip
        dialog = UnusableDialog(window, str(exc))
        qtbot.addWidget(dialog)
        assert any(label.text().startswith(start) for label in dialog.findChildren(QLabel)), start
        dialog.close()


def test_a_refused_lapor_file_reads_english(
    qtbot, english: None, window: MainWindow, tmp_path: Path
) -> None:
    from pengaduan_desktop.core.importer import ImportFailed
    from pengaduan_desktop.core.lapor_import import import_lapor

    empty = tmp_path / "lapor.csv"
    empty.write_text("", encoding="utf-8")
    try:
        import_lapor(window.engine, empty, None)
    except ImportFailed as exc:
        assert str(exc.summary) == "berkas kosong: baris judul kolom tidak ada"  # the CLI's
        box = _refused(window, exc)
    else:
        raise AssertionError("an empty file was imported")
    assert box is not None
    assert box.text() == "The file is empty: there is no row of column headings"
    assert box.detailedText() == "the file is empty: there is no row of column headings"
    box.close()
