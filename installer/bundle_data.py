"""What the one-folder bundle (installer/pengaduan.spec) carries and leaves out.

Plain Python, importable without PyInstaller, so that the tests can check the lists
(tests/unit/test_bundle_spec.py). Paths inside the bundle are relative to its `_internal`
folder (`sys._MEIPASS`), which is where pengaduan_desktop.assets looks when frozen.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

PACKAGE = "pengaduan_desktop"

# The Qt modules the program uses: QtCore, QtGui, QtWidgets, QtPrintSupport (and QtDBus, which
# the xcb platform plugin links). Every other PySide6 module is left out, with its libraries.
UNUSED_QT = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDesigner",
    "QtGraphs", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets",
    "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf",
    "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
    "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg",
    "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
    "QtAxContainer", "QtCanvasPainter",
)  # fmt: skip

EXCLUDED_MODULES = [
    *(f"PySide6.{name}" for name in UNUSED_QT),
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "pytestqt",
    "mypy",
    "IPython",
    "numpy",
    "matplotlib",
    "PyInstaller",
    # Pillow's parts the program does not use (it reads the PNG or JPEG logo, nothing else):
    # AVIF and WebP codecs, text drawing (FreeType, HarfBuzz), colour management, Tk.
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingft",
    "PIL._imagingcms",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "PIL.ImageQt",
]

# holidays' translations of holiday names: only Indonesia's (ID.mo, in every language).
HOLIDAY_NAMES = "ID.mo"

# Library and plugin names (as they appear in a bundle path) that belong to the modules above
# or to features the program does not use: QML and Quick, the virtual keyboard, web engines,
# networking (TLS backends, network information), 3D, multimedia, PDF rendering by Qt (pypdfium2
# renders our previews), SVG, SQL drivers, and the Wayland compositor side.
UNUSED_BINARY_PARTS = (
    "Qt6Qml", "Qt6Quick", "Qt6VirtualKeyboard", "Qt6WebEngine", "Qt6WebChannel",
    "Qt6WebSockets", "Qt6WebView", "Qt6Network", "Qt6Pdf", "Qt6Svg", "Qt6Sql", "Qt63D",
    "Qt6Multimedia", "Qt6Charts", "Qt6DataVisualization", "Qt6Graphs", "Qt6Designer",
    "Qt6OpenGL", "Qt6Test", "Qt6ShaderTools", "Qt6Positioning", "Qt6Location",
    "Qt6Sensors", "Qt6Bluetooth", "Qt6Nfc", "Qt6SerialPort", "Qt6TextToSpeech",
    "Qt6SpatialAudio", "Qt6Help", "Qt6UiTools", "Qt6Concurrent", "Qt6Xml", "Qt6StateMachine",
    "Qt6RemoteObjects", "Qt6Scxml", "Qt6HttpServer", "Qt6WaylandCompositor",
    "Qt6LanguageServer", "Qt6QuickControls2", "Qt6LabsQml",
    "/qml/", "/plugins/tls/", "/plugins/networkinformation/", "/plugins/sqldrivers/",
    "/plugins/qmltooling/", "/plugins/virtualkeyboard/", "/plugins/multimedia/",
    "/plugins/position/", "/plugins/sceneparsers/", "/plugins/renderers/",
    "/plugins/geometryloaders/", "/plugins/designer/", "/plugins/canbus/",
    "/plugins/texttospeech/", "/plugins/webview/", "/plugins/assetimporters/",
    "/plugins/qmllint/", "/plugins/wayland-graphics-integration-server/",
    "/plugins/wayland-shell-integration/", "/plugins/wayland-decoration-client/",
    "/plugins/wayland-graphics-integration-client/", "/plugins/platforms/libqwayland",
    "/plugins/platforms/libqvnc", "/plugins/platforms/libqvkkhr", "/plugins/platforms/libqeglfs",
    "/plugins/platforms/libqlinuxfb", "/plugins/platforms/libqminimalegl",
    "/plugins/imageformats/qsvg", "/plugins/imageformats/libqsvg",
    "/plugins/imageformats/qpdf", "/plugins/imageformats/libqpdf",
    "/plugins/iconengines/", "/plugins/egldeviceintegrations/", "/plugins/platformthemes/",
    "Qt6WaylandClient", "Qt6WlShellIntegration", "Qt6EglFS", "Qt6EglFs", "/plugins/wayland-",
    "/plugins/generic/", "opengl32sw",  # Windows: the software OpenGL fallback (20 MB)
    "/plugins/platforminputcontexts/libqtvirtualkeyboard",
)  # fmt: skip

# On Linux the desktop stack comes from the distribution, like any Debian program's: X11 and
# xcb, fontconfig and FreeType, GLib, D-Bus, CUPS with its TLS and Kerberos libraries. The
# .deb depends on them (installer/make-deb.sh; installer/check-deb-depends.sh proves every
# library the bundle loads is installed by those dependencies). Only what Python's own standard
# modules link is still carried from the system folders.
SYSTEM_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
PYTHON_NEEDS = (
    "libpython", "libsqlite3.", "libssl.", "libcrypto.", "libffi.", "libz.", "libbz2.",
    "liblzma.", "libexpat.", "libuuid.", "libreadline.", "libtinfo.", "libncursesw.",
    "libmpdec.", "libcrypt.", "libgdbm", "libnsl.", "libtirpc.", "libstdc++.", "libgcc_s.",
)  # fmt: skip

# Qt's own translations: the program shows Indonesian and English only.
QT_TRANSLATION_LANGUAGES = ("id", "en")


def _unixy(name: str) -> str:
    return "/" + str(name).replace("\\", "/")


def keep_binary(name: str, source: str = "") -> bool:
    """False for a library or plugin the program does not need (by its path in the bundle),
    and for a Linux system library that the .deb's dependencies install (by its source)."""
    path = _unixy(name)
    if any(part in path for part in UNUSED_BINARY_PARTS):
        return False
    source = source.replace("\\", "/")
    if source.startswith(SYSTEM_DIRS):
        file_name = source.rsplit("/", 1)[-1]
        return file_name.startswith(PYTHON_NEEDS)
    return True


