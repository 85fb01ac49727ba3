"""Which parts of a web page are the article and which are page furniture.

The page's structure decides: the container holding most of the running text (scored the way
Readability does: paragraphs' length and commas credited to their parents, less for link-heavy
or furniture-named containers, more for ``<article>``, ``itemprop=articleBody`` and content-named
ones) is the article; everything outside it is furniture, but for the headline. Inside it, blocks
named or shaped like furniture (related links, comments, share bars, author boxes, sign-ups, photo
credits, lists of links) and the sections under furniture headings ("Related posts", "Leave a
Reply") are furniture too. When the page's JSON-LD gives the article body, paragraphs it contains
are the article wherever they are, and a page that only carries its text there gets it added.

The result is a list of disjoint elements: each is furniture with everything inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_BLOCKS = frozenset(
    "address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 "
    "h4 h5 h6 header hr li main ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
_PARAGRAPHS = frozenset(("p", "pre", "blockquote", "td", "dd", "li", "h2", "h3"))
_FURNITURE_TAGS = frozenset(("aside", "footer", "nav", "form", "dialog"))

_WORD = r"(?:^|[-_\s])(?:{})(?:$|[-_\s\d])"
# class/id words of furniture: matched as whole words of the attribute ("post-comments", "share_bar").
_NEGATIVE = re.compile(
    _WORD.format(
        "comments?|comment-?list|commentlist|respond|reply|replies|disqus|discussion|related|relatedposts"
        "|similar|more-?stories|recommend\\w*|recirc|read-?more|most-?(?:read|popular|viewed)|popular"
        "|trending|share|sharing|sharedaddy|social|socials|sociable|follow|newsletter|subscribe|subscription"
        "|signup|sign-up|cookies?|consent|gdpr|banner|sidebar|footer|masthead|menu|nav|navbar"
        "|navigation|breadcrumbs?|pagination|pager|post-?navigation|nav-links|author-?(?:bio|box|info)"
        "|about-?(?:the-)?author|authors?|author-?profile|bio|byline|caption|wp-caption-text|tags?|tag-?list|tagcloud|categories|category-?list|promo\\w*"
        "|ad|ads|advert\\w*|sponsor\\w*|outbrain|taboola|credit|credits|copyright|caption-credit|modal"
        "|popup|overlay|login|paywall|newsletter-?signup|jp-relatedposts|sd-sharing|skip-?link"
        "|screen-reader-text|sr-only|visually-?hidden|print-?only|rating|likes?|wpl-likebox|toolbar"
        "|entry-?meta|post-?meta|meta|postmetadata|entry-?footer|post-?footer|site-?footer|site-?header"
        "|header|topbar|search|cta|call-?to-?action|hs-cta\\w*|subscribe-?box|optin|mc4wp\\w*"
    ),
    re.I,
)
_ASIDE = re.compile(
    _WORD.format(
        "comments?|comment-?list|commentlist|comment-?body|respond|disqus|related|relatedposts|sidebar"
        "|share|sharing|social|newsletter|cookies?|recommend\\w*|most-?(?:read|popular|viewed)"
        "|popular|trending|promo\\w*|ad|ads|advert\\w*|outbrain|taboola|footer|site-?footer"
    ),
    re.I,
)
# "widget" alone or "widget_…" (WordPress sidebars), not "elementor-widget-text-editor".
_WIDGET = r"|(?:^|\s)widget(?:$|\s|_|-area)"
_NEGATIVE = re.compile(_NEGATIVE.pattern + _WIDGET, re.I)
_ASIDE = re.compile(_ASIDE.pattern + _WIDGET, re.I)
_POSITIVE = re.compile(
    _WORD.format(
        "article|articlebody|article-?body|article-?content|article-?text|story|story-?body|story-?content"
        "|entry-?content|entry-?body|post-?content|post-?body|post-?entry|postbody|single-?content"
        "|content-?body|main-?content|blog-?post|body-?text|text-?content|rich-?text|prose|hentry|h-entry"
        "|e-content|post|entry|page-?content|td-post-content"
    ),
    re.I,
)
# Headings of furniture sections, in the languages of the pages we read.
_FURNITURE_HEADING = re.compile(
    r"^\W*(?:related|more (?:from|stories|on|in|like this)|you (?:might|may) (?:also )?(?:like|enjoy)"
    r"|read (?:more|also|next)|see also|also on|most (?:read|popular|viewed|shared)|popular|trending"
    r"|top stories|recommended|recent (?:posts|comments|articles)|latest|leave a (?:reply|comment)"
    r"|\d* ?(?:comments?|responses?|replies)\b|share (?:this|on)|like this|about the author"
    r"|subscribe|sign up|newsletter|follow us|tags?\b|categories|archives|blogroll|meta$"
    r"|discover|connect with|editor'?s picks|in this section|other (?:posts|stories)"
    r"|ähnliche|verwandte|kommentare?|teilen|mehr zum|das könnte|weitere|folge uns|schlagwörter"
    r"|argomenti|leggi anche|potrebbe interessarti|articles? similaires|à lire aussi|commentaires)",
    re.I,
)
_TITLE_ATTRS = ("class", "id", "itemprop", "role")


@dataclass(slots=True)
class Furniture:
    """The outcome: disjoint elements that are furniture, and the article's main container."""

    elements: list[Any] = field(default_factory=list)
    main: Any = None


