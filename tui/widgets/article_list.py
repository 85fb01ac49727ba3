"""The article list: a table painted a line at a time (Line API), so 10,000 rows cost nothing.

Textual's DataTable renders and caches every cell; this list keeps rows as plain strings and only
turns the lines on screen into rich ``Text``. Flexible columns (the title, a search hit in context)
share the width left over; optional columns give way on a narrow terminal. The header shows the
column the rows are sorted by (an arrow) and each column's sort key (underlined); a click on a
column's header asks for that sort. Cells are article data: they are made inert before they get
here and never read as markup.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.labels import clip, pad
from tui.widgets.styling import component_style


# Column and Row are plain classes, not dataclasses or NamedTuples: making either compiles methods
# from source (2-5 M instructions a dataclass, ~1 M a NamedTuple) at every start, before the first frame.
class Column:
    """A column of the list: its header label, the key of its cells, how wide it is.

    ``width`` is in cells; 0 = flexible: a share of the width left over (``flex`` parts of it).
    ``optional`` 0: always shown; otherwise the column gives way when the flexible ones would be
    narrower than MIN_FLEXIBLE, the highest number first. ``sort_key`` is the key that sorts by this
    column, underlined in its label when the label holds it. ``fit``: narrower than ``width`` when
    no cell (nor the label and its sort arrow) needs all of it."""

    __slots__ = ("fit", "flex", "key", "label", "optional", "right", "sort_key", "width")

    def __init__(
        self,
        label: str,
        key: str,
        width: int = 0,
        *,
        right: bool = False,
        flex: int = 1,
        optional: int = 0,
        sort_key: str = "",
        fit: bool = False,
    ) -> None:
        self.label = label
        self.key = key
        self.width = width
        self.right = right
        self.flex = flex
        self.optional = optional
        self.sort_key = sort_key
        self.fit = fit

    def narrowed(self, width: int) -> Column:
        """The same column, ``width`` cells wide."""
        return Column(
            self.label,
            self.key,
            width,
            right=self.right,
            flex=self.flex,
            optional=self.optional,
            sort_key=self.sort_key,
            fit=self.fit,
        )


class Row:
    """One article's line: its cells by column key, and how it is shown."""

    __slots__ = ("cells", "found", "key", "marked", "problem")

    def __init__(
        self,
        key: str,
        cells: dict[str, str],
        problem: bool = False,
        marked: bool = False,
        found: dict[str, tuple[int, int]] | None = None,
    ) -> None:
        self.key = key
        self.cells = cells
        self.problem = problem
        self.marked = marked
        self.found: dict[str, tuple[int, int]] = {} if found is None else found
        """Per cell, a stretch of it (character offsets) that matched a search: highlighted, and the
        cell is shown from a little before it when it would be cut off."""


