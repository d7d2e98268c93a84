#!/usr/bin/env bash
# Install everything and start Pengaduan Desktop on the default SQLite database.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_debs $QT_PACKAGES
ensure_venv ""
"$ROOT/installer/translations.sh" --release  # the English catalogue (build output)
"$VENV/bin/pengaduan" init
if [ "$(uname)" = "Linux" ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
  log "no display here: checking the installation offscreen instead (pengaduan self-test)"
  log "to see the window without a display: xvfb-run $VENV/bin/pengaduan"
  exec "$VENV/bin/pengaduan" self-test
fi
exec "$VENV/bin/pengaduan" "$@"
