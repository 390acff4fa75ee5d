"""The real kiosk, full screen on an X server, as an operator meets it: locked against Q, F
and window closes; Ctrl+Alt+Shift+Q, the PIN and the menu's "quit" are the way out."""

from __future__ import annotations

from collections.abc import Callable

from tests.kiosk_on_x import FRAMEBUFFER, XServer
from tests.kiosk_on_x import Kiosk as KioskProcess

WHOLE_SCREEN = f"{FRAMEBUFFER[0]}x{FRAMEBUFFER[1]}+0+0"


def test_locked_full_screen_refuses_q_and_f_and_the_operator_quits_with_the_pin(
        x_server: XServer, start_kiosk: Callable[..., KioskProcess]) -> None:
    kiosk = start_kiosk("--pin", "2468")
    kiosk.wait_until_shown(WHOLE_SCREEN)
    x_server.key("q", "ctrl+q", "f", "F11")
    kiosk.wait_for_log("full-screen toggle refused")
    kiosk.wait_for_log("quit refused")
    assert kiosk.process.poll() is None
    assert kiosk.geometry() == WHOLE_SCREEN
    # The operator: the chord, a wrong PIN, the right one, then "quit" (the menu's last row).
    x_server.key("ctrl+alt+shift+q", "1", "1", "1", "1", "Return")
    kiosk.wait_for_log("wrong operator PIN")
    x_server.key("2", "4", "6", "8", "Return")
    kiosk.wait_for_log("operator PIN accepted")
    x_server.key("Down", "Down", "Down", "Return")
    kiosk.process.wait(timeout=20)
    log = kiosk.log()
    assert kiosk.process.returncode == 0, log
    assert "operator: quit" in log and "Traceback" not in log


def test_a_windowed_kiosk_is_not_locked(
        x_server: XServer, start_kiosk: Callable[..., KioskProcess]) -> None:
    kiosk = start_kiosk("--windowed")
    kiosk.wait_for_log("first frame on screen")
    kiosk.wait_for("a window", lambda: kiosk.geometry() is not None)
    x_server.key("q")
    kiosk.process.wait(timeout=20)
    assert kiosk.process.returncode == 0, kiosk.log()
    assert "unlocked (windowed)" in kiosk.log()
