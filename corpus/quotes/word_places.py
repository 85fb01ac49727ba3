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
