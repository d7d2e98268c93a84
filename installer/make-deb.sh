#!/usr/bin/env bash
# Package a built bundle as a Debian package: make-deb.sh BUNDLE VERSION OUT_DIR.
# The bundle goes to /opt/pengaduan-desktop with /usr/bin/pengaduan pointing at it, beside the
# desktop entry, the AppStream metadata and the icon. It depends on the system libraries Qt
# loads (QT_PACKAGES of installer/common.sh), which the bundle does not carry.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
BUNDLE="$1"; VERSION="$2"; OUT="$3"
[ -x "$BUNDLE/pengaduan" ] || { log "no bundle at $BUNDLE (run installer/build-bundle.sh)"; exit 1; }
ARCH="$(dpkg --print-architecture)"
APPSTREAM_ID="id.go.kalbarprov.bkad.pengaduan"
DEB="$OUT/pengaduan-desktop_${VERSION}_${ARCH}.deb"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT

install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/usr/share/icons/hicolor/128x128/apps" \
  "$STAGE/usr/share/doc/pengaduan-desktop"
cp -a "$BUNDLE" "$STAGE/opt/pengaduan-desktop"
ln -s /opt/pengaduan-desktop/pengaduan "$STAGE/usr/bin/pengaduan"
install -m 0644 "$ROOT/installer/pengaduan-desktop.desktop" "$STAGE/usr/share/applications/"
install -m 0644 "$ROOT/installer/$APPSTREAM_ID.metainfo.xml" "$STAGE/usr/share/metainfo/"
install -m 0644 "$ROOT/resources/icons/logo.png" \
  "$STAGE/usr/share/icons/hicolor/128x128/apps/pengaduan-desktop.png"
install -m 0644 "$ROOT/resources/fonts/LICENSE-DejaVu.txt" \
  "$STAGE/usr/share/doc/pengaduan-desktop/LICENSE-DejaVu.txt"

# The bundle's Python and Qt were linked against this machine's C library: no older one.
glibc="$(dpkg-query -W -f='${Version}' libc6 | cut -d- -f1)"
# shellcheck disable=SC2086
depends="libc6 (>= $glibc), $(printf '%s\n' $QT_PACKAGES | paste -sd, - | sed 's/,/, /g')"
cat >"$STAGE/DEBIAN/control" <<CONTROL
Package: pengaduan-desktop
Version: $VERSION
Architecture: $ARCH
Maintainer: BKAD Provinsi Kalimantan Barat <bkad@kalbarprov.go.id>
Section: misc
Priority: optional
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Depends: $depends
Description: Pengelolaan pengaduan pelayanan publik BKAD Kalimantan Barat
 Pengaduan Desktop mencatat pengaduan, mencetak tanda bukti, memantau setiap
 pengaduan sampai selesai dalam lima hari kerja, dan menyusun laporan bulanan.
 Program ini membawa Python dan Qt sendiri (satu folder di /opt/pengaduan-desktop).
CONTROL
# The user's database and backups live in their home folder (~/.local/share/pengaduan-desktop):
# removing or upgrading the package never touches them.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$STAGE" "$DEB" >/dev/null
log "Debian package: $DEB ($(du -m "$DEB" | cut -f1) MB)"
