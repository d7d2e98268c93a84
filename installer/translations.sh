#!/usr/bin/env bash
# Translations: gather every tr()/translate() string of the window and the forms into the Qt
# Linguist source resources/i18n/pengaduan_en.ts (existing translations are kept), then build the
# binary resources/i18n/pengaduan_en.qm that the program loads (build output: not committed).
#   installer/translations.sh           update the .ts from the code, then build the .qm
#   installer/translations.sh --release build the .qm only (what run.sh, test.sh and the bundle do)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
bin() { if [ -x "$VENV/bin/$1" ]; then echo "$VENV/bin/$1"; else command -v "$1"; fi; }
TS=resources/i18n/pengaduan_en.ts
if [ "${1:-}" != "--release" ]; then
  mapfile -t sources < <(find pengaduan_desktop -name '*.py' -not -path '*/generated/*' | sort; ls forms/*.ui)
  "$(bin pyside6-lupdate)" -locations none -no-obsolete -disable-heuristic sametext -disable-heuristic similartext -source-language id_ID -target-language en_GB "${sources[@]}" -ts "$TS" >/dev/null
fi
# A window already running has the .qm mapped in memory: writing over it in place would take
# its translation away mid-session (it fell back to Indonesian). The new file is written
# beside it and renamed over it, so a running window keeps the file it opened.
QM=${TS%.ts}.qm
if [ -f "$QM" ] && [ "$QM" -nt "$TS" ]; then
  exit 0  # built from this .ts already
fi
"$(bin pyside6-lrelease)" -silent -nounfinished "$TS" -qm "$QM.new"
mv -f "$QM.new" "$QM"
