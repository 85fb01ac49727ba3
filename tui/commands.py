"""Command palette: "open article…" for every article of the corpus, by title, source or file name."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from tui.labels import article_label

if TYPE_CHECKING:
    from tui.app import StorydiffApp


class ArticleCommands(Provider):
    """Open any article in the reader from the palette."""

    def _choices(self) -> list[tuple[str, str, str]]:
        app = cast("StorydiffApp", self.app)
        if app.story is None:
            return []
        return [
            (f"Open article: {article_label(a)}", a.name, f"{a.name} · {a.source or 'no source'}")
            for a in app.story.articles
        ]

    async def discover(self) -> Hits:
        app = cast("StorydiffApp", self.app)
        for text, name, help_text in self._choices()[:50]:
            yield DiscoveryHit(
                Content(text), partial(app.open_reader, name), text=text, help=escape(help_text)
            )

    async def search(self, query: str) -> Hits:
        app = cast("StorydiffApp", self.app)
        matcher = self.matcher(query)
        for text, name, help_text in self._choices():
            score = matcher.match(f"{text} {name}")
            if score > 0:
                # Article titles are data: highlight the match on plain Content, never via markup.
                display = Content(text)
                _, offsets = matcher.fuzzy_search.match(query, text)
                for offset in offsets:
                    display = display.stylize(matcher.match_style, offset, offset + 1)
                yield Hit(score, display, partial(app.open_reader, name), text=text, help=escape(help_text))
