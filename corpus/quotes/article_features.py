"""Features of a candidate speaker that need the whole article: how often its name is written and
how many quotes the rules give it, and the closed-class words right beside the mention.

A person quoted in an article is usually named many times and is the rules' speaker of several of
its quotes; a place or an organisation mentioned in passing is not. And the word right before a
mention says much of its role in the sentence: after "in", "at" or "from" a name is a place or a
setting, after "by" or "to" it is an agent or an addressee. The ranker learns a weight for each.
"""

from __future__ import annotations

import re
from collections import Counter

from corpus.quotes.lexicon import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS

_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z’'-]+")
_WORD = re.compile(r"[A-Za-z’'-]+")

SIDE_WORDS = PREPOSITIONS | FUNCTION_WORDS | DETERMINERS | frozenset("of and according like than".split())
"""Closed-class words whose presence right before or after a mention gets a weight of its own."""
COUNT_EDGES = (1, 2, 4, 8)
"""Buckets of how often a name is written (or quoted) in the article: 1, 2–3, 4–7, 8 or more."""


class ArticleCounts:
    """How often each capitalised word is written in an article, and how many of its quotes the
    rules give each name (by the name's last word, lower case)."""

    def __init__(self, text: str, names: list[str | None]) -> None:
        self.written = Counter(
            m.group().lower().removesuffix("’s").removesuffix("'s") for m in _CAPITALISED.finditer(text)
        )
        self.quoted = Counter(name.split()[-1].lower() for name in names if name and name.split())

    def describe(self, f: dict[str, float], last_word: str | None) -> None:
        if last_word is None:
            return
        for label, count in (
            ("written", self.written.get(last_word, 0)),
            ("quoted", self.quoted.get(last_word, 0)),
        ):
            f[f"{label}>={_bucket(count)}"] = 1.0


def _bucket(count: int) -> int:
    edge = 0
    for e in COUNT_EDGES:
        if count >= e:
            edge = e
    return edge


def side_words(f: dict[str, float], masked: str, start: int, end: int) -> None:
    """The closed-class word right before the mention and right after it (same line), and whether
    a comma stands right before or after it (an apposition: "Swanson, of Elizabeth, Colorado,")."""
    before = masked[max(0, start - 24) : start]
    after = masked[end : end + 24]
    words_before = _WORD.findall(before.rsplit("\n", 1)[-1])
    if words_before and words_before[-1].lower() in SIDE_WORDS:
        f[f"word_before={words_before[-1].lower()}"] = 1.0
    words_after = _WORD.findall(after.split("\n", 1)[0])
    if words_after and words_after[0].lower() in SIDE_WORDS:
        f[f"word_after={words_after[0].lower()}"] = 1.0
    if before.rstrip(" ").endswith(","):
        f["comma_before"] = 1.0
    if after.lstrip(" ").startswith(","):
        f["comma_after"] = 1.0
