"""Who relays words the article has from them: the phrase after `according to` (or `reports`), read
one way wherever it stands.

`“…,” Roe said, according to Frankel` / `According to the Valley Ledger, Roe praised her “…”` /
`Roe, according to a filing, called it “a disaster”`: the relayer is the source the article gives
(a person, an outlet, a report or an account), PolNeAR's convention. :mod:`corpus.quotes.relayed`
reads the relays that close a quote's clause or open its sentence; :func:`according_to` reads the
others for the steps before and after a quote (:mod:`corpus.quotes.cues`, ``according_to_after``),
with the same reading of the relayer's phrase (:func:`relayer_phrase`) and the same answer for an
outlet: the relayer. (It once passed an outlet over as "relaying, not saying": on the 8 corpora
of the golden runs and PolNeAR's CV that changed no speaker, the relay steps reading those first.)
"""

from __future__ import annotations

import re

from corpus.quotes.lexicon import POSSESSIVE_ENDINGS
from corpus.quotes.phrases import phrase_after, phrase_before
from corpus.quotes.roles import Phrase

__all__ = [
    "ACCORDING_TO_REACH",
    "NO_SOURCE_HEADS",
    "RELAYER_END",
    "RELAYER_LENGTH",
    "according_to",
    "relayer_phrase",
]

RELAYER_END = re.compile(r"[,;:!?“”\"()]|\s(?:that|which|who|when|while|as|because|and|but)\s")
"""Where the relayer's phrase ends, short of the sentence's end (`according to audio provided by
Wyoming Public Radio.`; a period ends none: `according to Troy police Lt. Gerry Roe.`)."""
RELAYER_LENGTH = 90
"""The relayer is a short phrase: its end stands this close after `according to`."""
ACCORDING_TO_REACH = 120
"""`According to conservative talk radio host Rush Limbaugh, …`: the phrase before a comma this close
after `according to` names the source."""
NO_SOURCE_HEADS = frozenset(
    "plan plans schedule script tradition custom preference preferences rules law laws protocol"
    " procedure procedures instructions taste tastes wishes".split()
)
"""Heads of what `according to` follows when it means "in keeping with", no one who tells: a plan,
a rule, a preference."""
_ARTICLES = frozenset(("the", "The", "a", "A", "an", "An"))
_TAIL_WORD = re.compile(r"[a-z]+(?:ed|ing)|of|in|at|on|by|from|for|with|to|about|who|which|that|and|or")
"""A word after which the relayer's head is read alone (`the officers involved in the shooting`)."""
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_OPENING_MARKS = ("“", '"')


def according_to(
    masked: str, lo: int, hi: int, nearest_first: bool = False
) -> tuple[Phrase | None, tuple[int, int] | None] | None:
    """`according to X` in ``[lo, hi)`` (the last one, or the first with ``nearest_first``): X, the
    relayer, read as :func:`relayer_phrase` reads it, and the words `according to` as its cue."""
    if masked.find("ccording to", lo, hi) < 0:
        return None  # the common case, without a regex scan
    accordings = list(_ACCORDING.finditer(masked, lo, hi))
    if not accordings:
        return None
    according = accordings[0 if nearest_first else -1]
    if not nearest_first and _opens(masked, lo, according.start()):
        return None  # `According to X, …` opening the sentence: relayed_opening's to read (or leave)
    start = according.end()
    stop = RELAYER_END.search(masked, start, min(hi, start + ACCORDING_TO_REACH))
    if stop is None and (hi - start > RELAYER_LENGTH or masked[hi : hi + 1] in _OPENING_MARKS):
        # no end in sight, or the quote inside the relayer's phrase (`according to her “clawback”
        # plan`): the noun phrase it opens with, else the one before a comma
        phrase = phrase_after(masked, start, hi)
        comma = masked.find(",", start, hi)
        if phrase is None and 0 < comma - start < ACCORDING_TO_REACH:
            phrase = phrase_before(masked, start, comma)
    else:
        end = hi if stop is None else stop.start()
        phrase = relayer_phrase(masked, start, start + len(masked[start:end].rstrip().rstrip(".!?")))
    if phrase is None:
        return None
    return phrase, (according.start(), according.end() - 1)


def _opens(masked: str, lo: int, at: int) -> bool:
    """Whether a capitalised `According` at ``at`` opens the stretch ``[lo, at)`` read before a quote."""
    return masked[at] == "A" and not any(c.isalnum() for c in masked[lo:at])


def relayer_phrase(masked: str, start: int, end: int) -> Phrase | None:
    """The phrase naming the relayer in ``[start, end)``: an outlet's capitalised name whole (`the Sun
    Times News Group`), a person's name or description as read before a cue (`Troy police Lt. Gerry
    Roe`, `the officers` involved in …), else the words themselves as a description (`Thursday's
    filing`, `an Associated Press account`, `audio provided by Wyoming Public Radio`)."""
    end = start + len(masked[start:end].rstrip())
    if end <= start or not masked[start].isalnum():
        return None
    words = masked[start:end].split()
    if words[-1].lower() in NO_SOURCE_HEADS:
        return None  # `“R,” or “D,” according to their instinctive preference`: in keeping with it
    named = words[1:] if words[0] in _ARTICLES and len(words) > 1 else words
    if len(named) > 1 and all(w[:1].isupper() for w in named):
        return Phrase(start, end, " ".join(named), None)  # the article read as written, not named
    phrase = phrase_after(masked, start, end)
    if phrase is not None and phrase.end < end:
        owned = masked[phrase.end - 2 : phrase.end] in POSSESSIVE_ENDINGS
        next_word = masked[phrase.end : end].split()[0]
        if owned or not (next_word[:1].isupper() or _TAIL_WORD.fullmatch(next_word)):
            phrase = None  # `Thursday's filing`, `an Associated Press account`: the whole phrase
    if phrase is not None:
        return phrase
    return Phrase(start, end, None, masked[start:end], description=True)
