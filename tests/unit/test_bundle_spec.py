"""What the PyInstaller bundle carries (installer/bundle_data.py, read by
installer/pengaduan.spec), and the Linux and Windows metadata beside it. The bundle itself is
built and run by installer/test-bundle.sh (frozen self-test, .deb, makensis)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from pengaduan_desktop import __version__
from pengaduan_desktop.core import backup_rotation
from pengaduan_desktop.core.schema import SCHEMA_HEAD

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
METAINFO = INSTALLER / "id.go.kalbarprov.bkad.pengaduan.metainfo.xml"
DESKTOP = INSTALLER / "pengaduan-desktop.desktop"
NSIS = INSTALLER / "windows" / "pengaduan.nsi"


def bundle_data():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bundle_data", INSTALLER / "bundle_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def destinations(files: list[tuple[str, str]]) -> set[str]:
    return {f"{folder}/{Path(source).name}" for source, folder in files}


def test_the_bundle_carries_fonts_icons_migrations_and_holiday_names() -> None:
    carried = destinations(bundle_data().data_files(ROOT))
    assert {"resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf",
            "resources/icons/logo.png", "resources/i18n/pengaduan_en.qm"} <= carried  # fmt: skip
    assert not any(d.endswith(".ts") for d in carried)  # the translators' source stays home
    migrations = "pengaduan_desktop/core/migrations"
    assert {f"{migrations}/env.py", f"{migrations}/script.py.mako"} <= carried
    versions = {p.name for p in (ROOT / migrations / "versions").glob("*.py")}
    assert {f"{migrations}/versions/{name}" for name in versions} <= carried
    assert any(name.startswith(f"{SCHEMA_HEAD}_") for name in versions)
    assert "holidays/locale/id/LC_MESSAGES/ID.mo" in carried
    assert "holidays/locale/en_US/LC_MESSAGES/ID.mo" in carried
    assert not any(d.endswith(("/DE.mo", "/US.mo", ".po")) for d in carried)  # other countries
    assert not any(d.startswith("holidays/") and d.endswith(".py") for d in carried)
    assert not any("__pycache__" in d for d in carried)


def test_every_qt_translation_in_the_package_is_carried(tmp_path: Path) -> None:
    """The .qm files another part of the program adds later come along without a spec edit."""
    for folder in ("resources/fonts", "pengaduan_desktop/core/migrations/versions",
                   "pengaduan_desktop/ui/translations"):  # fmt: skip
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "resources/fonts/DejaVuSans.ttf").write_bytes(b"font")
    (tmp_path / "pengaduan_desktop/ui/translations/pengaduan_en.qm").write_bytes(b"qm")
    (tmp_path / "pengaduan_desktop/core/messages_en.qm").write_bytes(b"qm")
    carried = destinations(bundle_data().data_files(tmp_path))
    assert "pengaduan_desktop/ui/translations/pengaduan_en.qm" in carried
    assert "pengaduan_desktop/core/messages_en.qm" in carried


def test_qt_modules_the_program_does_not_use_are_left_out() -> None:
    data = bundle_data()
    qt = "PySide6/Qt/lib/"
    for used in ("libQt6Core.so.6", "libQt6Gui.so.6", "libQt6Widgets.so.6",
                 "libQt6PrintSupport.so.6", "libQt6DBus.so.6", "libQt6XcbQpa.so.6",
                 "libicudata.so.73"):  # fmt: skip
        assert data.keep_binary(qt + used), used
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so",
                   "platforms/qwindows.dll", "printsupport/libcupsprintersupport.so",
                   "imageformats/libqjpeg.so"):  # fmt: skip
        assert data.keep_binary(f"PySide6/Qt/plugins/{plugin}"), plugin
    for unused in ("libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Network.so.6",
                   "libQt6VirtualKeyboard.so.6", "libQt6Pdf.so.6", "libQt6WaylandClient.so.6",
                   "libQt6EglFsKmsSupport.so.6"):  # fmt: skip
        assert not data.keep_binary(qt + unused), unused
    assert not data.keep_binary("PySide6\\Qt6Qml.dll")  # Windows paths too
    assert not data.keep_binary("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert not data.keep_binary("PySide6/Qt/plugins/tls/libqopensslbackend.so")
    for module in ("QtQml", "QtQuick", "QtNetwork", "QtWebEngineCore", "QtSql"):
        assert f"PySide6.{module}" in data.EXCLUDED_MODULES
    for module in ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtDBus"):
        assert f"PySide6.{module}" not in data.EXCLUDED_MODULES
    assert not any(f"Qt6{m}" in p for m in ("Core", "Gui", "Widgets", "PrintSupport", "DBus")
                   for p in data.UNUSED_BINARY_PARTS)  # fmt: skip


def test_system_libraries_come_from_the_deb_except_python_s_own() -> None:
    data = bundle_data()
    lib = "/usr/lib/x86_64-linux-gnu/"
    for desktop in ("libX11.so.6", "libxcb-cursor.so.0", "libcups.so.2", "libglib-2.0.so.0",
                    "libfontconfig.so.1", "libdbus-1.so.3"):  # fmt: skip
        assert not data.keep_binary(desktop, lib + desktop), desktop
    for python_s in ("libssl.so.3", "libcrypto.so.3", "libsqlite3.so.0", "libffi.so.8"):
        assert data.keep_binary(python_s, lib + python_s), python_s
    # A wheel's own copy (Pillow's, psycopg's) stays, wherever the name.
    wheel = "/venv/lib/python3.11/site-packages/pillow.libs/libfreetype-57f805ba.so.6.20.6"
    assert data.keep_binary("pillow.libs/libfreetype-57f805ba.so.6.20.6", wheel)


def test_only_indonesian_and_english_qt_translations() -> None:
    data = bundle_data()
    folder = "PySide6/Qt/translations/"
    assert data.keep_data(folder + "qtbase_id.qm") and data.keep_data(folder + "qtbase_en.qm")
    assert not data.keep_data(folder + "qtbase_de.qm")
    assert not data.keep_data(folder + "qt_help_id.qm")
    assert data.keep_data("pengaduan_desktop/ui/translations/pengaduan_en.qm")


def test_the_spec_builds_the_frozen_entry_with_the_program_s_version() -> None:
    spec = (INSTALLER / "pengaduan.spec").read_text(encoding="utf-8")
    assert "from pengaduan_desktop import __version__" in spec
    assert "frozen_main.py" in spec and "keep_binary(entry[0], entry[1])" in spec
    assert "multiprocessing.freeze_support()" in (INSTALLER / "frozen_main.py").read_text()
    assert '"pyinstaller' in (ROOT / "pyproject.toml").read_text()  # the [bundle] extra


def test_appstream_metadata_matches_the_desktop_entry_and_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert component.findtext("launchable") == DESKTOP.name
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == __version__
    assert "Exec=pengaduan\n" in DESKTOP.read_text(encoding="utf-8")


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream is not installed")
def test_the_appstream_metadata_validates() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_windows_installer_opens_backups_without_taking_zip() -> None:
    text = NSIS.read_text(encoding="utf-8")
    script = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(";"))
    # The automatic copies are plain ZIP files: the program is added to Open with, only.
    assert backup_rotation.copy_name(date(2026, 11, 28)).endswith(".zip")
    assert r'"Software\Classes\.zip\OpenWithProgids" "${BACKUP_PROGID}"' in script
    assert not re.search(r'Classes\\\.zip"\s+""', script)  # .zip's default is not rewritten
    assert '--open-backup "%1"' in script
    # Uninstall and upgrade touch the install folder only, never the user's data folder.
    assert "LOCALAPPDATA" not in script and "$PROFILE" not in script
    assert 'RMDir /r "$INSTDIR"' not in script
    for part in ("CreateShortcut \"$DESKTOP\\", "CreateShortcut \"$SMPROGRAMS\\",
                 "WriteUninstaller", 'Section "Uninstall"'):  # fmt: skip
        assert part in script
