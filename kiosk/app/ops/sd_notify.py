"""systemd's notification protocol (sd_notify(3)) without libsystemd: each message is one
datagram of NAME=value lines sent to the socket $NOTIFY_SOCKET names."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


def socket_address(value: str) -> str | bytes | None:
    """$NOTIFY_SOCKET as an address for sendto(): a path, or an abstract socket's name
    ("@name" stands for a leading NUL byte); None for what this protocol cannot reach (a
    relative path, or vsock: on newer systemd)."""
    if value.startswith("@") and len(value) > 1:
        return b"\0" + value[1:].encode()
    if value.startswith("/"):
        return value
    return None


def watchdog_seconds(environ: Mapping[str, str] | None = None,
                     pid: int | None = None) -> float | None:
    """The service's watchdog time (WatchdogSec=) from $WATCHDOG_USEC, or None when there is
    no watchdog, or it is meant for another process ($WATCHDOG_PID)."""
    env = os.environ if environ is None else environ
    meant_for = env.get("WATCHDOG_PID", "")
    if meant_for and meant_for != str(os.getpid() if pid is None else pid):
        return None
    try:
        usec = int(env.get("WATCHDOG_USEC", ""))
    except ValueError:
        return None
    return usec / 1_000_000 if usec > 0 else None


class Notifier:
    """Sends notifications to the service manager; does nothing when there is none.

    The socket does not block: a service manager that cannot keep up never stalls the
    GUI thread, which sends the watchdog's pings.
    """

    def __init__(self, address: str | bytes | None) -> None:
        self._address = address
        self._socket: socket.socket | None = None
        self._complained: set[str] = set()

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> Notifier:
        value = (os.environ if environ is None else environ).get("NOTIFY_SOCKET", "")
        address = socket_address(value) if value else None
        if value and address is None:
            log.warning("NOTIFY_SOCKET=%s is not a socket this kiosk can notify; the service "
                        "manager will not hear from it", value)
        return cls(address)

    @property
    def enabled(self) -> bool:
        return self._address is not None

    def send(self, *fields: str) -> bool:
        """One message holding `fields` ("READY=1", "STATUS=..."); False if it did not go."""
        if self._address is None:
            return False
        message = "\n".join(field.replace("\n", " ") for field in fields).encode()
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                self._socket.setblocking(False)
            self._socket.sendto(message, self._address)
        except OSError as error:
            reason = type(error).__name__
            if reason not in self._complained:
                self._complained.add(reason)
                log.warning("could not notify the service manager (%s): %s", fields[0], error)
            return False
        return True

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None
