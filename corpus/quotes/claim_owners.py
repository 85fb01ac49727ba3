"""The owner of a noun of saying whose "that" clause holds a quote said it (issue 15).

"by FBI Director James Comey's conclusion that her actions were “extremely careless”", "a fact-check
on Donald Trump's claim that there have been “thousands of shootings”", "critics seized on her
remark Monday that “…”": the clause after the noun is what the owner said, and
the quoted words in it are the owner's, whoever the sentence's subject is (the one who checks,
criticises or recalls the claim). The rules read the sentence's subject, or no one (two quoted words
with no cue are a term); PolNeAR marks the owner (``train/no_speaker.py``'s held-out folds and dev).
Read after the ranker, over its answer, with :mod:`corpus.quotes.naming_agents`.

Only where the noun is one of :data:`corpus.quotes.speech_owners.SAYING_NOUNS` ("claim", "comment",
"conclusion", "warning"…) owned by a possessive ("his", "her", "their", "its", or a name or
description before "'s"), a short adverbial at most between the noun and "that" ("Monday", "last
week"), and the quote opening within :data:`CLAUSE_REACH` characters of "that" in the same sentence,
with no cue, no other quote and no other noun of saying between (in "Trump's claim that Clinton said
“…”" the words are Clinton's, as the cue says); and no cue before the owner in its sentence: in "the
spokeswoman said that Rubio's claim that … is “simply not true”" or "she said in her opening
remarks that …" the cue's subject frames the words. "of", "for" and "to" after the noun are left
out: in "the rally denounced Trump's call for “…”" PolNeAR gives the words to the one denouncing them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.quotes.candidates import OWNERS
from corpus.quotes.lexicon import POSSESSIVE_ENDINGS
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
SHORT_ADVERBIALS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday yesterday today earlier again".split()
)
"""Words of a short adverbial between the noun and "that" ("his comment Monday that"); also "last
week", "on Monday". (A preposition's phrase, "her assertion during the debate that", is left out: it
makes every lower-case word before "that" worth reading, and its one case on PolNeAR train keeps its
answer, the subject pronoun the possessive agrees with.)"""
_PERIODS = frozenset("week month year".split())
_ADVERBIAL_ENDS = SHORT_ADVERBIALS | _PERIODS
_OWNED_PLURAL = ("s’", "s'")


def claim_owner(reading: ArticleReading, that: int) -> Phrase | None:
    """The owner of the noun of saying right before the word "that" at ``that`` in the masked text
    ("Comey's conclusion that", "her assertion that": at most two lower-case modifiers between), or
    None where there is none. (Read by words, no pattern: compiling one costs a cold run more than
    the few owners found save.)"""
    masked = reading.masked
    lo = max(0, that - OWNER_REACH)
    words = masked[lo:that].split()
    i = _before_adverbial(words, len(words) - 1)
    if i < 1 or words[i] not in SAYING_NOUNS:
        return None
    for at in range(i - 1, max(-1, i - 4), -1):
        word = words[at]
        if word.lower() in OWNERS or word.endswith(POSSESSIVE_ENDINGS + _OWNED_PLURAL):
            return _owner(reading.text, masked, lo, that, words, at)
        if not word.isalpha() or not word.islower():
            return None
    return None


def _before_adverbial(words: list[str], i: int) -> int:
    """The index of the word before a short adverbial ending at ``words[i]`` (``i`` where none)."""
    if i >= 0 and words[i] in SHORT_ADVERBIALS:
        return i - 2 if i >= 1 and words[i - 1] == "on" else i - 1
    if i >= 1 and words[i] in _PERIODS and words[i - 1] == "last":
        return i - 2
    return i


def _owner(text: str, masked: str, lo: int, that: int, words: list[str], at: int) -> Phrase | None:
    """The owner written as ``words[at]`` (a word of ``masked[lo:that]``): a possessive pronoun, or
    the phrase ending before its "'s" (a name, a description)."""
    pos = that
    for word in reversed(words[at:]):  # the owner's offset, found back from "that"
        pos = masked.rfind(word, lo, pos)
    word = words[at]
    if word.lower() in OWNERS:
        return Phrase(pos, pos + len(word), None, None, pronoun=True)
    end = pos + len(word) - (2 if word.endswith(POSSESSIVE_ENDINGS) else 1)  # "Comey's" / "Sanders'"
    owner = phrase_before(text, max(0, end - OWNER_REACH), end)
    return owner if owner is not None and owner.end == end else None


def claim_owners(
    reading: ArticleReading, spans: list[QuoteSpan], out: list[tuple[Phrase, tuple[int, int]] | None]
) -> None:
    """Fill ``out`` (one entry per quote, None where no one is known yet) with the owner of a noun of
    saying (:func:`claim_owner`) whose "that" clause a quote opens in, and the noun's "that" as its
    cue. Read where a " that " stands within :data:`CLAUSE_REACH` before a quote (found at C speed)."""
    masked = reading.masked
    rfind = masked.rfind
    reach = CLAUSE_REACH
    thats = [
        (rfind(" that ", s.open_at - reach if s.open_at > reach else 0, s.open_at), k)
        for k, s in enumerate(spans)
    ]
    for that, k in thats:
        if that < 0:
            continue
        gap = rfind(" ", max(0, that - 24), that)
        word = masked[gap + 1 : that] if gap >= 0 else ""  # the word before "that"
        if word in SAYING_NOUNS or word in _ADVERBIAL_ENDS:
            _fill(reading, spans, out, that + 1, k)


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
    if (
        out[k] is not None
        or span.nested
        or SAYING_NOUNS.isdisjoint(masked[max(0, at - 40) : at].split()[-5:])
    ):
        return  # (a set's test of the words before "that" before any other reading)
    if not CLAUSE_STOPS.isdisjoint(masked[at + 4 : span.open_at]):
        return
    if not SAYING_NOUNS.isdisjoint(masked[at + 4 : span.open_at].split()):
        return  # "his claim that … to Republican arguments “…”": the nearer noun's
    owner = claim_owner(reading, at)  # (read before the cues: a paragraph's cues are read once asked)
    if owner is None or reading.cues.between(at, span.open_at):
        return  # "Trump's claim that Clinton said “…”": the cue's subject said it
    sentences = reading.sentences
    s_start = 0 if not sentences else sentences[sentences.index_of(owner.start)][0]
    if reading.cues.first(max(s_start, owner.start - OWNER_REACH), owner.start) is None:
        out[k] = (owner, (at, at + 4))
