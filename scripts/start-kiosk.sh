#!/usr/bin/env bash
# Installs what is needed, then starts the kiosk full screen on content/shandong.
# Any arguments go to `kiosk run` (e.g. --windowed, --content DIR, --lang zh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/python main.py run "$@"
