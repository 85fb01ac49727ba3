"""The article list's background work: quotes, the reprint families (and the shared passages read
off them), text search and the files that are not articles, each in a worker that reports with a
message (article_messages)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.screen import Screen

from tui.later import Cancelled, Throttled
from tui.messages import FamiliesBuilding, FamiliesUnavailable, WantFamilies
from tui.screens.article_messages import (
    FamiliesFailed,
    FamiliesFound,
    FamiliesProgress,
    QuotesFound,
    SearchDone,
    SkippedCounted,
)

if TYPE_CHECKING:
    from corpus.story import Story


class ArticleWorkers(Screen[None]):
    """The workers of the article list (the screen itself is :class:`tui.screens.articles.ArticlesScreen`)."""

    story: Story | None

    @work(thread=True, exclusive=True, group="skipped", exit_on_error=False)
    def count_skipped(self) -> None:
        if self.story is not None:
            self.post_message(SkippedCounted(self.story.skipped_files()))

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def index_story(self) -> None:
        """Find quotes; the table fills in their counts when they come."""
        story = self.story
        if story is None:
            return
        story.quotes()
        self.post_message(QuotesFound())

    def find_families(self) -> None:
        """Reprint families: the passages each article shares, its own words and the wire service
        it reprints. The app builds them (once, for every screen); this screen shows the build's
        progress, then reads."""
        if self.story is not None:
            self.post_message(WantFamilies(self))

    def on_families_building(self, message: FamiliesBuilding) -> None:
        self.post_message(FamiliesProgress(message.done, message.total))

    def on_families_unavailable(self, message: FamiliesUnavailable) -> None:
        self.post_message(FamiliesFailed(message.reason))

    def on_families_built(self) -> None:
        self.read_families()

    @work(thread=True, exclusive=True, group="families", exit_on_error=False)
    def read_families(self) -> None:
        story = self.story
        if story is None:
            return
        try:
            families = story.families(progress=Throttled(self, FamiliesProgress, 0.2))
            shares = story.shares()
            sources = story.reprint_sources()
        except Cancelled:
            return
        except Exception as exc:  # the list stays usable without them
            self.post_message(FamiliesFailed(str(exc)))
            return
        own = {name: reuse.own_share for name, reuse in families.reuse.items()}
        self.post_message(FamiliesFound(shares, own, sources))

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def search_text(self, query: str) -> None:
        """Search the articles' text (a blank query only prepares the story's search index)."""
        if self.story is not None:
            results = self.story.search(query)
            if query.strip():
                self.post_message(SearchDone(query, results))
