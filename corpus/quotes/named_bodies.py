"""The body a bare description stands for by its own head word: "the agency" after "the International
Atomic Energy Agency", "the department" after "The State Department", "the committee" after "the
Democratic National Committee", "the navy" after "The Indian navy", "the board" after "the Illinois
Board of Elections".

A reader takes "the agency said" for the agency the article named last, whether or not that name
was a sentence's subject (:func:`corpus.quotes.described.organisation_before` reads subjects only,
and "And the International Atomic Energy Agency showed …" opens with no subject it reads). Asked
before the most recent organisation is: a name holding the description's head is the surer.
"""

from __future__ import annotations

import re
from functools import cache

from corpus.quotes.lexicon import is_nationality

BODY_HEADS = frozenset(
    "agency committee ministry department commission board council navy army bureau authority "
    "foundation institute association party court".split()
)
"""Heads of descriptions that stand for a body the article names with the same word ("the
committee", "the court"); not "the company" or "the group" (a company's name seldom holds the
word: :func:`organisation_before` reads those), nor "the union" ("European Union" is rarely what
"the union" is) or "the office"."""

NAME_WORDS_BEFORE = 5
"""At most this many capitalised words before the head ("International Atomic Energy Agency")."""
_OPENING_ARTICLE = frozenset(("The", "A", "An"))


@cache
def _named_with(head: str) -> re.Pattern[str]:
    """Capitalised words, then the head (capitalised, or lower case after a nationality: "Indian
    navy"), then perhaps "of"/"for" and capitalised words ("Board of Elections"). Compiled once per
    head."""
    word = r"[A-Z][\w’'&.-]*"
    return re.compile(
        rf"(?<![\w’'-])((?:{word}[ \u00a0]+){{0,{NAME_WORDS_BEFORE}}})({head.capitalize()}|{head})\b"
        rf"((?:[ \u00a0]+(?:of|for)(?:[ \u00a0]+the)?(?:[ \u00a0]+{word})+)?)"
    )


def body_named(masked: str, head: str, lo: int, hi: int) -> str | None:
    """The last body named with ``head`` in ``masked[lo:hi]`` ("International Atomic Energy Agency",
    "Ministry of Defence", "Indian navy"), or None. ``head`` is a word of :data:`BODY_HEADS`."""
    found: str | None = None
    for m in _named_with(head).finditer(masked, lo, hi):
        before = m.group(1).split()
        if before and before[0] in _OPENING_ARTICLE:
            before = before[1:]
        tail = m.group(3).split()
        if m.group(2) == head:  # lower case: a nationality's body only ("The Indian navy")
            if len(before) != 1 or not is_nationality(before[0]):
                continue
        elif not before and not tail:
            continue  # "the Agency", "The Department": the word alone, a description
        found = " ".join([*before, m.group(2), *tail])
    return found
