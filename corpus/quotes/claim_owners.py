"""The owner of a noun of saying whose "that" clause holds a quote said it (issue 15).

"by FBI Director James Comey's conclusion that her actions were “extremely careless”", "a fact-check
on Donald Trump's claim that there have been “thousands of shootings”", "she came under fire over
her assertion during the debate that “…”": the clause after the noun is what the owner said, and
the quoted words in it are the owner's, whoever the sentence's subject is (the one who checks,
criticises or recalls the claim). The rules read the sentence's subject, or no one (two quoted words
with no cue are a term); PolNeAR marks the owner (``train/no_speaker.py``'s held-out folds and dev).
Read after the ranker, over its answer, with :mod:`corpus.quotes.naming_agents`.

Only where the noun is one of :data:`corpus.quotes.speech_owners.SAYING_NOUNS` ("claim", "comment",
"conclusion", "warning"…) owned by a possessive ("his", "her", "their", "its", or a name or
description before "'s"), a short adverbial at most between the noun and "that" ("Monday", "during
the debate"), and the quote opening within :data:`CLAUSE_REACH` characters of "that" in the same
sentence, with no cue, no other quote and no other noun of saying between (in "Trump's claim that Clinton said
“…”" the words are Clinton's, as the cue says); and no cue before the owner in its sentence: in "the
spokeswoman said that Rubio's claim that … is “simply not true”" or "she said in her opening remarks
that …" the cue's subject frames the words. "of", "for" and "to" after the noun are left out: in "the rally
denounced Trump's call for “…”" PolNeAR gives the words to the one denouncing them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.phrases import phrase_before
from corpus.quotes.roles import Phrase
from corpus.quotes.speech_owners import SAYING_NOUNS

if TYPE_CHECKING:
    from corpus.quotes.context import ArticleReading
    from corpus.quotes.spans import QuoteSpan

__all__ = ["CLAUSE_REACH", "claim_owner", "claim_owners"]

CLAUSE_REACH = 100
"""How far after "that" the quote's opening mark may stand (the clause's first words between)."""
OWNER_REACH = 90
"""How far before "that" the owner and its noun are read."""
CLAUSE_STOPS = frozenset('.!?;:“”"\n()')
"""Characters that end the clause before the quote (a sentence's end, another quote's mark, a
bracket): the quote is no longer inside the noun's clause."""
_ADVERBIAL = (
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today"
    r"|earlier|again|last\s+(?:week|month|year)|(?:during|in|at|on)\s+(?:the|a|an|his|her|their)\s+[a-z]+))?"
)
"""A short adverbial between the noun and "that" ("his comment Monday that", "her assertion during
the debate that")."""
_OWNED_NOUN = compiled_on_first_use(
    r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?P<owner>\w[\w.’'-]*)(?:’s|'s|s’|s'))"
    r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)" + _ADVERBIAL + r"\s+\Z"
)
"""The owner, at most two lower-case modifiers ("his most explosive claim") and the noun, then the
adverbial, right before "that"."""


def claim_owner(reading: ArticleReading, that: int) -> Phrase | None:
    """The owner of the noun of saying right before the word "that" at ``that`` in the masked text
    ("Comey's conclusion that", "her assertion that"), or None where there is none."""
    masked = reading.masked
    found = _OWNED_NOUN().search(masked, max(0, that - OWNER_REACH), that)
    if found is None or found["noun"] not in SAYING_NOUNS:
        return None
    if found["pronoun"] is not None:
        return Phrase(found.start("pronoun"), found.end("pronoun"), None, None, pronoun=True)
    owner = phrase_before(reading.text, max(0, found.start() - OWNER_REACH), found.end("owner"))
    if owner is None or owner.end != found.end("owner"):
        return None  # (the owner's phrase must end at its "'s")
    return owner


def claim_owners(
    reading: ArticleReading, spans: list[QuoteSpan], out: list[tuple[Phrase, tuple[int, int]] | None]
) -> None:
    """Fill ``out`` (one entry per quote, None where no one is known yet) with the owner of a noun of
    saying (:func:`claim_owner`) whose "that" clause a quote opens in, and the noun's "that" as its
    cue. Read from the " that " the article writes (found at C speed)."""
    masked = reading.masked
    k = 0
    that = masked.find(" that ")
    while that >= 0 and k < len(spans):
        at = that + 1
        while k < len(spans) and spans[k].open_at < at:
            k += 1
        if k < len(spans) and spans[k].open_at - at <= CLAUSE_REACH:
            _fill(reading, spans, out, at, k)
        that = masked.find(" that ", that + 5)


def _fill(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    out: list[tuple[Phrase, tuple[int, int]] | None],
    at: int,
    k: int,
) -> None:
    """``out[k]``: the owner of the noun before the "that" at ``at``, where quote ``k`` opens in its
    clause (no clause stop, no cue between)."""
    span, masked = spans[k], reading.masked
    if out[k] is not None or span.nested or not CLAUSE_STOPS.isdisjoint(masked[at + 4 : span.open_at]):
        return
    if reading.cues.between(at, span.open_at):
        return  # "Trump's claim that Clinton said “…”": the cue's subject said it
    if not SAYING_NOUNS.isdisjoint(masked[at + 4 : span.open_at].split()):
        return  # "his claim that … to Republican arguments “…”": the nearer noun's
    owner = claim_owner(reading, at)
    if owner is None:
        return
    sentences = reading.sentences
    s_start = 0 if not sentences else sentences[sentences.index_of(owner.start)][0]
    if reading.cues.first(max(s_start, owner.start - OWNER_REACH), owner.start) is None:
        out[k] = (owner, (at, at + 4))
