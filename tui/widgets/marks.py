"""Highlights as offsets: which span of the text gets which component style.

A :class:`Mark` names a component class (``"quote"``, ``"speaker-3"``, ``"deleted"``…) that the
widget painting the text resolves to a style from its CSS, so highlights follow the theme. Marks
never carry text: they are applied to rich ``Text`` as spans, so nothing in an article is ever read
as markup.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

SPEAKER_COLOURS = 8
"""How many distinct speaker colours the themes define (``$speaker-1`` … ``$speaker-8``)."""


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    component: str
    layer: int = 0
    """Higher layers are applied last, so they win where marks overlap."""


def speaker_component(rank: int | None) -> str:
    """The component class of a speaker's colour (``speaker-0`` for quotes with no speaker)."""
    return "speaker-0" if rank is None else f"speaker-{rank % SPEAKER_COLOURS + 1}"


SPEAKER_COMPONENTS = {f"speaker-{i}" for i in range(SPEAKER_COLOURS + 1)}


class MarkIndex:
    """Marks sorted for fast "which marks touch this line" look-ups (prefix maximum of ends)."""

    def __init__(self, marks: list[Mark]) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self._starts = [m.start for m in self.marks]
        self._max_end: list[int] = []
        top = -1
        for m in self.marks:
            top = max(top, m.end)
            self._max_end.append(top)

    def touching(self, start: int, end: int) -> list[Mark]:
        """Marks overlapping ``[start, end)`` (a zero-length line touches marks around it)."""
        found: list[Mark] = []
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self._max_end[i] > start:
            mark = self.marks[i]
            if mark.end > start:
                found.append(mark)
            i -= 1
        found.sort(key=lambda m: m.layer)
        return found


def stylize(text: Text, offset: int, marks: list[Mark], style_of: dict[str, Style]) -> None:
    """Apply ``marks`` to ``text``, which shows the article from ``offset`` on."""
    length = len(text)
    for mark in marks:
        style = style_of.get(mark.component)
        if style is None:
            continue
        start = max(0, mark.start - offset)
        end = min(length, mark.end - offset)
        if end > start:
            text.stylize(style, start, end)
