"""A singular description opening a sentence ("A 29-year-old Berlin woman, meanwhile, received …"):
someone the article brings in without a name, whom a he/she just after stands for, rather than a
person named further back."""

from __future__ import annotations

import re

from corpus.quotes.after_cue import is_role_noun
from corpus.quotes.lexicon import DETERMINERS, NON_NAME_WORDS, PREPOSITIONS
from corpus.quotes.roles import Phrase
from corpus.quotes.subject_traits import GENDERED

__all__ = ["INDEFINITE_OPENERS", "PEOPLE_BY_SEX", "head_gender", "indefinite_person", "one_described"]

INDEFINITE_OPENERS = ("a", "an", "another")
"""Articles that bring in someone new ("A 29-year-old Berlin woman", "An aide"); not "the", which
often stands for someone named before ("The senator said")."""
PEOPLE_BY_SEX = {
    **dict.fromkeys("man boy father son husband brother grandfather".split(), "he"),
    **dict.fromkeys("woman girl mother daughter wife sister grandmother".split(), "she"),
}
"""Nouns of a person of one sex, which no role list holds ("a Berlin woman"): "she" stands for it,
never "he"."""
_NOT_BETWEEN = DETERMINERS | NON_NAME_WORDS | PREPOSITIONS
"""Words that end a description before its head ("A man in Ohio", "A day later")."""
_INDEFINITE = re.compile(
    r"(?:A|An|Another)\s+(?:(?:\d+-[a-z-]+|[A-Za-z][a-z’'-]*)\s+){0,4}?([a-z]+)(?=,|\s+(?:who|was|had|has|is)\b)"
)
"""An indefinite description up to its head, which a comma or a verb of its clause follows ("A
29-year-old Berlin woman, meanwhile,", "An Ohio man who")."""


def _person_noun(word: str) -> bool:
    return word in PEOPLE_BY_SEX or word in GENDERED or is_role_noun(word)


def head_gender(role: str) -> str | None:
    """ "he" or "she" when a description's head says it ("A 29-year-old Berlin woman")."""
    head = role.split()[-1].lower() if role else ""
    return PEOPLE_BY_SEX.get(head) or GENDERED.get(head)


def one_described(masked: str, lead: Phrase) -> bool:
    """True when a sentence's subject is one unnamed person, brought in with an indefinite article:
    its head a person's noun ("woman", "spokesman", "lawyer")."""
    if lead.name or not lead.description or not lead.role:
        return False
    first = masked[lead.start : lead.end].split()[:1]
    if not first or first[0].lower() not in INDEFINITE_OPENERS:
        return False
    return _person_noun(lead.role.split()[-1].lower())


def indefinite_person(masked: str, start: int, end: int) -> Phrase | None:
    """A description with a person's noun for its head that the phrase reader leaves out ("A
    29-year-old Berlin woman"), opening at ``start``; else None."""
    match = _INDEFINITE.match(masked, start, end)
    if match is None:
        return None
    words = match.group().split()
    if not _person_noun(match.group(1)) or any(w.lower() in _NOT_BETWEEN for w in words[1:]):
        return None
    return Phrase(start, match.end(), None, match.group(), description=True)
