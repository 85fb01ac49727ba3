"""Attributions made without a cue verb and its subject next to the quote: `as X put it`, `per X`,
a speech noun owned by its speaker (`Trump's claim that there were “thousands of shootings”`), and
an opening participle whose subject is the main clause's (`After calling it “a disaster,” she …`).

Each function is a step of :mod:`corpus.quotes.attribution`: it reads the masked text of one sentence
around one quote (a :class:`corpus.quotes.context.QuoteContext`) and returns the phrase that names
who chose the words, and the words that say so.
"""

from __future__ import annotations

import re

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.context import CUE_WINDOW, QuoteContext
from corpus.quotes.cues import Found
from corpus.quotes.lexicon import ARTICLES, PARTICIPLES, SOURCE_OPENERS, SPEECH_NOUNS
from corpus.quotes.phrases import phrase_after
from corpus.quotes.roles import Phrase

_PUT_IT = compiled_on_first_use(
    r"\b[Aa]s\s+((?:[\w.’'-]+\s+){0,5}?[\w.’'-]+)\s+(?:(?:has|had|once|later|memorably|bluntly|aptly)\s+)?"
    r"puts?\s+it\b"
)
_PER = re.compile(r"\s*,?\s*\bper\s+")
_SOURCE_END = compiled_on_first_use(r"[,.;:!?“”\"()]|\s(?:that|which|who|when|and|to|in|on)\s")
_NEAR = 60
"""How far (characters) from its quote an `as X put it` may stand: it qualifies the words next to it."""
_PER_SOURCE_LENGTH = 60
"""The source after `per` is a short phrase (`per the party's bylaws`): read this many characters."""
_PER_OPENING_LENGTH = 60
"""`Per THR, …`: the comma closing the source stands this close after `Per `."""
_CLAIM_TO_QUOTE = 150
"""`Trump's claim that there were “…”`: the quote stands at most this far after the claim's `that`."""

_OWNED_SPEECH = compiled_on_first_use(
    r"([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?:’s|'s|’|')\s+(?:[a-z]+\s+)?"
    r"(?:" + "|".join(SPEECH_NOUNS) + r")\s+that\b"
)
_CLAUSE_BREAK = re.compile(r"[;:.!?]\s|,\s+(?:but|and|while|although|though)\b")


def _source(masked: str, start: int, end: int) -> Phrase:
    """The phrase naming a source in ``[start, end)`` ("The New Yorker", "a Homeland Security memo"):
    a name when it reads as one, else the words as a description."""
    phrase = phrase_after(masked, start, end)
    if phrase is not None and (phrase.end >= end or phrase.pronoun):
        return phrase
    return Phrase(start, end, None, masked[start:end], description=True)


def put_it(quote: QuoteContext) -> Found | None:
    """`…, as a Homeland Security memo put it` / `as The New Yorker put it in an exposé, “…”`: the one
    who put it chose the quoted words (an outlet too: the words are its own)."""
    masked, s_start, e_end = quote.masked, quote.before, quote.after
    open_at, close_at = quote.open_at, quote.close_at
    if masked.find("ut it", s_start, e_end) < 0:
        return None
    best: tuple[int, Found] | None = None
    for match in _PUT_IT().finditer(masked, s_start, e_end):
        if match.end() <= open_at:
            gap = masked[match.end() : open_at]
            distance = open_at - match.end()
        elif match.start() >= close_at:
            gap = masked[close_at : match.start()]
            distance = match.start() - close_at
        else:
            continue
        if distance > _NEAR or any(c in gap for c in '“”".') or " as " in match.group(1):
            continue
        found = (_source(masked, match.start(1), match.end(1)), (match.start(), match.start() + 2))
        if best is None or distance < best[0]:
            best = (distance, found)
    return best[1] if best else None


