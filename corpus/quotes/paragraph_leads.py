"""The person a run of quote-only paragraphs was introduced by: for a quote whose paragraph holds no
word outside its quote marks, the first mention of the first sentence of the nearest paragraph
before it that does ("Trump spoke only in evasive bromides during the interview." // "“We have to be
a lot tougher.”" // "“We’re not fighting it strongly enough.”"). It is a candidate with the feature
``paragraph_lead``, however far it lies (``candidates.WINDOW`` reads 300 characters before a quote:
the third quote of such a run, or a quote after a long paragraph of background, reaches no one).

Counted on all of PolNeAR train (``train/no_candidate.py --shapes``; 6,633 quotes, 90 whose gold
Source no candidate holds): 108 quotes have the shape; the lead mention is the gold Source for 64
(60 already a candidate, 4 new), not for 44 (34 already a candidate, 10 new); the 4 new are gold
held by no candidate before.
"""

from __future__ import annotations

import re

from corpus.quotes.candidates import Candidate, MentionIndex, Span
from corpus.quotes.context import Sentences
from corpus.quotes.feature_names import FEATURE_ID

LEAD_REACH = 5
"""How many quote-only paragraphs before a quote's own one are stepped over to find the paragraph
that introduced the run."""
LEAD_KINDS = frozenset(("name", "pronoun", "description"))
"""The mentions that may lead a run (not a group: "voters" opening a sentence about one speaker)."""
_PROSE_WORD = re.compile(r"\b(?![Xx]x*\b)[A-Za-z]{2,}")
"""A word outside quote marks (in the masked text a quote's words are runs of "x")."""
_LEAD = FEATURE_ID["paragraph_lead"]


def paragraph_lead(
    masked: str, paragraphs: list[Span], sentences: Sentences, para: int, mentions: MentionIndex
) -> list[Candidate]:
    """The lead mention of the run of quote-only paragraphs that paragraph ``para`` (a quote's) is
    part of, with the feature ``paragraph_lead``; none where ``para`` holds words of its own."""
    start, end = paragraphs[para]
    if _PROSE_WORD.search(masked, start, end) is not None:
        return []
    for j in range(para - 1, max(-1, para - 2 - LEAD_REACH), -1):
        start, end = paragraphs[j]
        if _PROSE_WORD.search(masked, start, end) is None:
            continue
        first = sentences.index_of(start) if sentences else -1
        if first < 0 or not (start <= sentences[first][0] < end):
            return []
        for c in mentions.between(sentences[first][0], sentences[first][1]):
            if c.kind in LEAD_KINDS:
                c.ids.append(_LEAD)
                return [c]
        return []
    return []
