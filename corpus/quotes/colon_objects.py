"""Objects in the clause that heads a quote with a colon: no speaker of it (h-gate28).

"{The judge} offered advice for the prison guards who will handle Nichols: “Do not trust Mr. Nichols
ever again.”", "{Kaine} has adopted the stance common among some Catholics in public office: “…”",
"{Trump} continued his attacks against Curiel with the above statement, followed swiftly by: “…”":
where a clause has its own subject and verb and ends with a colon that opens a quote, the quote is
the subject's, not a noun after the verb that is a preposition's object or stands in a relative
clause after its verb (Nichols, the guards, Catholics, Curiel). The speaker ranker, asked about such
a quote, likes the name nearest the colon (its ``colon_between`` and ``nearest`` features): asked on
ECB+ at any ask-gate threshold below -3.05 it gave the judge's words to Nichols. So a choice of the
ranker's that :func:`colon_object` says is such an object is no choice: the rules' answer stands
(``rerank._decided``, as for :mod:`corpus.quotes.relay_guard`).

Not an object: an owner of what follows it ("a blind faith in {Obama}’s word:"); a noun a verb of
its own follows ("with {Trump} reportedly yelling:"); the subject of a clause of its own, after a
relative word, a conjunction or a comma ("…, to which {O'Malley} interjected:"); anything in a clause
with no subject and verb before it ("According to {HuffPo}:", "More from {Jones}:", "A spokesman for
{Bernie Sanders} could only quip:"); the agent after "by" or the source after "from"
(:data:`COLON_CLAUSE_PREPOSITIONS`).

PolNeAR train (``train/colon_objects.py``): 56 of the 253 quotes a colon heads have such objects
among their candidates (84 of them); none is the gold Source but where PolNeAR's Source span runs over
the subject's own aside ("David Axelrod, who was senior adviser to Obama, tweeted this:", 3) or the
words' noun ("his famous demand in Berlin", 1); dev 26 and 3 (4 objects, none gold); and
the ranker, asked about every quote on held-out folds, chooses none of them: the guard moves no
PolNeAR quote (CV / dev as before); it keeps the ranker from the ECB+ class when asked more often.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.candidates import OWNERS
from corpus.quotes.lexicon import CLAUSE_OPENERS, CUE_WORDS, DETERMINERS, POSSESSIVE_ENDINGS, PRONOUNS, words

if TYPE_CHECKING:
    from corpus.quotes.candidates import Candidate
    from corpus.quotes.context import ArticleReading
    from corpus.quotes.spans import QuoteSpan

COLON_CLAUSE_PREPOSITIONS = words(
    "for to with about against at on in into over toward towards after before during under among behind "
    "across around near of"
)
"""Prepositions whose object, after a subject's verb in a colon's clause, is no speaker of the quote
the colon opens. Not "by" (a passive's agent, "was asked by a reporter:"), nor "from" ("received a
letter from the governor:"), nor "as" or "like" (a second subject, "said, as Roe put it:")."""
RELATIVE_WORDS = words("who whom which that")
"""Words opening a relative clause: a noun after the clause's own verb is its object."""
NOT_VERBS = (
    CLAUSE_OPENERS | DETERMINERS | PRONOUNS | COLON_CLAUSE_PREPOSITIONS | words("by from as like not also")
)
"""Lower-case words that are no verb after a subject (a verb is read as any other lower-case word)."""
_TOKEN = compiled_on_first_use(r"[\w’'.-]+|[^\w\s]")


class ColonClause(NamedTuple):
    """The clause before a colon that heads a quote: its sentence's start and the colon."""

    start: int
    colon: int

    def holds(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.colon


def colon_clause(reading: ArticleReading, span: QuoteSpan) -> ColonClause | None:
    """The clause a colon heading ``span`` ends: only blanks (a paragraph break among them) between
    the colon and the quote's opening mark; None where no colon heads it."""
    masked = reading.masked
    k = span.open_at - 1
    while k >= 0 and masked[k].isspace():
        k -= 1
    sentences = reading.sentences
    if k < 0 or masked[k] != ":" or not sentences:
        return None
    return ColonClause(sentences[sentences.index_of(k)][0], k)


def colon_objects(reading: ArticleReading, span: QuoteSpan, cands: Sequence[Candidate]) -> list[bool]:
    """Whether each of ``cands`` (``span``'s candidates) is an object in the clause of the colon that
    heads ``span`` (:func:`colon_object`); all False where no colon heads it."""
    clause = colon_clause(reading, span)
    if clause is None:
        return [False] * len(cands)
    return [colon_object(reading.masked, clause, cands, c) for c in cands]


def colon_object(masked: str, clause: ColonClause, cands: Sequence[Candidate], c: Candidate) -> bool:
    """Whether ``c`` stands in ``clause`` as a preposition's object
    (:data:`COLON_CLAUSE_PREPOSITIONS`) or a noun after a relative clause's verb, after the subject
    and verb of the clause: another of ``cands`` before it that a verb follows (:func:`_verb_after`)."""
    if not clause.holds(c.start, c.end) or _owner_or_subject(masked, c):
        return False
    tokens = [(m.start(), m[0]) for m in _TOKEN().finditer(masked, clause.start, c.start)]
    k = len(tokens) - 1
    while k >= 0 and tokens[k][1].lower() in DETERMINERS:
        k -= 1  # the candidate's own phrase: "for {the prison guards}"
    if k < 1:
        return False
    at, word = tokens[k]
    verbs = [
        v
        for v in (_verb_after(tokens, s.start, s.end) for s in cands if s is not c and s.end <= at)
        if v is not None and v < k
    ]
    if not verbs:
        return False
    if word.lower() in COLON_CLAUSE_PREPOSITIONS:
        return True
    # a noun after the verb of a relative clause after the subject's verb ("who will handle {Nichols}")
    verb = min(verbs)
    return _is_verb(word) and any(w.lower() in RELATIVE_WORDS for _, w in tokens[verb + 1 : k])


def _owner_or_subject(masked: str, c: Candidate) -> bool:
    """Whether ``c`` owns what follows it ("in {Obama}’s word:", "voiced in {his} famous demand:":
    the words the quote is) or a verb of its own follows it ("with {Trump} reportedly yelling:")."""
    if masked[c.start : c.end].lower() in OWNERS or masked.startswith(POSSESSIVE_ENDINGS, c.end):
        return True
    after = _TOKEN().finditer(masked, c.end, min(len(masked), c.end + _AFTER_REACH))
    for m in after:
        word = m[0]
        if not word.endswith("ly"):
            return word.endswith("ing") or word in CUE_WORDS
    return False


_AFTER_REACH = 40
"""Characters after a candidate read for a verb of its own."""


def _verb_after(tokens: list[tuple[int, str]], start: int, end: int) -> int | None:
    """The index in ``tokens`` (the clause's, from its start) of a verb right after a subject from
    ``start`` to ``end`` (adverbs and auxiliaries read as verbs too), not set off by a comma; None
    where none follows it, the subject is a preposition's object itself, or stands outside the clause."""
    if start < tokens[0][0]:
        return None
    i = bisect_left(tokens, (end, ""))
    if i == len(tokens) or not _is_verb(tokens[i][1]):
        return None
    j = bisect_left(tokens, (start, "")) - 1
    return i if j < 0 or tokens[j][1].lower() not in COLON_CLAUSE_PREPOSITIONS else None


def _is_verb(word: str) -> bool:
    """A lower-case word that is no function word (:data:`NOT_VERBS`): read as a verb after a subject."""
    return word.isalpha() and word.islower() and word not in NOT_VERBS
