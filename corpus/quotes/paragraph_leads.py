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
from typing import TYPE_CHECKING

from corpus.quotes.candidates import Candidate, MentionIndex, Span
from corpus.quotes.feature_names import FEATURE_ID

if TYPE_CHECKING:
    from corpus.quotes.context import ArticleReading
    from corpus.quotes.spans import QuoteSpan

LEAD_REACH = 5
"""How many quote-only paragraphs before a quote's own one are stepped over to find the paragraph
that introduced the run."""
LEAD_KINDS = frozenset(("name", "pronoun", "description"))
"""The mentions that may lead a run (not a group: "voters" opening a sentence about one speaker)."""
LEAD_PRONOUNS = frozenset(("he", "she"))
"""The pronouns that may lead a run: one person, as a name does. Not "they" (a group, as groups
lead none: on PolNeAR train every pronoun lead is "he" or "she"), nor "I" or "we" (in running text a
quote's words whose marks were lost, or the writer)."""
CLOSING_MARKS = '”"'
ATTRIBUTION_LINE = 80
"""At most this many characters in a sentence after a quote-only paragraph that says who spoke it."""
_PROSE_WORD = re.compile(r"\b(?![Xx]x*\b)[A-Za-z]{2,}")
"""A word outside quote marks (in the masked text a quote's words are runs of "x")."""
_DOUBLE_MARK = re.compile(r'[“”"]')
_LEAD = FEATURE_ID["paragraph_lead"]


def paragraph_lead(
    reading: ArticleReading, span: QuoteSpan, mentions: MentionIndex, rules: Span | None
) -> list[Candidate]:
    """The lead mention of the run of quote-only paragraphs that the quote ``span`` stands in, with
    the feature ``paragraph_lead``; none where a paragraph of the quote holds words of its own, the
    quote's closing mark is missing (its words may run on into the next paragraph unmarked), or the
    rules' mention ``rules`` stands after the quote (the speaker named after it: "“…?” / Mr. Roe
    planned to ask", in text laid out a sentence a line; on PolNeAR train the rules were right for
    all 4 such quotes, the lead for none)."""
    masked, paragraphs = reading.masked, reading.cues.paragraphs
    if rules is not None and rules[0] >= span.close_at:
        return []
    if not reading.text.startswith(tuple(CLOSING_MARKS), span.close_at - 1):
        return []
    if any(_prose(masked, paragraphs[k]) for k in range(span.paragraph, span.end_paragraph + 1)):
        return []
    if _attributed_below(reading, span.end_paragraph):
        return []
    for j in range(span.paragraph - 1, max(-1, span.paragraph - 2 - LEAD_REACH), -1):
        if _prose(masked, paragraphs[j]):
            if j > 0 and _left_open(reading.text, paragraphs[j - 1]):
                return []  # its words may be a quote's, run on from the paragraph before unmarked
            return _lead_of(reading, paragraphs[j], mentions)
    return []


def _attributed_below(reading: ArticleReading, para: int) -> bool:
    """Whether the paragraph after ``para`` opens with a short sentence of running text holding a
    cue ("“…?” // Mr. Roe planned to ask, according to the list."; "// Roe said in a tweet."): a line
    saying who spoke the quote above it, in text laid out a sentence a line."""
    paragraphs, sentences = reading.cues.paragraphs, reading.sentences
    if para + 1 >= len(paragraphs) or not sentences:
        return False
    start, end = paragraphs[para + 1]
    first = sentences[sentences.index_of(start)]
    if not (start <= first[0] < end) or first[1] - first[0] > ATTRIBUTION_LINE:
        return False
    return (
        bool(reading.cues.between(first[0], first[1]))
        and _DOUBLE_MARK.search(reading.text, *first[:2]) is None
    )


def _prose(masked: str, paragraph: tuple[int, int]) -> bool:
    return _PROSE_WORD.search(masked, *paragraph) is not None


def _lead_of(reading: ArticleReading, paragraph: tuple[int, int], mentions: MentionIndex) -> list[Candidate]:
    """The first mention of the first sentence of ``paragraph`` that may lead a run; none where the
    paragraph goes on with a quote opened before it (its first mark closes one)."""
    start, end = paragraph
    mark = _DOUBLE_MARK.search(reading.text, start, end)
    if mark is not None and _closes(reading.text, mark.start(), start):
        return []
    sentences = reading.sentences
    first = sentences.index_of(start) if sentences else -1
    if first < 0 or not (start <= sentences[first][0] < end):
        return []  # a paragraph that is no sentence (boilerplate)
    for c in mentions.between(sentences[first][0], sentences[first][1]):
        if c.kind in LEAD_KINDS and (c.kind != "pronoun" or _leading_pronoun(reading.text, c)):
            c.ids.append(_LEAD)
            return [c]
    return []


def _leading_pronoun(text: str, c: Candidate) -> bool:
    return text[c.start : c.end].lower() in LEAD_PRONOUNS


def _left_open(text: str, paragraph: tuple[int, int]) -> bool:
    """Whether ``paragraph`` ends inside a quote: its last curly mark opens one, or it holds an odd
    number of straight ones."""
    start, end = paragraph
    last = max(text.rfind("“", start, end), text.rfind("”", start, end))
    if last >= 0:
        return text[last] == "“"
    return text.count('"', start, end) % 2 == 1


def _closes(text: str, at: int, start: int) -> bool:
    """Whether the double mark at ``at`` closes a quote: a closing curly mark, or a straight one
    after a word or punctuation (not at the paragraph's start, not after a space)."""
    if text[at] == "“":
        return False
    if text[at] == "”":
        return True
    return at > start and not text[at - 1].isspace()