def per_source(quote: QuoteContext) -> Found | None:
    """`voting “to fill a vacancy,” per the party's bylaws`: `per` right after a quote names its source."""
    masked, close_at, e_end = quote.masked, quote.close_at, quote.after
    if masked.find("per", close_at, e_end) < 0:
        return None  # the common case, without the regex
    match = _PER.match(masked, close_at, e_end)
    if match is None:
        return None
    stop = _SOURCE_END().search(masked, match.end(), min(e_end, match.end() + _PER_SOURCE_LENGTH))
    end = stop.start() if stop else min(e_end, match.end() + _PER_SOURCE_LENGTH)
    words = masked[match.end() : end].split()
    if not words or len(words) > 6:
        return None
    if not words[0][:1].isupper() and words[0] not in SOURCE_OPENERS:
        return None  # `“$15” per hour`: a rate, not a source
    end = match.end() + len(masked[match.end() : end].rstrip())
    return _source(masked, match.end(), end), (match.end() - 4, match.end() - 1)


def per_opening(quote: QuoteContext) -> Found | None:
    """`Per THR, the negotiations are “delicate”`: a sentence opening with `Per X,` (as `According to
    X,` does) names the source of the words quoted in it."""
    masked, s_start, open_at = quote.masked, quote.before, quote.open_at
    if masked.find("Per ", s_start, open_at) < 0:
        return None  # the common case, without a walk
    k = s_start
    while k < open_at and not masked[k].isalnum():
        k += 1
    if not masked.startswith("Per ", k):
        return None
    comma = masked.find(",", k + 4, min(open_at, k + 4 + _PER_OPENING_LENGTH))
    words = masked[k + 4 : comma].split() if comma > 0 else []
    if not words or len(words) > 6 or not (words[0][:1].isupper() or words[0] in ARTICLES):
        return None
    end = k + 4 + len(masked[k + 4 : comma].rstrip())
    return _source(masked, k + 4, end), (k, k + 3)


def owned_speech(quote: QuoteContext) -> Found | None:
    """`Politifact checked Trump's claim that there have been “thousands of shootings”`: words quoted
    in the clause that gives a claim (statement, promise, warning…) belong to the claim's owner,
    unless a cue verb or another quote stands between the claim and the quote."""
    masked, s_start, open_at, cues = quote.masked, quote.before, quote.open_at, quote.cues
    if masked.find(" that", s_start, open_at) < 0:
        return None
    lo = max(s_start, open_at - CUE_WINDOW)
    if masked.find("’", lo, open_at) < 0 and masked.find("'", lo, open_at) < 0:
        return None  # no possessive to own the claim (the regex is slow to find that out)
    claims = list(_OWNED_SPEECH().finditer(masked, lo, open_at))
    owned = claims[-1] if claims else None
    if owned is None or open_at - owned.end() > _CLAIM_TO_QUOTE:
        return None
    gap = masked[owned.end() : open_at]
    if _CLAUSE_BREAK.search(gap) or any(c in gap for c in '“”"') or cues.between(owned.end(), open_at):
        return None
    phrase = phrase_after(masked, owned.start(1), owned.end())
    if phrase is None or phrase.name is None:
        return None
    return phrase, None


_OPENING_PARTICIPLE = re.compile(r"[“\"(]?(?:After|Before|While|Since|Upon|On|When|Without)\s+([a-z]+ing)\b")
_CLAUSE_END = re.compile(r",\s+")


def opening_participle(quote: QuoteContext) -> Found | None:
    """`After saying her foot was “so swollen I could barely walk,” she was taken to hospital`: a
    sentence opening with a speech participle has the main clause's subject as its speaker."""
    masked, s_start, e_end = quote.masked, quote.before, quote.after
    open_at, close_at = quote.open_at, quote.close_at
    opening = _OPENING_PARTICIPLE.match(masked, s_start, open_at)
    if opening is None or opening.group(1) not in PARTICIPLES:
        return None
    if any(c in masked[opening.end() : open_at] for c in ',;“”"'):
        return None  # the participle's clause ended before the quote
    # the comma ending the participle's clause is inside the quote (`“a disaster,” she`: masked
    # with the quote's words) or right after it
    comma = _CLAUSE_END.match(masked, close_at, e_end)
    subject = phrase_after(masked, comma.end() if comma else close_at + 1, e_end)
    if subject is None or not (subject.name or subject.pronoun):
        return None
    return subject, (opening.start(1), opening.end(1))
