"""Home: every article of the corpus in a table; open one, filter, mark two to compare."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Input, Label, Static

from corpus.model import Article
from tui.labels import article_label, one_line, surname
from tui.later import Cancelled, Throttled
from tui.messages import OpenCompare, OpenFamilies, OpenReader, OpenSpeakers
from tui.widgets.article_list import ArticleList, Column, Row

if TYPE_CHECKING:
    from corpus.story import Story

READ_SUFFIXES = ".txt, .md, .markdown, .html and .htm"


class ArticlesScreen(Screen[None]):
    """The article list (home screen)."""

    # What the index worker found; each message sets the reactive of the same name.
    class QuotesFound(Message):
        """Every article's quotes are found (the story answers quote questions at once now)."""

    class GraphProgress(Message):
        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    class SharesFound(Message):
        def __init__(self, shares: dict[str, int]) -> None:
            super().__init__()
            self.shares = shares

    class GraphFailed(Message):
        def __init__(self, reason: str) -> None:
            super().__init__()
            self.reason = reason

    class SkippedCounted(Message):
        def __init__(self, skipped: list[Path]) -> None:
            super().__init__()
            self.skipped = skipped

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Read", id="articles.open"),
        Binding("space", "mark", "Mark to compare", id="articles.mark"),
        Binding("s", "speakers", "Speakers", id="articles.speakers"),
        Binding("F", "families", "Families", id="articles.families"),
        Binding("slash", "filter", "Filter", key_display="/", id="articles.filter"),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="articles.clear_filter"),
    ]

    quotes_ready: var[bool] = var(False, init=False)
    graph_done: var[tuple[int, int]] = var((0, 1), init=False)
    shares: var[dict[str, int] | None] = var(None, init=False)
    graph_error: var[str | None] = var(None, init=False)
    skipped: var[list[Path] | None] = var(None, init=False)
    """The corpus folder's files that are not articles (counted in a worker)."""
    filter_text: var[str] = var("", init=False)

    def __init__(self, story: Story | None = None) -> None:
        super().__init__()
        self.story = story
        """Set by the app: None while loading, a preview of the first files, then the whole corpus."""
        self.marked: list[str] = []

    def compose(self) -> ComposeResult:
        # Only what the first frame shows is composed here: the filter box, the progress bar (for
        # a corpus big enough to load in a worker) and the footer are mounted when needed or
        # right after the first frame, to keep the time to the painted list short.
        yield Static("storydiff", id="articles-header", classes="screen-header")
        if self.story is None:
            from textual.widgets import ProgressBar  # only a corpus loading in a worker shows one

            with Vertical(id="loading"):
                yield Label("Loading articles…", id="loading-label")
                yield ProgressBar(id="loading-bar", show_eta=False)
        table = ArticleList(id="articles")
        table.display = self.story is not None
        yield table
        yield Static("", id="no-articles")
        with Horizontal(id="speakers-line", classes="status-line"):
            # The names give way (an ellipsis) before the hint does.
            yield Static("", id="speakers-names")
            yield Static("", id="speakers-hint")

    def on_mount(self) -> None:
        self.query_one("#no-articles").display = False
        if self.story is not None:
            self.story_loaded(self.story)
        self.call_after_refresh(self._mount_footer)

    async def _mount_footer(self) -> None:
        from textual.widgets import Footer  # after the first frame, as the footer itself

        await self.mount(Footer())
        self.refresh_bindings()

    # -- loading -------------------------------------------------------------------------------

    def show_progress(self, done: int, total: int) -> None:
        from textual.widgets import ProgressBar

        for bar in self.query("#loading-bar").results(ProgressBar):
            bar.update(total=total, progress=done)
        for label in self.query("#loading-label").results(Label):
            label.update(f"Loading articles… {done}/{total}")

    def show_preview(self, story: Story) -> None:
        """Show the articles read so far (``story`` is a preview until loading ends)."""
        self.story = story
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

    def story_loaded(self, story: Story) -> None:
        self.story = story
        for panel in self.query("#loading"):
            panel.display = False
        table = self.query_one(ArticleList)
        table.display = bool(story.articles)
        self.fill_table()
        table.focus()
        self.update_header()
        self.count_skipped()
        # Quotes and passages are CPU work: start them once the list is on screen.
        self.call_after_refresh(self.call_after_refresh, self.index_story)

    @work(thread=True, exclusive=True, group="skipped", exit_on_error=False)
    def count_skipped(self) -> None:
        if self.story is not None:
            self.post_message(self.SkippedCounted(self.story.skipped_files()))

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def index_story(self) -> None:
        """Find quotes, then the passages shared across the corpus; the table fills in as they come."""
        story = self.story
        if story is None:
            return
        story.quotes()
        self.post_message(self.QuotesFound())
        progress = Throttled(self, self.GraphProgress, 0.2)
        try:
            story.graph(progress=progress)
            shares = story.shares()
        except Cancelled:
            return
        except Exception as exc:  # the list stays usable without the reuse graph
            self.post_message(self.GraphFailed(str(exc)))
            return
        self.post_message(self.SharesFound(shares))

    def on_articles_screen_quotes_found(self) -> None:
        self.quotes_ready = True

    def on_articles_screen_graph_progress(self, message: GraphProgress) -> None:
        self.graph_done = (message.done, message.total)

    def on_articles_screen_shares_found(self, message: SharesFound) -> None:
        self.shares = message.shares

    def on_articles_screen_graph_failed(self, message: GraphFailed) -> None:
        self.graph_error = message.reason
        self.notify(f"Shared passages unavailable: {one_line(message.reason)}", severity="warning")

    def on_articles_screen_skipped_counted(self, message: SkippedCounted) -> None:
        self.skipped = message.skipped

    def watch_quotes_ready(self) -> None:
        self.fill_table()
        self.update_header()

    def watch_shares(self) -> None:
        self.fill_table()
        self.update_header()

    def watch_graph_error(self) -> None:
        self.fill_table()
        self.update_header()

    def watch_graph_done(self) -> None:
        self.update_header()

    def watch_skipped(self) -> None:
        self.update_header()

    def watch_filter_text(self) -> None:
        self.fill_table()

    def update_header(self) -> None:
        story = self.story
        if story is None:
            return
        facts = [f"{len(story.articles)} articles"]
        if self.skipped:
            facts.append(skipped_summary(self.skipped))
        if story.articles:  # an empty folder has no quotes or passages to find: the notice says why
            facts += self._engine_facts(story)
        header = Text.assemble(("storydiff", "bold"), " — ", one_line(story.name), f" ({', '.join(facts)})")
        self.query_one("#articles-header", Static).update(header)
        self.show_no_articles(story)
        if self.quotes_ready:
            top = story.speakers()[:8]
            names = " · ".join(f"{surname(s.name)} {s.quotes}" for s in top) or "none found"
            self.query_one("#speakers-names", Static).update(Text.assemble(("Speakers: ", "bold"), names))
            self.query_one("#speakers-hint", Static).update(Text("(s: all speakers)", style="dim"))

    def _engine_facts(self, story: Story) -> list[str]:
        """How many quotes and shared passages, or how far the search for them has got."""
        facts = [f"{len(story.quotes())} quotes" if self.quotes_ready else "finding quotes…"]
        if self.shares is not None:
            facts.append(f"{story.shared_passages()} shared passages")
        elif self.graph_error is not None:
            facts.append("shared passages unavailable")
        elif self.quotes_ready:
            done, total = self.graph_done
            facts.append(f"finding shared passages… {100 * done // max(1, total)}%")
        return facts

    def show_no_articles(self, story: Story) -> None:
        """An empty folder says so (and what it holds instead), rather than showing an empty table."""
        notice = self.query_one("#no-articles", Static)
        notice.display = not story.articles
        if story.articles:
            return
        lines = [f"No articles in {one_line(str(story.root))}.", f"storydiff reads {READ_SUFFIXES} files."]
        if self.skipped:
            lines.append(f"This folder holds {skipped_summary(self.skipped)}.")
        notice.update(Text("\n".join(lines)))

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
            # The name first: a long problem would otherwise push the file it is about out of view.
            title = f"{article_label(article)} — ⚠ {one_line(article.problem)}"
        else:
            title = article_label(article)
        quotes = str(len(story.quotes_of(article.name))) if self.quotes_ready else "…"
        if self.shares is not None:
            shares = str(self.shares.get(article.name, 0))
        else:
            shares = "—" if self.graph_error is not None else "…"
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
        self.post_message(OpenReader(name))

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
            self.app.clear_notifications()  # the "mark a second article" note is done with
            self.post_message(OpenCompare(a, b))
        elif self.marked:
            self.notify("Marked for comparison: mark a second article to compare them.", timeout=3)

    def action_speakers(self) -> None:
        self.post_message(OpenSpeakers())

    def action_families(self) -> None:
        self.post_message(OpenFamilies())

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

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(ArticleList).focus()


def skipped_summary(skipped: list[Path]) -> str:
    """ "3 other files not read (2 .pdf, 1 .docx)": the most common kinds first."""
    kinds = Counter(path.suffix.lower() or "without a suffix" for path in skipped)
    shown = [f"{n} {kind}" for kind, n in kinds.most_common(3)]
    if len(kinds) > 3:
        shown.append("…")
    files = "file" if len(skipped) == 1 else "files"
    return f"{len(skipped)} other {files} not read ({', '.join(shown)})"
