"""The subject of a quote's sentence, read as its speaker where no cue says who spoke.

:func:`lead_names_someone` says whether such a subject may be a speaker at all (the rules'
``sentence_subject`` and ``subject_before`` steps read it too). :func:`subject_after` and
:func:`own_subject` are the last steps of the rules' search (``attribution.ATTRIBUTION_STEPS``), for
a direct quote with no cue near it, which went to the previous quote's speaker before: the subject
right after a quote that ends as a speaker follows (`“…,” Bozell answers.`, `“…?” Trump barked.`:
any verb, where the cue list has only reporting verbs), then the subject of the quote's own sentence
(`He then turned to the crowd with a grin, “…”`). With no cue, the ranker is asked about them.

On PolNeAR train (5-fold CV) / dev, ``train/attribution.py``, retrained (C=3), against the tree
before: the rules alone 0.8587 -> 0.8705 (all five folds up) / 0.9332 = 0.9332; the ranker as
shipped (asked beyond 120) 0.8979 -> 0.9010 (four folds up, one down) / 0.9306 -> 0.9294; asked
about every quote 0.9122 -> 0.9130 (three up, one down, one equal) / 0.9306 -> 0.9294. (Dev's one
quote lost is `“…!” Scott's niece, … said`: "Scott's" overlaps PolNeAR's Source but names the wrong
person, so a possessive subject is left out.) ``subject_after`` gives most of it (rules alone 0.8628
with ``own_subject`` alone); dev was fitted by hand and had no such quote left. A description read
with no cue must be headed as PolNeAR's speakers are (:func:`_speaker_head`): without that check
the figures were as high, but "The piece used …" and "The workshops help attendees address …"
became mentions on the html pages. A verb right after the quote (`“…!” beamed Roe`) is left to the
cue steps: read here, 10 more train quotes were right, with the verb as the speaker's role.
"""

from __future__ import annotations

import re
from itertools import pairwise

from corpus.quotes.context import CUE_WINDOW, QuoteContext
from corpus.quotes.cue_clauses import passive_cue_after
from corpus.quotes.cues import Found
from corpus.quotes.descriptions import source_heads
from corpus.quotes.lexicon import DESCRIPTION_OPENERS, POSSESSIVE_ENDINGS, SUBJECT_PRONOUNS
from corpus.quotes.name_evidence import named_as_a_speaker
from corpus.quotes.names import shipped_tables
from corpus.quotes.openings import skip_adverbial
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
    if passive_cue_after(masked, lead.end):
        return None  # "Tom Doyle was asked, “…”": the one asked
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


_AFTER_MARK = re.compile(r"[\s,]*")
ATTRIBUTION_PUNCTUATION = ",?!—"
"""How a quoted sentence ends when its speaker follows (`“…,” Bozell answers`, `“…!” beamed Roe`),
not a full stop that ends it before another sentence begins."""
SUBJECT_AFTER_REACH = 80
"""How far after the quote the subject read there may end."""


def subject_after(quote: QuoteContext) -> Found | None:
    """The subject right after a direct quote ending as a speaker follows it (`“…,” Bozell answers.`,
    `“…,” Trump barked`), whatever the verb, when no cue was found near: a quote's speaker, where it
    went to the previous quote's speaker before."""
    if quote.span.kind != "direct" or not quote.sentences:
        return None
    text, masked, close_at = quote.text, quote.masked, quote.close_at
    gap = _AFTER_MARK.match(masked, close_at)
    last = text[close_at - 2] if close_at >= 2 else ""
    if gap is None or ((not last or last not in ATTRIBUTION_PUNCTUATION) and "," not in gap.group()):
        return None
    at = gap.end()
    sentences, k = quote.sentences, quote.last
    if at >= sentences[k][1] and k + 1 < len(sentences) and sentences[k + 1][2] == quote.span.end_paragraph:
        k += 1  # `“…?” Abernathy barked.`: the question mark ended the quote's sentence
    end = min(sentences[k][1], at + SUBJECT_AFTER_REACH)
    if at >= end:
        return None
    first = _WORD.match(masked, at)
    if first is None or (masked[at].islower() and first.group() not in SUBJECT_OPENERS):
        return None  # a verb first (`“…!” beamed Roe`): the cue steps read inversions, or none is meant
    lead = phrase_after(masked, at, end)
    if lead is None or lead.start != at or not lead_names_someone(quote, lead):
        return None
    if lead.description and not _speaker_head(lead.role or ""):
        return None
    if (
        masked[lead.end : lead.end + 2] in POSSESSIVE_ENDINGS
        or masked[lead.end - 2 : lead.end] in POSSESSIVE_ENDINGS
    ):
        return None  # `“…!” Scott's niece, Marcia Roe, …`: the owner is not the speaker
    return lead, None


_WORD = re.compile(r"[A-Za-z’']+|.")
SUBJECT_OPENERS = frozenset(SUBJECT_PRONOUNS) | frozenset(DESCRIPTION_OPENERS)
"""Lower-case words a subject after a quote may open with (`“…,” he answers`, `“…,” a voter says`)."""
