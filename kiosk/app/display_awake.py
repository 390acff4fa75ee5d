"""Keep the display awake while the kiosk runs: D-Bus screen saver inhibit, X11 suspension."""

from __future__ import annotations

import binascii
import ctypes
import itertools
import logging
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import Q_ARG, QCoreApplication, QMetaObject, Qt
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
# The freedesktop path first; some desktops (older KDE, some others) only serve /ScreenSaver.
PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
NOTHING = "nothing"
# A broken session bus must never hang the start: a bus gets this long to answer a
# handshake, and the screen saver service this long to answer each call.
PROBE_TIMEOUT_S = 1.0
CALL_TIMEOUT_MS = 2000

_names = itertools.count(1)


@dataclass
class DisplayAwake:
    """What was done to keep the display awake, and how to undo it."""

    method: str = NOTHING
    _releases: list[Callable[[], None]] = field(default_factory=list, repr=False)

    @property
    def kept_awake(self) -> bool:
        return self.method != NOTHING

    def release(self) -> None:
        """Undo what was done; safe to call more than once, and never raises."""
        releases, self._releases = self._releases, []
        for undo in reversed(releases):
            try:
                undo()
            except Exception:
                log.exception("could not release the display")


def keep_display_awake(reason: str, application: str | None = None) -> DisplayAwake:
    """Inhibit the screen saver and power saving, as far as this machine allows; never raises.

    On the session bus, org.freedesktop.ScreenSaver.Inhibit; on X11, also the X server's own
    screen saver and DPMS (suspended through the MIT-SCREEN-SAVER extension).
    """
    app_name = application or QCoreApplication.applicationName() or "kiosk"
    done: list[str] = []
    releases: list[Callable[[], None]] = []
    why_not: list[str] = []
    for way, attempt in ((SERVICE, _inhibit_over_dbus), ("X11", _suspend_x11_screen_saver)):
        try:
            result = attempt(app_name, reason)
        except Exception as error:   # never fail the start because of this
            log.warning("keeping the display awake through %s failed: %r", way, error)
            why_not.append(f"{way} failed")
            continue
        if isinstance(result, str):
            why_not.append(result)
        else:
            description, undo = result
            log.info("display kept awake: %s", description)
            done.append(description)
            releases.append(undo)
    if not done:
        log.warning("could not keep the display awake: %s; the screen saver or power saving "
                    "may blank the booth", "; ".join(why_not))
        return DisplayAwake()
    return DisplayAwake(" and ".join(done), releases)


# D-Bus ------------------------------------------------------------------------------------

Held = tuple[str, Callable[[], None]]


def _inhibit_over_dbus(app_name: str, reason: str) -> Held | str:
    address = session_bus_address()
    if address is None:
        return "no session bus"
    entry = _answering_entry(address)
    if entry is None:
        return f"the session bus at {address} does not answer"
    name = f"kiosk-display-awake-{next(_names)}"
    connection = QDBusConnection.connectToBus(entry, name)
    if not connection.isConnected():
        message = connection.lastError().message()
        del connection
        QDBusConnection.disconnectFromBus(name)
        return f"could not connect to the session bus ({message})"
    cookie, path, problem = _call_inhibit(connection, app_name, reason)
    if cookie is None:
        del connection
        QDBusConnection.disconnectFromBus(name)
        return problem
    inhibit = _Inhibit(name, connection, path, cookie)
    return f"{SERVICE} inhibit (cookie {cookie})", inhibit.release


class _Inhibit:
    """A screen saver inhibit held on a bus connection of our own."""

    def __init__(self, name: str, connection: QDBusConnection, path: str, cookie: int) -> None:
        self.name = name
        self.cookie = cookie
        # UnInhibit takes a uint32, but Python ints go out as int32, which services refuse.
        # An interface built from the service's introspection converts through Qt's
        # meta-object system. Built now, while the service is known to answer. (PySide
        # evaluates the constructor's default argument, QDBusConnection.sessionBus(), even
        # though a connection is given: Qt's default connection to the same bus opens too.)
        self.interface: QDBusInterface | None = QDBusInterface(SERVICE, path, INTERFACE,
                                                               connection)
        self.interface.setTimeout(CALL_TIMEOUT_MS)
        if self.interface.metaObject().indexOfMethod("UnInhibit(uint)") < 0:
            log.info("%s at %s does not describe UnInhibit; on quit, closing the bus "
                     "connection ends the inhibit instead", SERVICE, path)
            self.interface = None

    def release(self) -> None:
        if self.interface is not None:
            called = QMetaObject.invokeMethod(self.interface, "UnInhibit",
                                              Qt.ConnectionType.DirectConnection,
                                              Q_ARG("uint", self.cookie))
            error = self.interface.lastError()
            if not called or error.isValid():
                log.warning("%s.UnInhibit(%d) failed: %s; closing the bus connection instead",
                            SERVICE, self.cookie, error.message() or "not called")
            else:
                log.info("display no longer kept awake: %s inhibit (cookie %d) released",
                         SERVICE, self.cookie)
            self.interface = None
        # The connection closes when its last user goes; services also drop the inhibits
        # of a connection that goes away.
        QDBusConnection.disconnectFromBus(self.name)