def keep_data(name: str) -> bool:
    """False for data of the left-out parts, and for Qt translations of other languages."""
    path = _unixy(name)
    if not keep_binary(name):
        return False
    if "/translations/" in path and path.endswith(".qm") and "PySide6" in path:
        stem = path.rsplit("/", 1)[-1][:-3]  # qtbase_id, qt_help_en, ...
        language = stem.rsplit("_", 1)[-1]
        return stem.startswith("qtbase_") and language in QT_TRANSLATION_LANGUAGES
    return True


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{name} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _files_under(folder: Path, dest: str, keep=lambda p: True) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and keep(path):
            found.append((str(path), str(Path(dest) / path.parent.relative_to(folder))))
    return found


def _holiday_data(path: Path) -> bool:
    if path.suffix == ".py":
        return False
    return path.suffix not in (".mo", ".po") or path.name == HOLIDAY_NAMES


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for everything that is read as a file at run time:
    fonts and icons (and any translations) under resources/, the Alembic migrations (read as
    source by Alembic and by core.db_health), every Qt translation (*.qm) anywhere in the
    package, and the holidays package's data (Indonesia's holiday names in each language)."""
    package = root / PACKAGE
    files = _files_under(root / "resources", "resources", lambda p: p.suffix != ".ts")
    files += _files_under(package / "core" / "migrations", f"{PACKAGE}/core/migrations")
    for qm in sorted(package.rglob("*.qm")):
        files.append((str(qm), str(Path(PACKAGE) / qm.parent.relative_to(package))))
    files += _files_under(_package_dir("holidays"), "holidays", _holiday_data)
    return files


def hidden_imports() -> list[str]:
    """Modules loaded by name, which PyInstaller's import scan cannot see: ReportLab's barcode
    modules (the QR code on receipts), every holidays country and financial calendar, every
    module of the program (the window imports many inside functions), and the SQLAlchemy
    dialects named by a database address."""
    from PyInstaller.utils.hooks import collect_submodules

    ours = collect_submodules(PACKAGE, filter=lambda name: ".migrations" not in name)
    return [
        *ours,
        *collect_submodules("reportlab.graphics.barcode"),
        *collect_submodules("holidays"),
        "sqlalchemy.dialects.sqlite",
        "sqlalchemy.dialects.sqlite.pysqlite",
        "sqlalchemy.dialects.postgresql",
        "sqlalchemy.dialects.postgresql.psycopg",
        "psycopg_binary",
        "alembic.runtime.migration",
        "alembic.ddl.sqlite",
        "alembic.ddl.postgresql",
        "tzdata",
        "_rl_accel",
    ]
