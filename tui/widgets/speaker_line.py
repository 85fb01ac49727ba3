"""The reader's status line about the current quote: its speaker, role and cue, and, where the speaker
relays the words, whom they quote ("Frankel · said, quoting Roe"), in a style of its own."""

from __future__ import annotations

from typing import ClassVar

from rich.style import Style
from textual.widgets import Static

from tui.widgets.styling import component_style


class SpeakerLine(Static):
    """A one-line Static whose text the screen writes; the quoted person's name takes the
    ``speaker-line--quoted`` component's style (``reader.tcss``)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"speaker-line--quoted"}

    def quoted_style(self) -> Style:
        return component_style(self, "speaker-line--quoted")
