"""Home: every article of the corpus in a table; open one, filter, mark two to compare."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, ProgressBar, Static

from corpus.model import Article
from tui.labels import article_label, one_line, surname
from tui.later import Cancelled, Throttled, run_later
from tui.widgets.article_list import ArticleList, Column, Row

if TYPE_CHECKING:
    from corpus.story import Story
    from tui.app import StorydiffApp


class ArticlesScreen(Screen[None]):
    """The article list (home screen)."""

    class ListReady(Message):
        """The article list is filled (quotes and shares follow as they are computed)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Read", id="articles.open"),
        Binding("space", "mark", "Mark to compare", id="articles.mark"),
        Binding("s", "speakers", "Speakers", id="articles.speakers"),
        Binding("slash", "filter", "Filter", key_display="/", id="articles.filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="articles.clear_filter"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.marked: list[str] = []
        self.filter_text = ""
        self._graph_done = (0, 1)
        self._quotes_ready = False
        self._shares: dict[str, int] | None = None
        self._graph_error: str | None = None

    @property
    def story(self) -> Story | None:
        return cast("StorydiffApp", self.app).story

    def compose(self) -> ComposeResult:
        # Only what the first frame shows is composed here: the filter box, the progress bar (for
        # a corpus big enough to load in a worker) and the footer are mounted when needed or
        # right after the first frame, to keep the time to the painted list short.
        yield Static("storydiff", id="articles-header", classes="screen-header")
        if self.story is None:
            with Vertical(id="loading"):
                yield Label("Loading articles…", id="loading-label")
                yield ProgressBar(id="loading-bar", show_eta=False)
        table = ArticleList(id="articles")
        table.display = self.story is not None
        yield table
        yield Static("", id="speakers-line", classes="status-line")

    def on_mount(self) -> None:
        if self.story is not None:
            self.story_loaded()
        self.call_after_refresh(self._mount_footer)

    async def _mount_footer(self) -> None:
        await self.mount(Footer())
        self.refresh_bindings()

    # -- loading -------------------------------------------------------------------------------

    def show_progress(self, done: int, total: int) -> None:
        for bar in self.query("#loading-bar").results(ProgressBar):
            bar.update(total=total, progress=done)
        for label in self.query("#loading-label").results(Label):
            label.update(f"Loading articles… {done}/{total}")

    def show_preview(self) -> None:
        """Show the articles read so far (the app's story is a preview until loading ends)."""
        table = self.query_one(ArticleList)
        first = not table.display
        table.display = True
        self.fill_table()
        if first:
            table.focus()

    def load_failed(self, reason: str) -> None:
        for label in self.query("#loading-label").results(Label):
            label.update(Text(f"Could not open the corpus: {one_line(reason)}"))
        for bar in self.query("#loading-bar"):
            bar.display = False

    def story_loaded(self) -> None:
        for panel in self.query("#loading"):
            panel.display = False
        table = self.query_one(ArticleList)
        table.display = True
        self.fill_table()
        table.focus()
        self.update_header()
        # Quotes and passages are CPU work: start them once the list is on screen.
        self.call_after_refresh(self.call_after_refresh, self.index_story)
        self.post_message(self.ListReady())

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def index_story(self) -> None:
        """Find quotes, then the passages shared across the corpus; the table fills in as they come."""
        story = self.story
        if story is None:
            return
        story.quotes()
        run_later(self.app, self._quotes_found)
        progress = Throttled(self.app, self._graph_progress, 0.2)
        try:
            story.graph(progress=progress)
            shares = story.shares()
        except Cancelled:
            return
        except Exception as exc:  # the list stays usable without the reuse graph
            run_later(self.app, self._graph_failed, str(exc))
            return
        run_later(self.app, self._shares_found, shares)

    def _graph_failed(self, reason: str) -> None:
        self._graph_error = reason
        self.fill_table()
        self.notify(f"Shared passages unavailable: {one_line(reason)}", severity="warning")
        self.update_header()

    def _graph_progress(self, done: int, total: int) -> None:
        self._graph_done = (done, total)
        self.update_header()

    def _quotes_found(self) -> None:
        self._quotes_ready = True
        self.fill_table()
        self.update_header()

    def _shares_found(self, shares: dict[str, int]) -> None:
        self._shares = shares
        self.fill_table()
        self.update_header()

    def update_header(self) -> None:
        story = self.story
        if story is None:
            return
        facts = [f"{len(story.articles)} articles"]
        if self._quotes_ready:
            facts.append(f"{len(story.quotes())} quotes")
        else:
            facts.append("finding quotes…")
        if self._shares is not None:
            facts.append(f"{story.shared_passages()} shared passages")
        elif self._graph_error is not None:
            facts.append("shared passages unavailable")
        elif self._quotes_ready:
            done, total = self._graph_done
            facts.append(f"finding shared passages… {100 * done // max(1, total)}%")
        header = Text.assemble(("storydiff", "bold"), " — ", one_line(story.name), f" ({', '.join(facts)})")
        self.query_one("#articles-header", Static).update(header)
        if self._quotes_ready:
            top = story.speakers()[:8]
            line = Text("Speakers: ", style="bold")
            line.append(" · ".join(f"{surname(s.name)} {s.quotes}" for s in top) or "none found")
            line.append("   (s: all speakers)", style="dim")
            self.query_one("#speakers-line", Static).update(line)

    # -- the table -----------------------------------------------------------------------------

    COLUMNS = (
        Column(" ", "mark", 1),
        Column("#", "number", 3),
        Column("Title", "title"),
        Column("Source", "source", 14),
        Column("Date", "date", 10),
        Column("Words", "words", 6, right=True),
        Column("Quotes", "quotes", 6, right=True),
        Column("Shares", "shares", 6, right=True),
    )

    def visible_articles(self) -> list[Article]:
        story = self.story
        if story is None:
            return []
        needle = self.filter_text.casefold()
        if not needle:
            return list(story.articles)
        return [
            a
            for a in story.articles
            if needle in (a.title or "").casefold()
            or needle in (a.source or "").casefold()
            or needle in a.name.casefold()
        ]

    def fill_table(self) -> None:
        story = self.story
        if story is None:
            return
        table = self.query_one(ArticleList)
        rows = [
            Row(a.name, self._cells(a), problem=bool(a.problem), marked=a.name in self.marked)
            for a in self.visible_articles()
        ]
        # The "#" column is as wide as the longest tag (positions in a big corpus run to 5 digits).
        widest = max((len(row.cells["number"]) for row in rows), default=3)
        columns = [replace(c, width=max(c.width, widest)) if c.key == "number" else c for c in self.COLUMNS]
        table.set_rows(columns, rows, keep=table.cursor_key)

    def _cells(self, article: Article) -> dict[str, str]:
        story = self.story
        assert story is not None
        if article.problem:
            title = f"⚠ {one_line(article.problem)} — {article_label(article)}"
        else:
            title = article_label(article)
        quotes = str(len(story.quotes_of(article.name))) if self._quotes_ready else "…"
        if self._shares is not None:
            shares = str(self._shares.get(article.name, 0))
        else:
            shares = "—" if self._graph_error is not None else "…"
        return {
            "mark": "◆" if article.name in self.marked else "",
            "number": story.tag(article.name),
            "title": title,
            "source": one_line(article.source or "—"),
            "date": article.date or "—",
            "words": str(article.words),
            "quotes": quotes,
            "shares": shares,
        }

    def current_name(self) -> str | None:
        return self.query_one(ArticleList).cursor_key

    # -- actions -------------------------------------------------------------------------------

    @on(ArticleList.Selected, "#articles")
    def _row_selected(self, event: ArticleList.Selected) -> None:
        self.app_open(event.key)

    def action_open(self) -> None:
        name = self.current_name()
        if name is not None:
            self.app_open(name)

    def app_open(self, name: str) -> None:
        cast("StorydiffApp", self.app).open_reader(name)

    def action_mark(self) -> None:
        name = self.current_name()
        if name is None:
            return
        if name in self.marked:
            self.marked.remove(name)
        else:
            self.marked.append(name)
        table = self.query_one(ArticleList)
        table.get_row(name).marked = name in self.marked
        table.update_cells(name, mark="◆" if name in self.marked else "")
        if len(self.marked) == 2:
            a, b = self.marked
            self.marked = []
            self.fill_table()
            cast("StorydiffApp", self.app).open_compare(a, b)
        elif self.marked:
            self.notify("Marked for comparison: mark a second article to compare them.", timeout=3)

    def action_speakers(self) -> None:
        cast("StorydiffApp", self.app).open_speakers()

    def action_filter(self) -> None:
        boxes = self.query("#filter").results(Input)
        box = next(boxes, None)
        if box is None:
            box = Input(placeholder="filter by title, source or file name", id="filter")
            self.mount(box, before=self.query_one(ArticleList))
        box.display = True
        box.focus()

    def action_clear_filter(self) -> None:
        for box in self.query("#filter").results(Input):
            if box.display:
                box.value = ""
                box.display = False
                self.query_one(ArticleList).focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self.fill_table()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(ArticleList).focus()
