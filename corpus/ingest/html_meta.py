"""What a web page says about itself: headline, outlet, publication date, author, and the
article body its JSON-LD may carry.

Read from the parsed page (a BeautifulSoup tree) before anything is removed from it. Every value
is plain text from the page: nothing here is run or followed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from corpus.ingest.site_names import outlet_name

_ARTICLE_TYPES = re.compile(r"article|posting|report|review|blog|story", re.I)
_DATE = re.compile(r"((?:19|20)\d\d)[-/.](\d\d?)[-/.](\d\d?)")
_COMPACT_DATE = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|·|•|»|/)\s+")
_SPACE = re.compile(r"\s+")
_BY = re.compile(r"^(?:(?:view |see )?(?:all )?(?:posts|articles|stories) by|by|von|di|par)\s+", re.I)

# Meta tags naming the publication date, most trusted first.
_DATE_METAS = (
    "article:published_time",
    "datepublished",
    "og:article:published_time",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "article.published",
)
_AUTHOR_METAS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    source: str | None = None
    date: str | None = None
    author: str | None = None
    article_body: str | None = None
    """The article's text as the page's JSON-LD gives it (``articleBody``), if it does."""
    description: str | None = None
    """The page's summary of itself (og:description, else description)."""


def clean(text: str | None) -> str:
    return _SPACE.sub(" ", text or "").strip()


def read_meta(soup: Any) -> PageMeta:
    """Title, source, date and author of a parsed page, and its JSON-LD article body."""
    metas = _meta_tags(soup)
    ld = _json_ld_article(soup)
    declared = clean(metas.get("og:site_name") or _publisher(ld) or metas.get("application-name"))
    domain = _domain(_canonical_url(soup, metas))
    # Titles are stripped of the name as the page declares it, tagline and all, as they carry it.
    return PageMeta(
        title=_title(soup, metas, ld, declared or domain),
        source=(outlet_name(declared, domain) if declared else domain) or None,
        date=_date(soup, metas, ld),
        author=_author(soup, metas, ld),
        article_body=_article_body(ld),
        description=clean(metas.get("og:description") or metas.get("description")) or None,
    )


def _meta_tags(soup: Any) -> dict[str, str]:
    """``<meta>`` contents by lower-cased name/property/itemprop; the first of each wins."""
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        for attr in ("property", "name", "itemprop"):
            key = tag.get(attr)
            if isinstance(key, str) and key.strip():
                found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld_objects(soup: Any) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in soup.find_all("script", attrs={"type": re.compile(r"ld\+json", re.I)}):
        raw = script.string or script.get_text()
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(objects) < 200:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))
    return objects


def _json_ld_article(soup: Any) -> dict[str, Any]:
    """The JSON-LD object describing the article (the one with a body, else an Article type)."""
    objects = _json_ld_objects(soup)
    for obj in objects:
        if isinstance(obj.get("articleBody"), str):
            return obj
    for obj in objects:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and _ARTICLE_TYPES.search(k) for k in kinds):
            return obj
    return {}


def _name_of(value: Any) -> str | None:
    """A person's or organisation's name from a JSON-LD value (a string, an object, a list)."""
    if isinstance(value, str):
        return clean(value) or None
    if isinstance(value, dict):
        return _name_of(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value[:6]) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _publisher(ld: dict[str, Any]) -> str | None:
    return _name_of(ld.get("publisher"))


def _canonical_url(soup: Any, metas: dict[str, str]) -> str | None:
    link = soup.find("link", rel=lambda r: r is not None and "canonical" in r)
    href = link.get("href") if link is not None else None
    if isinstance(href, str) and href.strip():
        return href.strip()
    return metas.get("og:url")


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def _title(soup: Any, metas: dict[str, str], ld: dict[str, Any], source: str | None) -> str | None:
    """The visible headline (an ``<h1>``), else og:title or ``<title>`` without the site name."""
    declared = clean(metas.get("og:title") or metas.get("twitter:title") or _text(soup.find("title")))
    headline = clean(ld.get("headline")) if isinstance(ld.get("headline"), str) else ""
    h1s = [clean(visible_text(h)) for h in soup.find_all("h1", limit=8)]
    h1s = [h for h in h1s if 2 <= len(h) <= 300 and not _is_site_name(h, source)]  # not a logo
    stripped = strip_site_name(declared, source) if declared else None
    hints = [t.lower() for t in (stripped, headline, declared) if t]
    for h1 in h1s:
        if h1.lower() in hints:
            return h1
    for h1 in h1s:
        if any(h1.lower() in hint or hint in h1.lower() for hint in hints):
            return h1
    if h1s and (len(h1s) == 1 or not hints):
        return h1s[0]
    # No h1 headline: an h2 that is the declared title, or one part of "Site | Headline".
    parts = [p.lower() for p in _TITLE_SEPARATORS.split(declared)] if declared else []
    for tag in soup.find_all("h2", limit=6):
        h2 = clean(visible_text(tag))
        if len(h2) > 3 and (h2.lower() in hints or h2.lower() in parts) and not _is_site_name(h2, source):
            return h2
    return headline or stripped or (h1s[0] if h1s else None)


