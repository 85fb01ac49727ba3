"""Which parts of a web page are the article and which are page furniture.

The page's structure decides: the container holding most of the running text (found by
``corpus.ingest.html_main``) is the article; everything outside it is furniture, but for the headline
and the summary under it. Inside it, blocks named or shaped like furniture (related links,
comments, share bars, author boxes, sign-ups, photo captions and credits, lists of links, post
meta lines) and the sections under furniture headings ("Related posts", "Leave a Reply") are
furniture too. When the page's JSON-LD gives the article body, paragraphs it contains are the
article wherever they are, and a page that carries its text only there gets it added.

The result is a list of disjoint elements: each is furniture with everything inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from corpus.ingest.html_hints import (
    CREDIT,
    DATE_LINE,
    FURNITURE_HEADING,
    FURNITURE_TAGS,
    LINES,
    META_LINE,
    NEGATIVE,
    POSITIVE,
    attr_words,
)
from corpus.ingest.html_main import PageStats, holders, main_container, prose, region
from corpus.ingest.html_meta import visible_text


@dataclass(slots=True)
class Furniture:
    """The outcome: disjoint elements that are furniture, and the article's main container."""

    elements: list[Any] = field(default_factory=list)
    main: Any = None


def find_furniture(soup: Any, title: str | None, article_body: str | None) -> Furniture:
    """The furniture of a sanitized page (see the module's doc)."""
    stats = PageStats(soup)
    body_text = _normalize(article_body) if article_body else ""
    main = main_container(soup, stats)
    if article_body and not _shows_body(soup, article_body):
        injected = _inject_body(soup, article_body)
        if injected is not None:
            stats = PageStats(soup)
            main = injected
    if main is None:
        return Furniture([], None)
    article = region(main, stats)
    keep = _headline(soup, title)
    if body_text:
        keep += _in_body(soup, body_text, stats)
    ctx = _Walk(
        region={id(t) for t in article},
        keep={id(t) for t in keep},
        holders=holders(article + keep),
        stats=stats,
        main_letters=stats.letters(main),
        out=[],
    )
    _walk(soup, False, False, ctx)
    return Furniture(ctx.out, main)


def _is_furniture(tag: Any, stats: PageStats, main_letters: int) -> bool:
    """Furniture inside the article: named, tagged or shaped like it."""
    name = tag.name
    letters = stats.letters(tag)
    if name in FURNITURE_TAGS:
        return letters < main_letters * 0.6 or name == "nav"
    words = attr_words(tag)
    if words and NEGATIVE.search(words) and not POSITIVE.search(words) and letters < main_letters * 0.5:
        return True
    if name in ("ul", "ol", "dl", "table", "div", "section") and letters < main_letters * 0.5:
        links = stats.links.get(id(tag), 0)
        if letters and links / letters > 0.6 and len(tag.find_all("a", limit=3)) >= 2:
            return True
        if name in ("ul", "ol") and letters < 100 and links / max(letters, 1) > 0.9:
            return True  # a list of one or two links: categories, "next post"
    if name == "figcaption":  # photo captions and credits: about the picture, not the story
        return True
    if letters < 160 and name in LINES:
        line = tag.get_text(" ").strip()
        return (
            (CREDIT.search(line) is not None and len(line) < 100)
            or META_LINE.search(line) is not None
            or DATE_LINE.match(line) is not None
        )
    return False


@dataclass(slots=True)
class _Walk:
    region: set[int]
    keep: set[int]
    holders: set[int]
    """Elements with the article or a kept element somewhere under them."""
    stats: PageStats
    main_letters: int
    out: list[Any]


