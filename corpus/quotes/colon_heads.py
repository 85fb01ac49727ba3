"""The speaker of a block of quoted paragraphs: the mentions before the colon of a paragraph ending
with one ("Roe wrote:", "According to Jane Roe, writing for …:") are candidates for the quotes of the
paragraphs under it, which may lie farther than the candidates' window (``candidates.WINDOW``): a
partial quote in the third paragraph of a letter the article reprints.

Read from the held-out train quotes whose gold Source was no candidate (87 of 6,633; h-acc15), with
"it" before a verb of saying (``candidates.IT_SUBJECT``): candidates holding the gold Source 6,422 ->
6,434 of train; retrained (C=3, the "no speaker" option as shipped; held-out train folds), CV / dev
asked beyond 120 0.9000 / 0.9306 -> 0.9013 / 0.9294, every quote 0.9123 / 0.9306 -> 0.9134 / 0.9319;
the colon heads alone 0.9004 / 0.9319, every quote 0.9125 / 0.9332. Quotes moved
(``train/ranker_checks.py``): the colon heads 9 up and 7 down asked beyond 120, 13 / 10 every quote;
"it" beside them 5 / 2, 8 / 4. :data:`COLON_REACH` 1 or 6 paragraphs: 0.9003 / 0.9123, 0.9009 / 0.9129;
:data:`COLON_TAIL` 100 or 400 characters: 0.9012 / 0.9136, 0.9012 / 0.9131 (dev alike).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.quotes.candidates import Candidate, MentionIndex, Span
from corpus.quotes.feature_names import FEATURE_ID

if TYPE_CHECKING:
    from corpus.quotes.attribution import Attribution
    from corpus.quotes.context import ArticleReading
    from corpus.quotes.spans import QuoteSpan

COLON_REACH = 3
"""How many paragraphs before a quote's own one are read for a paragraph ending with a colon ("Roe
wrote:", "According to Jane Roe:"), whose speaker said the quoted paragraphs under it."""
COLON_TAIL = 200
"""The characters before such a colon read for its mentions (its last sentence, most often)."""
_COLON_HEAD = FEATURE_ID["colon_head"]


def colon_heads(masked: str, paragraphs: list[Span], para: int, mentions: MentionIndex) -> list[Candidate]:
    """The mentions before the colon of the nearest paragraph (at most :data:`COLON_REACH` before
    ``para``, a quote's) that ends with one, each with the feature ``colon_head``: the speaker of a
    block of quoted paragraphs, which may lie farther than ``candidates.WINDOW`` from the quote."""
    for j in range(para - 1, max(-1, para - 1 - COLON_REACH), -1):
        start, end = paragraphs[j]
        if end <= start:
            continue
        k = end - 1
        while k > start and masked[k].isspace():
            k -= 1
        if masked[k] == ":":
            found = mentions.between(max(start, k - COLON_TAIL), k)
            for c in found:
                c.ids.append(_COLON_HEAD)
            return found
    return []


def head_over_own_cue(reading: ArticleReading, span: QuoteSpan, att: Attribution, c: Candidate) -> bool:
    """Whether ``c`` is the head of a colon in an earlier paragraph (:func:`colon_heads`) while
    ``span`` stands inside a paragraph of running text (it does not open it) and the rules read a
    mention and its cue in the quote's own sentence ("According to Jane Roe, writing for the Ledger:"
    // "The fund “received as much as $26 million” from donors, the Post reported."): the colon's
    speaker wrote the paragraphs under it, but the quote's own sentence says whose words these are,
    so the ranker's choice of the head is no choice (``rerank._decided``; h-gate28)."""
    m, cue = att.mention, att.cue
    if m is None or cue is None or _COLON_HEAD not in c.ids:
        return False
    p_start = reading.cues.paragraphs[span.paragraph][0]
    if c.start >= p_start or not reading.text[p_start : span.open_at].strip():
        return False  # the head's own paragraph, or a quote opening its paragraph: a quoted block
    sentences = reading.sentences
    if not sentences:
        return False
    return sentences.by_quote(m.start, m.end, span.open_at, span.close_at)