def session_bus_address() -> str | None:
    """DBUS_SESSION_BUS_ADDRESS, else the bus systemd starts in $XDG_RUNTIME_DIR/bus.

    Never "autolaunch:", which would start a bus of our own (with no screen saver on it).
    """
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime, "bus").is_socket():
        return f"unix:path={Path(runtime, 'bus')}"
    return None


def _answering_entry(address: str) -> str | None:
    """The first entry of a D-Bus address whose server answers an authentication handshake
    within PROBE_TIMEOUT_S. Qt's connection has no timeout of its own: a socket that accepts
    but never answers would block it for ever."""
    for entry in address.split(";"):
        transport, _, rest = entry.partition(":")
        keys: dict[str, str] = {}
        for pair in rest.split(","):
            key, _, value = pair.partition("=")
            keys[key] = unquote(value)
        try:
            if transport == "unix" and ("path" in keys or "abstract" in keys):
                where = keys.get("path") or "\0" + keys["abstract"]
                sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                sock.settimeout(PROBE_TIMEOUT_S)
                sock.connect(where)
            elif transport == "tcp" and "host" in keys and "port" in keys:
                sock = socket.create_connection((keys["host"], int(keys["port"])),
                                                timeout=PROBE_TIMEOUT_S)
            else:
                log.debug("session bus address entry %r not probed (transport not supported)",
                          entry)
                continue
        except (OSError, ValueError) as error:
            log.debug("session bus %s: %s", entry, error)
            continue
        with sock:
            if _answers_handshake(sock):
                return entry
    return None


def _answers_handshake(sock: socket.socket) -> bool:
    uid = binascii.hexlify(str(os.getuid()).encode()).decode()
    try:
        sock.sendall(f"\0AUTH EXTERNAL {uid}\r\n".encode())
        reply = b""
        while b"\r\n" not in reply:
            chunk = sock.recv(256)
            if not chunk:
                return False
            reply += chunk
    except OSError:    # includes the timeout
        return False
    # OK, or REJECTED with the mechanisms the server offers: either way a D-Bus server.
    return reply.startswith((b"OK", b"REJECTED"))


