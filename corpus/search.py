"""Search the articles' text: words and "phrases", case- and accent-insensitive.

A query is words and double-quoted phrases; an article matches when it holds every one of them
(each a whole word: ``troop*`` also takes the words starting with "troop"). Case, accents,
ligatures and invisible characters do not matter ("resume" finds "Résumé", "Zelenskyy's" finds
"ZELENSKYY’S"), nor does punctuation between the words of a phrase ("U.S." is the phrase "u s"). Every
hit is a ``start``/``end`` range into ``article.text``, and each matching article gets one hit
shown in context: the one with the most of the query's terms around it.

Each article's text is folded once (lower case, accents and invisible characters dropped) into a
:class:`FoldedText` that maps its offsets back to the article's; a query is then one regular
expression search per term over the folded texts.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from corpus.model import Article

QUERY_PART = re.compile(r'"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+)')
"""A double-quoted phrase (its closing quote may be missing while it is typed) or a bare word."""
QUERY_WORD = re.compile(r"\w+\*?")
PREFIX_MARK = "*"
"""A word ending in this also matches the longer words it starts."""

FOLDED_AWAY = frozenset({"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"})
"""Characters that split a word without being seen (soft hyphen, zero-width spaces): folded away."""

CONTEXT_CHARS = 70
"""Characters of text shown on each side of the hit in context (cut back to a whole word)."""
NEARBY_CHARS = 200
"""Hits of other terms this close to a hit count toward showing that hit in context."""


@dataclass(frozen=True, slots=True)
class Term:
    """One word, or the words of one phrase, folded; ``prefix``: the last word may continue."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    terms: tuple[Term, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.terms)


@dataclass(frozen=True, slots=True)
class Hit:
    """Where one term matched: ``article.text[start:end]``."""

    start: int
    end: int
    term: int
    """Which term of the query (its index) matched here."""


@dataclass(frozen=True, slots=True)
class HitContext:
    """A hit with the words around it, each part as it stands in the text (not made inert)."""

    before: str
    match: str
    after: str


@dataclass(slots=True)
class SearchResult:
    """An article holding every term of a query: all its hits in text order, and one in context."""

    article: str
    hits: list[Hit] = field(default_factory=list)
    shown: Hit | None = None
    context: HitContext | None = None


def fold(text: str) -> str:
    """``text`` as searches compare it: lower case, without accents or invisible characters."""
    return "".join(_fold_char(char) for char in text)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in FOLDED_AWAY:
        return ""
    decomposed = unicodedata.normalize("NFKD", char)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.casefold()  # a lone combining mark folds away with the accents


def parse_query(text: str) -> Query:
    """The terms of a query: bare words one term each, a "quoted phrase" one term."""
    terms: list[Term] = []
    for part in QUERY_PART.finditer(text):
        raw = part.group("phrase") if part.group("phrase") is not None else part.group("word")
        words = tuple(QUERY_WORD.findall(fold(raw or "")))  # "U.S." is the phrase "u s"
        term = _term(words) if words else None
        if term is not None and term.words:
            terms.append(term)
    return Query(text, tuple(dict.fromkeys(terms)))


def _term(words: tuple[str, ...]) -> Term:
    prefix = words[-1].endswith(PREFIX_MARK)
    cleaned = tuple(w.rstrip(PREFIX_MARK) for w in words)
    return Term(tuple(w for w in cleaned if w), prefix)


def _pattern(term: Term) -> re.Pattern[str]:
    # The first word opens the pattern and its left edge is checked just after it (a look-behind
    # over the word and the character before it): a pattern that opens with a look-behind loses
    # the regular expression engine's fast scan for a literal, 20 times slower.
    first, *rest = (re.escape(w) for w in term.words)
    words = rf"{first}(?<!\w{first})" + "".join(rf"\W+{w}" for w in rest)
    return re.compile(words + (r"\w*" if term.prefix else r"(?!\w)"))


