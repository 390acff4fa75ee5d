#!/usr/bin/env bash
# Installs what the kiosk needs on a Debian-like machine: the system libraries Qt loads,
# a font, Python's venv module, then a virtual environment in .venv with the project in it.
# Usage: bash scripts/bootstrap.sh [EXTRAS]   (EXTRAS e.g. "test"; empty for just running)
set -euo pipefail
cd "$(dirname "$0")/.."

extras="${1:-}"
python="${PYTHON:-python3}"

# Qt's xcb and offscreen platforms, fontconfig and a default font for the kiosk's own screens.
system_packages=(
  libgl1 libegl1 libopengl0 libfontconfig1 libfreetype6 libxkbcommon0 libxkbcommon-x11-0
  libglib2.0-0 libdbus-1-3 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-xkb1 libxrender1 libxi6 libsm6 libice6 fonts-dejavu-core
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${system_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if ! "$python" -c "import ensurepip, venv" >/dev/null 2>&1; then
    version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    missing+=("python${version}-venv")
  fi
fi

if [ "${#missing[@]}" -gt 0 ]; then
  as_root=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then as_root=(sudo); else
      echo "bootstrap: please install these Debian packages as root: ${missing[*]}" >&2
      exit 1
    fi
  fi
  echo "bootstrap: installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  if ! "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    # A package renamed on a newer release (e.g. *t64) must not stop the rest.
    for pkg in "${missing[@]}"; do
      "${as_root[@]}" apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null \
        || echo "bootstrap: could not install $pkg; continuing" >&2
    done
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
spec="."
[ -n "$extras" ] && spec=".[$extras]"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
