"""What the app shows when the terminal is smaller than its layouts need."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult, CSSPathType
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Static

from tui.sizes import MIN_HEIGHT, MIN_WIDTH
from tui.themes import STYLES


class TooSmallScreen(Screen[None]):
    """Covers the app until the terminal is at least MIN_WIDTH × MIN_HEIGHT again."""

    CSS_PATH: ClassVar[CSSPathType] = STYLES / "too_small.tcss"  # loaded when first shown

    BINDINGS: ClassVar[list[BindingType]] = [Binding("q,ctrl+c", "app.quit", "Quit", id="too_small.quit")]

    def compose(self) -> ComposeResult:
        yield Static(id="too-small-message")

    def on_mount(self) -> None:
        self.update_message()

    def on_resize(self) -> None:
        self.update_message()

    def update_message(self) -> None:
        width, height = self.app.size
        self.query_one("#too-small-message", Static).update(
            f"The terminal is too small ({width}×{height}).\n"
            f"storydiff needs at least {MIN_WIDTH}×{MIN_HEIGHT}.\n"
            "Enlarge the window, or press q to quit."
        )