class FoldedText:
    """An article's text folded for searching, and the way back to offsets into the text.

    Most characters fold to one character, so offsets agree; the few that fold to none or to
    several ("ß" → "ss") start a stretch of their own in ``_stretches``."""

    def __init__(self, text: str) -> None:
        table = {ord(c): _fold_char(c) for c in set(text) if not c.isascii() or c.isupper()}
        uneven = {chr(k) for k, v in table.items() if len(v) != 1}
        self._folded_starts = [0]
        self._text_starts = [0]
        self._sizes: list[tuple[int, int]] = [(1, 1)]  # (folded, text) characters per step
        self.even = not uneven
        if not uneven:
            self.folded = text.translate(table)
            return
        pieces, folded_at, text_at = [], 0, 0
        for found in re.finditer("|".join(re.escape(c) for c in uneven), text):
            pieces.append(text[text_at : found.start()].translate(table))
            folded_at += found.start() - text_at
            folded_char = table[ord(found.group())]
            self._add(folded_at, found.start(), (len(folded_char), 1))
            pieces.append(folded_char)
            folded_at += len(folded_char)
            text_at = found.end()
            self._add(folded_at, text_at, (1, 1))
        pieces.append(text[text_at:].translate(table))
        self.folded = "".join(pieces)

    def _add(self, folded_at: int, text_at: int, sizes: tuple[int, int]) -> None:
        if len(self._sizes) > 1 and self._sizes[-1] == (1, 1) and self._text_starts[-1] == text_at:
            self._folded_starts.pop()  # two uneven characters in a row: no even stretch between them
            self._text_starts.pop()
            self._sizes.pop()
        self._folded_starts.append(folded_at)
        self._text_starts.append(text_at)
        self._sizes.append(sizes)

    def start_in_text(self, folded_at: int) -> int:
        step = bisect_right(self._folded_starts, folded_at) - 1
        if self._sizes[step] == (1, 1):
            return self._text_starts[step] + folded_at - self._folded_starts[step]
        return self._text_starts[step]

    def end_in_text(self, folded_end: int) -> int:
        if folded_end <= 0:
            return 0
        step = bisect_right(self._folded_starts, folded_end - 1) - 1
        if self._sizes[step] == (1, 1):
            end = self._text_starts[step] + folded_end - self._folded_starts[step]
        else:
            end = self._text_starts[step] + self._sizes[step][1]
        step += 1  # an accent written as a mark of its own after the last letter belongs to it
        while step < len(self._sizes) and self._sizes[step][0] == 0 and self._text_starts[step] == end:
            end += self._sizes[step][1]
            step += 1
        return end


class SearchIndex:
    """The folded texts of a corpus, folded once, searched for any number of queries."""

    def __init__(self, articles: Sequence[Article]) -> None:
        self.articles = list(articles)
        self._folded = [FoldedText(a.text) for a in self.articles]

    def search(self, query: Query | str) -> list[SearchResult]:
        """Every article holding all the query's terms, in corpus order (nothing for no terms)."""
        if isinstance(query, str):
            query = parse_query(query)
        if not query:
            return []
        patterns = [_pattern(term) for term in query.terms]
        longest = [max(term.words, key=len) for term in query.terms]
        results = []
        for article, folded in zip(self.articles, self._folded, strict=True):
            if not all(word in folded.folded for word in longest):
                continue  # a plain look-up rules most articles out before any pattern runs
            hits = _hits(folded, patterns)
            if hits is not None:
                shown = _best_hit(hits, len(patterns))
                context = context_of(article.text, shown)
                results.append(SearchResult(article.name, hits, shown, context))
        return results


def _hits(folded: FoldedText, patterns: list[re.Pattern[str]]) -> list[Hit] | None:
    """Every hit of every term in the text, in text order; None unless every term has one."""
    hits: list[Hit] = []
    for index, pattern in enumerate(patterns):
        text = folded.folded
        if folded.even:  # offsets into the folded text are offsets into the article's
            found = [Hit(*m.span(), index) for m in pattern.finditer(text)]
        else:
            found = [
                Hit(folded.start_in_text(m.start()), folded.end_in_text(m.end()), index)
                for m in pattern.finditer(text)
            ]
        if not found:
            return None
        hits += found
    hits.sort(key=lambda h: (h.start, h.end))
    return hits


def _best_hit(hits: list[Hit], terms: int) -> Hit:
    """The earliest hit with the most distinct terms within NEARBY_CHARS of it."""
    if terms == 1:
        return hits[0]
    best, best_count, left = hits[0], 0, 0
    for index, hit in enumerate(hits):
        while hits[left].start < hit.start - NEARBY_CHARS:
            left += 1
        near = {hits[k].term for k in range(left, index + 1)}
        right = index + 1
        while right < len(hits) and hits[right].start <= hit.start + NEARBY_CHARS:
            near.add(hits[right].term)
            right += 1
        if len(near) > best_count:
            best, best_count = hit, len(near)
            if best_count == terms:
                break
    return best


def context_of(text: str, hit: Hit, reach: int = CONTEXT_CHARS) -> HitContext:
    """The hit and about ``reach`` characters either side of it, cut back to whole words and kept
    within the hit's paragraph, whitespace runs made single spaces."""
    paragraph = text.rfind("\n\n", 0, hit.start)
    start = max(0 if paragraph < 0 else paragraph + 2, hit.start - reach)
    paragraph_end = text.find("\n\n", hit.end)
    end = min(hit.end + reach, len(text) if paragraph_end < 0 else paragraph_end)
    before, after = text[start : hit.start], text[hit.end : end]
    if start > 0 and not text[start - 1].isspace():  # cut inside a word: drop the piece of it
        before = re.sub(r"^\S+", "", before)
    if end < len(text) and not text[end].isspace():
        after = re.sub(r"\S+$", "", after)
    return HitContext(_spaced(before).lstrip(), _spaced(text[hit.start : hit.end]), _spaced(after).rstrip())


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text)
