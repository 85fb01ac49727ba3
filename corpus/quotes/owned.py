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

from collections.abc import Callable

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import ROLE_WORDS, TITLES
from corpus.quotes.name_ends import is_given_name, word_key
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

_OWNED = compiled_on_first_use(
    r"[ \t]*((?:(?:the|a|an|his|her|their|its)\s+)?"  # "the senator’s wife"
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|[a-z][\w-]*)[’']s)"  # the owner and its mark
    r"((?:\s+[a-z][\w-]*){1,5})"  # the lower-case words after it, a person's noun among them
    r"(?![\w’'-])"
)
_GOES_ON = frozenset(("of", "and"))
"""Words after a person's noun that take one more word into the description ("chief of staff",
"aide and confidante")."""
_SET_OFF = compiled_on_first_use(r",[ \t]+")
_NAME_ENDS = frozenset(',.;:)”"\n')
"""What may follow a name set off after a description: the appositive's comma or the sentence's end."""
Reader = Callable[[str, int, int], Phrase | None]


def owned_description(text: str, start: int, hi: int) -> Phrase | None:
    """The description of someone by whose they are at ``start`` ("Dorsey’s wife", "the senator’s
    chief of staff" up to its noun for a person), or None."""
    match = _OWNED().match(text, start, hi)
    if match is None:
        return None
    words = match.group(2).split()
    head = next((k for k, word in enumerate(words) if word_key(word) in _PERSON_NOUNS), None)
    if head is None:
        return None  # "Clinton’s remarks": something of someone's, no one else
    kept = head + 1
    while kept < len(words) and word_key(words[kept]) in _PERSON_NOUNS:
        kept += 1  # "former chief": the last of the nouns in a row heads it
    while kept + 1 < len(words) and words[kept] in _GOES_ON:
        kept += 2  # "Obama’s former chief of staff", "Clinton’s aide and confidante"
    end = match.start(2)
    for word in words[:kept]:  # (the words as written, whatever the spaces between them)
        end = text.index(word, end) + len(word)
    start = match.start(1)
    return Phrase(start, end, None, text[start:end], description=True)


def named_after_description(text: str, description: Phrase, hi: int, read: Reader) -> Phrase | None:
    """The person named right after ``description``, set off by a comma ("said Clinton’s spokesman,
    Brian Fallon."), as the speaker with the description as their role; else None."""
    comma = _SET_OFF().match(text, description.end, hi)
    if comma is None:
        return None
    named = read(text, comma.end(), hi)
    if named is None or not named.name or named.description or named.pronoun:
        return None
    after = text[named.end : named.end + 1]
    if after and after not in _NAME_ENDS and named.end < hi:
        return None  # "…, Acme Corp announced": a clause goes on, not an appositive
    alone = " " not in named.name and is_given_name(named.name)  # "said the senator’s wife, Mary"
    if not (looks_like_person(named.name, named.role) or alone):
        return None  # "said the spokesman, Monday"
    role = description.role if _names_a_person_s_place(description.role) else None
    return Phrase(named.start, named.end, named.name, role or named.role)


def _names_a_person_s_place(description: str | None) -> bool:
    """A description with a job, a title or kin after its first word ("Clinton’s spokesman", "the
    pastor", "the mayor’s director of communications"): a role; not "Another critic"."""
    return any(word_key(word) in _PERSON_NOUNS for word in (description or "").split()[1:])
