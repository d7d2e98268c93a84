"""The QApplication: names, translations, and the bug reporter."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from pengaduan_desktop import __version__
from pengaduan_desktop.assets import resources_dir
from pengaduan_desktop.ui import language


def make_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("BKAD Kalbar")
    app.setApplicationName("Pengaduan Desktop")
    app.setApplicationVersion(__version__)
    logo = resources_dir() / "icons" / "logo.png"
    if logo.exists():
        app.setWindowIcon(QIcon(str(logo)))
    install_translations(app)
    return app


def install_translations(app: QApplication) -> None:
    """The window's language (ui.language: `--lang`, else the desk's setting): in Indonesian
    our Indonesian for Qt's own strings (dialog buttons, file and print dialogs), and Qt's
    qtbase translation on top when Qt ships one; in English our catalogue and Qt's English."""
    if language.install(app, language.wanted()) != "id":
        return
    translator = QTranslator(app)
    if translator.load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(translator)
