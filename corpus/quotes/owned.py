"""A speaker written as someone else's: "said Dorsey’s wife", "said Clinton’s spokesman, Brian
Fallon", "said the senator’s wife, Mary" (issue 15: "a role taken from someone else").

The noun phrase read after a cue ends its name at a possessive, so "Dorsey’s wife" named Dorsey, the
owner, not the one who spoke; and a description after a cue ended there, so the name set off after
it ("…, Brian Fallon.") was never read. Here (:func:`corpus.quotes.after_cue.phrase_after` calls
them): an owner's possessive before a noun for a person (a job, a title, kin) is a description of
someone else, and a person's name set off after a description is the speaker, the description their
role. What the owner is named stays in the role ("Clinton’s spokesman").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpus.quotes.lexicon import ROLE_WORDS, TITLES
from corpus.quotes.name_ends import word_key
from corpus.quotes.roles import Phrase, looks_like_person

__all__ = ["named_after_description", "owned_description"]

KIN_NOUNS = frozenset(
    "wife husband spouse partner widow widower son daughter mother father parents brother sister "
    "sibling siblings child children family fiancee fiancée fiance fiancé girlfriend boyfriend cousin "
    "uncle aunt nephew niece grandson granddaughter grandmother grandfather stepfather stepmother "
    "stepson stepdaughter mom dad friend friends neighbor neighbour".split()
)
"""Nouns for a person known by whose they are ("Dorsey’s wife", "the senator’s son")."""
_PERSON_NOUNS = KIN_NOUNS | ROLE_WORDS | TITLES

_OWNED = re.compile(
    r"[ \t]*((?:(?:the|a|an|his|her|their|its)\s+)?"  # "the senator’s wife"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|[a-z][\w-]*)[’']s)"  # the owner and its mark
    r"((?:\s+[a-z][\w-]*){1,3})"  # the lower-case words after it, the last a person's noun
    r"(?![\w’'-])"
)
_SET_OFF = re.compile(r",[ \t]+")
_NAME_ENDS = frozenset(',.;:)”"\n')
"""What may follow a name set off after a description: the appositive's comma or the sentence's end."""
Reader = Callable[[str, int, int], Phrase | None]


def owned_description(text: str, start: int, hi: int) -> Phrase | None:
    """The description of someone by whose they are at ``start`` ("Dorsey’s wife", "the senator’s
    chief of staff" up to its noun for a person), or None."""
    match = _OWNED.match(text, start, hi)
    if match is None:
        return None
    words = match.group(2).split()
    while words and word_key(words[-1]) not in _PERSON_NOUNS:
        words.pop()  # "Dorsey’s wife said" read "wife said": back to the person's noun
    if not words:
        return None
    start = match.start(1)
    end = text.index(words[-1], match.start(2)) + len(words[-1])
    return Phrase(start, end, None, text[start:end], description=True)


def named_after_description(text: str, description: Phrase, hi: int, read: Reader) -> Phrase | None:
    """The person named right after ``description``, set off by a comma ("said Clinton’s spokesman,
    Brian Fallon."), as the speaker with the description as their role; else None."""
    comma = _SET_OFF.match(text, description.end, hi)
    if comma is None:
        return None
    named = read(text, comma.end(), hi)
    if named is None or not named.name or named.description or named.pronoun:
        return None
    after = text[named.end : named.end + 1]
    if after and after not in _NAME_ENDS and named.end < hi:
        return None  # "…, Acme Corp announced": a clause goes on, not an appositive
    if not (looks_like_person(named.name, named.role) or _given_name(named.name)):
        return None  # "said the spokesman, Monday"
    role = description.role if _names_a_person_s_place(description.role) else None
    return Phrase(named.start, named.end, named.name, role or named.role)


def _names_a_person_s_place(description: str | None) -> bool:
    """A description whose head is a job, a title or kin ("Clinton’s spokesman", "the pastor"): a
    role; not "Another critic", "the first to arrive"."""
    words = (description or "").split()
    return bool(words) and word_key(words[-1]) in _PERSON_NOUNS


def _given_name(name: str) -> bool:
    from corpus.quotes.names import shipped_tables  # names reads the cue grammar: imported when asked

    return " " not in name and name.lower() in shipped_tables().given_names
