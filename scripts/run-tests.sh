#!/usr/bin/env bash
# Installs what is needed, then runs the test suite headless (Qt's offscreen platform,
# selected by tests/conftest.py). Any arguments go to pytest, in one process.
#
# The whole suite runs in four pytest processes: the tests that open the kiosk's window
# (tests/app) in three, the rest in one. One process opening and closing some 350 Qt Quick
# engines in turn has aborted now and then, after a hundred or more of them, with glibc
# reporting a damaged heap while an engine was deleted (docs/testing.md says what is known).
# A kiosk opens one engine for its whole life.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh test || exit $?
if [ "$#" -gt 0 ]; then
    exec .venv/bin/python -m pytest "$@"
fi
status=0
for part in "tests --ignore=tests/app" "tests/app/test_[a-k]*.py" \
            "tests/app/test_[l-r]*.py" "tests/app/test_[s-z]*.py"; do
    echo "== pytest $part"
    # shellcheck disable=SC2086 # the globs are meant to expand
    .venv/bin/python -m pytest $part || status=1
done
exit $status