def _attr_words(tag: Any) -> str:
    parts = []
    for name in _TITLE_ATTRS:
        value = tag.attrs.get(name)
        if isinstance(value, list):
            parts.extend(value)
        elif isinstance(value, str):
            parts.append(value)
    return " ".join(parts)


class _Stats:
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


def find_furniture(soup: Any, title: str | None, article_body: str | None) -> Furniture:
    """The furniture of a sanitized page (see the module's doc)."""
    stats = _Stats(soup)
    body_text = _normalize(article_body) if article_body else ""
    main = _main_container(soup, stats)
    if body_text and (main is None or not _holds_body(main, body_text)):
        injected = _inject_body(soup, article_body or "", main)
        if injected is not None:
            stats = _Stats(soup)
            main = injected
    if main is None:
        return Furniture([], None)
    region = _region(main, stats)
    keep = _headline(soup, title)
    if body_text:
        keep += _in_body(soup, body_text, stats)
    ctx = _Walk(
        region={id(t) for t in region},
        keep={id(t) for t in keep},
        holders=_holders(region + keep),
        stats=stats,
        main_letters=stats.letters(main),
        out=[],
    )
    _walk(soup, False, False, ctx)
    return Furniture(ctx.out, main)


def _main_container(soup: Any, stats: _Stats) -> Any:
    """The element holding the article's running text: Readability's scoring, simplified."""
    scores: dict[int, float] = {}
    tags: dict[int, Any] = {}
    headline_holders = _holders(soup.find_all("h1", limit=5))
    lists: dict[int, int] = {}
    aside: set[int] = set()  # under a comment section, a sidebar, related links...: not the article
    for tag in stats.order:
        parent = tag.parent
        if parent is not None and id(parent) in aside:
            aside.add(id(tag))
            continue
        if tag.name in _FURNITURE_TAGS or (
            id(tag) not in headline_holders and tag.name not in ("body", "html") and _aside(tag)
        ):
            aside.add(id(tag))
            continue
        if tag.name not in _PARAGRAPHS and not (tag.name == "div" and _has_direct_text(tag)):
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
    words = _attr_words(tag)
    return bool(words) and _ASIDE.search(words) is not None and _POSITIVE.search(words) is None


def _weight(tag: Any) -> float:
    if tag.name in ("body", "html"):
        return -25.0
    words = _attr_words(tag)
    weight = 0.0
    if tag.name == "article" or tag.attrs.get("itemprop") == "articleBody":
        weight += 25
    if words:
        if _POSITIVE.search(words):
            weight += 25
        if _NEGATIVE.search(words):
            weight -= 25
    if tag.name in _FURNITURE_TAGS:
        weight -= 25
    return weight


def _widen(best: Any, stats: _Stats) -> Any:
    """Climb to a parent that is the same text (a wrapper) or that is named as the article."""
    node = best
    letters = stats.letters(best)
    while node.parent is not None and node.parent.name not in ("body", "html", "[document]"):
        parent = node.parent
        if stats.letters(parent) <= letters * 1.05 and not _NEGATIVE.search(_attr_words(parent)):
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


def _region(main: Any, stats: _Stats) -> list[Any]:
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
            sibling.name in ("div", "section") and not _NEGATIVE.search(_attr_words(sibling))
        ):
            letters = stats.letters(sibling)
            if letters < 80 or stats.density(sibling) >= 0.25:
                continue
            text = sibling.get_text(" ").strip()
            if not _prose(text) or _FURNITURE_HEADING.match(text) or _listing(sibling, stats, letters):
                continue
            region.append(sibling)
    return region


def _listing(tag: Any, stats: _Stats, letters: int) -> bool:
    """Mostly a list (of teasers, of other entries): not more of the article."""
    return any(stats.letters(lst) * 2 > letters for lst in tag.find_all(("ul", "ol", "dl"), limit=20))


