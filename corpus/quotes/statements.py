"""Which quotes are the same statement: reported by several articles, in the same or other words.

Two quotes are one statement when their speakers agree (or one is unknown) and
their words largely coincide: most of the shorter quote's words appear in the
longer one ("There are signs from Moscow that diplomacy should continue…" and
"…could continue…"). Short quotes (one or two words, "hysteria") must match
exactly. Only pairs that can share enough are compared (:mod:`corpus.quotes.shared_words`).
"""

from __future__ import annotations

import re

from corpus.model import Quote
from corpus.quotes.lexicon import STATEMENT_STOP_WORDS
from corpus.quotes.shared_words import close_pairs

_WORD = re.compile(r"\w+")
_MIN_SHARE = 0.6
_MAX_POSTING = 400  # a word in more quotes than this says nothing about which statement it is


def _words(text: str) -> frozenset[str]:
    # each word lowered on its own, not the text at once: lowering can split a word ("İ" gives "i̇")
    return frozenset(map(str.lower, _WORD.findall(text))) - STATEMENT_STOP_WORDS


def assign_groups(quotes: list[Quote]) -> None:
    """Set ``quote.group`` on every quote: equal ids for the same statement, numbered from 1."""
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
    normal: dict[str, str] = {}  # wire copy repeats a quote word for word across outlets: read it once
    for i, q in enumerate(quotes):
        said = normal.get(q.text)
        if said is None:
            said = normal[q.text] = " ".join(_WORD.findall(q.text.lower()))
        key = (said, q.speaker)
        first = exact.get(key)
        if first is None:
            exact[key] = i
            reps.append(i)
        else:
            rep_of[i] = first
    words = [_words(quotes[i].text) for i in reps]
    for x, k, shared in close_pairs(words, _MIN_SHARE, _MAX_POSTING):
        i, j = reps[x], reps[k]
        if not _speakers_agree(quotes[i], quotes[j]):
            continue
        if quotes[i].article == quotes[j].article and shared < len(words[x]):
            continue  # within one article only a repeated quote is the same statement
        union(i, j)
    ids: dict[int, int] = {}
    for i, q in enumerate(quotes):
        root = find(rep_of[i])
        if root not in ids:
            ids[root] = len(ids) + 1
        q.group = ids[root]


def _speakers_agree(a: Quote, b: Quote) -> bool:
    return a.speaker is None or b.speaker is None or a.speaker == b.speaker