def _walk(node: Any, inherited: bool, inside: bool, ctx: _Walk) -> bool:
    """Decide every element under ``node``; returns True when all of it is furniture.

    ``inherited`` is the decision from above, ``inside`` whether ``node`` lies in the article.
    Maximal all-furniture elements are appended to ``ctx.out`` by their parent, so the list
    stays disjoint.
    """
    from bs4 import NavigableString, Tag

    key = id(node)
    if key in ctx.keep or key in ctx.region:
        state = False
        inside = True
    elif not inside:
        state = key not in ctx.holders  # outside the article: furniture unless it holds some
    elif inherited:
        state = True
    else:
        state = _is_furniture(node, ctx.stats, ctx.main_letters) or (
            node.name in HEADINGS and FURNITURE_HEADING.match(node.get_text(" ").strip()) is not None
        )
    if state and key not in ctx.holders:
        return True
    results: list[tuple[Any, bool]] = []
    section = False  # under a furniture heading: the rest of this block is that section
    for child in node.children:
        if isinstance(child, Tag):
            furniture = _walk(child, state or section, inside, ctx)
            if child.name in HEADINGS and inside:
                section = furniture and FURNITURE_HEADING.match(child.get_text(" ").strip()) is not None
            results.append((child, furniture))
        elif type(child) is NavigableString:
            results.append((child, state or section or not inside or not child.strip()))
    if (
        all(flag for _, flag in results)
        and key not in ctx.keep
        and key not in ctx.region
        and (state or results)
        and key not in ctx.holders
    ):
        return True
    for child, flag in results:
        if not flag:
            continue
        if isinstance(child, Tag):
            ctx.out.append(child)
        elif child.strip():
            ctx.out.append(_wrap(child))
    return False


HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _wrap(text: Any) -> Any:
    """A bare text node as an element, so it can be marked like one."""
    from bs4 import BeautifulSoup

    span = BeautifulSoup("", "html.parser").new_tag("span")
    text.wrap(span)
    return span


def _headline(soup: Any, title: str | None) -> list[Any]:
    """The visible headline, kept wherever it stands."""
    if not title:
        return []
    want = _normalize(title)
    for h1 in soup.find_all(["h1", "h2"], limit=10):
        if _normalize(visible_text(h1)) == want:
            return [h1, *_standfirst(h1)]
    return []


def _standfirst(headline: Any) -> list[Any]:
    """The summary paragraph set right under the headline (a dek), kept with it."""
    from bs4 import Tag

    found = []
    for sibling in headline.next_siblings:
        if not isinstance(sibling, Tag):
            continue
        text = " ".join(sibling.get_text(" ").split())
        if sibling.name != "p" or len(text) < 60 or sibling.find("a") is not None:
            break
        if META_LINE.search(text) is None and prose(text):
            found.append(sibling)
        if len(found) == 2:
            break
    return found


def _in_body(soup: Any, body_text: str, stats: PageStats) -> list[Any]:
    """Paragraphs the JSON-LD article body contains: the article, wherever they stand."""
    return [
        tag
        for tag in soup.find_all(["p", "h2", "h3", "blockquote", "li"])
        if stats.letters(tag) >= 40 and _normalize(tag.get_text(" ")) in body_text
    ]


def _shows_body(soup: Any, body: str) -> bool:
    """True when the page's own text has the JSON-LD body in it (any of three runs of words
    from it: JSON-LD often glues paragraphs together or writes quotes and spaces its own way)."""
    words = _WORDS.findall(body.lower())
    if len(words) < 12:
        return True
    page = " " + " ".join(_WORDS.findall(soup.get_text(" ").lower())) + " "
    probes = (words[k : k + 6] for k in (len(words) // 4, len(words) // 2, 3 * len(words) // 4))
    return any(" " + " ".join(probe) + " " in page for probe in probes)


_WORDS = re.compile(r"\w+")


def _inject_body(soup: Any, body: str) -> Any:
    """Add the JSON-LD article body as paragraphs (plain text) where the headline is."""
    holder = soup.new_tag("div")
    for para in re.split(r"\n\s*\n|\n", body):
        para = para.strip()
        if para:
            p = soup.new_tag("p")
            p.string = para
            holder.append(p)
    anchor = soup.find("h1")
    if anchor is not None:
        anchor.insert_after(holder)
    elif soup.find("body") is not None:
        soup.find("body").insert(0, holder)
    else:
        soup.append(holder)
    return holder


def _normalize(text: str) -> str:
    return " ".join(text.split()).lower()
