#!/usr/bin/env bash
# Installs what is needed, then runs the test suite headless (Qt's offscreen platform,
# selected by tests/conftest.py). Any arguments go to pytest, in one process.
#
# The whole suite runs in four pytest processes, two at a time (docs/testing.md says why):
# one process opening and closing the suite's ~350 Qt Quick engines in turn has aborted now
# and then, after a hundred or more of them, with glibc reporting a damaged heap while an
# engine was deleted (a kiosk opens one engine for its whole life); and one process keeps
# only one of the two CPUs busy. Each part's output is printed whole when it ends.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh test || exit $?
if [ "$#" -gt 0 ]; then
    exec .venv/bin/python -m pytest "$@"
fi

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

# Runs its parts one after another; prints each part's output when it ends, and meanwhile a
# line a minute with its progress (so a slow or stuck part shows); fails if any did. A part
# still running after 30 minutes (the whole suite takes five) is stopped as stuck.
lane() {
    local status=0 part log started pid
    for part in "$@"; do
        log="$logs/$(printf '%s' "$part" | tr -c 'A-Za-z0-9' '_').log"
        started=$SECONDS
        # shellcheck disable=SC2086 # the globs are meant to expand
        timeout --kill-after=30 1800 .venv/bin/python -m pytest -p no:cacheprovider $part \
            >"$log" 2>&1 &
        pid=$!
        while ! wait_for "$pid" 60; do
            echo "   ... pytest $part: $((SECONDS - started)) s, $(tail -c 80 "$log" \
                | tr -d '\n' | tr -s ' ')" | flock "$logs" cat
        done
        wait "$pid" || status=1
        { echo "== pytest $part ($((SECONDS - started)) s)"; cat "$log"; } | flock "$logs" cat
    done
    return $status
}

# True once process $1 has ended, false if it is still running after $2 seconds.
wait_for() {
    local waited=0
    while kill -0 "$1" 2>/dev/null; do
        [ "$waited" -ge "$2" ] && return 1
        sleep 1
        waited=$((waited + 1))
    done
    return 0
}

# Two lanes of about equal length (measured on two CPUs, see docs/testing.md).
lane "tests --ignore=tests/app" &
first=$!
lane "tests/app/test_[a-k]*.py" "tests/app/test_[l-r]*.py" "tests/app/test_[s-z]*.py" &
second=$!
status=0
wait "$first" || status=1
wait "$second" || status=1
exit $status
