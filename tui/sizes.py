"""The smallest terminal the layouts are made for: below it the app shows the too-small screen.

Apart from :mod:`tui.screens.too_small` so the app checks a size at start without loading that
screen, which only a small terminal needs.
"""

MIN_WIDTH = 60
MIN_HEIGHT = 15
