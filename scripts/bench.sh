#!/usr/bin/env bash
# Installs what is needed (with the test extras, which bring Xvfb for the windowed parts),
# then runs the benchmarks: about ten minutes on two cores; inputs are generated in a temporary
# folder. Arguments go to `python -m bench` (--quick, --only dg, --renderer gl, --json FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh test
exec .venv/bin/python -m bench "$@"
