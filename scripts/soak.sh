#!/usr/bin/env bash
# Installs what is needed (the kiosk and its system libraries; the offscreen platform needs no
# X server, so no test extras), then drives the kiosk's real window offscreen through random
# transitions and reports memory and live objects over time (docs/performance.md, "Soak").
# Arguments go to `python -m bench.soak` (--transitions N, --minutes T, --every K, --seed S,
# --pack shandong, --out DIR, --no-animate).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/python -m bench.soak "$@"
