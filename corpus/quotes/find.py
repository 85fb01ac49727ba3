"""Every quotation of a corpus, attributed, with one speaker per person: ``find_quotes``.

The work is split by question: where the quotes are (:mod:`corpus.quotes.spans`),
who said each one in its article (:mod:`corpus.quotes.attribution`, with the word classes
in :mod:`corpus.quotes.lexicon`), who that is across the corpus
(:mod:`corpus.quotes.speakers`) and which quotes are the same statement
(:mod:`corpus.quotes.statements`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from corpus.model import Article, Quote, Speaker
from corpus.quotes.article_quotes import quotes_by_article, start_quote_helper
from corpus.quotes.lexicon import NON_NAME_WORDS, ORG_WORDS, PERSON_TITLES, ROLE_WORDS, is_nationality
from corpus.quotes.lone_names import lone_word_names
from corpus.quotes.names import PARTICLES, NameTables, shipped_tables
from corpus.quotes.roles import strip_possessive
from corpus.quotes.speakers import SpeakerIndex
from corpus.quotes.spelling import FuzzyKeys, SpellingMemo, fold
from corpus.quotes.statements import assign_groups

__all__ = ["find_quotes"]


def find_quotes(
    articles: list[Article], helper: ProcessPoolExecutor | None = None
) -> tuple[list[Quote], list[Speaker]]:
    """All quotes of ``articles`` (in article and text order) and their canonical speakers.

    Each article is read on its own (:mod:`corpus.quotes.article_quotes`), on a big corpus in two
    processes; who is who across articles and which quotes are one statement are settled here.
    ``helper``: the helper process, started ahead by :func:`start_quote_helper` (while the articles
    load, say); this call shuts it down. Without it, one is started here when the corpus is big.
    Never raises on article text: an article whose analysis fails contributes no quotes.
    """
    pool = helper or start_quote_helper(len(articles))  # first: it starts while this process reads
    try:
        tables = shipped_tables()
        found = quotes_by_article(articles, tables, pool)
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    quotes: list[Quote] = []
    named: list[str | None] = []  # each quote's speaker as the article names it
    sightings: list[tuple[str, str, str | None]] = []
    for article_found in found:
        made, names, roles = article_found
        quotes += made
        named += names
        sightings += [(q.article, n, r) for q, n, r in zip(made, names, roles, strict=True) if n]

    memo = SpellingMemo()  # both indexes fold, expand and compare many of the same names
    index = SpeakerIndex(memo)
    index.add_names(sightings + _full_names(articles, sightings, memo))
    for quote, raw in zip(quotes, named, strict=True):
        if raw:
            quote.speaker = index.count_quote(quote.article, raw)
    assign_groups(quotes)
    return quotes, index.speakers()


def _full_names(
    articles: list[Article], sightings: list[tuple[str, str, str | None]], memo: SpellingMemo
) -> list[tuple[str, str, str | None]]:
    """Full names ("Olaf Scholz") the articles give speakers quoted by surname or spelled otherwise,
    so each speaker is known by the fullest form of the name and every spelling is an alias."""
    names = {name for _, name, _ in sightings}
    folded = memo.folded

    def folded_form(word: str) -> str:
        key = folded.get(word)
        if key is None:
            key = folded[word] = fold(word)
        return key

    surnames = {folded_form(n.split()[-1]) for n in names if n.split()}
    # spelling variants are looked for only for people already known by a full name
    fuzzy = FuzzyKeys(memo)
    for n in names:
        if len(n.split()) > 1:
            fuzzy.add(folded_form(n.split()[-1]))
    close: dict[str, bool] = {}

    def wanted(last: str) -> bool:
        hit = close.get(last)
        if hit is None:
            key = folded_form(last)
            hit = close[last] = key in surnames or fuzzy.any_close(key)
        return hit

    # one per corpus: each distinct word is judged once, not once per article
    pairs = _NamePairs(wanted, shipped_tables())
    out: list[tuple[str, str, str | None]] = []
    for article in articles:
        out.extend((article.name, f"{first} {last}", None) for first, last in pairs.of(article.text))
    # a speaker quoted by the first word of a name ("Kim" of "Kim Jong Un") that no one is quoted by
    return out + lone_word_names(articles, sightings, surnames, shipped_tables())


# Two capitalised words in a row, the second one read ahead (not consumed) so that it can be the
# first word of the next pair: "Jens Stoltenberg Said" gives both pairs of the run, each a match.
# The words are read possessively (*+): a space never follows a shorter part of a word, so giving
# letters back can find nothing, and a capitalised word with no pair fails at once. The word class is
# \w with the ASCII letters and digits listed first: they are tested as a bitmap, and only the other
# characters go on to the slower Unicode test of \w (the same set, so the same pairs, "Müller" too).
_CAPITAL_PAIR = re.compile(r"([A-Z][a-zA-Z0-9_’'\-\w]*+)[ \u00a0](?=([A-Z][a-zA-Z0-9_’'\-\w]*+))")


class _NamePairs:
    """Every "First Last" pair of capitalised words that could be a person's full name, keeping
    only those whose last word is ``wanted`` (asked once per distinct word)."""

    def __init__(self, wanted: Callable[[str], bool], tables: NameTables) -> None:
        self.wanted = wanted
        self.tables = tables
        self._first_ok: dict[str, bool] = {}
        self._surname: dict[str, str | None] = {}

    def of(self, text: str) -> list[tuple[str, str]]:
        out = []
        first_ok, surnames = self._first_ok, self._surname
        relatives: set[tuple[str, str]] | None = None
        for first, last in _CAPITAL_PAIR.findall(text):
            surname = surnames.get(last, "")
            if surname == "":
                surname = surnames[last] = self._surname_or_none(last)
            if surname is None:
                continue
            ok = first_ok.get(first)
            if ok is None:
                ok = first_ok[first] = _could_be_first_name(first, self.tables)
            if not ok:
                continue
            if relatives is None:  # read once per article, when it first matters
                relatives = _relatives(text)
            if (first, last) not in relatives:
                out.append((first, surname))
        return out

    def _surname_or_none(self, word: str) -> str | None:
        if not any(c.islower() for c in word):
            return None
        word = strip_possessive(word)
        if word.lower() in ORG_WORDS or is_nationality(word):
            return None
        return word if self.wanted(word) else None


_RELATIVES = "lady|wife|husband|spouse|widow|widower"
"""Spouses: the relatives who share a surname and stand beside the person quoted by it ("her father
Thomas Hofeller" may well be who is quoted, so parents and children are not listed)."""
_RELATIVE_WORD = re.compile(r"\b(?:" + _RELATIVES + r")\b")
_RELATIVE_WORDS = _RELATIVES.split("|")
_NAME_PAIR = r"([A-Z][\w’'-]*)[ \u00a0]([A-Z][\w’'-]*)"
_AS_RELATIVE = re.compile(
    r"\b(?:"
    + _RELATIVES
    + r")[ ,]+"
    + _NAME_PAIR
    + r"|"
    + _NAME_PAIR
    + r",? +(?:the |his |her |their )?(?:first )?(?:"
    + _RELATIVES
    + r")\b"
)


def _relatives(text: str) -> set[tuple[str, str]]:
    """The "First Last" pairs the article names as someone's relative ("first lady Melania Trump",
    "Melania Trump, the first lady", "his wife Jane Roe"): not the full name of the person quoted by
    that surname (a spouse would take the president's quotes and title)."""
    out: set[tuple[str, str]] = set()
    # most articles name no spouse: the pattern below tries every capitalised pair; and the word
    # pattern, which opens with \b, tries every position, where str's search jumps (a twentieth of
    # find_quotes' CPU on the synthetic corpus, where no article names one)
    if not any(word in text for word in _RELATIVE_WORDS) or _RELATIVE_WORD.search(text) is None:
        return out
    for m in _AS_RELATIVE.finditer(text):
        first, last = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        out.add((first, last))
    return out


def _could_be_first_name(word: str, tables: NameTables) -> bool:
    low = word.lower()
    if low.endswith(("’s", "'s", "s’", "s'")):
        return False  # "Korea's Kim": the possessive's owner is no first name
    if low in tables.ordinary and low not in tables.first_names and low not in PARTICLES:
        return False  # "Free Spotify", "Asks Spotify": a headline's or sentence's word before a name
    parts = low.split("-")
    if len(parts) > 1 and all(p in tables.ordinary for p in parts):
        return False  # "Production-Ready Python", "Long-Term Care": ordinary words joined, no given name
    return not (
        not word[1:2].islower()
        or low in ROLE_WORDS
        or low in NON_NAME_WORDS
        or low in ORG_WORDS
        or low in PERSON_TITLES
        or is_nationality(word)
    )
