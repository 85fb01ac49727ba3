"""A role the writer gives someone through their own possessive ("writes my friend Eric Liu"): how
the person stands to the writer, not a role of theirs a reader is shown."""

from __future__ import annotations

import re

from corpus.quotes.lexicon import FIRST_PERSON_POSSESSIVES

__all__ = ["writers_relation"]

_WRITERS = re.compile(r"\b(?:" + "|".join(FIRST_PERSON_POSSESSIVES) + r")\s+", re.IGNORECASE)


def writers_relation(text: str, start: int) -> bool:
    """True when the mention at ``start`` opens with "my"/"our" ("my friend Eric Liu")."""
    return _WRITERS.match(text, start) is not None
