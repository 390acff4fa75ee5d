"""Monitors plugged in and out while the kiosk runs, on a real X server (Xvfb with RandR 1.5
monitors, no window manager): the kiosk leaves a screen that goes away for the primary one,
comes back when it returns, covers a screen again after a resolution change, keeps the
window's current mode, and stays on the visitor's slide throughout.

Qt's xcb platform reads RandR monitors, so `xrandr --setmonitor` / `--delmonitor` on Xvfb
look to the kiosk like a monitor plugged in and unplugged; `xrandr --output screen --mode`
changes the resolution. Xvfb runs with -noreset: by default it resets when its last client
leaves, and every xrandr call is such a client, so the monitors would be forgotten.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.kiosk_on_x import FRAMEBUFFER, TITLE, Kiosk, XServer

MONITOR_0 = "MON0 1920/508x1080/286+0+0"     # name, width/mm x height/mm + x + y
MONITOR_1 = "MON1 1080/286x1200/317+1920+0"


def two_monitors(x: XServer) -> None:
    """MON0 stands for Xvfb's output (so it replaces the monitor covering the whole
    framebuffer) and is primary; MON1 is to its right."""
    x.plug(MONITOR_0, output="screen")
    x.plug(MONITOR_1)


ON_MONITOR_0 = "1920x1080+0+0"
ON_MONITOR_1 = "1080x1200+1920+0"


def test_unplugged_screen_moves_the_kiosk_to_the_primary_and_back(
        x_server: XServer, start_kiosk: Callable[..., Kiosk]) -> None:
    two_monitors(x_server)
    kiosk = start_kiosk("--screen", "1")
    kiosk.wait_until_shown(ON_MONITOR_1)
    assert ("screens: 0: MON0 1920x1080+0+0 (primary), 1: MON1 1080x1200+1920+0"
            in kiosk.log())
    x_server.key("Right", "Right")                     # the visitor goes to slide 3

    x_server.unplug(MONITOR_1)
    kiosk.wait_for_geometry(ON_MONITOR_0)
    kiosk.wait_for_log(r"screen MON1 unplugged; showing on MON0 \(still on slide 3 of \d+\)")

    x_server.plug(MONITOR_1)
    kiosk.wait_for_geometry(ON_MONITOR_1)
    kiosk.wait_for_log(r"screen MON1 is back; showing there again \(still on slide 3 of \d+\)")
    kiosk.stop()


def test_a_window_moves_as_a_window_and_full_screen_chosen_with_f_is_kept(
        x_server: XServer, start_kiosk: Callable[..., Kiosk]) -> None:
    two_monitors(x_server)
    kiosk = start_kiosk("--windowed", "--screen", "1")
    # 1280x800 centred, narrowed to MON1's 1080 pixels.
    kiosk.wait_until_shown("1080x800+1920+200")

    x_server.unplug(MONITOR_1)
    kiosk.wait_for_geometry("1280x800+320+140")        # a window, centred on MON0
    x_server.plug(MONITOR_1)
    kiosk.wait_for_geometry("1080x800+1920+200")

    x_server.key("f")                                   # full screen, on MON1
    kiosk.wait_for_geometry(ON_MONITOR_1)
    x_server.unplug(MONITOR_1)
    kiosk.wait_for_geometry(ON_MONITOR_0)               # still full screen, not the start mode
    x_server.plug(MONITOR_1)
    kiosk.wait_for_geometry(ON_MONITOR_1)
    kiosk.stop()


def test_a_window_an_author_moved_to_another_screen_goes_back_there(
        x_server: XServer, start_kiosk: Callable[..., Kiosk]) -> None:
    two_monitors(x_server)
    kiosk = start_kiosk("--windowed")
    kiosk.wait_until_shown("1280x800+320+140")         # on the primary, MON0
    x_server.move_window(TITLE, 1950, 100)
    kiosk.wait_for_log("window moved to screen MON1; keeping it there")

    x_server.unplug(MONITOR_1)
    kiosk.wait_for_geometry("1280x800+320+140")
    x_server.plug(MONITOR_1)
    kiosk.wait_for_geometry("1080x800+1920+200")
    kiosk.stop()


def test_full_screen_covers_the_screen_again_after_a_resolution_change(
        x_server: XServer, start_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = start_kiosk()
    kiosk.wait_until_shown(f"{FRAMEBUFFER[0]}x{FRAMEBUFFER[1]}+0+0")
    x_server.key("End")                                 # the last slide

    x_server.set_mode(1600, 900)
    kiosk.wait_for_geometry("1600x900+0+0")
    kiosk.wait_for_log(r"screen screen is now 1600x900\+0\+0; covering it again "
                       r"\(still on slide (\d+) of \1\)")
    x_server.set_mode(*FRAMEBUFFER)
    kiosk.wait_for_geometry(f"{FRAMEBUFFER[0]}x{FRAMEBUFFER[1]}+0+0")
    kiosk.stop()


def test_a_screen_switched_on_after_the_kiosk_started_is_used_when_it_appears(
        x_server: XServer, start_kiosk: Callable[..., Kiosk]) -> None:
    x_server.plug(MONITOR_0, output="screen")
    kiosk = start_kiosk("--screen", "1")
    kiosk.wait_until_shown(ON_MONITOR_0)

    x_server.plug(MONITOR_1)
    kiosk.wait_for_geometry(ON_MONITOR_1)
    kiosk.wait_for_log(r"screen MON1 is here; showing there \(still on slide 1 of \d+\)")
    kiosk.stop(expected_warnings=("there is no screen 1",))
