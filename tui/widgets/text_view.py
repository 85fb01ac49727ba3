"""The article text, painted a line at a time (Line API), with highlights from offsets.

Only the lines on screen are ever turned into rich ``Text``; the layout is a list of offsets into
``article.text`` (see :mod:`tui.widgets.wrap`), so a long article costs one pass to lay out and
nothing more to scroll. Highlight styles are component classes, so they follow the theme.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from corpus.model import Article
from tui.widgets.marks import SPEAKER_COMPONENTS, Mark, MarkIndex, stylize
from tui.widgets.styling import component_style
from tui.widgets.wrap import BLANK, LineMap, shown, wrap_span

COMPONENTS = {
    "title",
    "boilerplate",
    "quote",
    "mention",
    "quoted-mention",
    "current",
    "match",
    "match-current",
    "deleted",
    "added",
    "gutter",
    "family",
    "family-current",
    "family-passage",
    *SPEAKER_COMPONENTS,
    *{f"tint-{i}" for i in range(1, 9)},
}

Place = tuple[int, int | None]
"""An offset into the text and the screen row to show it on (None: the middle of the view)."""

EIGHT_BIT = "256"
"""Rich's name for a terminal of 256 colours (TERM=…-256color without COLORTERM)."""

SCROLL_BINDINGS: list[BindingType] = [
    Binding("j,down", "scroll_down", "Down", show=False, id="text.down"),
    Binding("k,up", "scroll_up", "Up", show=False, id="text.up"),
    Binding("g,home", "scroll_home", "Top", show=False, id="text.top"),
    Binding("G,end", "scroll_end", "Bottom", show=False, id="text.bottom"),
    Binding("space,pagedown", "page_down", "Page down", show=False, id="text.page_down"),
    Binding("b,pageup", "page_up", "Page up", show=False, id="text.page_up"),
    Binding("h,left", "scroll_left", "Left", show=False, id="text.left"),
    Binding("l,right", "scroll_right", "Right", show=False, id="text.right"),
]


