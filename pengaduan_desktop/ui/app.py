"""The QApplication: names, translations, and the bug reporter."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from pengaduan_desktop import __version__
from pengaduan_desktop.assets import resources_dir
from pengaduan_desktop.ui.qt_strings import QtStringsIndonesian


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
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    install_translations(app)
    return app


def install_translations(app: QApplication) -> None:
    """Qt's own strings (dialog buttons, file and print dialogs) in Indonesian: ours, and Qt's
    qtbase translation on top when Qt ships one."""
    app.installTranslator(QtStringsIndonesian(app))
    translator = QTranslator(app)
    if translator.load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(translator)