def _is_site_name(text: str, site: str | None) -> bool:
    """True for the site's name or a part of it ("WordPress.com" of "The WordPress.com Blog")."""
    if not site:
        return False
    key = re.sub(r"\W", "", text.lower())
    site_key = re.sub(r"\W", "", site.lower())
    return len(key) >= 4 and (key == site_key or key in site_key or key == site_key.split(".")[0])


def strip_site_name(title: str, site: str | None) -> str | None:
    """ "Troops pull back | Example News" → "Troops pull back"."""
    title = clean(title)
    if not title:
        return None
    if site and len(title) > len(site) + 8:  # "Headline The Site" with no separator
        if title.lower().endswith(site.lower()):
            title = title[: -len(site)].rstrip(" |-–—:·•»/")
        elif title.lower().startswith(site.lower()):
            title = title[len(site) :].lstrip(" |-–—:·•»/")
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) == 1:
        return title
    site_key = re.sub(r"\W", "", (site or "").lower().split(".")[0]) if site else ""

    def is_site(part: str) -> bool:
        key = re.sub(r"\W", "", part.lower())
        return bool(site_key) and bool(key) and (site_key in key or key in site_key)

    kept = [p for p in parts if not is_site(p)]
    if len(kept) < len(parts) and kept:
        return " – ".join(kept) if len(kept) > 1 else kept[0]
    # No site name to match: a short last part after the only separator is the site.
    if len(parts) == 2 and len(parts[-1].split()) <= 4 and len(parts[-1]) < len(parts[0]):
        return title[: title.rfind(parts[-1])].rstrip(" |-–—:·•»/")
    return title


def _text(tag: Any) -> str:
    return tag.get_text(" ") if tag is not None else ""


# Elements a browser sets on a line of their own: a space stands for the line break between them.
_BLOCK_TAGS = frozenset(
    ("br", "p", "div", "section", "header", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr")
)


def visible_text(tag: Any) -> str:
    """The element's text as a browser shows it: inline pieces run on ("<span>Climate</span>:
    Why" is "Climate: Why", not "Climate : Why"), a line break or block between them is a space."""
    from bs4 import NavigableString, Tag

    if tag is None:
        return ""
    pieces: list[str] = []
    for node in tag.descendants:
        if isinstance(node, Tag):
            if node.name in _BLOCK_TAGS:
                pieces.append(" ")
        elif type(node) is NavigableString:
            pieces.append(str(node))
    return "".join(pieces)


def iso_date(value: str | None) -> str | None:
    """ "2019-05-21T10:00:00+02:00", "2019/5/21", "20190521" → "2019-05-21"; else None."""
    if not value:
        return None
    value = value.strip()
    match = _DATE.search(value) or _COMPACT_DATE.match(value)
    if not match:
        from corpus.ingest.dates import find_date

        return find_date(value[:80])
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _date(soup: Any, metas: dict[str, str], ld: dict[str, Any]) -> str | None:
    for key in _DATE_METAS[:3]:
        found = iso_date(metas.get(key))
        if found:
            return found
    published = ld.get("datePublished") or ld.get("dateCreated")
    if isinstance(published, str) and iso_date(published):
        return iso_date(published)
    for key in _DATE_METAS[3:]:
        found = iso_date(metas.get(key))
        if found:
            return found
    for tag in soup.find_all("time", limit=20):
        found = iso_date(tag.get("datetime") if isinstance(tag.get("datetime"), str) else None)
        if found:
            return found
    return None


def _author(soup: Any, metas: dict[str, str], ld: dict[str, Any]) -> str | None:
    named = _name_of(ld.get("author"))
    if named and not named.startswith("http"):
        return named
    for key in _AUTHOR_METAS:
        value = clean(metas.get(key))
        if value and not value.startswith(("http://", "https://", "@")):
            return value
    link = soup.find("a", rel=lambda r: r is not None and "author" in r)
    name = _BY.sub("", clean(_text(link)))
    if name and len(name) <= 80:
        return name
    return None


def _article_body(ld: dict[str, Any]) -> str | None:
    body = ld.get("articleBody")
    if isinstance(body, str) and len(body.strip()) >= 200:
        return body
    return None
