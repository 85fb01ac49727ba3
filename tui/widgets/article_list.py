"""The article list: a table painted a line at a time (Line API), so 10,000 rows cost nothing.

Textual's DataTable renders and caches every cell; this list keeps rows as plain strings and only
turns the lines on screen into rich ``Text``. One column (the title) takes the width left over.
Cells are article data: they are made inert before they get here and never read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass
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

from tui.labels import clip, pad
from tui.widgets.marks import component_style


@dataclass(frozen=True, slots=True)
class Column:
    label: str
    key: str
    width: int = 0
    """Cells; 0 = take the width left over (one column only)."""
    right: bool = False


@dataclass(slots=True)
class Row:
    key: str
    cells: dict[str, str]
    problem: bool = False
    marked: bool = False


class ArticleList(ScrollView, can_focus=True):
    """Rows of articles under a fixed header; a cursor row; enter or a click on it selects."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--header",
        "article-list--cursor",
        "article-list--zebra",
        "article-list--problem",
        "article-list--marked",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("up,k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("home,g", "first", "First", show=False, id="list.first"),
        Binding("end,G", "last", "Last", show=False, id="list.last"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup,b", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("enter", "select", "Read", id="list.select"),
    ]

    cursor: reactive[int] = reactive(0)

    class Selected(Message):
        """A row was chosen (enter, or a click on the cursor row)."""

        def __init__(self, article_list: ArticleList, key: str) -> None:
            super().__init__()
            self.article_list = article_list
            self.key = key

        @property
        def control(self) -> ArticleList:
            return self.article_list

    GAP = 2

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns: list[Column] = []
        self.rows: list[Row] = []
        self._index: dict[str, int] = {}
        self._styles: dict[str, Style] = {}

    # -- content -------------------------------------------------------------------------------

    def set_rows(self, columns: list[Column], rows: list[Row], *, keep: str | None = None) -> None:
        self.columns = columns
        self.rows = rows
        self._index = {row.key: i for i, row in enumerate(rows)}
        self.virtual_size = Size(self.scrollable_content_region.width, len(rows) + 1)
        cursor = self._index.get(keep, 0) if keep is not None else min(self.cursor, max(0, len(rows) - 1))
        self.cursor = cursor
        self.refresh()

    def update_cells(self, key: str, **cells: str) -> None:
        index = self._index.get(key)
        if index is not None:
            self.rows[index].cells.update(cells)
            self.refresh()

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def get_row(self, key: str) -> Row:
        return self.rows[self._index[key]]

    @property
    def cursor_key(self) -> str | None:
        return self.rows[self.cursor].key if self.rows else None

    # -- cursor --------------------------------------------------------------------------------

    def watch_cursor(self, old: int, new: int) -> None:
        self._scroll_to_cursor()
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        height = max(1, self.scrollable_content_region.height - 1)
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def move_to(self, key: str) -> None:
        if key in self._index:
            self.cursor = self._index[key]

    def _move(self, step: int) -> None:
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + step))

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_first(self) -> None:
        self._move(-len(self.rows))

    def action_last(self) -> None:
        self._move(len(self.rows))

    def action_page_down(self) -> None:
        self._move(max(1, self.scrollable_content_region.height - 2))

    def action_page_up(self) -> None:
        self._move(-max(1, self.scrollable_content_region.height - 2))

    def action_select(self) -> None:
        if self.rows:
            self.post_message(self.Selected(self, self.rows[self.cursor].key))

    def on_click(self, event: events.Click) -> None:
        content = event.get_content_offset(self)
        if content is None or content.y == 0:
            return
        index = int(self.scroll_y) + content.y - 1
        if 0 <= index < len(self.rows):
            if index == self.cursor or event.chain > 1:
                self.cursor = index
                self.action_select()
            else:
                self.cursor = index

    # -- painting ------------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = {}

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = component_style(self, f"article-list--{name}")
        return style

    def _widths(self, width: int) -> list[int]:
        fixed = sum(c.width for c in self.columns) + self.GAP * (len(self.columns) - 1) + 1
        flexible = max(8, width - fixed)
        return [c.width or flexible for c in self.columns]

    def _line(self, cells: list[str], widths: list[int]) -> Text:
        text = Text(" ", no_wrap=True, end="")
        for i, (column, cell, width) in enumerate(zip(self.columns, cells, widths, strict=True)):
            text.append(pad(clip(cell, width), width, right=column.right))  # in cells: CJK is wide
            if i < len(self.columns) - 1:
                text.append(" " * self.GAP)
        return text

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        widths = self._widths(width)
        if y == 0:
            line = self._line([c.label for c in self.columns], widths)
            line.stylize(self._style("header"))
        else:
            index = int(self.scroll_y) + y - 1
            if index >= len(self.rows):
                return Strip.blank(width, base)
            row = self.rows[index]
            line = self._line([row.cells.get(c.key, "") for c in self.columns], widths)
            if index % 2:
                line.stylize(self._style("zebra"))
            if row.problem:
                line.stylize(self._style("problem"))
            if row.marked:
                line.stylize(self._style("marked"))
            if index == self.cursor:
                line.stylize(self._style("cursor"))
        segments = list(Segment.apply_style(line.render(self.app.console), base))
        return Strip(segments).crop_extend(0, width, base)
