"""The keys that move through every list of the app: j and k a row, g and G to the ends."""

from __future__ import annotations

from textual.binding import Binding, BindingType


def list_keys(prefix: str, *, first: str = "first", last: str = "last") -> list[BindingType]:
    """j/k/g/G bound to the list's cursor actions, with binding ids ``prefix.down``, ``prefix.up``,
    ``prefix.first`` and ``prefix.last`` (the names a user's keymap gives them)."""
    return [
        Binding("j", "cursor_down", "Down", show=False, id=f"{prefix}.down"),
        Binding("k", "cursor_up", "Up", show=False, id=f"{prefix}.up"),
        Binding("g", first, "First", show=False, id=f"{prefix}.first"),
        Binding("G", last, "Last", show=False, id=f"{prefix}.last"),
    ]
