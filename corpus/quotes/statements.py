"""Which quotes are the same statement: reported by several articles, in the same or other words.

Two quotes are one statement when their speakers agree (or one is unknown) and
their words largely coincide: most of the shorter quote's words appear in the
longer one ("There are signs from Moscow that diplomacy should continue…" and
"…could continue…"). Short quotes (one or two words, "hysteria") must match
exactly. Only pairs that can share enough are compared (:mod:`corpus.quotes.shared_words`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from corpus.model import Quote
from corpus.quotes.lexicon import STATEMENT_STOP_WORDS
from corpus.quotes.shared_words import close_pairs

_WORD = re.compile(r"\w+")
_MIN_SHARE = 0.6
_MAX_POSTING = 400  # a word in more quotes than this says nothing about which statement it is


_CASED_APART = re.compile(r"[^\x00-\x7f’‘“”–—…\u00a0]")
"""A character that may lower otherwise in a word than in the text around it ("İ" gives "i̇", a Greek
sigma depends on its neighbours): any but ASCII and the uncased marks news text quotes with."""


def _words(text: str) -> frozenset[str]:
    # each word lowered on its own, not the text at once: lowering can split a word ("İ" gives "i̇")
    return frozenset(map(str.lower, _WORD.findall(text))) - STATEMENT_STOP_WORDS


def said_and_words(text: str) -> tuple[str, frozenset[str] | None]:
    """A quote's words lower-cased and joined (what identical quotes share) and, where reading them
    so is the same, its set of words less stop words (:func:`_words`; None: read them apart). Where
    every character is ASCII or an uncased mark, lowering the text lowers each word as it would alone,
    so one regex pass over the text gives both (the set was a second pass and a lowering per word)."""
    low = _WORD.findall(text.lower())
    if text.isascii() or _CASED_APART.search(text) is None:
        return " ".join(low), frozenset(low) - STATEMENT_STOP_WORDS
    return " ".join(low), None


def statement_words(text: str) -> tuple[str, frozenset[str]]:
    """A quote's words lower-cased and joined, and its set of words less stop words (what
    :func:`assign_groups` compares quotes by: the quote's text alone settles them)."""
    said, words = said_and_words(text)
    return said, _words(text) if words is None else words


def assign_groups(quotes: list[Quote], read: Mapping[str, tuple[str, frozenset[str]]] | None = None) -> None:
    """Set ``quote.group`` on every quote: equal ids for the same statement, numbered from 1.
    ``read``: :func:`statement_words` of quote texts, read before (as the articles' readings came in:
    :mod:`corpus.quotes.step_ahead`); those of the others are read here."""
    parent = list(range(len(quotes)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    # Identical words and speaker: one representative, the first, does the comparing for all of them
    # and stands for them in the union-find (each set's root is its first quote either way)
    exact: dict[tuple[str, str | None], int] = {}
    reps: list[int] = []
    rep_of = list(range(len(quotes)))
    # wire copy repeats a quote word for word across outlets: read it once
    normal: dict[str, tuple[str, frozenset[str] | None]] = {}
    if read is not None:
        normal.update(read)
    for i, q in enumerate(quotes):
        known = normal.get(q.text)
        if known is None:
            known = normal[q.text] = said_and_words(q.text)
        key = (known[0], q.speaker)
        first = exact.get(key)
        if first is None:
            exact[key] = i
            reps.append(i)
        else:
            rep_of[i] = first
    words: list[frozenset[str]] = []
    for i in reps:
        found = normal[quotes[i].text][1]
        words.append(_words(quotes[i].text) if found is None else found)
    for x, k, shared in close_pairs(words, _MIN_SHARE, _MAX_POSTING):
        i, j = reps[x], reps[k]
        if not _speakers_agree(quotes[i], quotes[j]):
            continue
        if quotes[i].article == quotes[j].article and shared < len(words[x]):
            continue  # within one article only a repeated quote is the same statement
        union(i, j)
    ids: dict[int, int] = {}
    root_of = {i: find(i) for i in reps}  # (wire copy: on the 4 MB bench corpus 344 for 6,823 quotes)
    for i, q in enumerate(quotes):
        root = root_of[rep_of[i]]
        if root not in ids:
            ids[root] = len(ids) + 1
        q.group = ids[root]


def _speakers_agree(a: Quote, b: Quote) -> bool:
    return a.speaker is None or b.speaker is None or a.speaker == b.speaker
