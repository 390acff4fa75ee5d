#!/usr/bin/env bash
# Installs what is needed, then runs the test suite headless (Qt's offscreen platform,
# selected by tests/conftest.py). Any arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh test
exec .venv/bin/python -m pytest "$@"