class TextView(ScrollView, can_focus=True):
    """One article's paragraphs, wrapped to the width, with marks painted on them."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"text-view--{name}" for name in COMPONENTS}
    BINDINGS: ClassVar[list[BindingType]] = SCROLL_BINDINGS

    wrap: reactive[bool] = reactive(True)
    show_boilerplate: reactive[bool] = reactive(True)

    class Clicked(Message):
        """The user clicked the text at ``offset`` (an index into ``article.text``)."""

        def __init__(self, view: TextView, offset: int) -> None:
            super().__init__()
            self.view = view
            self.offset = offset

        @property
        def control(self) -> TextView:
            return self.view

    def __init__(
        self,
        article: Article | None = None,
        *,
        gutter: bool = False,
        overscroll: bool = False,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.article = article
        self.show_gutter = gutter
        self.overscroll = overscroll
        """Let the last line scroll up to the top: two texts side by side can then show any line of
        each on the same row (Compare), however near its end the line is."""
        self._widest = 0
        self._marks = MarkIndex([])
        self._gutter_marks = MarkIndex([])
        self._map = LineMap([])
        self._laid_out_width: int | None = -1
        self._styles: dict[str, Style] = {}
        self._anchor: Place | None = None
        """The place last shown (a quote, a passage, a match): kept when the text is laid out
        again at another width or height, as long as it was on screen."""
        self._shown_height = 0
        self.keeping_place = False
        """True while the view scrolls itself back to its place after a new layout (not a user's move)."""

    def on_mount(self) -> None:
        # Tints blended for a full-colour terminal round to one grey in the 256-colour cube:
        # text.tcss gives speakers and passages colours of the cube itself under this class.
        self.set_class(self.app.console.color_system == EIGHT_BIT, "-eight-bit-colours")

    # -- content -------------------------------------------------------------------------------

    def set_article(self, article: Article, marks: list[Mark] | None = None) -> None:
        self.article = article
        self._marks = MarkIndex(list(marks or []) + self._paragraph_marks())
        self._laid_out_width = -1
        self._anchor = None
        self._map = LineMap([])
        self._relayout()
        self.scroll_to(0, 0, animate=False, immediate=True)

    def set_marks(self, marks: list[Mark], gutter: list[Mark] | None = None) -> None:
        """Replace the highlights (paragraph styles are kept)."""
        self._marks = MarkIndex(list(marks) + self._paragraph_marks())
        if gutter is not None:
            self._gutter_marks = MarkIndex(gutter)
        self.refresh()

    def _paragraph_marks(self) -> list[Mark]:
        if self.article is None:
            return []
        return [Mark(p.start, p.end, p.kind, layer=-1) for p in self.article.paragraphs if p.kind != "body"]

    # -- layout --------------------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        return max(1, self.scrollable_content_region.width - (2 if self.show_gutter else 0))

    def _relayout(self, place: Place | None = None) -> None:
        if self.wrap and self.scrollable_content_region.width <= (2 if self.show_gutter else 0):
            return  # not laid out on screen yet (or hidden): wrapping at one cell would be wasted work
        width = self.text_width if self.wrap else None
        if width == self._laid_out_width and self._map.lines:
            return
        self._laid_out_width = width
        place = place or self._place(self._shown_height)
        lines: list[tuple[int, int]] = []
        article = self.article
        if article is not None:
            for paragraph in article.paragraphs:
                if paragraph.kind == "boilerplate" and not self.show_boilerplate:
                    continue
                if lines:
                    lines.append(BLANK)
                lines.extend(wrap_span(article.text, paragraph.start, paragraph.end, width))
        self._map = LineMap(lines)
        self._widest = self.text_width
        if width is None and article is not None:
            self._widest = max((e - s for s, e in lines if (s, e) != BLANK), default=0)
        self._size_virtually()
        if place is not None:
            self._go_back_to(place)
        self.refresh()

    def _size_virtually(self) -> None:
        below = max(0, self.scrollable_content_region.height - 1) if self.overscroll else 0
        self.virtual_size = Size(self._widest + (2 if self.show_gutter else 0), len(self._map) + below)

    def _place(self, height: int) -> Place | None:
        """Where the view is, in offsets (the layout changes, the offsets do not): the anchor if it
        is on screen, else the first text at the top. ``height``: the view's height on screen."""
        if not self._map.lines:
            return self._anchor  # shown at a place before it had a size: it goes there now
        top = int(self.scroll_y)
        if self._anchor is not None and top <= self._map.line_of(self._anchor[0]) < top + height:
            return self._anchor
        for start, _ in self._map.lines[top : top + height]:
            if start >= 0:
                return start, 0
        return None

    def _row_target(self, offset: int, row: int | None) -> int:
        """The scroll position that shows ``offset`` on screen row ``row`` (None: the middle)."""
        height = self.scrollable_content_region.height
        row = height // 2 if row is None else min(row, max(0, height - 1))
        return max(0, self._map.line_of(offset) - row)

    def _go_back_to(self, place: Place) -> None:
        self.keeping_place = True
        try:
            # force: a layout just made has no scrollbar yet, and without one Textual refuses to scroll
            self.scroll_to(y=self._row_target(*place), animate=False, immediate=True, force=True)
        finally:
            self.keeping_place = False
        self.call_after_refresh(self._show_scroll_position)

    def _show_scroll_position(self) -> None:
        # A scroll made before the scrollbar existed did not move its thumb (Textual moves it only
        # when the bar is shown at the time of the scroll).
        if self.show_vertical_scrollbar:
            self.vertical_scrollbar.position = self.scroll_y

    def on_resize(self, event: events.Resize) -> None:
        place = self._place(self._shown_height)
        self._shown_height = self.scrollable_content_region.height
        if self._laid_out_width == (self.text_width if self.wrap else None) and self._map.lines:
            self._size_virtually()
            if place is not None:  # same lines, another height: the anchor goes back to its row
                self._go_back_to(place)
        else:
            self._relayout(place)

    def watch_wrap(self) -> None:
        self._laid_out_width = -1
        if self.is_mounted:
            self._relayout()

    def watch_show_boilerplate(self) -> None:
        self._laid_out_width = -1
        if self.is_mounted:
            self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = {}

    def line_of(self, offset: int) -> int:
        self._relayout()
        return self._map.line_of(offset)

    def line_span(self, line: int) -> tuple[int, int]:
        return self._map.lines[line]

    @property
    def line_count(self) -> int:
        return len(self._map)

    def centre_on(self, offset: int, *, animate: bool = False) -> None:
        """Scroll so the line holding ``offset`` sits in the middle of the view."""
        self.show_at(offset, None, animate=animate)

    def show_at(self, offset: int, row: int | None, *, animate: bool = False) -> None:
        """Scroll so the line holding ``offset`` sits on screen row ``row`` (None: the middle), or
        as near as the text's start allows; the view keeps it there through new layouts."""
        self._relayout()
        self._anchor = (offset, row)
        self.scroll_to(y=self._row_target(offset, row), animate=animate, immediate=True, force=True)
        self.call_after_refresh(self._show_scroll_position)

    def visible_span(self) -> tuple[int, int]:
        """Offsets of the first and last text shown on screen."""
        top = int(self.scroll_y)
        bottom = min(len(self._map), top + self.scrollable_content_region.height)
        spans = [self._map.lines[i] for i in range(top, bottom) if self._map.lines[i] != BLANK]
        if not spans:
            return (0, 0)
        return spans[0][0], spans[-1][1]

    # -- painting ------------------------------------------------------------------------------

    def _style(self, component: str) -> Style:
        style = self._styles.get(component)
        if style is None:
            style = component_style(self, f"text-view--{component}")
            self._styles[component] = style
        return style

    def render_line(self, y: int) -> Strip:
        self._relayout()
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self.article is None or index >= len(self._map):
            return Strip.blank(width, base)
        start, end = self._map.lines[index]
        if (start, end) == BLANK:
            return Strip.blank(width, base)
        text = Text(shown(self.article.text[start:end]), style=base, end="", no_wrap=True)
        marks = self._marks.touching(start, end)
        stylize(text, start, marks, {m.component: self._style(m.component) for m in marks})
        segments = list(Segment.apply_style(text.render(self.app.console), base))
        if not self.show_gutter:
            return Strip(segments).crop_extend(scroll_x, scroll_x + width, base)
        # The gutter stays put when the text scrolls sideways (wrap off).
        shown_text = Strip(segments).crop_extend(scroll_x, scroll_x + width - 2, base)
        return Strip.join([Strip(self._gutter(start, end, base), 2), shown_text])

    def _gutter(self, start: int, end: int, base: Style) -> list[Segment]:
        marks = self._gutter_marks.touching(start, end)
        if not marks:
            return [Segment("  ", base)]
        return [Segment("▌", base + self._style(marks[-1].component)), Segment(" ", base)]

    # -- mouse ---------------------------------------------------------------------------------

    def offset_at(self, x: int, y: int) -> int | None:
        """The text offset under the cell ``(x, y)`` of the widget, or None off the text."""
        index = int(self.scroll_y) + y
        if self.article is None or not 0 <= index < len(self._map):
            return None
        start, end = self._map.lines[index]
        if (start, end) == BLANK:
            return None
        column = int(self.scroll_x) + x - (2 if self.show_gutter else 0)
        text = shown(self.article.text[start:end])
        cells = 0
        for i, char in enumerate(text):
            cells += Text(char).cell_len
            if cells > column:
                return start + i
        return None

    def on_click(self, event: events.Click) -> None:
        content = event.get_content_offset(self)
        offset = None if content is None else self.offset_at(content.x, content.y)
        if offset is not None:
            self.post_message(self.Clicked(self, offset))
