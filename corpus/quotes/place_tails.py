"""Whether a mention is the second part of a place written "City, State" ("Salem, New Hampshire,",
"in Orlando, Florida."): a state or country, no one who speaks. The rules take it for the subject of
a cue when a sentence opens with where it happened ("Speaking at a town hall in Salem, New
Hampshire, Trump went after Bush"); the ranker's feature ``place_after_city`` lets it learn to
distrust such a mention (on held-out PolNeAR train folds, CV 0.910 -> 0.912 asked about every quote).
"""

from __future__ import annotations

import re

PLACE_TAIL_REACH = 30
"""The city and its comma before a place's second part lie within this many characters."""
_CITY_COMMA = re.compile(r"\b[A-Z][a-z]+,\s*\Z")
"""A capitalised word and a comma, ending right before the mention ("Salem, ")."""
PLACE_TAIL_ENDS = frozenset(",.")
"""What follows a place's second part: the comma closing the place, or the sentence's end."""


def place_after_city(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` follows "City, " and is followed by a comma or a
    period, as the state or country of a place is written ("Salem, New Hampshire,")."""
    if text[end : end + 1] not in PLACE_TAIL_ENDS:
        return False
    return _CITY_COMMA.search(text, max(0, start - PLACE_TAIL_REACH), start) is not None
