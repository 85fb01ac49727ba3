"""Compare: two articles side by side, their shared passages aligned, the differing words marked."""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult, CSSPathType
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Static

from corpus.model import Overlap
from corpus.story import Story
from tui.highlights import passage_tints
from tui.labels import article_label, clip
from tui.themes import STYLES
from tui.widgets.passage_rows import PassageRows
from tui.widgets.text_view import TextView

ROWS, FULL = "rows", "full"


class CompareScreen(Screen[None]):
    """Article A left, B right: "shared passages" rows (default) or both texts in full (``m``)."""

    class Aligned(Message):
        """The two articles' overlap, from the worker that asked the story for it."""

        def __init__(self, overlap: Overlap) -> None:
            super().__init__()
            self.overlap = overlap

    CSS_PATH: ClassVar[CSSPathType] = [STYLES / name for name in ["text.tcss", "compare.tcss"]]

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next", "Next passage", id="compare.next"),
        Binding("p", "previous", "Prev passage", id="compare.previous"),
        Binding("m", "mode", "Full text/passages", id="compare.mode"),
        Binding("x", "swap", "Swap sides", id="compare.swap"),
        Binding("w", "wrap", "Wrap", id="compare.wrap"),
        Binding("tab", "other_side", "Other side", show=False, id="compare.other_side"),
        Binding("escape", "back", "Back", id="compare.back"),
    ]

    def __init__(self, story: Story, a: str, b: str) -> None:
        super().__init__()
        self.story = story
        self.a, self.b = story.article(a), story.article(b)
        self.overlap: Overlap | None = None
        self.current: int | None = None
        self.mode = ROWS
        self._syncing = False

    def compose(self) -> ComposeResult:
        yield Static("", id="compare-header", classes="screen-header")
        with Horizontal(id="compare-summary-bar"):
            yield Static("Aligning the two articles…", id="compare-summary")
            yield Static("", id="compare-position")
        with ContentSwitcher(initial=ROWS, id="compare-switcher"):
            yield PassageRows(id=ROWS)
            with Horizontal(id=FULL):
                yield TextView(id="left", gutter=True, overscroll=True)
                yield TextView(id="right", gutter=True, overscroll=True)
        yield Footer()

    def on_mount(self) -> None:
        # The note left by the screen that opened this one ("Marked for comparison: mark a second
        # article…") has been acted on: it would only cover the comparison.
        self.app.clear_notifications()
        left, right = self.query_one("#left", TextView), self.query_one("#right", TextView)
        for source, other in ((left, right), (right, left)):
            for axis in ("scroll_y", "scroll_x"):
                self.watch(source, axis, partial(self._sync, source, other, axis), init=False)
        self.query_one(PassageRows).focus()
        self.update_header()
        self.align()

    @work(thread=True, exclusive=True, group="align", exit_on_error=False)
    def align(self) -> None:
        self.post_message(self.Aligned(self.story.overlap(self.a.name, self.b.name)))

    def on_compare_screen_aligned(self, message: Aligned) -> None:
        self._aligned(message.overlap)

    def _aligned(self, overlap: Overlap) -> None:
        self.overlap = overlap
        self.current = 0 if overlap.passages else None
        self.query_one(PassageRows).show(self.a, self.b, overlap, self.current)
        self.query_one("#left", TextView).set_article(self.a)
        self.query_one("#right", TextView).set_article(self.b)
        self.refresh_full_marks()
        self.update_header()
        if self.mode == FULL and self.current is not None:  # "m" was pressed while aligning
            self.call_after_refresh(self.go_to, self.current)

    # -- display -------------------------------------------------------------------------------

    def update_header(self) -> None:
        def side(article_name: str) -> Text:
            article = self.story.article(article_name)
            tag = self.story.tag(article_name)
            return Text.assemble((tag, "bold"), " ", clip(article_label(article), 50))

        header = Text.assemble(side(self.a.name), ("  ⇄  ", "bold"), side(self.b.name))
        self.query_one("#compare-header", Static).update(header)
        if self.overlap is None:
            return
        passages = self.overlap.passages
        copied = sum(p.tier == "copied" for p in passages)
        if not passages:
            summary = "These two articles share no passage."
        else:
            summary = (
                f"{len(passages)} shared passage{'s' if len(passages) != 1 else ''} · "
                f"{copied} copied · {len(passages) - copied} reworded"
            )
        mode = "full text" if self.mode == FULL else "shared passages"
        position = (
            f"{mode} · passage {self.current + 1}/{len(passages)}" if self.current is not None else mode
        )
        self.query_one("#compare-summary", Static).update(summary)
        self.query_one("#compare-position", Static).update(position)

    def refresh_full_marks(self) -> None:
        if self.overlap is None:
            return
        for side, view_id in (("a", "#left"), ("b", "#right")):
            marks, gutter = passage_tints(self.overlap, side, self.current)
            self.query_one(view_id, TextView).set_marks(marks, gutter)

    # -- scrolling together --------------------------------------------------------------------

    def _sync(self, source: TextView, other: TextView, axis: str, old: float, new: float) -> None:
        """Move the other pane by as much as this one moved, down or sideways. The guard stops the
        other pane's own move (or its stop at its end, when it is the shorter) from moving this one
        back; a pane going back to its place after a new layout moves alone (each goes to its own)."""
        if self._syncing or self.mode != FULL or source.keeping_place:
            return
        self._syncing = True
        try:
            if axis == "scroll_y":
                other.scroll_to(y=other.scroll_y + (new - old), animate=False, immediate=True)
            else:
                other.scroll_to(x=other.scroll_x + (new - old), animate=False, immediate=True)
        finally:
            self._syncing = False

    def passage_in_view(self) -> int | None:
        """The passage the reader is looking at: the current one while any of it is on screen,
        else the first one on screen (rows, or the left text), else the current one."""
        if self.overlap is None or self.current is None:
            return self.current
        passages = self.overlap.passages
        if self.mode == ROWS:
            rows = self.query_one(PassageRows)
            shown = rows.passages_on_screen()
        else:
            first, last = self.query_one("#left", TextView).visible_span()
            shown = [i for i, p in enumerate(passages) if p.a_start < last and p.a_end > first]
        if self.current in shown or not shown:
            return self.current
        return shown[0]

    # -- actions -------------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        if self.overlap is None or not self.overlap.passages:
            return
        self.current = index % len(self.overlap.passages)
        passage = self.overlap.passages[self.current]
        rows = self.query_one(PassageRows)
        rows.set_current(self.current)
        rows.scroll_to(y=rows.head_line(self.current), animate=False, immediate=True)
        self.refresh_full_marks()
        if self.mode == FULL:  # hidden, the texts have no width to lay out at
            self._side_by_side(passage.a_start, passage.b_start)
        self.update_header()

    def _side_by_side(self, a_offset: int, b_offset: int) -> None:
        """Both texts scrolled so the two offsets sit on the same row: the middle, or higher when
        one of them is too near its text's start to be brought down to the middle."""
        left, right = self.query_one("#left", TextView), self.query_one("#right", TextView)
        highest = min(left.line_of(a_offset), right.line_of(b_offset))
        middle = min(left.scrollable_content_region.height, right.scrollable_content_region.height) // 2
        row = None if highest >= middle else highest
        self._syncing = True
        try:
            left.show_at(a_offset, row)
            right.show_at(b_offset, row)
        finally:
            self._syncing = False

    def action_next(self) -> None:
        if self.current is not None:
            self.go_to(self.current + 1)

    def action_previous(self) -> None:
        if self.current is not None:
            self.go_to(self.current - 1)

    @on(PassageRows.Clicked)
    def _row_clicked(self, event: PassageRows.Clicked) -> None:
        if self.overlap is not None and event.passage != self.current:
            self.current = event.passage
            self.query_one(PassageRows).set_current(event.passage)
            self.refresh_full_marks()
            self.update_header()

    def action_mode(self) -> None:
        """Switch views, bringing the passage in view (moved to with n/p or scrolled to) along."""
        self.current = self.passage_in_view()
        self.mode = FULL if self.mode == ROWS else ROWS
        self.query_one(ContentSwitcher).current = self.mode
        if self.mode == FULL:
            self.query_one("#left", TextView).focus()
        else:
            self.query_one(PassageRows).focus()
        if self.current is not None:
            # After the refresh: the views just shown have no size before it.
            self.call_after_refresh(self.go_to, self.current)
        self.update_header()

    def action_swap(self) -> None:
        if self.overlap is None:
            return
        kept = self.overlap.passages[self.current] if self.current is not None else None
        self.a, self.b = self.b, self.a
        self.overlap = self.story.overlap(self.a.name, self.b.name)
        if kept is not None:
            spots = [(p.a_start, p.b_start) for p in self.overlap.passages]
            spot = (kept.b_start, kept.a_start)
            self.current = spots.index(spot) if spot in spots else 0
        self.query_one(PassageRows).show(self.a, self.b, self.overlap, self.current)
        self.query_one("#left", TextView).set_article(self.a)
        self.query_one("#right", TextView).set_article(self.b)
        self.refresh_full_marks()
        if self.current is not None:
            self.go_to(self.current)
        self.update_header()

    def action_wrap(self) -> None:
        in_view = self.passage_in_view()
        rows = self.query_one(PassageRows)
        self._syncing = True  # each pane keeps its own place through its new layout …
        try:
            rows.wrap = not rows.wrap
            for view in self.query(TextView):
                view.wrap = rows.wrap
        finally:
            self._syncing = False
        if self.mode == FULL and in_view is not None:
            self.go_to(in_view)  # … then both are brought to the passage in view, side by side
        self.notify("Wrapping on" if rows.wrap else "Wrapping off (scroll sideways with h/l)", timeout=2)

    def action_other_side(self) -> None:
        if self.mode == FULL:
            left = self.query_one("#left", TextView)
            (self.query_one("#right", TextView) if left.has_focus else left).focus()

    def action_back(self) -> None:
        self.app.pop_screen()
