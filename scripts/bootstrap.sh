#!/usr/bin/env bash
# Installs what the kiosk needs on a Debian-like machine: the system libraries Qt loads,
# a font, Python's venv module, then a virtual environment in .venv with the project in it.
# Usage: bash scripts/bootstrap.sh [EXTRAS]   (EXTRAS e.g. "test"; empty for just running)
# Once installed, it does nothing that needs a network until pyproject.toml changes, so an
# offline booth still starts.
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
  libxss1    # keeps the X display awake where no session bus has a screen saver service
  # Video slides. Qt Multimedia links PulseAudio's client library and looks for PipeWire's
  # (sound goes through PipeWire, else PulseAudio); its FFmpeg backend (FFmpeg itself comes
  # with PySide6) links XRandR and Xext and looks for VA-API, which decodes on the graphics
  # chip where a driver for it is installed (e.g. intel-media-va-driver), else the CPU does.
  # Qt warns about each library it looks for and does not find.
  libpulse0 libpipewire-0.3-0 libxrandr2 libxext6 libva2 libva-drm2 libva-x11-2
)
# The tests also start a bare X server (no window manager) to check full screen there, and
# plug its monitors in and out (xrandr) while keys are sent to the kiosk (xdotool); and a
# session bus of their own for the screen saver inhibit (dbus-daemon; "dbus" before Debian 12);
# and they check packaging/'s autostart entry (desktop-file-validate; systemd's unit is checked
# with systemd-analyze where systemd is installed, not installed for the tests).
if [[ ",$extras," == *",test,"* ]]; then
  system_packages+=(xvfb x11-utils x11-xserver-utils xdotool dbus-daemon desktop-file-utils)
fi

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
  as_root=(env DEBIAN_FRONTEND=noninteractive)
  if [ "$(id -u)" -ne 0 ]; then
    # sudo when this user may use it (asking for the password once, at a terminal); a user
    # who may not (a booth's kiosk user) gets the message below rather than sudo's refusal.
    if command -v sudo >/dev/null 2>&1 \
        && { sudo -n true 2>/dev/null || { [ -t 0 ] && sudo -v; }; }; then
      as_root=(sudo env DEBIAN_FRONTEND=noninteractive)
    else
      echo "bootstrap: please install these Debian packages as root: ${missing[*]}" >&2
      exit 1
    fi
  fi
  echo "bootstrap: installing system packages: ${missing[*]}"
  "${as_root[@]}" apt-get update -qq
  if ! "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    # A package renamed on a newer release (e.g. *t64) must not stop the rest.
    for pkg in "${missing[@]}"; do
      "${as_root[@]}" apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null \
        || echo "bootstrap: could not install $pkg; continuing" >&2
    done
  fi
fi

# A venv whose creation failed half-way has a python but no pip: make it again.
if [ ! -x .venv/bin/python ] || ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  "$python" -m venv --clear .venv
fi

# Install only when pyproject.toml changed, or extras are asked for that are not installed.
stamp=".venv/.kiosk-installed"
digest="$(sha256sum pyproject.toml | cut -d' ' -f1)"
installed_extras=""
needed=yes
if [ -f "$stamp" ] && [ -x .venv/bin/kiosk ] && [ "$(head -n1 "$stamp")" = "$digest" ]; then
  installed_extras="$(sed -n 2p "$stamp")"
  if [ -z "$extras" ] || [[ ",$installed_extras," == *",$extras,"* ]]; then
    needed=no
  fi
fi
if [ "$needed" = yes ]; then
  all_extras="$(printf '%s\n' ${installed_extras//,/ } ${extras//,/ } | sort -u | paste -sd, -)"
  spec="."
  [ -n "$all_extras" ] && spec=".[$all_extras]"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
  # The kiosk's own modules compiled now, so a kiosk user who may not write into the
  # checkout does not compile them at every start (~0.1 s); one who may writes them itself.
  .venv/bin/python -m compileall -q kiosk main.py >/dev/null || true
  printf '%s\n%s\n' "$digest" "$all_extras" > "$stamp"
fi
