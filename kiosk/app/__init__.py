"""The Qt side of the kiosk: the objects QML sees, the window, and offscreen rendering."""

from kiosk.app.immortal import keep_none_alive

keep_none_alive()   # before any PySide6 call: see immortal.py
