"""What the clause around a cue says of its subject: a passive cue's subject heard the words and
its "by" agent spoke them (`was asked by Gerard Baker`), a later clause's pronoun is a participle's
subject (`…, and he has battled Guardian, at one point calling`), a name inside the first verb's
object or after a preposition of where is no subject (`denounced Trump's rhetoric and said`,
`responded on Facebook writing`), and the author of a statement heads the quote under it
(`Below is a statement by Jane Roe, …:`). Read by :mod:`corpus.quotes.cues`."""

from __future__ import annotations

import re

from corpus.quotes.lexicon import CLAUSE_OPENERS, CUE_WORDS, DOCUMENTS, SPEECH_NOUNS
from corpus.quotes.phrases import phrase_after, phrase_before
from corpus.quotes.roles import Phrase, is_outlet

_BE = frozenset("is are was were be been being".split())
"""A form of "be" right before a cue (`was asked`, `were told`, `has been charged`): the cue is a
passive, its subject the one asked or told, never the speaker; the speaker is its agent, if named."""
_BETWEEN_BE_AND_CUE = frozenset(("not", "also"))
_PASSIVE_REACH = 24


def passive_before(masked: str, lo: int, at: int) -> bool:
    """Whether a form of "be" stands right before the cue at ``at`` (past `not`, `also` or an -ly
    adverb): `was asked`, `were told`, `has been charged`. (Read with a split of the few characters
    before the cue, not a regex: asked of every cue whose subject is read.)"""
    words = masked[max(lo, at - _PASSIVE_REACH) : at].split()
    if not words or not masked[at - 1 : at].isspace():
        return False
    if words[-1] in _BE:
        return True
    middle = words[-1]
    return (
        len(words) > 1
        and words[-2] in _BE
        and (
            middle in _BETWEEN_BE_AND_CUE or (middle.endswith("ly") and middle.isalpha() and middle.islower())
        )
    )


_AGENT = re.compile(r"\s+by\s+")
AGENT_REACH = 80
"""`was asked by Fox Business moderator Gerard Baker`: the agent's phrase is read this far."""


_PASSIVE_AFTER = re.compile(
    r"\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+|not\s+|also\s+)?([a-z]+)"
)


def passive_cue_after(masked: str, at: int) -> bool:
    """Whether a subject ending at ``at`` is that of a passive cue (`Tom Doyle was asked, “…”`): it
    heard the words, and a rule that reads a sentence's subject as its speaker passes it over."""
    match = _PASSIVE_AFTER.match(masked, at)
    return match is not None and match.group(1) in CUE_WORDS and not match.group(1).endswith("ing")


def agent_after(masked: str, at: int) -> Phrase | None:
    """The agent of a passive cue ending at ``at`` (`was asked by {Baker}`), or None."""
    by = _AGENT.match(masked, at)
    if by is None:
        return None
    agent = phrase_after(masked, by.end(), min(len(masked), by.end() + AGENT_REACH))
    return agent if agent is not None and agent.start == by.end() else None


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+\Z")
_WORD_BEFORE_REACH = 24


PLACE_OBJECT = re.compile(r"\b(?:on|in|at|to|into|onto)\s+\Z")
"""A preposition of where or to whom before a name (`responded on {Facebook} writing`, `wrote in a
statement to {Wired} explaining`): a medium or a listener, not the subject of the participle after
it, which is its clause's (`footage of {Clinton} asking`, `with {Roe} calling it`: the subject)."""
PLACE_OBJECT_REACH = 8
_CLAUSE_PRONOUN = re.compile(r"(?:,|\b(?:and|but|yet|so))\s+(he|she|they|we|I)\s")
"""A later main clause's subject pronoun, after a comma or a coordinating conjunction (`Christie …,
and he has battled Guardian`); not a subordinate clause's (`Trump was defensive about an architect
who said he was stiffed after he designed a clubhouse, saying`: the participle is the main clause's)."""


def clause_pronoun(masked: str, lo: int, hi: int) -> Phrase | None:
    """The subject pronoun of the last clause joined to the sentence before a participle cue at ``hi``
    (`Christie made the city a priority, but the effort stalled, and {he} has battled Guardian, at one
    point calling the mayor a “liar”`): the participle is that clause's, whose subject the pronoun
    is (it stands for the sentence's subject or another named before it), not the sentence's lead."""
    found = None
    for match in _CLAUSE_PRONOUN.finditer(masked, lo, hi):
        found = match
    if found is None or masked.find(",", found.end(), hi) < 0:
        return None  # a participle right after the clause's verb with no comma is its object's
    return Phrase(found.start(1), found.end(1), None, None, pronoun=True)


_POSSESSIVE_END = ("'s", "’s")


def inside_an_object(masked: str, lo: int, phrase: Phrase) -> bool:
    """Whether a name read before "WORD and said" is a possessive or follows a lower-case word that
    opens no clause (`denounced {Trump's} rhetoric and said`, `adopted a fake {Southern} accent and
    joked`): it is inside the first verb's object, and WORD a noun, not that verb."""
    if masked[phrase.start : phrase.end].endswith(_POSSESSIVE_END):
        return True
    word = _WORD_BEFORE.search(masked, max(lo, phrase.start - _WORD_BEFORE_REACH), phrase.start)
    return word is not None and word.group(1).islower() and word.group(1) not in CLAUSE_OPENERS


STATEMENT_WORDS = frozenset({*SPEECH_NOUNS, *DOCUMENTS, "post", "tweet", "message", "email", "note"})
"""Nouns of a statement whose author heads the quote under a colon."""
_STATEMENT_BY = re.compile(r"\b([a-z]+)\s+(?:by|from)\s+")
"""`Below is a statement by Jane Roe, …:`, `the full remarks from Acme:`: the author named after it."""
_OWNED_STATEMENT = re.compile(r"\b([A-Z][\w.’'-]*)[’']s\s+(?:[A-Za-z-]+\s+){0,2}?([a-z]+)\s*\Z")
"""`Jane Roe's full statement:`, `From Roe's Facebook post:`: the possessor, right before the colon."""
STATEMENT_HEAD_REACH = 160
"""Characters before a colon read for the statement it heads."""


def statement_head(masked: str, lo: int, colon: int) -> Phrase | None:
    """The author of the statement a paragraph ending with a colon at ``colon`` heads (`Below is a
    statement by {Jane Roe}, director of …:`, `{Roe}'s full statement:`): the speaker of the quoted
    paragraphs under it, whatever names the words after the author's (their office, a group)."""
    lo = max(lo, colon - STATEMENT_HEAD_REACH)
    phrase = None
    by = None
    for match in _STATEMENT_BY.finditer(masked, lo, colon):
        if match.group(1) in STATEMENT_WORDS:
            by = match  # the last one before the colon
    if by is not None:
        phrase = phrase_after(masked, by.end(), colon)
        phrase = phrase if phrase is not None and phrase.start == by.end() else None
    else:
        owned = _OWNED_STATEMENT.search(masked, lo, colon)
        if owned is not None and owned.group(2) in STATEMENT_WORDS:
            phrase = phrase_before(masked, lo, owned.end(1))
    if phrase is None or phrase.name is None or phrase.pronoun or is_outlet(phrase, masked):
        return None
    return phrase
