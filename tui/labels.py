"""How articles and quotes are named on screen: short, inert (never markup), the same everywhere."""

from __future__ import annotations

import re

from corpus.ingest.inert import visible
from corpus.model import Article, Quote

_SPACES = re.compile(r"\s+")


def article_label(article: Article) -> str:
    """The article's title (or file name when it has none), one line, terminal-safe."""
    return one_line(article.title or article.name)


def one_line(text: str) -> str:
    return visible(_SPACES.sub(" ", text).strip())


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters with an ellipsis."""
    return text if len(text) <= width else text[: max(0, width - 1)].rstrip() + "…"


def surname(name: str | None) -> str:
    """The part of a canonical name shown in tight lists: the last word ("Stoltenberg")."""
    if not name:
        return "(unknown)"
    return one_line(name).split(" ")[-1]


def quote_label(quote: Quote, width: int = 60) -> str:
    return clip(one_line(quote.text), width)
