"""Capitalised words an article writes only as the modifier of a description of someone ("the
American Pie actress", "the Oversight Committee chairman", "the Taradise star"): a film's, a show's
or a body's name, no one's, though a pronoun's antecedent or the cue grammar reads them as the name;
and the tail of a longer name after "and" ("Means Committee" of "the House Ways and Means Committee")."""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.after_cue import ROLE_HEADS
from corpus.quotes.lexicon import ORG_HEADS, ROLE_WORDS, TITLES
from corpus.quotes.word_places import places_as_a_word

PERSON_NOUNS = (
    ROLE_WORDS
    | ROLE_HEADS
    | TITLES
    | frozenset(
        "singer rapper model player coach director producer host anchor presenter musician artist "
        "designer chef athlete veteran resident native".split()
    )
)
"""Lower-case nouns of a person that a description ends on ("the American Pie actress"): the words
before them say whose or what the person is, not who."""

_DETERMINERS = ("the", "The")


def only_a_description_s_modifier(name: str, text: str) -> bool:
    """Whether every place ``text`` writes ``name`` (as whole words) is between "the" and a person's
    noun: "The American Pie actress", never "American Pie" alone nor "Jane Roe said"."""
    if not text or not name or (f"the {name}" not in text and f"The {name}" not in text):
        return False  # (most names: never after "the", and str's search is the cheap test)
    places = places_as_a_word(text, name)  # (str.find's jumps: a pattern per name tries every position)
    if not places:
        return False
    for at in places:
        before = text[max(0, at - 4) : at]
        if not before.endswith(" ") or before.rstrip().rsplit(None, 1)[-1:] not in (
            [d] for d in _DETERMINERS
        ):
            return False
        after = _NEXT_WORD().match(text, at + len(name))
        if after is None or after.group(1) not in PERSON_NOUNS:
            return False
    return True


_NEXT_WORD = compiled_on_first_use(r"[ \u00a0]([a-z][a-z-]*)")


_JOINED_BEFORE = compiled_on_first_use(r"([A-Z][\w’'-]*) (?:and|&) \Z")
"""A capitalised word and "and" before a name: the name is the tail of a longer one ("Ways and Means
Committee", "Committee on Oversight and Government Reform"), unless that word ends a body's name of
its own ("Palmer Fire Department and Mat-Su Central Fire Department": two bodies)."""


def only_a_longer_name_s_tail(name: str, text: str) -> bool:
    """Whether every place ``text`` writes ``name`` is after a capitalised word and "and": the end of
    a body's longer name that the cue grammar read from its last words ("Means Committee")."""
    if not text or not name or (f"and {name}" not in text and f"& {name}" not in text):
        return False
    places = places_as_a_word(text, name)
    return bool(places) and all(_a_longer_name_s_head(text, at) for at in places)


def _a_longer_name_s_head(text: str, at: int) -> bool:
    before = _JOINED_BEFORE().search(text, max(0, at - 30), at)
    return before is not None and before.group(1).lower() not in ORG_HEADS


def no_name_of_its_own(name: str, text: str) -> bool:
    """Whether the article writes ``name`` only inside a description of someone or as the tail of a
    longer name (:func:`only_a_description_s_modifier`, :func:`only_a_longer_name_s_tail`)."""
    return only_a_description_s_modifier(name, text) or only_a_longer_name_s_tail(name, text)
