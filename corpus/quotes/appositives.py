"""The role an appositive after a speaker's name gives them: "said Jane Roe, a spokeswoman for
Acme.", "Jane Roe, 45, the union's president, told reporters" read after the cue.

The cue grammar reads a role written before a name ("Acme spokeswoman Jane Roe") and the description
a sentence's subject carries between commas ("Jane Roe, the mayor, said"); a name read after its
cue ends at the comma, so the description after it was no one's role. Read for the role a reader
sees only (:func:`corpus.quotes.article_quotes.article_quotes`): where the speaker is and who said
the quote do not change.

The description must be a role by its head: the noun before its first preposition is one of the
words the cue grammar takes as a role (``ROLE_WORDS``, ``TITLES``, the role nouns learned from
PolNeAR train, ``after_cue.ROLE_HEADS``): "a spokeswoman for the company", "the union president",
"executive vice president of the advocacy group Defenders of Wildlife"; not "the first woman to lead
it", "who runs a shop", "adding that…".
"""

from __future__ import annotations

import re

from corpus.quotes.after_cue import ROLE_HEADS
from corpus.quotes.lexicon import ROLE_WORDS, TITLES
from corpus.quotes.name_ends import word_key

__all__ = ["appositive_role"]

_OPENING = re.compile(r",[ \t]+(?:\d{1,3},[ \t]+)?")
"""The comma after the name, and an age set off ("Jane Roe, 45, a retired lawyer")."""
_TOKEN = re.compile(r"[\w’'&.-]+|[^\w\s]|\n")
"""A word (with its periods, apostrophes and hyphens), a mark, or a line's end."""
_ENDS = frozenset(',;:)—–\n"“”(')
"""Marks that end a description (after them a clause, a date or another quote goes on)."""
_REACH = 120
"""Characters read after the name (the description and its end)."""
_NOT_A_DESCRIPTION = frozenset(
    "who whom whose which that where when adding added said says told according while as and but or "
    "if because although who’s".split()
)
"""Words opening a clause, not a description ("Jane Roe, who runs…", "Jane Roe, adding that…")."""
_JOINS = frozenset(("and", "or"))
"""Words joining two jobs inside a description ("executive director and co-founder of Acme")."""
_CLAUSE_WORDS = frozenset("who whom whose which that where when while he she they it we i".split())
"""Words after which a clause goes on, not the description ("…, a professor who co-wrote …")."""
_PREPOSITIONS = frozenset("of for at with in on to from about under since".split())
_ROLE_NOUNS = ROLE_WORDS | TITLES | ROLE_HEADS
_LONGEST = 14
"""Words a description may have (its head comes before any preposition, so mostly in a few)."""


def appositive_role(text: str, name_end: int) -> str | None:
    """The description set off after a name ending at ``name_end`` when it is a role (see the
    module's note), as written; else None."""
    opening = _OPENING.match(text, name_end, min(len(text), name_end + _REACH))
    if opening is None:
        return None
    words = _described(text, opening.end(), min(len(text), name_end + _REACH))
    if not words or len(words) > _LONGEST or words[0].lower() in _NOT_A_DESCRIPTION:
        return None
    head_part: list[str] = []
    for word in words:
        if word.lower() in _PREPOSITIONS:
            break
        head_part.append(word)
    if not head_part or any(w.lower() in _NOT_A_DESCRIPTION - _JOINS for w in head_part):
        return None
    head = head_part[-1]
    if head[:1].isupper() and len(head_part) == len(words):
        return None  # "Jane Roe, Acme Corp": a name, an organisation or a place, not a job
    return " ".join(words) if word_key(head.rsplit("-", 1)[-1]) in _ROLE_NOUNS else None


def _described(text: str, start: int, end: int) -> list[str] | None:
    """The words from ``start`` to the mark or the sentence's stop that ends them; None when the
    reach ends first (no end seen: not a description set off)."""
    words: list[str] = []
    for token in _TOKEN.finditer(text, start, end):
        word = token.group()
        if word in _ENDS:
            return words
        if not (word[0].isalnum() or word[0] == "_"):
            return None  # another mark ("!", "?", a bracket): not a description
        if word.lower() in _CLAUSE_WORDS and words:
            return words  # "a professor at Iowa who co-wrote …": the description ends, a clause goes on
        if word.endswith(".") and not _abbreviation(word):
            words.append(word.rstrip("."))
            return words  # the sentence's stop
        words.append(word)
        if len(words) > _LONGEST:
            return None
    return words if end == len(text) else None


def _abbreviation(word: str) -> bool:
    """A word whose period is no sentence's stop: "U.S.", "Inc.", "Sen." (a title's abbreviation)."""
    core = word.rstrip(".")
    return "." in core or core.lower() in _ABBREVIATIONS or f"{core.lower()}." in TITLES


_ABBREVIATIONS = frozenset("inc corp co ltd llc jr sr st mt no".split())
"""Abbreviations inside a description besides titles' ("a spokeswoman for Acme Inc. in Ohio")."""
