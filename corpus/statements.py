"""Which quotes are the same statement: reported by several articles, in the same or other words.

Two quotes are one statement when their speakers agree (or one is unknown) and
their words largely coincide: most of the shorter quote's words appear in the
longer one ("There are signs from Moscow that diplomacy should continue…" and
"…could continue…"). Short quotes (one or two words, "hysteria") must match
exactly. An inverted index over the words keeps this near linear.
"""

from __future__ import annotations

import re
from collections import defaultdict

from corpus.model import Quote

_WORD = re.compile(r"\w+")
_STOP = frozenset(
    "the a an of to and in on for that this is are was were be been it its we they he she i you our "
    "their his her at by with from as but or not so have has had will would could should there".split()
)
_MIN_SHARE = 0.6
_MAX_POSTING = 400  # a word in more quotes than this says nothing about which statement it is


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in _STOP)


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

    # Identical words and speaker: one representative does the comparing for all of them.
    exact: dict[tuple[str, str | None], int] = {}
    reps: list[int] = []
    normal: dict[str, str] = {}  # wire copy repeats a quote word for word across outlets: read it once
    for i, q in enumerate(quotes):
        said = normal.get(q.text)
        if said is None:
            said = normal[q.text] = " ".join(_WORD.findall(q.text.lower()))
        key = (said, q.speaker)
        if key in exact:
            union(exact[key], i)
        else:
            exact[key] = i
            reps.append(i)
    words = {i: _words(quotes[i].text) for i in reps}
    postings: dict[str, list[int]] = defaultdict(list)
    for i in reps:
        for w in words[i]:
            postings[w].append(i)
    for i in reps:
        mine = words[i]
        if len(mine) < 3:
            continue
        shared: dict[int, int] = defaultdict(int)
        for w in mine:
            posting = postings[w]
            if len(posting) > _MAX_POSTING:
                continue
            for j in posting:
                if j > i:
                    shared[j] += 1
        for j, count in shared.items():
            other = words[j]
            if len(other) < 3 or count < _MIN_SHARE * min(len(mine), len(other)):
                continue
            if not _speakers_agree(quotes[i], quotes[j]):
                continue
            if quotes[i].article == quotes[j].article and count < min(len(mine), len(other)):
                continue  # within one article only a repeated quote is the same statement
            union(i, j)
    ids: dict[int, int] = {}
    for i, q in enumerate(quotes):
        root = find(i)
        if root not in ids:
            ids[root] = len(ids) + 1
        q.group = ids[root]


def _speakers_agree(a: Quote, b: Quote) -> bool:
    return a.speaker is None or b.speaker is None or a.speaker == b.speaker
