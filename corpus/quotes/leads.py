"""The subject that opens a quote's sentence, read as its speaker where no cue says who spoke.

:func:`lead_names_someone` says whether such a subject may be a speaker at all (the rules'
``sentence_subject`` and ``subject_before`` steps read it too); :func:`own_subject` is the last step
of the rules' search (``attribution.ATTRIBUTION_STEPS``): a direct quote with no cue near it, in a
sentence whose own subject brings it in (`“…,” Blackwell wrote. / He then listed …: “…”`), is that
subject's, where it went to the previous quote's speaker before (with no cue, the ranker is asked
about it). PolNeAR train, 5-fold CV / dev (``train/attribution.py``, retrained, C=3): the rules
alone 0.8587 -> 0.8628 (all five folds up) / 0.9332 = 0.9332; the ranker as shipped (asked beyond
120) 0.8979 -> 0.8985 (four folds up, one equal) / 0.9306 = 0.9306; asked about every quote 0.9122
-> 0.9116 (three folds down by one or two quotes, two equal: noise) / 0.9306 -> 0.9294. A
description read with no cue must be headed as PolNeAR's speakers are (:func:`_speaker_head`):
without that check the figures were as high (0.8637 / 0.8990 / 0.9123), but "The piece used …" and
"The workshops help attendees address …" became mentions on the html pages.
"""

from __future__ import annotations

import re
from itertools import pairwise

from corpus.quotes.candidates import source_heads
from corpus.quotes.context import CUE_WINDOW, QuoteContext
from corpus.quotes.cues import Found, skip_adverbial
from corpus.quotes.name_evidence import named_as_a_speaker
from corpus.quotes.names import shipped_tables
from corpus.quotes.phrases import phrase_after
from corpus.quotes.roles import Phrase, is_outlet

_ALNUM = re.compile(r"[^\W_]")


def lead_names_someone(quote: QuoteContext, lead: Phrase) -> bool:
    """Whether a sentence's subject, read with no cue beside it, may be a speaker: one capitalised
    word opening a sentence that is an ordinary word ("It’s", "Nothing", "Embryonic", "Guns") must be
    named as a speaker somewhere in the article (:func:`corpus.quotes.name_evidence.named_as_a_speaker`)."""
    written = quote.masked[lead.start : lead.end]
    if lead.name is None or lead.pronoun or lead.description or len(written.split()) > 1:
        return True
    tables = shipped_tables()
    if written.lower() not in tables.ordinary:
        return True  # "XXXtentacion", "Moreno": no ordinary word, a name as far as the words go
    known = quote.cues.named_words.get(written)
    if known is None:
        known = quote.cues.named_words[written] = named_as_a_speaker(written, quote.text, tables)
    return known


def own_subject(quote: QuoteContext) -> Found | None:
    """The subject of a direct quote's own sentence, when words stand before the quote in it and no
    cue was found near (`“…,” Blackwell wrote. / He then listed …: “…”`): the sentence's subject
    brings the quote in, not the previous quote's speaker. With no cue, the ranker weighs it."""
    if quote.span.kind != "direct" or not quote.sentences:
        return None
    s_start = quote.sentences[quote.first][0]
    masked, open_at = quote.masked, quote.open_at
    if open_at - s_start > CUE_WINDOW or _ALNUM.search(masked, s_start, open_at) is None:
        return None
    lead = phrase_after(masked, skip_adverbial(masked, s_start, open_at), open_at)
    if lead is None or lead.end > open_at or is_outlet(lead, masked) or not lead_names_someone(quote, lead):
        return None
    if lead.description and not _speaker_head(lead.role or ""):
        return None  # "The piece used …", "The workshops help attendees address …": no one speaks
    return lead, None


_HEAD_LINKS = frozenset("for of at to".split())
"""Words that link a speaker's head to whom it speaks for ("a spokesman for …", "head of …")."""


def _speaker_head(role: str) -> bool:
    """Whether a description read with no cue names a speaker: it ends with a head PolNeAR writes
    speakers with, or one such head links to a name ("a spokesman for Bernie Sanders")."""
    heads = source_heads()[0]
    words = [w.strip(".,’'").lower() for w in role.split()]
    if words and words[-1] in heads:
        return True
    return any(w in heads and nxt in _HEAD_LINKS for w, nxt in pairwise(words))