def _call_inhibit(connection: QDBusConnection, app_name: str,
                  reason: str) -> tuple[int | None, str, str]:
    problem = f"no {SERVICE} service on the session bus"
    for path in PATHS:
        call = QDBusMessage.createMethodCall(SERVICE, path, INTERFACE, "Inhibit")
        call.setArguments([app_name, reason])
        reply = connection.call(call, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() == QDBusMessage.MessageType.ReplyMessage:
            arguments = reply.arguments()
            if arguments and isinstance(arguments[0], int):
                return int(arguments[0]), path, ""
            return None, path, f"{SERVICE}.Inhibit answered {arguments!r}, not a cookie"
        error = reply.errorName()
        if error in ("org.freedesktop.DBus.Error.UnknownObject",
                     "org.freedesktop.DBus.Error.UnknownMethod",
                     "org.freedesktop.DBus.Error.UnknownInterface"):
            problem = f"{SERVICE} at {path}: {reply.errorMessage()}"
            continue
        if error == "org.freedesktop.DBus.Error.ServiceUnknown":
            return None, path, problem
        return None, path, f"{SERVICE}.Inhibit failed: {error}: {reply.errorMessage()}"
    return None, PATHS[-1], problem


# X11 ---------------------------------------------------------------------------------------

def _suspend_x11_screen_saver(_app_name: str, _reason: str) -> Held | str:
    platform = QGuiApplication.platformName()
    if platform != "xcb":
        return f"not on X11 (Qt platform {platform or 'unknown'})"
    return suspend_x11_screen_saver(os.environ.get("DISPLAY"))


def _load(*names: str) -> ctypes.CDLL | None:
    for name in names:
        try:
            return ctypes.CDLL(name)
        except OSError:
            continue
    return None


def suspend_x11_screen_saver(display_name: str | None,
                             xss_names: tuple[str, ...] = ("libXss.so.1", "libXss.so")
                             ) -> Held | str:
    """Suspend the X server's screen saver and DPMS on a connection of our own.

    With libXss, XScreenSaverSuspend: the server ends the suspension when the connection
    closes, so also when the process dies. Without it, the screen saver timeout set to 0
    and DPMS disabled (libXext), the old settings put back on release.
    """
    xlib = _load("libX11.so.6", "libX11.so")
    if xlib is None:
        return "libX11 is missing"
    xlib.XOpenDisplay.restype = ctypes.c_void_p
    xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    xlib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    display = xlib.XOpenDisplay(display_name.encode() if display_name else None)
    if not display:
        return f"could not open the X display {display_name or '(DISPLAY unset)'}"

    def close() -> None:
        xlib.XCloseDisplay(display)

    try:
        xss = _load(*xss_names)
        suspended = _xss_suspend(xlib, xss, display, close) if xss else "libXss is missing"
        if isinstance(suspended, str):
            return _screen_saver_off(xlib, display, close, suspended)
        return suspended
    except Exception:
        close()
        raise


def _xss_suspend(xlib: ctypes.CDLL, xss: ctypes.CDLL, display: int,
                 close: Callable[[], None]) -> Held | str:
    int_p = ctypes.POINTER(ctypes.c_int)
    xss.XScreenSaverQueryExtension.argtypes = [ctypes.c_void_p, int_p, int_p]
    xss.XScreenSaverQueryVersion.argtypes = [ctypes.c_void_p, int_p, int_p]
    xss.XScreenSaverSuspend.argtypes = [ctypes.c_void_p, ctypes.c_int]
    xss.XScreenSaverSuspend.restype = None
    first, second = ctypes.c_int(), ctypes.c_int()
    if not xss.XScreenSaverQueryExtension(display, ctypes.byref(first), ctypes.byref(second)):
        return "the X server has no MIT-SCREEN-SAVER extension"
    if not xss.XScreenSaverQueryVersion(display, ctypes.byref(first), ctypes.byref(second)) \
            or (first.value, second.value) < (1, 1):
        return (f"the X server's MIT-SCREEN-SAVER extension is too old to suspend "
                f"({first.value}.{second.value})")
    xss.XScreenSaverSuspend(display, 1)
    xlib.XSync(display, 0)

    def release() -> None:
        xss.XScreenSaverSuspend(display, 0)
        close()    # closing alone would end the suspension too
        log.info("display no longer kept awake: X11 screen saver resumed")

    return "X11 screen saver suspended", release


def _screen_saver_off(xlib: ctypes.CDLL, display: int, close: Callable[[], None],
                      why: str) -> Held:
    """What `xset s off -dpms` does, undone on release."""
    int_p = ctypes.POINTER(ctypes.c_int)
    xlib.XGetScreenSaver.argtypes = [ctypes.c_void_p, int_p, int_p, int_p, int_p]
    xlib.XSetScreenSaver.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int,
                                     ctypes.c_int, ctypes.c_int]
    old = [ctypes.c_int() for _ in range(4)]
    xlib.XGetScreenSaver(display, *(ctypes.byref(value) for value in old))
    timeout, interval, blanking, exposures = (value.value for value in old)
    xlib.XSetScreenSaver(display, 0, interval, blanking, exposures)
    dpms_was_on = _set_dpms(display, enable=False)
    xlib.XSync(display, 0)
    what = "X11 screen saver off" + (" and DPMS off" if dpms_was_on else "")
    log.info("%s, so the X11 screen saver is switched off instead; the old settings are put "
             "back on quit, but not if the kiosk is killed", why)

    def release() -> None:
        xlib.XSetScreenSaver(display, timeout, interval, blanking, exposures)
        if dpms_was_on:
            _set_dpms(display, enable=True)
        xlib.XSync(display, 0)
        close()
        log.info("display no longer kept awake: %s undone", what)

    return what, release


def _set_dpms(display: int, enable: bool) -> bool:
    """Switch DPMS on or off; True when it was on before (and so is worth switching back)."""
    xext = _load("libXext.so.6", "libXext.so")
    if xext is None:
        return False
    int_p = ctypes.POINTER(ctypes.c_int)
    xext.DPMSQueryExtension.argtypes = [ctypes.c_void_p, int_p, int_p]
    xext.DPMSCapable.argtypes = [ctypes.c_void_p]
    xext.DPMSInfo.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_ushort),
                              ctypes.POINTER(ctypes.c_ubyte)]
    xext.DPMSEnable.argtypes = [ctypes.c_void_p]
    xext.DPMSDisable.argtypes = [ctypes.c_void_p]
    first, second = ctypes.c_int(), ctypes.c_int()
    if not xext.DPMSQueryExtension(display, ctypes.byref(first), ctypes.byref(second)) \
            or not xext.DPMSCapable(display):
        return False
    if enable:
        xext.DPMSEnable(display)
        return True
    level, state = ctypes.c_ushort(), ctypes.c_ubyte()
    xext.DPMSInfo(display, ctypes.byref(level), ctypes.byref(state))
    if not state.value:
        return False
    xext.DPMSDisable(display)
    return True
