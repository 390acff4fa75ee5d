"""How big a touch target must be on a screen: 9 mm across, from the screen's physical size."""

from __future__ import annotations

from PySide6.QtGui import QScreen

MIN_TARGET_MM = 9.0
UNKNOWN_SIZE_PX = 64.0
# Physical sizes that can't be right (EDID junk: 0 mm, 1 mm, 160 cm wide laptops) are ignored.
PLAUSIBLE_MM_PER_PX = (0.05, 1.5)


def target_px(width_px: float, width_mm: float) -> float:
    """Logical pixels that make 9 mm on a screen `width_px` logical pixels and `width_mm` wide;
    64 when the physical width is unknown or implausible."""
    if width_px <= 0 or width_mm <= 0:
        return UNKNOWN_SIZE_PX
    mm_per_px = width_mm / width_px
    if not PLAUSIBLE_MM_PER_PX[0] <= mm_per_px <= PLAUSIBLE_MM_PER_PX[1]:
        return UNKNOWN_SIZE_PX
    return MIN_TARGET_MM / mm_per_px


def screen_target_px(screen: QScreen | None) -> float:
    """`target_px` for a real screen (its logical width against its physical width)."""
    if screen is None:
        return UNKNOWN_SIZE_PX
    return target_px(screen.geometry().width(), screen.physicalSize().width())
