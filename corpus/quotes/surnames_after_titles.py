"""The surnames an article writes after a personal title ("President Vladimir Putin", "Mr Scholz",
"spokesman Jay Carney"): people, whichever way the article names them elsewhere.

One pattern of every title (:data:`TITLED_NAME_WORDS` as a trie) opens with a class of their first
letters, so the regex engine stops at every one of them in the text: at every "s" too, for the
lower-case titles ("spokesman"), some 6% of an English text's characters, each a match attempt.
So the titles that open with a capital and those that do not are two patterns: the first stops at
those capitals only; the second opens with the lower-case titles' common letters ("spokes"), a
literal the engine finds as a string, and is run only on a text that writes them. Their matches
are taken as the one pattern's ``finditer`` takes its own (:func:`_titled`): the two never match
at the same place (one opens with a capital, the other does not), so the leftmost of the two is
the one pattern's match, and none is taken that overlaps the one before it. The same matches (every
text of the project's corpora, and random ones in the tests), scanned in 338 M instructions where
one pattern took 432 M over all the 4 MB bench corpus's texts (the quote finder asks it of some 0.4
texts an article there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import ORG_WORDS, TITLED_NAME_WORDS, trie_pattern

__all__ = ["may_be_titled", "person_surnames"]

_NAME_AFTER = r"\.?\s+(?:[A-Z][\w’'-]+\s+){0,2}([A-Z][\w’'-]+)"
"""After a title: the name, up to three capitalised words (the surname is group 1)."""
_CAPITAL_TITLES = [t for t in TITLED_NAME_WORDS if t[:1].isupper()]
_LOWER_TITLES = [t for t in TITLED_NAME_WORDS if not t[:1].isupper()]


def _common_opening(words: list[str]) -> str:
    """The letters every one of ``words`` opens with ("" for none): those the first and the last of
    them in sorted order share."""
    if not words:
        return ""
    first, last = min(words), max(words)
    size = 0
    while size < min(len(first), len(last)) and first[size] == last[size]:
        size += 1
    return first[:size]


_LOWER_OPENING = _common_opening(_LOWER_TITLES)
"""What every lower-case title opens with ("spokes"): the literal the second pattern opens with."""

_TITLED_CAPITAL = compiled_on_first_use(trie_pattern(_CAPITAL_TITLES, word_start=True) + _NAME_AFTER)
"""A title opening with a capital and the name after it. No two titles can both be followed by the
optional period and a space, so the trie's order of trying them finds what a plain alternation
would."""
_TITLED_LOWER = compiled_on_first_use(
    re.escape(_LOWER_OPENING)
    + r"(?<!\w"  # (what the trie's word start tests, read after the literal: no word character before it)
    + re.escape(_LOWER_OPENING)
    + ")"
    + trie_pattern([t[len(_LOWER_OPENING) :] for t in _LOWER_TITLES])
    + _NAME_AFTER
)
"""A lower-case title and the name after it."""


def person_surnames(text: str) -> frozenset[str]:
    """Surnames the text gives a personal title ("President Vladimir Putin", "Mr Scholz"), lower case."""
    return frozenset(m.group(1).lower() for m in _titled(text) if m.group(1).lower() not in ORG_WORDS)


def may_be_titled(text: str, surname: str) -> bool:
    """False only where ``surname`` (lower case) is not among :func:`person_surnames` of ``text``: no
    writing of it (its initial in capitals, the rest in any case) ends its word and is the name a
    title's match ends with, the match read in the few words before it. Most names asked are titled
    nowhere: the writings of their initial are read, not the whole text (and the text is not
    lowered: that took as long as the scan)."""
    if not "a" <= surname[:1] <= "z":
        return False  # (a name opens with a capital A to Z: none lowers to another character)
    initial = surname[0].upper()
    size = len(surname)
    at = text.find(initial)
    for _ in range(WRITINGS_READ):
        if at < 0:
            return False
        end = at + size
        if text[at:end].lower() == surname and not _NAME_GOES_ON.match(text, end):
            start = _words_back(text, at)
            if start < 0 or _ends_a_match(text, start, at, end):
                return True
        at = text.find(initial, at + 1)
    return at >= 0  # (more writings of the initial than are read: maybe)


WRITINGS_READ = 64
"""At most this many writings of a name's initial are read before the whole text is scanned."""


def _ends_a_match(text: str, start: int, at: int, end: int) -> bool:
    """Whether a match of either pattern opening in ``text[start:end]``, read up to ``end``, has its
    name (group 1) at ``at`` to ``end``. (A match of the whole text that ends there is such a match
    read up to ``end``: it reads nothing after its name, and no way of matching tried before it at
    its start matches on fewer characters.)"""
    patterns = (_TITLED_CAPITAL(), _TITLED_LOWER()) if _LOWER_TITLES else (_TITLED_CAPITAL(),)
    for pattern in patterns:
        match = pattern.search(text, start, end)
        while match is not None:
            if match.span(1) == (at, end):
                return True
            match = pattern.search(text, match.start() + 1, end)
    return False


_NAME_GOES_ON = re.compile(r"[\w’'-]")
"""A character a name's word goes on with (:data:`_NAME_AFTER`): a writing followed by one is no
match's last word."""
_WORDS_BEFORE = re.compile(r"\s*(?:\S+\s+){0,2}\S*")
"""Read in the text before a name, backwards: the blanks before it and the three words before them
(a match holds at most its title, its period joined to it, and two more words of the name:
:data:`_NAME_AFTER`)."""
WORDS_BACK_REACH = 240
"""The characters read back from a name for those words; where they run on further, the whole text
is scanned (a stretch of masked quote is one long word)."""


def _words_back(text: str, at: int) -> int:
    """Where the words before ``at`` (:data:`_WORDS_BEFORE`) open, or -1 where they may open more than
    :data:`WORDS_BACK_REACH` characters back."""
    before = text[max(0, at - WORDS_BACK_REACH) : at][::-1]
    read = _WORDS_BEFORE.match(before).end()  # type: ignore[union-attr]  # (it matches the empty string)
    if read == len(before) and at > WORDS_BACK_REACH:
        return -1
    return at - read


def _titled(text: str) -> Iterator[re.Match[str]]:
    """The matches of a title and its name in ``text``, as ``finditer`` of one pattern of every title
    finds them: in text order, each after the end of the one before."""
    capital = _TITLED_CAPITAL().search(text)
    lower = _TITLED_LOWER().search(text) if _LOWER_TITLES and _LOWER_OPENING in text else None
    while True:
        if capital is None:
            taken = lower
        elif lower is None or capital.start() < lower.start():
            taken = capital
        else:
            taken = lower
        if taken is None:
            return
        yield taken
        end = taken.end()
        if capital is not None and capital.start() < end:
            capital = _TITLED_CAPITAL().search(text, end)
        if lower is not None and lower.start() < end:
            lower = _TITLED_LOWER().search(text, end)
