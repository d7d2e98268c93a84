#!/usr/bin/env bash
# Build Pengaduan Desktop as a program that needs no Python: the one-folder bundle
# dist/pengaduan/ (PyInstaller, installer/pengaduan.spec), then on Linux the Debian package
# dist/pengaduan-desktop_<version>_<arch>.deb, on Windows (Git Bash, with NSIS on the PATH) the
# installer dist/pengaduan-desktop-<version>-setup.exe. Prints the bundle's size.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

[ -x "$VENV/bin/python" ] || [ -x "$VENV/Scripts/python.exe" ] || ensure_venv ""
PY="$VENV/bin/python"; [ -x "$PY" ] || PY="$VENV/Scripts/python.exe"
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  log "installing PyInstaller (the [bundle] extra)"
  "$PY" -m pip install -q -e "$ROOT[bundle]"
fi

VENV="$VENV" "$ROOT/installer/translations.sh" --release  # resources/i18n/*.qm, bundled
log "PyInstaller: dist/pengaduan/"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" installer/pengaduan.spec
VERSION="$("$PY" -c 'import pengaduan_desktop; print(pengaduan_desktop.__version__)')"
log "bundle: $(du -sm dist/pengaduan | cut -f1) MB in dist/pengaduan (version $VERSION)"

case "$(uname -s)" in
  Linux)
    if command -v dpkg-deb >/dev/null 2>&1; then
      "$ROOT/installer/make-deb.sh" "$ROOT/dist/pengaduan" "$VERSION" "$ROOT/dist"
    else
      log "dpkg-deb is not installed: no .deb"
    fi ;;
  MINGW*|MSYS*|CYGWIN*)
    makensis -V2 -DVERSION="$VERSION" -DBUNDLE="$(cygpath -w "$ROOT/dist/pengaduan")" \
      -DOUTFILE="$(cygpath -w "$ROOT/dist/pengaduan-desktop-$VERSION-setup.exe")" \
      installer/windows/pengaduan.nsi
    log "installer: dist/pengaduan-desktop-$VERSION-setup.exe" ;;
esac
