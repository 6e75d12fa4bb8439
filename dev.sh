#!/usr/bin/env bash
# One entry point for a fresh machine: sets up .venv (with uv) and then
#   ./dev.sh start   opens the curriculum in JupyterLab on 127.0.0.1
#   ./dev.sh demo    scores a sample public statement in the terminal
#   ./dev.sh test    runs every test (installs Chromium for the browser tests)
set -euo pipefail
cd "$(dirname "$0")"
VENV=.venv
PY="$VENV/bin/python"

setup() {
  if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV"
  fi
  if [ ! -x "$VENV/bin/uv" ]; then
    "$PY" -m pip install --quiet --disable-pip-version-check uv
  fi
  # Re-installs only when pyproject.toml changed since the last setup.
  local stamp="$VENV/.trustlib-installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    VIRTUAL_ENV="$VENV" "$VENV/bin/uv" pip install --quiet -e ".[test]"
    touch "$stamp"
  fi
  # JupyterLab's news popup would cover the notebook for officers and screenshots.
  local settings="$VENV/share/jupyter/lab/settings"
  mkdir -p "$settings"
  cp .ci/lab-overrides.json "$settings/overrides.json"
}

browser() {
  # The browser tests need Debian's Chromium; Playwright must never download one.
  if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      echo "dev.sh: the browser tests need Chromium: sudo apt-get install chromium" >&2
    fi
  fi
}

cmd="${1:-start}"
shift || true
case "$cmd" in
  start)
    setup
    exec "$VENV/bin/trustlib" lab "$@"
    ;;
  demo)
    setup
    exec "$VENV/bin/trustlib" demo "$@"
    ;;
  test)
    setup
    browser
    exec "$VENV/bin/python" -m pytest -n 2 --dist loadfile tests notebooks --nbval-lax "$@"
    ;;
  setup)
    setup
    ;;
  *)
    echo "usage: ./dev.sh [start|demo|test|setup] [args...]" >&2
    exit 2
    ;;
esac
