#!/usr/bin/env bash
# The issue's "done": on a clean Debian 12 with no Python, the .deb installs and `pengaduan
# self-test` passes. Makes a minimal Debian (debootstrap --variant=minbase) in a temporary
# folder, installs dist/pengaduan-desktop_*.deb there with apt-get (which fetches its
# dependencies), and runs the self-test, a receipt and a backup inside it. As root, with the
# Debian mirror reachable; about 4 minutes, so CI does not run it (installer/test-bundle.sh
# checks the dependencies with installer/check-deb-depends.sh instead). Run it by hand after
# installer/build-bundle.sh.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
deb="$(ls dist/pengaduan-desktop_*.deb 2>/dev/null | tail -n 1)"
[ -n "$deb" ] || { log "no .deb: run installer/build-bundle.sh first"; exit 1; }
[ "$(id -u)" -eq 0 ] || { log "run as root (debootstrap and chroot)"; exit 1; }
ensure_debs debootstrap
suite="${SUITE:-bookworm}"
root="$(mktemp -d /tmp/pengaduan-clean.XXXXXX)"
chmod 0755 "$root"  # apt downloads as the _apt user
cleanup() { umount "$root/proc" 2>/dev/null || true; rm -rf "$root"; }
trap cleanup EXIT
log "a minimal Debian $suite in $root"
debootstrap --variant=minbase "$suite" "$root" http://deb.debian.org/debian >"$root.log" 2>&1 ||
  { tail -n 20 "$root.log" >&2; exit 1; }
rm -f "$root.log"
cp "$deb" "$root/tmp/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
chroot "$root" /usr/bin/env -i PATH=/usr/bin:/bin HOME=/root LANG=C.UTF-8 /bin/sh -euc '
  if command -v python3 >/dev/null; then echo "python3 is there: not a clean machine"; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends /tmp/'"$(basename "$deb")"' >/dev/null
  mkdir -p /tmp/home && export HOME=/tmp/home
  pengaduan self-test
  D=sqlite:////tmp/home/demo.db
  pengaduan --db $D demo --count 20 2>/dev/null
  PENGADUAN_NEW_PASSWORD=sandi-uji-0001 pengaduan --db $D user add "Andi Pratama" --role administrator
  PENGADUAN_PASSWORD=sandi-uji-0001 PENGADUAN_NEW_PASSWORD=sandi-uji-0002 pengaduan --db $D \
    --user andi.pratama user add "Budi Santoso" --role pengelola --nip 199001012015031001
  PENGADUAN_PASSWORD=sandi-uji-0002 pengaduan --db $D --user budi.santoso \
    receipt "ADU-$(date +%Y)-000001" -o /tmp/home/tanda-bukti.pdf
  PENGADUAN_PASSWORD=sandi-uji-0001 pengaduan --db $D --user andi.pratama backup -o /tmp/home/c.zip
'
log "clean Debian $suite: the .deb installed, self-test, receipt and backup passed"
