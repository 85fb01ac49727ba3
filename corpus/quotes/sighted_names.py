"""The corpus's speakers' names as the speakers step pairs them with full names
(``find._full_names``): their folded last words, the last words of names of two words or more
(looked up tolerantly), the names written with a space, the words articles quote someone by alone,
and the last words of each article's pairs of words that could be a full name.

Each is a union over the articles, so they are gathered article by article, in any order: as each
article's reading comes in (:mod:`corpus.quotes.step_ahead`), while both processes still read, not
in the step, which runs on one core after both have read (on the 4 MB bench corpus the step read
12,000 sightings and 7,500 pairs one by one for these few thousand distinct names).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from corpus.model import Quote
from corpus.quotes.lone_names import is_lone_word
from corpus.quotes.spelling import FuzzyKeys, SpellingMemo, fold

__all__ = ["SightedNames", "article_names"]


@dataclass(slots=True, eq=False)
class SightedNames:
    """The names of the articles given to :meth:`add`, gathered as ``_full_names`` reads them."""

    memo: SpellingMemo
    surnames: set[str] = field(default_factory=set)
    """The folded last word of every name a speaker or a relayed person is given."""
    full: FuzzyKeys = field(init=False)
    """The folded last words of the names of two words or more (spelling variants are looked for
    only for people known by a full name)."""
    spoken: set[str] = field(default_factory=set)
    """The names written with a space."""
    lone: dict[str, set[str]] = field(default_factory=dict)
    """By article, the names that are one word a full name may open (:func:`lone_names.is_lone_word`)."""
    lasts: dict[str, str] = field(default_factory=dict)
    """The last word of each pair of words that could be a full name, and its folded form."""
    read: set[str] = field(default_factory=set)
    """The names read so far (each read once for the corpus; only its article's lone words per article)."""

    def __post_init__(self) -> None:
        self.full = FuzzyKeys(self.memo)

    def add(self, quotes: list[Quote], named: list[str | None], pairs: list[tuple[str, str]]) -> None:
        """Gather an article's names: its quotes' speakers' as the article gives them (``named``, one
        per quote; None: none), the persons they relay, and its pairs' last words."""
        self.add_names(quotes[0].article if quotes else "", article_names(quotes, named), pairs)

    def add_names(self, article: str, names: set[str], pairs: list[tuple[str, str]]) -> list[str]:
        """:meth:`add` of an article's :func:`article_names` (``article``: the name its quotes carry);
        returns those that are one word a full name may open."""
        lasts, folded = self.lasts, self.memo.folded
        for last in {last for _, last in pairs}.difference(lasts):  # (most were written before)
            key = folded.get(last)
            if key is None:
                key = folded[last] = fold(last)
            lasts[last] = key
        lone = [name for name in names if is_lone_word(name)]
        if lone:
            self.lone.setdefault(article, set()).update(lone)
        for name in names.difference(self.read):
            self.read.add(name)
            if " " in name:
                self.spoken.add(name)
            words = name.split()
            if not words:
                continue
            key = folded.get(words[-1])
            if key is None:
                key = folded[words[-1]] = fold(words[-1])
            self.surnames.add(key)
            if len(words) > 1:
                self.full.add(key)
        return lone


def article_names(quotes: list[Quote], named: list[str | None]) -> set[str]:
    """The names an article's reading gives its speakers (``named``, one per quote; None: none) and
    the persons they relay."""
    names = {name for name in named if name}  # (an article names few people, most many times)
    names.update([q.quoting.name for q in quotes if q.quoting is not None and q.quoting.name])
    return names
