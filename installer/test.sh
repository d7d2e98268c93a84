#!/usr/bin/env bash
# Install what the tests need (Qt libraries, Xvfb, poppler, PostgreSQL, CUPS with the cups-pdf
# virtual printer) and run lint, types and the whole test suite on SQLite and on a throw-away
# PostgreSQL server, printing through a real CUPS queue.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
ensure_debs $QT_PACKAGES xvfb poppler-utils postgresql cups printer-driver-cups-pdf faketime
ensure_venv "[test]"
"$ROOT/installer/translations.sh" --release  # the English catalogue (build output)
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen

log "ruff (lint and format) and mypy (core)"
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/mypy"

PG_DIR=""
PG_CTL_AS=()
start_pg() {
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$PG_BIN" ]; then log "PostgreSQL is not installed: its tests will be skipped"; return 0; fi
  PG_DIR="$(mktemp -d /tmp/pengaduan-pg.XXXXXX)"
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; as=(runuser -u postgres --); fi
  PG_PORT=$((20000 + RANDOM % 20000))
  "${as[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 >/dev/null
  "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses='' -c fsync=off" start >/dev/null
  PG_CTL_AS=("${as[@]}")
  export PENGADUAN_TEST_PG="postgresql+psycopg://postgres@/postgres?host=$PG_DIR&port=$PG_PORT"
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on $PG_DIR:$PG_PORT"
}
stop_pg() {
  [ -n "$PG_DIR" ] || return 0
  "${PG_CTL_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
trap stop_pg EXIT
start_pg

# The print system: cupsd (started here when it is not running: CI starts no services; it is
# left running, like any system service) and the cups-pdf queue "PDF", which writes each job as
# a PDF in the Out folder of /etc/cups/cups-pdf.conf, ${HOME}/PDF of the printing user.
start_cups() {
  if ! command -v cupsd >/dev/null 2>&1 || ! command -v lpadmin >/dev/null 2>&1; then
    log "CUPS is not installed: the real-printer tests will be skipped"; return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      log "not root: start cupsd and add the PDF printer yourself, or the printer tests skip"
      return 0
    fi
  fi
  if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    $sudo cupsd
    for _ in $(seq 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.2; done
  fi
  $sudo lpadmin -p PDF -v cups-pdf:/ -E -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null
  local home out
  home="$(getent passwd "$(id -un)" | cut -d: -f6)"
  out="$(sed -n 's/^Out[[:space:]]\+//p' /etc/cups/cups-pdf.conf 2>/dev/null | tail -n 1)"
  export PENGADUAN_TEST_CUPS_PDF_DIR="${out//\$\{HOME\}/$home}"
  log "CUPS printer PDF writes to ${PENGADUAN_TEST_CUPS_PDF_DIR:-$home/PDF}"
}
start_cups

# The suite in two runs, so that each test runs once on each backend: the PostgreSQL variants
# at today's date, then everything else (every SQLite variant, the command line, the window,
# the documents) with the machine's clock two years ahead, so that no test may depend on
# today's date (the tests pin the program's own clock, core/clock.py). Each run spreads the
# tests over one worker per core (pytest-xdist); with one core they run in the one process.
cores="$(nproc 2>/dev/null || echo 1)"
workers=(-n 0)
[ "$cores" -gt 1 ] && workers=(-n "$cores")
collected=0
run_pytest() {  # $1: what the run is, then the command before pytest's own arguments
  local what="$1"; shift
  log "pytest: $what (${cores} core(s))"
  set +e
  "$@" "$VENV/bin/python" -m pytest "${workers[@]}" --durations=15 "${run_marks[@]}" "${pytest_args[@]}"
  local status=$?
  set -e
  case "$status" in
    0) collected=1 ;;
    5) ;;  # nothing selected in this run (e.g. no PostgreSQL variant among the given tests)
    *) exit "$status" ;;
  esac
}
pytest_args=("$@")
run_marks=(-m "not bench and postgres")
if [ -n "$PG_DIR" ]; then
  run_pytest "the PostgreSQL variants" env
else
  log "no PostgreSQL server: its variants are skipped"
fi
run_marks=(-m "not bench and not postgres")
if command -v faketime >/dev/null 2>&1; then
  ahead="$(date -d '+2 years' '+%Y-%m-%d') 10:00:00"
  run_pytest "SQLite and the rest, under faketime '$ahead'" env -u PENGADUAN_TEST_PG FAKETIME_DONT_FAKE_MONOTONIC=1 faketime "$ahead"
else
  log "faketime is not installed: the rest runs at today's date"
  run_pytest "SQLite and the rest" env -u PENGADUAN_TEST_PG
fi
if [ "$collected" -eq 0 ]; then
  log "pytest collected no tests: that is a failure"
  exit 1
fi

# The program as shipped (bundle, .deb, Windows installer script), after the suite so that a
# failing test shows first. Skipped when tests were named (a developer's loop) unless
# PENGADUAN_BUNDLE=1; PENGADUAN_BUNDLE=0 skips it always.
if [ "${PENGADUAN_BUNDLE:-$([ ${#pytest_args[@]} -eq 0 ] && echo 1 || echo 0)}" = 1 ]; then
  "$ROOT/installer/test-bundle.sh"
else
  log "bundle checks skipped (PENGADUAN_BUNDLE=1 runs them)"
fi
