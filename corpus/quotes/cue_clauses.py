"""What the clause around a cue says of its subject: a passive cue's subject heard the words and
its "by" agent spoke them (`was asked by Gerard Baker`), a later clause's pronoun is a participle's
subject (`…, and he has battled Guardian, at one point calling`), a name inside the first verb's
object or after a preposition of where is no subject (`denounced Trump's rhetoric and said`,
`responded on Facebook writing`), and the author of a statement heads the quote under it
(`Below is a statement by Jane Roe, …:`). Read by :mod:`corpus.quotes.cues`."""

from __future__ import annotations

import re

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import (
    CLAUSE_OPENERS,
    CUE_WORDS,
    DOCUMENTS,
    FINITE_CUES,
    LEARNED_NAMING_PARTICIPLES,
    PARTICIPLES,
    SPEECH_NOUNS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
)
from corpus.quotes.phrases import phrase_after, phrase_before
from corpus.quotes.roles import Phrase, is_outlet

BE_WORDS = frozenset("is are was were be been being get gets got gotten".split())
"""A form of "be" (or "get") right before a cue (`was asked`, `were told`, `has been charged`, `got
asked`): the cue is a passive, its subject the one asked or told, never the speaker; the speaker is
its agent, if named."""
_BETWEEN_BE_AND_CUE = frozenset(("not", "also"))
_PASSIVE_REACH = 24


def passive_before(masked: str, lo: int, at: int) -> bool:
    """Whether a form of "be" stands right before the cue at ``at`` (past `not`, `also` or an -ly
    adverb): `was asked`, `were told`, `has been charged`; not before an -ing cue, which is active
    (`he was saying`). (Read with a split of the few characters before the cue, not a regex: asked of
    every cue whose subject is read.)"""
    words = masked[max(lo, at - _PASSIVE_REACH) : at].split()
    if not words or not masked[at - 1 : at].isspace():
        return False
    middle = words[-1]
    be = middle in BE_WORDS or (
        len(words) > 1
        and words[-2] in BE_WORDS
        and (
            middle in _BETWEEN_BE_AND_CUE or (middle.endswith("ly") and middle.isalpha() and middle.islower())
        )
    )
    if not be:
        return False
    end = at
    while end < len(masked) and masked[end].isalpha():
        end += 1
    return not masked.endswith("ing", at, end)


_COMPLEMENT = re.compile(r"(?:\s+(?:as|to|be|the|a|an|simply|just|only))*[\s,:]*")
"""What may stand between a passive cue and the quote completing it: `as`, `to be`, an article."""


def completes_passive(masked: str, lo: int, cue: re.Match[str], open_at: int) -> bool:
    """Whether the quote opening at ``open_at`` completes the passive cue ``cue`` (`was told, “…”`,
    `was called the “…”`, `was described as a “…”`; not `was reported in a “hit piece”`, a phrase of
    its own), read no farther back than ``lo``."""
    return _COMPLEMENT.fullmatch(masked, cue.end(), open_at) is not None and passive_before(
        masked, lo, cue.start()
    )


_AGENT = re.compile(r"\s+by\s+")
AGENT_REACH = 80
"""`was asked by Fox Business moderator Gerard Baker`: the agent's phrase is read this far."""


_PASSIVE_AFTER = re.compile(
    r"(?:\s*,[^,;:.!?“”\"]{1,60},)?\s*,?\s*(?:(?:who|which|that)\s+)?"
    r"(?:(?:has|have|had|will|would|could|can|may|might|must|should)\s+(?:not\s+|also\s+|never\s+)?)?"
    r"(?:is|are|was|were|be|been|being|gets?|got|gotten)\s+(?:(?:been|being)\s+)?"
    r"(?:(?:[a-z]+ly|not|also|never|often|once|even|since)\s+)?([a-z]+)\b"
)
"""A passive verb after a subject, past an apposition, a relative pronoun, a modal or perfect
auxiliary and an adverb (`Tom Doyle was asked`, `Duterte, who has been called`, `The president,
Rodrigo Duterte, has been called`, `Roe could also be described as`)."""
_WORDS_AFTER_REACH = 40
_WORDS_AFTER = re.compile(r"[a-z]+")


