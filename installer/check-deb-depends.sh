#!/usr/bin/env bash
# After `apt-get install ./pengaduan-desktop_*.deb`: every library the installed bundle loads is
# either inside the bundle or installed by the package's dependencies (recursively), so that
# the package installs and runs on a clean machine. Prints what is missing; exit 1 if any.
set -euo pipefail
PREFIX="${1:-/opt/pengaduan-desktop}"
PACKAGE="${2:-pengaduan-desktop}"
internal="$PREFIX/_internal"
export LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib:$internal/PySide6"

mapfile -t elves < <(find "$PREFIX" -type f \( -name '*.so*' -o -perm -u+x \) -print0 |
  xargs -0 file -N | awk -F': ' '/ELF/ {print $1}')
outside="$(for f in "${elves[@]}"; do ldd "$f" 2>/dev/null || true; done |
  awk '/not found/ {print "MISSING " $1; next} $3 ~ /^\// {print $3}' | sort -u |
  grep -v "^$internal/" || true)"
if grep -q '^MISSING' <<<"$outside"; then
  echo "libraries found nowhere:" >&2; grep '^MISSING' <<<"$outside" >&2; exit 1
fi

# The packages that own those libraries, and those the .deb brings in.
found="$(for lib in $outside; do printf '*/%s\n' "$(basename "$lib")"; done |
  xargs -d '\n' dpkg -S 2>&1 || true)"
if grep -q "no path found" <<<"$found"; then
  echo "libraries that no installed package owns:" >&2; grep "no path found" <<<"$found" >&2; exit 1
fi
owners="$(cut -d: -f1 <<<"$found" | tr ',' '\n' | tr -d ' ' | sort -u)"
closure="$(apt-cache depends --recurse --installed --no-recommends --no-suggests \
  --no-conflicts --no-breaks --no-replaces --no-enhances "$PACKAGE" 2>/dev/null |
  grep -v '^ ' | sed 's/:.*//; s/[<>]//g' | sort -u)"
unlisted="$(comm -23 <(echo "$owners") <(echo "$closure"))"
if [ -n "$unlisted" ]; then
  echo "the bundle loads libraries of packages that $PACKAGE does not depend on:" >&2
  echo "$unlisted" >&2
  exit 1
fi
echo "$(wc -w <<<"$outside") system libraries, all from $(wc -w <<<"$owners") packages that $PACKAGE brings in"
