"""Home: every article of the corpus in a table; open one, filter, mark two to compare."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label, ProgressBar, Static

from corpus.model import Article
from tui.labels import article_label, clip, one_line, short_name, surname

if TYPE_CHECKING:
    from corpus.story import Story
    from tui.app import StorydiffApp

FIXED_COLUMNS = 66
"""Cells taken by every column but the title (with padding, scrollbar and border)."""


class ArticleTable(DataTable[Text]):
    """The article list: a row per article, with vim-style movement keys too."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False, id="articles.down"),
        Binding("k", "cursor_up", "Up", show=False, id="articles.up"),
        Binding("g", "scroll_top", "First", show=False, id="articles.first"),
        Binding("G", "scroll_bottom", "Last", show=False, id="articles.last"),
        Binding("b", "page_up", "Page up", show=False, id="articles.page_up"),
    ]


class ArticlesScreen(Screen[None]):
    """The article list (home screen)."""

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
        self._title_width = 0
        self._quotes_ready = False
        self._shares: dict[str, int] | None = None

    @property
    def story(self) -> Story | None:
        return cast("StorydiffApp", self.app).story

    def compose(self) -> ComposeResult:
        yield Static("storydiff", id="articles-header", classes="screen-header")
        yield Input(placeholder="filter by title or source", id="filter")
        with Vertical(id="loading"):
            yield Label("Loading articles…", id="loading-label")
            yield ProgressBar(id="loading-bar", show_eta=False)
        table = ArticleTable(id="articles", cursor_type="row", zebra_stripes=True)
        table.display = False
        yield table
        yield Static("", id="speakers-line", classes="status-line")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#filter").display = False
        if self.story is not None:
            self.story_loaded()

    # -- loading -------------------------------------------------------------------------------

    def show_progress(self, done: int, total: int) -> None:
        self.query_one("#loading-bar", ProgressBar).update(total=total, progress=done)
        self.query_one("#loading-label", Label).update(f"Loading articles… {done}/{total}")

    def load_failed(self, reason: str) -> None:
        self.query_one("#loading-label", Label).update(Text(f"Could not open the corpus: {one_line(reason)}"))
        self.query_one("#loading-bar").display = False

    def story_loaded(self) -> None:
        self.query_one("#loading").display = False
        table = self.query_one(ArticleTable)
        table.display = True
        self.fill_table()
        table.focus()
        self.update_header()
        self.index_story()

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def index_story(self) -> None:
        """Find quotes, then the passages shared across the corpus; the table fills in as they come."""
        story = self.story
        if story is None:
            return
        story.quotes()
        self.app.call_from_thread(self._quotes_found)
        try:
            shares = story.shares()
        except Exception as exc:  # the list stays usable without the reuse graph
            self.app.call_from_thread(self.notify, f"Shared passages unavailable: {exc}", severity="warning")
            return
        self.app.call_from_thread(self._shares_found, shares)

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
        elif self._quotes_ready:
            facts.append("finding shared passages…")
        header = Text.assemble(("storydiff", "bold"), " — ", one_line(story.name), f" ({', '.join(facts)})")
        self.query_one("#articles-header", Static).update(header)
        if self._quotes_ready:
            top = story.speakers()[:8]
            line = Text("Speakers: ", style="bold")
            line.append(" · ".join(f"{surname(s.name)} {s.quotes}" for s in top) or "none found")
            line.append("   (s: all speakers)", style="dim")
            self.query_one("#speakers-line", Static).update(line)

    # -- the table -----------------------------------------------------------------------------

    def on_resize(self) -> None:
        if self.story is not None and self._title_width != self._wanted_title_width():
            self.fill_table()

    def _wanted_title_width(self) -> int:
        return max(16, self.size.width - FIXED_COLUMNS)

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
        table = self.query_one(ArticleTable)
        keep = self.current_name()
        self._title_width = width = self._wanted_title_width()
        table.clear(columns=True)
        for label, key, column_width in (
            (" ", "mark", 1),
            ("#", "number", 3),
            ("Title", "title", width),
            ("Source", "source", 14),
            ("Date", "date", 10),
            ("Words", "words", 6),
            ("Quotes", "quotes", 6),
            ("Shares", "shares", 6),
        ):
            table.add_column(Text(label), key=key, width=column_width)
        index = {a.name: i for i, a in enumerate(story.articles)}
        for article in self.visible_articles():
            table.add_row(*self._cells(article, index[article.name], width), key=article.name)
        if keep is not None and keep in table.rows:
            table.move_cursor(row=table.get_row_index(keep))

    def _cells(self, article: Article, i: int, width: int) -> list[Text]:
        story = self.story
        assert story is not None
        mark = Text("◆" if article.name in self.marked else "", style="bold")
        if article.problem:
            title = Text(clip(f"⚠ {one_line(article.problem)} — {article_label(article)}", width))
            title.stylize("bold", 0, 1)
        else:
            title = Text(clip(article_label(article), width))
        if self._quotes_ready:
            quotes = Text(str(len(story.quotes_of(article.name))), justify="right")
        else:
            quotes = Text("…", justify="right")
        if self._shares is not None:
            shares = Text(str(self._shares.get(article.name, 0)), justify="right")
        else:
            shares = Text("…", justify="right")
        return [
            mark,
            Text(short_name(article, i)),
            title,
            Text(clip(one_line(article.source or "—"), 14)),
            Text(article.date or "—"),
            Text(str(article.words), justify="right"),
            quotes,
            shares,
        ]

    def current_name(self) -> str | None:
        table = self.query_one(ArticleTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return cast(str, row_key.value)

    # -- actions -------------------------------------------------------------------------------

    @on(DataTable.RowSelected, "#articles")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.app_open(cast(str, event.row_key.value))

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
        self.query_one(ArticleTable).update_cell(
            name, "mark", Text("◆" if name in self.marked else "", "bold")
        )
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
        box = self.query_one("#filter", Input)
        box.display = True
        box.focus()

    def action_clear_filter(self) -> None:
        box = self.query_one("#filter", Input)
        if box.display:
            box.value = ""
            box.display = False
            self.query_one(ArticleTable).focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self.fill_table()

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(ArticleTable).focus()
