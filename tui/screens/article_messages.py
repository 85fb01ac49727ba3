"""What the article list's workers report to it, as they find it (each handled on the screen as
``on_articles_screen_<name>``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from corpus.story import SearchResult


class QuotesFound(Message, namespace="articles_screen"):
    """Every article's quotes are found (the story answers quote questions at once now)."""


class FamiliesProgress(Message, namespace="articles_screen"):
    """How far the app's build of the reprint families has got (Shares and Own come from them)."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class FamiliesFound(Message, namespace="articles_screen"):
    """What the list reads off the families: each article's shared passages, its share of its own
    words, and the wire service a reprint's source names."""

    def __init__(self, shares: dict[str, int], own: dict[str, float], sources: dict[str, str]) -> None:
        super().__init__()
        self.shares = shares
        self.own = own
        self.sources = sources


class FamiliesFailed(Message, namespace="articles_screen"):
    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class SearchDone(Message, namespace="articles_screen"):
    def __init__(self, query: str, results: list[SearchResult]) -> None:
        super().__init__()
        self.query = query
        self.results = results


class SkippedCounted(Message, namespace="articles_screen"):
    def __init__(self, skipped: list[Path]) -> None:
        super().__init__()
        self.skipped = skipped
