"""Shared passages side by side: one row per aligned pair, A left and B right, scrolling as one.

A single Line API widget paints both columns, so the two sides of a row can never drift apart.
Each row is a heading (tier and similarity) and the two passages wrapped to half the width, the
shorter side padded; the words that differ are marked (deleted on A, added on B).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import zip_longest
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from corpus.model import Article, Overlap
from tui.highlights import diff_marks
from tui.widgets.marks import Mark, MarkIndex, stylize
from tui.widgets.styling import component_style
from tui.widgets.text_view import SCROLL_BINDINGS
from tui.widgets.wrap import shown, wrap_span

DIVIDER = " │ "


@dataclass(frozen=True, slots=True)
class RowLine:
    kind: str
    """"head" (a passage's heading), "text" (a line of the two passages) or "gap"."""
    passage: int
    a: tuple[int, int] | None = None
    b: tuple[int, int] | None = None


class PassageRows(ScrollView, can_focus=True):
    """Aligned passage pairs of two articles, one row each."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "passage-rows--deleted",
        "passage-rows--added",
        "passage-rows--copied",
        "passage-rows--reworded",
        "passage-rows--current",
        "passage-rows--divider",
        "passage-rows--empty",
    }
    BINDINGS: ClassVar[list[BindingType]] = SCROLL_BINDINGS

    wrap: reactive[bool] = reactive(True)

    class Clicked(Message):
        def __init__(self, passage: int) -> None:
            super().__init__()
            self.passage = passage

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.a: Article | None = None
        self.b: Article | None = None
        self.overlap: Overlap | None = None
        self.current: int | None = None
        self.lines: list[RowLine] = []
        self.heads: list[int] = []
        self._a_marks = MarkIndex([])
        self._b_marks = MarkIndex([])
        self._laid_out: tuple[int | None, int] | None = None
        self._shown_overlap: int | None = None
        self._styles: dict[str, Style] = {}

    def show(self, a: Article, b: Article, overlap: Overlap, current: int | None = None) -> None:
        self.a, self.b, self.overlap, self.current = a, b, overlap, current
        self._a_marks = MarkIndex([m for p in overlap.passages for m in diff_marks(p, "a")])
        self._b_marks = MarkIndex([m for p in overlap.passages for m in diff_marks(p, "b")])
        self._laid_out = None
        self._relayout()

    def set_current(self, index: int | None) -> None:
        self.current = index
        self.refresh()

    # -- layout --------------------------------------------------------------------------------

    @property
    def column_width(self) -> int:
        return max(8, (self.scrollable_content_region.width - len(DIVIDER)) // 2)

    def _relayout(self) -> None:
        width = self.column_width
        key = (width if self.wrap else None, id(self.overlap))
        if key == self._laid_out:
            return
        self._laid_out = key
        in_view = self._passage_in_view(key[1])
        lines: list[RowLine] = []
        heads: list[int] = []
        widest = 0
        if self.overlap is not None and self.a is not None and self.b is not None:
            wrap_at = width if self.wrap else None
            for i, p in enumerate(self.overlap.passages):
                if lines:
                    lines.append(RowLine("gap", i))
                heads.append(len(lines))
                lines.append(RowLine("head", i))
                left = wrap_span(self.a.text, p.a_start, p.a_end, wrap_at)
                right = wrap_span(self.b.text, p.b_start, p.b_end, wrap_at)
                for a_span, b_span in zip_longest(left, right):
                    lines.append(RowLine("text", i, a_span, b_span))
                    if not self.wrap:
                        widest = max(widest, *(e - s for s, e in (a_span or (0, 0), b_span or (0, 0))))
        self.lines, self.heads = lines, heads
        virtual_width = self.scrollable_content_region.width
        if not self.wrap:
            virtual_width = max(virtual_width, widest * 2 + len(DIVIDER))
        self.virtual_size = Size(virtual_width, len(lines))
        if in_view is not None:  # the rows wrap anew (width, w): the passage in view stays at the top
            self.scroll_to(y=self.heads[in_view], animate=False, immediate=True)
        self.refresh()

    def _passage_in_view(self, overlap_id: int) -> int | None:
        """Before a new layout of the same passages: the current one if on screen, else the first."""
        if not self.lines or self._shown_overlap != overlap_id:
            self._shown_overlap = overlap_id
            return None
        shown = self.passages_on_screen()
        if not shown:
            return None
        return self.current if self.current in shown else shown[0]

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()

    def watch_wrap(self) -> None:
        if self.is_mounted:
            self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = {}

    def passages_on_screen(self) -> list[int]:
        """The passages with at least one line on screen, in order."""
        top = int(self.scroll_y)
        shown = self.lines[top : top + self.scrollable_content_region.height]
        return sorted({line.passage for line in shown if line.kind != "gap"})

    def head_line(self, passage: int) -> int:
        self._relayout()
        return self.heads[passage] if 0 <= passage < len(self.heads) else 0

    def passage_at_line(self, line: int) -> int | None:
        if 0 <= line < len(self.lines):
            return self.lines[line].passage
        return None

    # -- painting ------------------------------------------------------------------------------

    def _style(self, component: str) -> Style:
        style = self._styles.get(component)
        if style is None:
            style = component_style(self, f"passage-rows--{component}")
            self._styles[component] = style
        return style

    def render_line(self, y: int) -> Strip:
        self._relayout()
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if index >= len(self.lines) or self.overlap is None:
            return Strip.blank(width, base)
        line = self.lines[index]
        if line.kind == "gap":
            return Strip([Segment("─" * width, base + self._style("divider"))], width)
        column = self.column_width
        current = line.passage == self.current
        if line.kind == "head":
            return self._head(line.passage, width, base, current)
        offset = 0 if self.wrap else scroll_x
        left = self._side(self.a, line.a, self._a_marks, column, offset, base)
        right = self._side(self.b, line.b, self._b_marks, column, offset, base)
        divider = Segment(DIVIDER, base + self._style("divider"))
        strip = Strip([*left, divider, *right])
        return strip.crop_extend(0, width, base)

    def _head(self, index: int, width: int, base: Style, current: bool) -> Strip:
        assert self.overlap is not None
        passage = self.overlap.passages[index]
        total = len(self.overlap.passages)
        text = Text(no_wrap=True, end="")
        text.append("▶ " if current else "  ")
        text.append(f"{index + 1}/{total} ")
        text.append(passage.tier, self._style(passage.tier))
        text.append(f" · similarity {passage.similarity:.2f}")
        text.append(f" · {len(passage.a_text.split())} / {len(passage.b_text.split())} words", "dim")
        if current:
            text.stylize(self._style("current"))
        segments = list(Segment.apply_style(text.render(self.app.console), base))
        return Strip(segments).crop_extend(0, width, base)

    def _side(
        self,
        article: Article | None,
        span: tuple[int, int] | None,
        marks: MarkIndex,
        column: int,
        offset: int,
        base: Style,
    ) -> list[Segment]:
        if article is None or span is None:
            return [Segment(" " * column, base)]
        start, end = span
        text = Text(shown(article.text[start:end]), end="", no_wrap=True)
        touching: list[Mark] = marks.touching(start, end)
        stylize(text, start, touching, {m.component: self._style(m.component) for m in touching})
        segments = list(Segment.apply_style(text.render(self.app.console), base))
        return list(Strip(segments).crop_extend(offset, offset + column, base))

    def on_click(self, event: events.Click) -> None:
        content = event.get_content_offset(self)
        if content is None:
            return
        passage = self.passage_at_line(int(self.scroll_y) + content.y)
        if passage is not None:
            self.post_message(self.Clicked(passage))