def passive_participle(word: str) -> bool:
    """Whether a participle after a form of "be" makes a passive of saying, asking or naming whose
    subject is the one addressed, named or described, never the speaker: a reporting verb of the cue
    list (`was asked`, `was told`, `has been called`, `was praised`) or a naming participle PolNeAR
    train writes between "be" and a quote (``lexicon.LEARNED_NAMING_PARTICIPLES``: `is known as
    “…”`). Not `quoted`: `was quoted as saying` is the subject's own words."""
    return (word in CUE_WORDS and not word.endswith("ing")) or word in LEARNED_NAMING_PARTICIPLES


def active_after_passive(masked: str, at: int) -> bool:
    """Whether the few words after a passive participle ending at ``at`` give its subject a verb of
    saying of its own: an -ing cue (`was caught on tape saying`, `was criticized for telling`) or a
    cue after "to" (`is reported to have called`): then the subject is the speaker after all."""
    stretch = masked[at : at + _WORDS_AFTER_REACH]
    cut = min((i for i in (stretch.find(c) for c in ",.;:!?") if i >= 0), default=len(stretch))
    words = _WORDS_AFTER.findall(stretch, 0, cut)[:4]
    if any(w in PARTICIPLES for w in words):
        return True
    return bool(words) and words[0] == "to" and any(w in CUE_WORDS for w in words[1:3])


def passive_cue_after(masked: str, at: int) -> bool:
    """Whether a subject ending at ``at`` is that of a passive cue (`Tom Doyle was asked, “…”`,
    `Duterte, who has been called the “…”`): it heard the words or was named by them, and a rule
    that reads a sentence's subject as its speaker passes it over (not where a verb of saying of
    its own follows: :func:`active_after_passive`)."""
    match = _PASSIVE_AFTER.match(masked, at)
    if match is None or not passive_participle(match.group(1)):
        return False
    return not active_after_passive(masked, match.end())


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
_OWNED_STATEMENT = compiled_on_first_use(r"\b([A-Z][\w.’'-]*)[’']s\s+(?:[A-Za-z-]+\s+){0,2}?([a-z]+)\s*\Z")
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
        owned = _OWNED_STATEMENT().search(masked, lo, colon)
        if owned is not None and owned.group(2) in STATEMENT_WORDS:
            phrase = phrase_before(masked, lo, owned.end(1))
    if phrase is None or phrase.name is None or phrase.pronoun or is_outlet(phrase, masked):
        return None
    return phrase


_REPORTED_CLAUSE_REACH = 60
"""Characters before a pronoun read for the cue whose reported clause it opens (`Trump said on
Tuesday that he`)."""
_BETWEEN_CUE_AND_CLAUSE = (
    frozenset("that him her them us me reporters supporters the crowd audience".split())
    | TIME_WORDS
    | TIME_PREPOSITIONS
)
"""Words that may stand between a cue and the subject of the clause it reports: "that", the one told
(`told them he`, `told the crowd she`), a time (`said Tuesday that he`, `said on Monday he`)."""
_CLAUSE_WORD = compiled_on_first_use(r"[A-Za-z’'-]+|[^\sA-Za-z’'-]")
_WORDS_BETWEEN_CUE_AND_CLAUSE = 4
_LAST_WORD_REACH = 16


def reporting_subject(masked: str, lo: int, pronoun: Phrase) -> Phrase | None:
    """The subject of the cue whose reported clause the subject pronoun ``pronoun`` opens (`{Trump}
    said he responded: “…”`, `{Carson} said he told them “…”`, `{a woman} told her she worries …`),
    read no farther back than ``lo``; None where the pronoun opens no clause reported by a finite
    cue right before it (`Trump says that even though …, he thinks`: a clause between)."""
    last = masked[max(lo, pronoun.start - _LAST_WORD_REACH) : pronoun.start].split()[-1:]
    if not last or (last[0].lower() not in _BETWEEN_CUE_AND_CLAUSE and last[0] not in FINITE_CUES):
        return None  # (most pronouns: after "and", a comma, a noun; told without a scan)
    start = max(lo, pronoun.start - _REPORTED_CLAUSE_REACH)
    words = list(_CLAUSE_WORD().finditer(masked, start, pronoun.start))
    k = len(words) - 1
    while k >= 0 and words[k].group().lower() in _BETWEEN_CUE_AND_CLAUSE and words[k].group() != "I":
        k -= 1
    if k < 0 or len(words) - 1 - k > _WORDS_BETWEEN_CUE_AND_CLAUSE or words[k].group() not in FINITE_CUES:
        return None
    outer = phrase_before(masked, lo, words[k].start())
    if outer is None or is_outlet(outer, masked):
        return None
    return outer
