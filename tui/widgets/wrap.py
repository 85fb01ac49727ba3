"""Line layout on offsets: wrap spans of an article's text into screen lines without copying it.

A screen line is a ``(start, end)`` span of ``article.text`` (the text itself is only sliced when a
line is painted), so highlights given as offsets land on the right cells however the text wraps.
Widths are terminal cells of the text as shown (after :func:`corpus.ingest.inert.visible`, where every
control becomes a one-cell picture); tabs and newlines are shown as a space.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len

from corpus.ingest.inert import visible

_TOKEN = re.compile(r"[^\s]+[ \t\u00a0]*|[ \t\u00a0]+")

BLANK = (-1, -1)
"""A line with no text: the gap between two paragraphs."""


def shown(text: str) -> str:
    """Article text as it goes on screen: inert, one character per character, tabs as spaces."""
    return visible(text).replace("\t", " ").replace("\n", " ")


def wrap_span(text: str, start: int, end: int, width: int | None) -> list[tuple[int, int]]:
    """Screen lines for ``text[start:end]``: hard breaks at newlines, soft wraps at ``width`` cells.

    With ``width`` None nothing wraps (only newlines break). A word longer than the width is cut
    at the width. Runs in time linear in the span.
    """
    lines: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        newline = text.find("\n", pos, end)
        line_end = end if newline < 0 else newline
        if width is None:
            lines.append((pos, line_end))
        else:
            lines.extend(_wrap_line(text, pos, line_end, max(1, width)))
        if newline < 0:
            break
        pos = newline + 1
    return lines


def _wrap_line(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    lines: list[tuple[int, int]] = []
    line_start = start
    col = 0
    for match in _TOKEN.finditer(text, start, end):
        token = match.group()
        word = token.rstrip()
        word_cells = cell_len(visible(word)) if not word.isascii() else len(word)
        token_cells = word_cells + (len(token) - len(word))
        if col and col + word_cells > width:
            lines.append((line_start, match.start()))
            line_start, col = match.start(), 0
        if word_cells > width:  # a word wider than the screen: cut it into screen-wide pieces
            for cut in _cut_word(text, match.start(), match.start() + len(word), width):
                lines.append((line_start, cut))
                line_start = cut
            col = cell_len(shown(text[line_start : match.end()]))
            continue
        col += token_cells
    if line_start < end or not lines:
        lines.append((line_start, end))
    return lines


def _cut_word(text: str, start: int, end: int, width: int) -> list[int]:
    """Offsets inside ``text[start:end]`` where a too-long word is cut, each piece ``width`` cells."""
    cuts: list[int] = []
    col = 0
    for i in range(start, end):
        cells = cell_len(shown(text[i])) if not text[i].isascii() else 1
        if col + cells > width and col:
            cuts.append(i)
            col = 0
        col += cells
    return cuts


class LineMap:
    """Where each offset sits on screen: line numbers of a list of ``(start, end)`` lines."""

    def __init__(self, lines: list[tuple[int, int]]) -> None:
        self.lines = lines
        self._text_lines = [i for i, line in enumerate(lines) if line != BLANK]
        self._starts = [lines[i][0] for i in self._text_lines]

    def __len__(self) -> int:
        return len(self.lines)

    def line_of(self, offset: int) -> int:
        """The line showing ``offset`` (or the nearest line before it); 0 for an empty map."""
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return self._text_lines[0] if self._text_lines else 0
        return self._text_lines[k]
