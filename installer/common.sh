# Shared set-up for installer/run.sh and installer/test.sh (sourced, not run).
# Installs the Debian packages Qt needs when they are missing (as root, with apt-get), then a
# virtual environment in .venv with the project installed in editable mode.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

QT_PACKAGES="libegl1 libgl1 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 \
libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
libxcb-xinerama0 libxcb-xkb1 libfontconfig1 libdbus-1-3 fonts-dejavu-core libcups2"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

missing_debs() {
  local missing=""
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
  echo "$missing"
}

ensure_debs() {
  command -v dpkg-query >/dev/null 2>&1 || { log "not Debian/Ubuntu: install Qt's libraries yourself"; return 0; }
  local missing
  missing="$(missing_debs "$@")"
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      log "missing system packages:$missing (run as root to install them)"; return 0; fi
  fi
  log "installing system packages:$missing"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  log "Python 3.11 or newer is needed"; return 1
}

ensure_venv() {  # $1: pip extras, e.g. "" or "[test]"
  if [ ! -x "$VENV/bin/python" ]; then
    local py; py="$(find_python)"
    log "creating $VENV with $py"
    "$py" -m venv "$VENV" || { ensure_debs python3-venv; "$py" -m venv "$VENV"; }
  fi
  log "installing Pengaduan Desktop$1 into .venv"
  local pip_log="$VENV/pip-install.log"
  if ! { "$VENV/bin/python" -m pip install -q --upgrade pip &&
         "$VENV/bin/python" -m pip install -q -e "$ROOT$1"; } >"$pip_log" 2>&1; then
    cat "$pip_log" >&2; log "installation failed (log: $pip_log)"; return 1
  fi
  "$VENV/bin/python" -c "import pengaduan_desktop, PySide6" || { log "installation failed"; return 1; }
}
