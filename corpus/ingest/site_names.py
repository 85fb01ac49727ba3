"""An outlet's name as a reader expects it in the Source column, from the name a page declares.

Pages declare their site's name (``og:site_name``, the JSON-LD publisher) as their CMS builds it,
often with a tagline or the page's own headline beside the name: "Frollein Herr | Information und
Inspiration rund um Fashion, …", "BioBioChile - La Red de Prensa Más Grande de Chile", "Land zahlte
rund 1,4 Millionen Euro … | MLUK". The part that spells the page's own domain is the name; with no
domain to go by, only a declared name long enough to hold a tagline is cut, to its first part (the
name leads), or its last where the first is a headline.

A file that names no outlet at all (plain text saved by a scraper) is named after its site by the
scraper ("00604_slate.com.txt"): that web address is the source the list shows.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from corpus.ingest.lazy_regex import compiled_on_first_use

NAME_SEPARATORS = compiled_on_first_use(r"\s+(?:\||-|–|—|::|·|•|»)\s+")
"""What sets a tagline or a headline apart from the name: spaced, so "Osthessen|News" or
"Baden-Württemberg" stay whole."""

LONGEST_WHOLE_NAME = 40
"""A declared name up to this long is kept whole unless a part of it spells the domain: "Dussmann -
Das Kulturkaufhaus" may be the name itself; a tagline makes a name longer than this."""

LONGEST_LEADING_NAME = 40
"""A first part longer than this is a headline, not a name: the name is then the last part."""

LEAST_DOMAIN_LETTERS = 3
"""A domain label shorter than this ("bz", "tv") says nothing about which part is the name."""

_NOT_LETTERS = compiled_on_first_use(r"[\W_]+")
_TRANSLITERATIONS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
GENERIC_LABELS = frozenset({"www", "com", "org", "net", "blog", "news", "wordpress", "blogspot"})
"""Host labels that many outlets share: they tell no outlet's name from its tagline."""


SITE_SUFFIXES = ("com", "org", "net", "edu", "gov", "info", "news", "biz", "media", "online", "blog")
"""The last part of a web address in a file name: one of these, or a two-letter country code."""

FILE_NAME_SITE = compiled_on_first_use(
    r"(?<![a-z0-9.-])(?:www\.)?(?P<site>(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    rf"(?:{'|'.join(SITE_SUFFIXES)}|[a-z]{{2}}))(?![a-z0-9])",
    re.IGNORECASE,
)


def site_in_file_name(path: Path) -> str | None:
    """The web address a file's name holds ("yahoo.com" in "00761_yahoo.com-news.txt"), or None:
    scrapers name the pages they save after the site, and a plain text names no outlet of its own."""
    found = FILE_NAME_SITE().search(path.stem)
    return found.group("site").lower() if found else None


def outlet_name(declared: str, domain: str | None) -> str:
    """The outlet's name out of a declared site name (``domain``: the page's host, if known)."""
    parts = [p.strip() for p in NAME_SEPARATORS().split(declared) if p.strip()]
    if len(parts) < 2:
        return declared
    labels = _domain_labels(domain)
    if labels and _spells_domain(declared, labels, whole=True):
        return declared
    for part in parts:
        if labels and _spells_domain(part, labels):
            return part
    if len(declared) <= LONGEST_WHOLE_NAME:
        return declared
    return parts[-1] if len(parts[0]) > LONGEST_LEADING_NAME else parts[0]


def _domain_labels(domain: str | None) -> list[str]:
    """The telling labels of a host, folded: "mluk.brandenburg.de" → ["mluk", "brandenburg"]."""
    if not domain:
        return []
    labels = domain.lower().split(".")[:-1]
    folded = (_NOT_LETTERS().sub("", label) for label in labels)
    return [f for f in folded if len(f) >= LEAST_DOMAIN_LETTERS and f not in GENERIC_LABELS]


def _spells_domain(name: str, labels: list[str], *, whole: bool = False) -> bool:
    """Whether a name and a domain label spell the same thing, one inside the other ("Boxen1.com" /
    boxen1, "Diakonie Deutschland" / diakonie); ``whole``: the name inside a label only ("Osthessen -
    News" / osthessen-news), as a declared name with a tagline holds its domain too."""
    for key in _folded(name):
        if len(key) < LEAST_DOMAIN_LETTERS:
            continue
        if any(key in label or (not whole and label in key) for label in labels):
            return True
    return False


def _folded(name: str) -> set[str]:
    """A name's letters and digits, lower-cased, with umlauts as written out and as bare letters."""
    lower = name.lower()
    written_out = _NOT_LETTERS().sub("", lower.translate(_TRANSLITERATIONS))
    bare = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
    return {written_out, _NOT_LETTERS().sub("", bare)}
