"""Who ran an article: its outlet, and the wire service whose copy it reprints ("AP via yahoo.com").

The outlet is the source the article names (its site name, a "Source:" line), unless that only
names the wire service itself ("AP", "Associated Press", "dpa/MIA"); then a web address in the
file name, as scrapers name the pages they save ("00761_yahoo.com-news.txt"), names it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.model import Article, ArticleReuse

WIRE_LONG_NAMES: dict[str, tuple[str, ...]] = {
    "ap": ("associated press",),
    "afp": ("agence france presse",),
    "pa": ("press association",),
    "upi": ("united press international",),
}
"""How a source spells out an agency that wire credits name short (words, lower case)."""

SITE_SUFFIXES = ("com", "org", "net", "edu", "gov", "info", "news", "biz", "media", "online", "blog")
"""The last part of a web address in a file name: one of these, or a two-letter country code."""

FILE_NAME_SITE = re.compile(
    r"(?<![a-z0-9.-])(?:www\.)?(?P<site>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    rf"(?:{'|'.join(SITE_SUFFIXES)}|[a-z]{{2}}))(?![a-z0-9])",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")


def site_in_file_name(path: Path) -> str | None:
    """The web address a file's name holds ("yahoo.com" in "00761_yahoo.com-news.txt"), or None."""
    found = FILE_NAME_SITE.search(path.stem)
    return found.group("site").lower() if found else None


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
