"""The Qt side of the kiosk: the objects QML sees, the window, and offscreen rendering."""
