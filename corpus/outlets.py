"""Who ran an article: its outlet, and the wire service whose copy it reprints ("AP via yahoo.com").

The outlet is the source the article names (its site name, a "Source:" line, else the web address
its file name holds: :func:`corpus.ingest.site_names.site_in_file_name`), unless that only names the
wire service itself ("AP", "Associated Press", "dpa/MIA"); then the web address in the file name, as
scrapers name the pages they save ("00761_yahoo.com-news.txt"), names it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.ingest.site_names import site_in_file_name

if TYPE_CHECKING:
    from corpus.model import Article, ArticleReuse

WIRE_LONG_NAMES: dict[str, tuple[str, ...]] = {
    "ap": ("associated press",),
    "afp": ("agence france presse",),
    "pa": ("press association",),
    "upi": ("united press international",),
}
"""How a source spells out an agency that wire credits name short (words, lower case)."""

_WORD = re.compile(r"\w+")


def names_wire(source: str, wire: str) -> bool:
    """True when ``source`` names the agency ``wire`` ("AP Archive" and "Associated Press" name AP)."""
    words = _WORD.findall(source.casefold())
    if wire.casefold() in words:
        return True
    spelled = " ".join(words)
    return any(name in spelled for name in WIRE_LONG_NAMES.get(wire.casefold(), ()))


def reprint_source(source: str | None, wire: str | None, path: Path) -> str | None:
    """The source as the article list shows it: "AP via yahoo.com" for a reprint of a wire service's
    copy whose outlet is known, else the source the article names (or the wire service alone)."""
    if wire is None:
        return source
    outlet = source if source and not names_wire(source, wire) else site_in_file_name(path)
    if outlet is None or names_wire(outlet, wire):
        return source or wire
    return f"{wire} via {outlet}"


def reprint_sources(reuse: Mapping[str, ArticleReuse], articles: Mapping[str, Article]) -> dict[str, str]:
    """Per article of ``articles`` that reprints a wire service's copy (its ``reuse``), the source
    as the list shows it (:func:`reprint_source`)."""
    sources: dict[str, str] = {}
    for name, article_reuse in reuse.items():
        article = articles.get(name)
        if article is not None and article_reuse.wire is not None:
            wire = article_reuse.wire
            sources[name] = reprint_source(article.source, wire, article.path) or wire
    return sources
