"""A speaker read off the end of an aside: the subject the aside hangs from is who spoke.

"Jane Roe, a contestant who went on to work alongside {Acme}, said …", "Jane Roe, clad in a cape
that spelled {Acme}, said …": the last phrase of an aside set off by commas before the cue is the
object of its preposition or participle, never the cue's subject. PolNeAR's Source spans the whole
subject with its aside, so the score cannot tell the two apart; the name a reader sees can. Only the
name shown changes here (the ranker's choice, read as the quote's mention, becomes the subject's).
"""

from __future__ import annotations

import re

from corpus.quotes.asides import aside_comma
from corpus.quotes.attribution import Attribution
from corpus.quotes.lexicon import OBJECT_PREPOSITIONS
from corpus.quotes.phrases import phrase_before
from corpus.quotes.roles import Phrase

__all__ = ["past_aside"]

_ASIDE_REACH = 160
"""Characters read back from the mention for the comma opening the aside."""
_NOT_IN_ASIDE = re.compile(r"[.!?;:\n“”\"]")
"""A sentence's end or a quote mark: the comma before is another sentence's or a quotation's."""
_WORD = re.compile(r"[A-Za-z]+")
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ing|ed)")
"""An aside's opening participle ("clad" aside: "referring", "playing", "forwarded")."""
_ASIDE_OPENERS = frozenset(("who", "which", "clad", "dressed", "a", "an", "the"))
"""An aside's other first words: a relative clause, a description ("a contestant on …") or a past
participle not written with -ed ("clad in …")."""
_APPOSITIVE_OPENERS = frozenset(("a", "an", "the", "who", "whose"))
"""The first words of an appositive that asides may nest in: a description ("a lawyer who, as she
put it, …") or a relative clause ("who, by his own account, …")."""
_RELATIVES = frozenset(("who", "whose"))
"""An appositive holds a nested aside only through a relative clause: "a lawyer who, as she put it,
has …" (not "a lawyer, and Tom Hale, said": two people listed)."""


def past_aside(text: str, att: Attribution) -> Attribution:
    """``att`` with its mention the subject before the aside the mention ends, when it ends one set
    off by commas before the cue and that subject is a name; else ``att`` as it is."""
    m, cue = att.mention, att.cue
    if m is None or cue is None:
        return att
    comma = aside_comma(text, m.start, m.end, cue[0], _ASIDE_REACH, _NOT_IN_ASIDE)
    if comma is None or comma < 1:
        return att  # the usual case: no comma between the mention and its cue
    start = _sentence_start(text, comma)
    words = _WORD.findall(text, comma + 1, m.start)
    if not words or not _opens_aside(words):
        subject = _opening_subject(text, start, comma)
        return att if subject is None else Attribution(subject, cue, subject.name, subject.role)
    subject = phrase_before(text, start, comma)
    if subject is None or subject.name is None or subject.pronoun:
        return att
    return Attribution(subject, cue, subject.name, subject.role)


_SENTENCE_BREAKS = (". ", "\n", "? ", "! ", "; ")
"""What ends the sentence or clause before an aside's comma."""
_BREAK_REACH = 400
"""Characters before the comma searched first for the last break (most sentences are shorter)."""


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts: after the last of :data:`_SENTENCE_BREAKS`
    before it (0 where none is). The last :data:`_BREAK_REACH` characters are searched first: a mark
    not in the text (most are "? ", "! " or "; ") would otherwise be searched for back to its start,
    for every aside."""
    lo = max(0, at - _BREAK_REACH)
    last = max(text.rfind(mark, lo, at) for mark in _SENTENCE_BREAKS)
    if last < 0 < lo:  # none that near: the whole text before it
        last = max(text.rfind(mark, 0, at) for mark in _SENTENCE_BREAKS)
    return last + 1


def _opening_subject(text: str, start: int, last_comma: int) -> Phrase | None:
    """The name opening the sentence when an appositive opened by a description or a relative ("Jane
    Roe, a lawyer who, as she put it, …, said") holds the aside the mention ends: asides nested in
    an appositive, each set off by commas, whose last comma is ``last_comma``; else None."""
    first = text.find(",", start, last_comma)
    if first < 0 or first == last_comma or _NOT_IN_ASIDE.search(text, start, last_comma):
        return None
    words = _WORD.findall(text, first + 1, last_comma)
    if not words or words[0] not in _APPOSITIVE_OPENERS or not _RELATIVES.intersection(words):
        return None  # "Roe, a lawyer who, …": a description or a relative clause, asides within
    subject = phrase_before(text, start, first)
    if subject is None or subject.name is None or subject.pronoun:
        return None
    opening = _WORD.search(text, start, first)
    return subject if opening is not None and opening.start() == subject.start else None


def _opens_aside(words: list[str]) -> bool:
    first = words[0]
    if first[:1].isupper():
        return False  # "Roe, Acme's chief, said": a name's appositive, no aside before it
    return (
        first in _ASIDE_OPENERS
        or _PARTICIPLE.fullmatch(first) is not None
        or any(w in OBJECT_PREPOSITIONS for w in words)
    )
