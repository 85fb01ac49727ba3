"""The two storydiff themes and the colour variables every theme gets (speaker colours).

Speaker colours are theme variables (``$speaker-1`` … ``$speaker-8``) so a speaker's colour follows
the theme; themes that do not define them (Textual's own) get the defaults below, which read well
on dark and light backgrounds alike.
"""

from __future__ import annotations

from pathlib import Path

from textual.theme import Theme

STYLES = Path(__file__).parent / "styles"
"""The .tcss files: app.tcss at start-up, the others with the screens that use them."""

SPEAKER_DEFAULTS = {
    "speaker-1": "#3b82f6",
    "speaker-2": "#e8590c",
    "speaker-3": "#2f9e44",
    "speaker-4": "#d6336c",
    "speaker-5": "#9c36b5",
    "speaker-6": "#0c8599",
    "speaker-7": "#b08900",
    "speaker-8": "#7048e8",
}

DARK = Theme(
    name="storydiff-dark",
    primary="#5eA3f2",
    secondary="#8f7fe8",
    accent="#f0b429",
    warning="#f0b429",
    error="#f2545b",
    success="#4cc38a",
    foreground="#e6e6e6",
    background="#15171c",
    surface="#1d2027",
    panel="#272b34",
    dark=True,
    variables={
        "speaker-1": "#5ea3f2",
        "speaker-2": "#f08c4a",
        "speaker-3": "#4cc38a",
        "speaker-4": "#ef6f9b",
        "speaker-5": "#c17fe0",
        "speaker-6": "#3cc6c6",
        "speaker-7": "#d9c84a",
        "speaker-8": "#9d8cf2",
        "footer-key-foreground": "#f0b429",
    },
)

LIGHT = Theme(
    name="storydiff-light",
    primary="#1f5fbf",
    secondary="#6741d9",
    accent="#c25e00",
    warning="#b35c00",
    error="#c92a2a",
    success="#2b8a3e",
    foreground="#1b1d22",
    background="#fbfbf8",
    surface="#f1f1ec",
    panel="#e4e4dc",
    dark=False,
    variables={
        "speaker-1": "#1f5fbf",
        "speaker-2": "#c25e00",
        "speaker-3": "#2b8a3e",
        "speaker-4": "#c2255c",
        "speaker-5": "#862e9c",
        "speaker-6": "#0b7285",
        "speaker-7": "#8a6d00",
        "speaker-8": "#5f3dc4",
    },
)

THEMES = (DARK, LIGHT)
