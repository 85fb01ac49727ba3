"""Where a word stands alone in an article's text, read once per text.

A speaker phrase asks whether the article writes one of its words elsewhere ("Rival" in lower case,
"Long" inside a sentence). Asked with ``str.find`` for each phrase, a word the article never writes
again scans the whole text every time, and an article of many short lines then costs the square of
its length. So the places of every run of letters and digits in a long text are indexed once; a
short text, or a word that is not one such run ("O'Neil", "al-Assad"), is still scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_LETTER_RUN = re.compile(r"[^\W_]+")
"""A run of letters and digits: what ``str.isalnum`` accepts, so a run's neighbours are not."""

_INDEXED_FROM = 20_000
"""Characters of text from which its words are indexed: in a shorter one, the few words a quote's
phrases ask about cost less to find by scanning than the whole text costs to index."""
_TEXTS_KEPT = 4
"""Texts whose index is kept: the quote finder reads one article at a time."""


@lru_cache(maxsize=_TEXTS_KEPT)
def _places_by_word(text: str) -> dict[str, list[int]]:
    places: dict[str, list[int]] = {}
    for match in _LETTER_RUN.finditer(text):
        places.setdefault(match.group(), []).append(match.start())
    return places


def places_alone(text: str, word: str) -> Iterator[int]:
    """The offsets, in order, where ``word`` stands alone (not inside a longer word) in ``text``."""
    if len(text) >= _INDEXED_FROM and _LETTER_RUN.fullmatch(word):
        yield from _places_by_word(text).get(word, ())
        return
    at = text.find(word) if word else -1
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (after >= len(text) or not text[after].isalnum()):
            yield at
        at = text.find(word, after)


def written_lower(word: str, text: str) -> bool:
    """Whether the article writes the (folded) word in lower case: an ordinary word in its text,
    whatever the word tables say ("The Mezcal Soup (which has no mezcal)")."""
    if not word.isalpha():
        return False
    # str.find jumps to each place the word is written; a pattern opening with a look-behind
    # tried every position of the article (about a tenth of find_quotes' CPU)
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if not (at and _joins_a_word(text[at - 1])) and not (end < len(text) and _joins_a_word(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _joins_a_word(char: str) -> bool:
    """Whether ``char`` beside a word makes it part of a longer one (the ``[\\w’'-]`` of a pattern)."""
    return char.isalnum() or char in "_’'-"
