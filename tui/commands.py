"""Command palette: open any article (by title, source or file name) or any speaker's quotes."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape
from textual.message import Message
from textual.screen import Screen
from textual.style import Style

from tui.labels import article_label, one_line
from tui.messages import HoldsStory, OpenReader, OpenSpeakers

DISCOVERY_LIMIT = 50
"""Commands listed before anything is typed: the first articles, not all 10,000."""


@dataclass(frozen=True, slots=True)
class Choice:
    shown: str
    """What the palette shows (and highlights the match in)."""
    searched: str
    """What a query is matched against: the shown text and the facts not shown in it."""
    help: str
    message: Message


class ArticleCommands(Provider):
    """Open an article in the reader, or a speaker on the Speakers screen, from the palette."""

    def __init__(self, screen: Screen[Any], match_style: Style | None = None) -> None:
        super().__init__(screen, match_style)
        self._found: list[Choice] = []

    async def startup(self) -> None:
        # Speakers need the corpus's quotes: asked in a thread, so a palette opened while they are
        # still being found waits for them without freezing the screen.
        self._found = await asyncio.to_thread(self._choices)

    def _choices(self) -> list[Choice]:
        story = self.app.story if isinstance(self.app, HoldsStory) else None
        if story is None:
            return []
        choices = []
        for a in story.articles:
            source = one_line(a.source or "no source")
            shown = f"Open article: {article_label(a)}"
            searched = f"{shown} {source} {a.name}"
            choices.append(Choice(shown, searched, f"{a.name} · {source}", OpenReader(a.name)))
        for speaker in story.speakers():
            name = one_line(speaker.name)
            aliases = " ".join(one_line(alias) for alias in speaker.aliases)
            role = one_line(speaker.role or "")
            shown = f"Speaker: {name}"
            help_text = f"{speaker.quotes} quotes" + (f" · {role}" if role else "")
            choices.append(Choice(shown, f"{shown} {aliases} {role}", help_text, OpenSpeakers(speaker.name)))
        return choices

    def _open(self, message: Message) -> None:
        self.app.post_message(message)

    async def discover(self) -> Hits:
        for choice in self._found[:DISCOVERY_LIMIT]:
            yield DiscoveryHit(
                Content(choice.shown),
                partial(self._open, choice.message),
                text=choice.shown,
                help=escape(choice.help),
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for choice in self._found:
            score = matcher.match(choice.searched)
            if score > 0:
                # Titles and names are data: highlight the match on plain Content, never via markup.
                display = Content(choice.shown)
                _, offsets = matcher.fuzzy_search.match(query, choice.shown)
                for offset in offsets:
                    display = display.stylize(matcher.match_style, offset, offset + 1)
                yield Hit(
                    score,
                    display,
                    partial(self._open, choice.message),
                    text=choice.shown,
                    help=escape(choice.help),
                )