def _prose(text: str) -> bool:
    """Running text: sentences, not a list of names or links."""
    return text.count(". ") + text.count(", ") >= 2 or text.rstrip().endswith((".", "!", "?", "”", '"'))


def _has_direct_text(tag: Any) -> bool:
    from bs4 import NavigableString

    return any(type(c) is NavigableString and len(c.strip()) > 40 for c in tag.children)


def _is_furniture(tag: Any, stats: _Stats, main_letters: int) -> bool:
    """Furniture inside the article: named, tagged or shaped like it."""
    name = tag.name
    letters = stats.letters(tag)
    if name in _FURNITURE_TAGS:
        return letters < main_letters * 0.6 or name == "nav"
    words = _attr_words(tag)
    if words and _NEGATIVE.search(words) and not _POSITIVE.search(words) and letters < main_letters * 0.5:
        return True
    if name in ("ul", "ol", "dl", "table", "div", "section") and letters < main_letters * 0.5:
        links = stats.links.get(id(tag), 0)
        if letters and links / letters > 0.6 and len(tag.find_all("a", limit=3)) >= 2:
            return True
    if name == "figcaption":  # photo captions and credits: about the picture, not the story
        return True
    if letters < 160 and name in _LINES:
        line = tag.get_text(" ").strip()
        return (_CREDIT.search(line) is not None and len(line) < 100) or _META_LINE.search(line) is not None
    return False


_LINES = frozenset(("p", "div", "span", "small", "li", "time", "address", "header"))
# A post's meta line: when, by whom, filed where, how long.
_META_LINE = re.compile(
    r"^(?:(?:posted|published|updated|filed|written)\b(?: (?:on|in|by|under)\b)?"
    r"|categor(?:y|ies)\s*:|tags?\s*:"
    r"|tagged\b|ultima modifica|aggiornato|pubblicato|veröffentlicht|aktualisiert|geschrieben von"
    r"|\d+\s*(?:min(?:ute)?s?|minuten)\s*(?:read|lesezeit|di lettura)|\d+ words\b)"
    r"|\|\s*categor(?:y|ies)\s*:",
    re.I,
)


_CREDIT = re.compile(
    r"^(?:photo|image|picture|credit|foto|bild)s?\b|\b(?:getty images|ap photo|photograph:)|^©", re.I
)


@dataclass(slots=True)
class _Walk:
    region: set[int]
    keep: set[int]
    holders: set[int]
    """Elements with the article or a kept element somewhere under them."""
    stats: _Stats
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
            node.name in _HEADINGS and _FURNITURE_HEADING.match(node.get_text(" ").strip()) is not None
        )
    if state and key not in ctx.holders:
        return True
    results: list[tuple[Any, bool]] = []
    section = False  # under a furniture heading: the rest of this block is that section
    for child in node.children:
        if isinstance(child, Tag):
            furniture = _walk(child, state or section, inside, ctx)
            if child.name in _HEADINGS and inside:
                section = furniture and _FURNITURE_HEADING.match(child.get_text(" ").strip()) is not None
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


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _wrap(text: Any) -> Any:
    """A bare text node as an element, so it can be marked like one."""
    from bs4 import BeautifulSoup

    span = BeautifulSoup("", "html.parser").new_tag("span")
    text.wrap(span)
    return span


def _holders(targets: list[Any]) -> set[int]:
    found: set[int] = set()
    for target in targets:
        parent = target
        while parent is not None and id(parent) not in found:
            found.add(id(parent))
            parent = parent.parent
    return found


def _headline(soup: Any, title: str | None) -> list[Any]:
    """The visible headline, kept wherever it stands."""
    if not title:
        return []
    want = _normalize(title)
    for h1 in soup.find_all(["h1", "h2"], limit=10):
        if _normalize(h1.get_text(" ")) == want:
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
        if _META_LINE.search(text) is None and _prose(text):
            found.append(sibling)
        if len(found) == 2:
            break
    return found


def _in_body(soup: Any, body_text: str, stats: _Stats) -> list[Any]:
    """Paragraphs the JSON-LD article body contains: the article, wherever they stand."""
    return [
        tag
        for tag in soup.find_all(["p", "h2", "h3", "blockquote", "li"])
        if stats.letters(tag) >= 40 and _normalize(tag.get_text(" ")) in body_text
    ]


def _holds_body(main: Any, body_text: str) -> bool:
    head = body_text[:200]
    return _normalize(main.get_text(" "))[:100000].find(head[:60]) >= 0


def _inject_body(soup: Any, body: str, main: Any) -> Any:
    """Add the JSON-LD article body as paragraphs (plain text) when the page shows none of it."""
    page = _normalize(soup.get_text(" "))
    if _normalize(body)[:60] in page:
        return None
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