class ArticleList(ScrollView, can_focus=True):
    """Rows of articles under a fixed header; a cursor row; enter or a click on it selects."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--header",
        "article-list--cursor",
        "article-list--zebra",
        "article-list--problem",
        "article-list--marked",
        "article-list--found",
        "article-list--sort-key",
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
    sorted_by: reactive[tuple[str, bool] | None] = reactive(None)
    """The column the rows are in the order of, and whether that order is reversed."""

    class Selected(Message):
        """A row was chosen (enter, or a click on the cursor row)."""

        def __init__(self, article_list: ArticleList, key: str) -> None:
            super().__init__()
            self.article_list = article_list
            self.key = key

        @property
        def control(self) -> ArticleList:
            return self.article_list

    class HeaderClicked(Message):
        """A column's header was clicked: sort by that column (again: reverse)."""

        def __init__(self, article_list: ArticleList, column: str) -> None:
            super().__init__()
            self.article_list = article_list
            self.column = column

        @property
        def control(self) -> ArticleList:
            return self.article_list

    GAP = 2
    MIN_FLEXIBLE = 24
    SORT_ARROWS = ("▲", "▼")
    FOUND_LEAD = 3
    """A search hit cut off by its column is shown from a third of the column's width on."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns: list[Column] = []
        self.rows: list[Row] = []
        self._index: dict[str, int] = {}
        self._styles: dict[str, Style] = {}
        self._frame: tuple[int, Style, list[tuple[Column, int]]] | None = None
        """While a frame is painted: its width, the base style and the shown columns (see render_lines)."""

    # -- content -------------------------------------------------------------------------------

    def set_rows(self, columns: list[Column], rows: list[Row], *, keep: str | None = None) -> None:
        self.columns = [self._fitted(c, rows) for c in columns]
        self.rows = rows
        self._index = {row.key: i for i, row in enumerate(rows)}
        self.virtual_size = Size(self.scrollable_content_region.width, len(rows) + 1)
        cursor = self._index.get(keep, 0) if keep is not None else min(self.cursor, max(0, len(rows) - 1))
        self.cursor = cursor
        self.refresh()

    @staticmethod
    def _fitted(column: Column, rows: list[Row]) -> Column:
        if not column.fit:
            return column
        widest = max((cell_len(row.cells.get(column.key, "")) for row in rows), default=0)
        return column.narrowed(min(column.width, max(widest, cell_len(column.label) + 1)))

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
        if content is None:
            return
        if content.y == 0:
            column = self._column_at(content.x)
            if column is not None:
                self.post_message(self.HeaderClicked(self, column.key))
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

    def shown_columns(self, width: int) -> list[tuple[Column, int]]:
        """The columns that fit in ``width`` cells, each with its width: optional ones give way
        (the highest ``optional`` first) while the flexible ones would be narrower than MIN_FLEXIBLE."""
        columns = list(self.columns)
        while True:
            fixed = sum(c.width for c in columns) + self.GAP * (len(columns) - 1) + 1
            flexible = [c for c in columns if not c.width]
            room = width - fixed
            dropping = [c for c in columns if c.optional]
            if room >= self.MIN_FLEXIBLE * max(1, len(flexible)) or not dropping:
                break
            columns.remove(max(dropping, key=lambda c: c.optional))
        parts = sum(c.flex for c in flexible) or 1
        room = max(8 * len(flexible), room)
        shares = {c.key: room * c.flex // parts for c in flexible}
        if flexible:  # what the division leaves goes to the first flexible column
            shares[flexible[0].key] += room - sum(shares.values())
        return [(c, c.width or shares[c.key]) for c in columns]

    def _column_at(self, x: int) -> Column | None:
        at = 1
        for column, width in self.shown_columns(self.scrollable_content_region.width):
            if at <= x < at + width + self.GAP:
                return column
            at += width + self.GAP
        return None

    def _header(self, shown: list[tuple[Column, int]]) -> Text:
        text = Text(" ", no_wrap=True, end="")
        for i, (column, width) in enumerate(shown):
            label, arrow = column.label, ""
            if self.sorted_by is not None and self.sorted_by[0] == column.key:
                arrow = self.SORT_ARROWS[self.sorted_by[1]]
            if column.right and arrow and cell_len(label) + 1 > width:
                text.right_crop(1)  # the arrow takes the last space of the gap before the label
                text.append(arrow, self._style("header"))
                arrow = ""
            cell = pad(clip(label + arrow, width), width, right=column.right)
            at = len(text)
            text.append(cell, self._style("header"))
            key_at = cell.find(column.sort_key) if column.sort_key else -1
            if key_at < 0 and column.sort_key:
                key_at = cell.casefold().find(column.sort_key.casefold())
            if key_at >= 0:
                text.stylize(self._style("sort-key"), at + key_at, at + key_at + 1)
            if i < len(shown) - 1:
                text.append(" " * self.GAP)
        return text

    def _line(self, row: Row, shown: list[tuple[Column, int]]) -> tuple[Text, list[tuple[int, int]]]:
        """The row's line, and the stretches of it that a search found (styled last, over the cursor)."""
        text = Text(" ", no_wrap=True, end="")
        hits: list[tuple[int, int]] = []
        for i, (column, width) in enumerate(shown):
            cell = row.cells.get(column.key, "")
            found = row.found.get(column.key)
            lead = max(0, found[0] - width // self.FOUND_LEAD) if found is not None else 0
            if found is not None and lead and cell_len(cell[: found[1]]) > width:  # keep the hit in view
                cell, found = "…" + cell[lead + 1 :], (found[0] - lead, found[1] - lead)
            at = len(text)
            shown_cell = clip(cell, width)
            text.append(pad(shown_cell, width, right=column.right))  # in cells: CJK is wide
            if found is not None and not column.right:
                end = min(found[1], len(shown_cell.rstrip("…")) if shown_cell != cell else found[1])
                if end > found[0]:
                    hits.append((at + found[0], at + end))
            if i < len(shown) - 1:
                text.append(" " * self.GAP)
        return text, hits

    def render_lines(self, crop: Region) -> list[Strip]:
        # Every line of one frame has the same width, base style and columns: work them out once per
        # frame, not per line (the base style walks all the widget's ancestors). Textual calls
        # render_line from here, synchronously, so nothing changes them in between; a call from
        # anywhere else works them out itself.
        width = self.scrollable_content_region.width
        self._frame = (width, self.rich_style, self.shown_columns(width))
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        if self._frame is None:
            width = self.scrollable_content_region.width
            base, shown = self.rich_style, self.shown_columns(width)
        else:
            width, base, shown = self._frame
        if y == 0:
            line = self._header(shown)
        else:
            index = int(self.scroll_y) + y - 1
            if index >= len(self.rows):
                return Strip.blank(width, base)
            row = self.rows[index]
            line, hits = self._line(row, shown)
            if index % 2:
                line.stylize(self._style("zebra"))
            if row.problem:
                line.stylize(self._style("problem"))
            if row.marked:
                line.stylize(self._style("marked"))
            if index == self.cursor:
                line.stylize(self._style("cursor"))
            for start, end in hits:
                line.stylize(self._style("found"), start, end)
        segments = list(Segment.apply_style(line.render(self.app.console), base))
        return Strip(segments).crop_extend(0, width, base)

    def watch_sorted_by(self) -> None:
        self.refresh()
