"""Where a web page keeps its article: the container holding most of its running text.

Scored the way Readability does: each paragraph's length and commas are credited to its parent and,
less, to the elements above; link-heavy or furniture-named containers lose, ``<article>``,
``itemprop=articleBody`` and content-named ones gain. The winner is widened to a wrapper holding the
same text or to the page's own landmark (``<main>``, ``<article>``), and siblings that read like
more of the article join it.
"""

from __future__ import annotations

from typing import Any

from corpus.ingest.html_hints import (
    ASIDE,
    FURNITURE_HEADING,
    FURNITURE_TAGS,
    NEGATIVE,
    PARAGRAPHS,
    POSITIVE,
    attr_words,
)


class PageStats:
    """Letters and link letters under every element, counted once bottom-up."""

    def __init__(self, soup: Any) -> None:
        from bs4 import NavigableString, Tag

        self.text: dict[int, int] = {}
        self.links: dict[int, int] = {}
        self.commas: dict[int, int] = {}
        nodes = list(soup.descendants)
        self.order = [n for n in nodes if isinstance(n, Tag)]
        for node in reversed(self.order):
            letters = links = commas = 0
            for child in node.children:
                if isinstance(child, Tag):
                    key = id(child)
                    letters += self.text.get(key, 0)
                    links += self.links.get(key, 0)
                    commas += self.commas.get(key, 0)
                elif type(child) is NavigableString:
                    s = str(child)
                    letters += len(s) - s.count(" ") - s.count("\n") - s.count("\t")
                    commas += s.count(",")
            if node.name == "a":
                links = letters
            key = id(node)
            self.text[key] = letters
            self.links[key] = links
            self.commas[key] = commas

    def letters(self, tag: Any) -> int:
        return self.text.get(id(tag), 0)

    def density(self, tag: Any) -> float:
        letters = self.text.get(id(tag), 0)
        return self.links.get(id(tag), 0) / letters if letters else 0.0


def main_container(soup: Any, stats: PageStats) -> Any:
    """The element holding the article's running text: Readability's scoring, simplified."""
    scores: dict[int, float] = {}
    tags: dict[int, Any] = {}
    headline_holders = holders(soup.find_all("h1", limit=5))
    lists: dict[int, int] = {}
    aside: set[int] = set()  # under a comment section, a sidebar, related links...: not the article
    for tag in stats.order:
        parent = tag.parent
        if parent is not None and id(parent) in aside:
            aside.add(id(tag))
            continue
        if tag.name in FURNITURE_TAGS or (
            id(tag) not in headline_holders and tag.name not in ("body", "html") and _aside(tag)
        ):
            aside.add(id(tag))
            continue
        if tag.name not in PARAGRAPHS and not (tag.name == "div" and _has_direct_text(tag)):
            continue
        letters = stats.letters(tag)
        if letters < 25 or (tag.name in ("li", "td", "dd", "h2", "h3") and letters < 80):
            continue
        if stats.density(tag) > 0.5:
            continue
        item = (
            tag
            if tag.name == "li"
            else tag.parent
            if tag.parent is not None and tag.parent.name == "li"
            else None
        )
        if item is not None and _items(item.parent, lists) >= 3:
            continue  # items of a list of several: a teaser list would score like prose
        score = 1 + stats.commas.get(id(tag), 0) + min(letters / 100, 3)
        parent = tag.parent
        for level in range(3):
            if parent is None or parent.name == "[document]":
                break
            key = id(parent)
            tags[key] = parent
            scores[key] = scores.get(key, 0.0) + score / (1 if level == 0 else 2 * level)
            parent = parent.parent
    best, best_score = None, 0.0
    for key, score in scores.items():
        tag = tags[key]
        final = (score + _weight(tag)) * (1 - stats.density(tag))
        if final > best_score:
            best, best_score = tag, final
    if best is None:
        return soup.find("article") or soup.find("main") or soup.find("body")
    return _widen(best, stats)


def _items(lst: Any, counts: dict[int, int]) -> int:
    """How many items the list holds (counted once per list)."""
    if lst is None:
        return 0
    key = id(lst)
    if key not in counts:
        counts[key] = len(lst.find_all("li", recursive=False))
    return counts[key]


def _aside(tag: Any) -> bool:
    """Named as a section that is never the article: comments, sidebars, related links."""
    words = attr_words(tag)
    return bool(words) and ASIDE.search(words) is not None and POSITIVE.search(words) is None


def _weight(tag: Any) -> float:
    if tag.name in ("body", "html"):
        return -25.0
    words = attr_words(tag)
    weight = 0.0
    if tag.name == "article" or tag.attrs.get("itemprop") == "articleBody":
        weight += 25
    if words:
        if POSITIVE.search(words):
            weight += 25
        if NEGATIVE.search(words):
            weight -= 25
    if tag.name in FURNITURE_TAGS:
        weight -= 25
    return weight


def _widen(best: Any, stats: PageStats) -> Any:
    """Climb to a parent that is the same text (a wrapper) or that is named as the article."""
    node = best
    letters = stats.letters(best)
    while node.parent is not None and node.parent.name not in ("body", "html", "[document]"):
        parent = node.parent
        if stats.letters(parent) <= letters * 1.05 and not NEGATIVE.search(attr_words(parent)):
            node = parent
            continue
        if _landmark(parent) and stats.density(parent) < 0.3:
            node = parent
            continue
        break
    return node


def _landmark(tag: Any) -> bool:
    """The page's own word for where its content is."""
    return (
        tag.name in ("article", "main")
        or tag.attrs.get("role") == "main"
        or tag.attrs.get("itemprop") == "articleBody"
    )


def region(main: Any, stats: PageStats) -> list[Any]:
    """The main container and its siblings that read like more of the article."""
    from bs4 import Tag

    region = [main]
    parent = main.parent
    if parent is None:
        return region
    for sibling in parent.children:
        if sibling is main or not isinstance(sibling, Tag):
            continue
        if sibling.name in ("p", "blockquote", "pre") or (
            sibling.name in ("div", "section") and not NEGATIVE.search(attr_words(sibling))
        ):
            letters = stats.letters(sibling)
            if letters < 80 or stats.density(sibling) >= 0.25:
                continue
            text = sibling.get_text(" ").strip()
            if not prose(text) or FURNITURE_HEADING.match(text) or _listing(sibling, stats, letters):
                continue
            region.append(sibling)
    return region


def _listing(tag: Any, stats: PageStats, letters: int) -> bool:
    """Mostly a list (of teasers, of other entries): not more of the article."""
    return any(stats.letters(lst) * 2 > letters for lst in tag.find_all(("ul", "ol", "dl"), limit=20))


def prose(text: str) -> bool:
    """Running text: sentences, not a list of names or links."""
    return text.count(". ") + text.count(", ") >= 2 or text.rstrip().endswith((".", "!", "?", "”", '"'))


def _has_direct_text(tag: Any) -> bool:
    from bs4 import NavigableString

    return any(type(c) is NavigableString and len(c.strip()) > 40 for c in tag.children)


def holders(targets: list[Any]) -> set[int]:
    """Ids of the targets and of every element above them."""
    found: set[int] = set()
    for target in targets:
        parent = target
        while parent is not None and id(parent) not in found:
            found.add(id(parent))
            parent = parent.parent
    return found
