"""Who the quote finder names for each quote of an article written in a test."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes


def speakers_in(body: str, headline: str = "Talks resume") -> list[str | None]:
    """The canonical speaker of each quote of one article (``headline``, then ``body``), in order."""
    article = article_from_text("a.txt", Path("a.txt"), f"{headline}\n\n{body}")
    quotes, _ = find_quotes([article])
    return [q.speaker for q in quotes]
