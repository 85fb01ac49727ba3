"""The tail of a longer name after "and" ("Means Committee" of "the House Ways and Means Committee",
"Government Reform" of "the Committee on Oversight and Government Reform"): a body's name the cue
grammar read from its last words, no one's.

(A second class stood here until h-prune30: capitalised words written only between "the" and a
person's noun, "the American Pie actress", a film's name, no one's. Switched off
(``train/rule_ablation.py``), not one quote of eight corpora moved, nor CV / dev, and the test
written for it still reads no name in "said The Summer Camp actress": the steps before it give such
a description no name already. It searched the article for every name a reader sees: removed.)"""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import ORG_HEADS
from corpus.quotes.word_places import places_as_a_word

_JOINED_BEFORE = compiled_on_first_use(r"([A-Z][\w’'-]*) (?:and|&) \Z")
"""A capitalised word and "and" before a name: the name is the tail of a longer one ("Ways and Means
Committee", "Committee on Oversight and Government Reform"), unless that word ends a body's name of
its own ("Palmer Fire Department and Mat-Su Central Fire Department": two bodies)."""


def only_a_longer_name_s_tail(name: str, text: str) -> bool:
    """Whether every place ``text`` writes ``name`` is after a capitalised word and "and": the end of
    a body's longer name that the cue grammar read from its last words ("Means Committee")."""
    if not text or not name or not _after_and(name, text):
        return False
    places = places_as_a_word(text, name)
    return bool(places) and all(_a_longer_name_s_head(text, at) for at in places)


def _after_and(name: str, text: str) -> bool:
    """Whether ``text`` writes "and name" or "& name": one scan for the name's places, each read
    back, where ``f"and {name}" in text`` and ``f"& {name}" in text`` were two scans of the text,
    every name a reader sees asking (most are written after neither)."""
    at = text.find(name)
    while at >= 0:
        before = text[max(0, at - 4) : at]
        if before == "and " or before.endswith("& "):
            return True
        at = text.find(name, at + 1)
    return False


def _a_longer_name_s_head(text: str, at: int) -> bool:
    before = _JOINED_BEFORE().search(text, max(0, at - 30), at)
    return before is not None and before.group(1).lower() not in ORG_HEADS


def no_name_of_its_own(name: str, text: str) -> bool:
    """Whether the article writes ``name`` only as the tail of a longer name
    (:func:`only_a_longer_name_s_tail`)."""
    return only_a_longer_name_s_tail(name, text)
