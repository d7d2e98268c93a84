#!/usr/bin/env bash
# The program as shipped (issue 13), run by installer/test.sh after the test suite:
#   - the desktop entry and the AppStream metadata validate;
#   - installer/build-bundle.sh builds the one-folder bundle and the .deb; the frozen
#     `pengaduan self-test` passes against a temporary data folder, and the frozen program
#     writes a receipt (fonts, QR barcode) for a demo complaint (helper processes);
#   - the .deb installs with apt-get (as root), every library it loads comes from its
#     dependencies, and the installed `pengaduan self-test` passes; then it is removed again;
#   - the Windows installer script compiles with makensis (against a stand-in folder).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
started=$SECONDS
TMP="$(mktemp -d /tmp/pengaduan-bundle.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
VERSION="$("$VENV/bin/python" -c 'import pengaduan_desktop; print(pengaduan_desktop.__version__)')"
METAINFO="installer/id.go.kalbarprov.bkad.pengaduan.metainfo.xml"

ensure_debs desktop-file-utils appstream nsis file || log "validators could not be installed"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate installer/pengaduan-desktop.desktop
  log "desktop entry: valid"
else
  log "desktop-file-validate is not installed: desktop entry not validated"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net "$METAINFO"
else
  log "appstreamcli is not installed: AppStream metadata not validated"
fi

# Like a fresh user: the database and logs go to an empty home folder, no display.
as_new_user() {  # $1: home folder, then the command
  local home="$1"; shift
  mkdir -p "$home"
  env -u DISPLAY -u WAYLAND_DISPLAY -u PENGADUAN_DB -u PENGADUAN_BACKUP_DIR HOME="$home" \
    XDG_DATA_HOME="$home/.local/share" XDG_STATE_HOME="$home/.local/state" \
    XDG_CACHE_HOME="$home/.cache" XDG_CONFIG_HOME="$home/.config" QT_QPA_PLATFORM=offscreen "$@"
}
self_test() {  # $1: the program, $2: what it is
  local home="$TMP/home-$RANDOM"
  as_new_user "$home" "$1" self-test
  [ -f "$home/.local/share/pengaduan-desktop/pengaduan.db" ] ||
    { log "$2: self-test made no database in the user's data folder"; exit 1; }
  log "$2: self-test passed (database in the user's data folder)"
}

bundle_built=0
if "$VENV/bin/python" -c "import PyInstaller" 2>/dev/null ||
   "$VENV/bin/python" -m pip install -q -e "$ROOT[bundle]" >"$TMP/pip.log" 2>&1; then
  build_started=$SECONDS
  "$ROOT/installer/build-bundle.sh"
  log "build-bundle.sh took $((SECONDS - build_started)) s"
  bundle_built=1
else
  tail -n 5 "$TMP/pip.log" >&2
  log "SKIPPED: PyInstaller could not be installed from PyPI, so no bundle and no .deb were built or tested"
fi

if [ "$bundle_built" -eq 1 ]; then
  FROZEN="$ROOT/dist/pengaduan/pengaduan"
  log "bundle: $(du -sm dist/pengaduan | cut -f1) MB (dist/pengaduan), $(du -m dist/*.deb | cut -f1) MB .deb"
  self_test "$FROZEN" "frozen bundle"
  home="$TMP/home-demo"
  db="sqlite:///$TMP/demo.db"
  as_new_user "$home" "$FROZEN" --db "$db" demo --count 3 >/dev/null
  number="$("$VENV/bin/python" -c "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
    'SELECT tracking_number FROM complaint ORDER BY id LIMIT 1').fetchone()[0])" "$TMP/demo.db")"
  # A receipt is printed by the Pejabat Pengelola Pengaduan, whom the first administrator adds.
  PENGADUAN_NEW_PASSWORD=sandi-uji-0001 as_new_user "$home" "$FROZEN" --db "$db" \
    user add "Andi Pratama" --role administrator >/dev/null
  PENGADUAN_PASSWORD=sandi-uji-0001 PENGADUAN_NEW_PASSWORD=sandi-uji-0002 \
    as_new_user "$home" "$FROZEN" --db "$db" --user andi.pratama \
    user add "Budi Santoso" --role pengelola --nip 199001012015031001 >/dev/null
  PENGADUAN_PASSWORD=sandi-uji-0002 as_new_user "$home" "$FROZEN" --db "$db" \
    --user budi.santoso receipt "$number" -o "$TMP/receipt.pdf" >/dev/null
  head -c 5 "$TMP/receipt.pdf" | grep -q '%PDF-' || { log "frozen receipt is not a PDF"; exit 1; }
  if command -v pdffonts >/dev/null 2>&1; then
    pdffonts "$TMP/receipt.pdf" | grep -q "DejaVuSans.*yes" ||
      { log "frozen receipt does not embed the DejaVu fonts"; exit 1; }
  fi
  as_new_user "$home" "$FROZEN" --db "$db" calendar list "$(date +%Y)" >"$TMP/calendar.txt"
  grep -q "libur nasional" "$TMP/calendar.txt" || { log "frozen calendar has no holidays"; exit 1; }
  log "frozen bundle: demo complaints, receipt $number and the holiday calendar work"

  deb="$(ls dist/pengaduan-desktop_"$VERSION"_*.deb)"
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    preinstalled=0
    dpkg-query -W -f='${Status}' pengaduan-desktop 2>/dev/null | grep -q "ok installed" && preinstalled=1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null
    "$ROOT/installer/check-deb-depends.sh" /opt/pengaduan-desktop pengaduan-desktop
    [ "$(readlink -f "$(command -v pengaduan)")" = /opt/pengaduan-desktop/pengaduan ] ||
      { log "pengaduan on the PATH is not the installed package's"; exit 1; }
    self_test /usr/bin/pengaduan "installed .deb"
    if [ "$preinstalled" -eq 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq pengaduan-desktop >/dev/null
    fi
  else
    log "not root: the .deb was built but not installed ($deb)"
  fi
fi

if command -v makensis >/dev/null 2>&1; then
  # The script's syntax, with every file and registry step, against a stand-in bundle.
  stand="$TMP/stand-in"
  mkdir -p "$stand/_internal"
  touch "$stand/pengaduan.exe" "$stand/pengaduan-desktop.exe" "$stand/_internal/base_library.zip"
  makensis -V2 -WX -DVERSION="$VERSION" -DBUNDLE="$stand" \
    -DOUTFILE="$TMP/pengaduan-desktop-$VERSION-installer.exe" installer/windows/pengaduan.nsi
  log "Windows installer script: compiles (makensis $(makensis -VERSION))"
else
  log "makensis is not installed: the Windows installer script was not compiled"
fi
log "bundle checks took $((SECONDS - started)) s"
