"""Home: every article of the corpus in a table; open one, search, sort, mark two to compare."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.widgets import Input, Static

from tui.labels import one_line
from tui.messages import OpenCompare, OpenFamilies, OpenReader, OpenSpeakers, SearchHits
from tui.screens import article_table as table_of
from tui.screens.article_header import engine_facts, listing_facts, no_articles_text, skipped_summary
from tui.screens.article_messages import (
    FamiliesFailed,
    FamiliesFound,
    FamiliesProgress,
    SearchDone,
    SkippedCounted,
)
from tui.screens.article_table import SORT_KEYS, SORTS, Found, sort_name
from tui.screens.article_workers import ArticleWorkers
from tui.widgets.article_list import ArticleList

if TYPE_CHECKING:
    from corpus.model import Article
    from corpus.story import Story


class ArticlesScreen(ArticleWorkers):
    """The article list (home screen)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Read", id="articles.open"),
        Binding("space", "mark", "Mark to compare", id="articles.mark"),
        Binding("c", "compare", "Compare", show=False, id="articles.compare"),  # footer full: ? lists it
        Binding("s", "speakers", "Speakers", id="articles.speakers"),
        Binding("F", "families", "Families", id="articles.families"),
        Binding("slash", "filter", "Search", key_display="/", id="articles.filter"),
        Binding("f", "pick_folder", "Folder", id="articles.folder"),
        Binding("escape", "clear_filter", "Clear search", show=False, id="articles.clear_filter"),
        *(
            Binding(
                key,
                f"sort('{column}')",
                f"Sort by {sort_name(column)} (again: reverse)",
                show=False,
                id=f"articles.sort_{column}",
            )
            for column, key in SORT_KEYS.items()
        ),
    ]

    skipped: var[list[Path] | None] = var(None, init=False)
    """The corpus folder's files that are not articles (counted in a worker)."""
    filter_text: var[str] = var("", init=False)
    folder: var[str | None] = var(None, init=False)
    """The folder whose articles are listed (None: every folder)."""
    sort: var[tuple[str, bool]] = var(("number", False), init=False)
    """The column the rows are sorted by, and whether largest (or last) first."""

    def __init__(self, story: Story | None = None) -> None:
        super().__init__()
        self.story = story
        """Set by the app: None while loading, a preview of the first files, then the whole corpus."""
        self.marked: list[str] = []
        self.found = Found()
        self.has_folders = False
        """Whether the corpus has subfolders (then a Folder column and the folder picker)."""

    def compose(self) -> ComposeResult:
        # Only what the first frame shows is composed here: the filter box, the progress bar (for
        # a corpus big enough to load in a worker) and the footer are mounted when needed or
        # right after the first frame, to keep the time to the painted list short.
        yield Static("storydiff", id="articles-header", classes="screen-header")
        if self.story is None:
            from textual.widgets import Label, ProgressBar  # only a corpus loading in a worker shows them

            with Vertical(id="loading"):
                yield Label("Loading articles…", id="loading-label")
                yield ProgressBar(id="loading-bar", show_eta=False)
        table = ArticleList(id="articles")
        table.display = self.story is not None
        yield table
        # Kept empty (one blank line) until the quotes are found; the empty-folder notice is
        # mounted only for an empty folder. Fewer widgets make the first frame cheaper.
        yield Horizontal(id="speakers-line", classes="status-line")

    def on_mount(self) -> None:
        if self.story is not None:
            self.story_loaded(self.story)
        self.call_after_refresh(self._mount_footer)

    async def _mount_footer(self) -> None:
        from textual.widgets import Footer  # after the first frame, as the footer itself

        await self.mount(Footer())
        self.refresh_bindings()

    # -- loading -------------------------------------------------------------------------------

    def show_progress(self, done: int, total: int) -> None:
        from textual.widgets import Label, ProgressBar

        for bar in self.query("#loading-bar").results(ProgressBar):
            bar.update(total=total, progress=done)
        for label in self.query("#loading-label").results(Label):
            label.update(f"Loading articles… {done}/{total}")

    def show_preview(self, story: Story) -> None:
        """Show the articles read so far (``story`` is a preview until loading ends)."""
        self.story = story
        self.has_folders = table_of.has_folders(story)
        table = self.query_one(ArticleList)
        first = not table.display
        table.display = True
        self.fill_table()
        if first:
            table.focus()

    def load_failed(self, reason: str) -> None:
        from textual.widgets import Label
        for label in self.query("#loading-label").results(Label):
            label.update(Text(f"Could not open the corpus: {one_line(reason)}"))
        for bar in self.query("#loading-bar"):
            bar.display = False

    def story_loaded(self, story: Story) -> None:
        self.story = story
        self.has_folders = table_of.has_folders(story)
        self.refresh_bindings()
        for panel in self.query("#loading"):
            panel.display = False
        table = self.query_one(ArticleList)
        table.display = bool(story.articles)
        self.fill_table()
        table.focus()
        self.update_header()
        self.call_after_refresh(self.count_skipped)  # the header shows the count once it comes
        # Quotes, passages and families are CPU work: start them once the list is on screen.
        self.call_after_refresh(self.call_after_refresh, self.index_story)
        self.call_after_refresh(self.call_after_refresh, self.find_families)

    def on_articles_screen_quotes_found(self) -> None:
        self.found.quotes_ready = True
        self._refill()

    def on_articles_screen_families_progress(self, message: FamiliesProgress) -> None:
        self.found.families_done = (message.done, message.total)
        self.update_header()

    def on_articles_screen_families_found(self, message: FamiliesFound) -> None:
        self.found.shares, self.found.own, self.found.sources = message.shares, message.own, message.sources
        self._refill()

    def on_articles_screen_families_failed(self, message: FamiliesFailed) -> None:
        self.found.families_error = message.reason
        reason = one_line(message.reason)
        self.notify(f"Shared passages and own words unavailable: {reason}", severity="warning")
        self._refill()

    def on_articles_screen_search_done(self, message: SearchDone) -> None:
        if message.query == self.filter_text:
            self.found.search = {result.article: result for result in message.results}
            self.found.searched = message.query
            self._refill()
            self.refresh_bindings()

    def on_articles_screen_skipped_counted(self, message: SkippedCounted) -> None:
        self.skipped = message.skipped

    def _refill(self) -> None:
        self.fill_table()
        self.update_header()

    def watch_skipped(self) -> None:
        self.update_header()

    def watch_filter_text(self, query: str) -> None:
        self.refresh_bindings()
        if query.strip():
            self.search_text(query)
        else:
            self.found.search, self.found.searched = {}, None
            if self.sort[0] == "hits":  # nothing to count now: back to number order
                self.sort = ("number", False)
        self._refill()

    def watch_folder(self) -> None:
        self._refill()

    def watch_sort(self) -> None:
        self._refill()

    def update_header(self) -> None:
        story = self.story
        if story is None:
            return
        facts = [f"{len(story.articles)} articles"]
        if self.skipped:
            facts.append(skipped_summary(self.skipped))
        if story.articles:  # an empty folder has no quotes or passages to find: the notice says why
            facts += engine_facts(story, self.found)
        header = Text.assemble(("storydiff", "bold"), " — ", one_line(story.name), f" ({', '.join(facts)})")
        shown = self.query_one(ArticleList).row_count
        listing = listing_facts(self.folder, self.filter_text, shown, self.sort)
        if listing:
            header.append(" · " + " · ".join(listing))
        self.query_one("#articles-header", Static).update(header)
        self.show_no_articles(story)
        if self.found.quotes_ready:
            self.show_speakers(story)

    def show_speakers(self, story: Story) -> None:
        """The line under the table: the most quoted speakers and the key that lists them all."""
        top = story.speakers()[:8]
        listed = " · ".join(f"{one_line(story.short_name(s.name))} {s.quotes}" for s in top)
        names = Text.assemble(("Speakers: ", "bold"), listed or "none found")
        shown = next(self.query("#speakers-names").results(Static), None)
        if shown is not None:
            shown.update(names)
            return
        # The names give way (an ellipsis) before the hint does.
        hint = Static(Text("(s: all speakers)", style="dim"), id="speakers-hint")
        self.query_one("#speakers-line").mount(Static(names, id="speakers-names"), hint)

    def show_no_articles(self, story: Story) -> None:
        """An empty folder says so (and what it holds instead), rather than showing an empty table."""
        notice = next(self.query("#no-articles").results(Static), None)
        if story.articles:
            if notice is not None:
                notice.display = False
            return
        text = Text(no_articles_text(story, self.skipped))
        if notice is None:
            self.mount(Static(text, id="no-articles"), before=self.query_one("#speakers-line"))
        else:
            notice.display = True
            notice.update(text)

    # -- the table -----------------------------------------------------------------------------

    def visible_articles(self) -> list[Article]:
        """The rows listed, in the order shown (the folder and search narrow them; the sort orders)."""
        story = self.story
        if story is None:
            return []
        shown = table_of.listed(story, self.found, query=self.filter_text, folder=self.folder)
        return table_of.in_order(story, self.found, shown, self.sort)

    def fill_table(self) -> None:
        story = self.story
        if story is None:
            return
        table = self.query_one(ArticleList)
        rows = table_of.rows(story, self.found, self.visible_articles(), self.marked)
        columns = table_of.columns(folders=self.has_folders, searching=self.found.searched is not None)
        table.sorted_by = self.sort
        table.set_rows(columns, rows, keep=table.cursor_key)

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
        """Read the article; while a search lists it, with every hit marked, at the one its Found
        column shows."""
        result = self.found.search.get(name) if self.found.searched is not None else None
        if result is None or result.shown is None or not result.hits:
            self.post_message(OpenReader(name))
            return
        spans = [(hit.start, hit.end) for hit in result.hits]
        shown = spans.index((result.shown.start, result.shown.end)) if result.shown in result.hits else 0
        self.post_message(OpenReader(name, hits=SearchHits(self.found.searched or "", spans, shown)))

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

    def action_compare(self) -> None:
        """Compare the marked article with the one at the cursor; with none marked (or the cursor on
        it), choose the other article from the list ranked by the words it shares with this one."""
        name = self.current_name()
        if name is None or self.story is None:
            return
        marked = self.marked[0] if self.marked else None
        if marked is not None and marked != name:
            self.marked = []
            self.fill_table()
            self.app.clear_notifications()
            self.post_message(OpenCompare(marked, name))
            return
        from tui.screens.pickers import ArticlePicker

        def chosen(other: str | None) -> None:
            if other is not None:
                self.marked = []
                self.fill_table()
                self.post_message(OpenCompare(name, other))

        self.app.push_screen(ArticlePicker(self.story, exclude=name), chosen)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Keys for what this corpus or this moment does not have are left out of the footer and do
        # nothing: a folder filter without subfolders, hits while nothing is searched.
        if action == "pick_folder" or parameters == ("folder",):
            return self.has_folders
        if parameters == ("hits",):
            return self.found.searched is not None
        return True

    def action_sort(self, column: str) -> None:
        """Sort by ``column``; again by the same column: the other way round."""
        current, descending = self.sort
        self.sort = (column, not descending) if column == current else (column, SORTS[column].largest_first)

    @on(ArticleList.HeaderClicked, "#articles")
    def _header_clicked(self, event: ArticleList.HeaderClicked) -> None:
        if event.column in SORTS and self.check_action("sort", (event.column,)):
            self.action_sort(event.column)

    def action_pick_folder(self) -> None:
        story = self.story
        if story is None:
            return
        from tui.screens.folder_picker import FolderPicker

        self.app.push_screen(FolderPicker(table_of.folders(story), self.folder), self._folder_chosen)

    def _folder_chosen(self, choice: tuple[str | None] | None) -> None:
        if choice is not None:  # None: cancelled; (None,): every folder
            self.folder = choice[0]

    def action_speakers(self) -> None:
        self.post_message(OpenSpeakers())

    def action_families(self) -> None:
        self.post_message(OpenFamilies())

    def action_filter(self) -> None:
        boxes = self.query("#filter").results(Input)
        box = next(boxes, None)
        if box is None:
            box = Input(placeholder='search text, titles, sources: words, "a phrase", troop*', id="filter")
            self.mount(box, before=self.query_one(ArticleList))
        box.display = True
        box.focus()
        if not self.filter_text.strip():
            self.search_text("")  # the first search folds every article's text: start on it now

    def action_clear_filter(self) -> None:
        """Escape: end the search if one is open, else list every folder again."""
        for box in self.query("#filter").results(Input):
            if box.display:
                box.value = ""
                box.display = False
                self.query_one(ArticleList).focus()
                return
        self.folder = None

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value

    @on(Input.Submitted, "#filter")
    def _filter_done(self) -> None:
        self.query_one(ArticleList).focus()
