"""What attribution reads: an article's text with its quotes masked, the sentences of that text,
and for one quote, the quote with the stretch of its sentence around it (:class:`QuoteContext`).

Quote interiors are masked (replaced by letters), so a period or a name inside a quote neither
ends a sentence nor becomes a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import NamedTuple

from corpus.ingest.structure import (
    MIN_AFTER_STOP,
    SENTENCE_STOPS,
    SentenceRules,
    char_positions,
    sentence_breaks,
)
from corpus.model import Article, BlockKind
from corpus.quotes.cues import Cues
from corpus.quotes.language import reads_as_english
from corpus.quotes.lexicon import ABBREVIATIONS_BEFORE_A_NAME
from corpus.quotes.spans import QuoteSpan

CUE_WINDOW = 300
"""How far from its quote a cue is looked for (the sentence, cut to this many characters each side):
a cue qualifies the words near it, and the windows keep a paragraph full of quote marks linear."""
MAX_SENTENCE = 1000
"""Longer "sentences" (a 1 MB paragraph with no full stop) are cut into pieces of about this many
characters at spaces: cues are read from a quote's sentence, so an unbounded one is quadratic."""

# [.!?…][.!?…]* rather than [.!?…]+ (the same matches): a pattern that opens with a character class
# lets the regex engine skip to the next such character, which makes the scan about twice as fast
_QUOTE_BOUNDARY = re.compile(r"[.!?…][.!?…]*[”\"’)\]]*\s+(?=[“\"‘(\[]?[A-Z0-9])")
_TITLE_OR_INITIAL = re.compile(r"(?:\b(?:" + "|".join(ABBREVIATIONS_BEFORE_A_NAME) + r")|\b[A-Z])\.$")
"""A title's abbreviation ("Dist. Atty. Steve Cooley") or an initial: a period that ends no sentence."""
_ABBREVIATION_REACH = 6
"""Characters before a period searched for _TITLE_OR_INITIAL (its longest abbreviation has four
letters): the search stays local however long the sentence."""


def _title_or_initial(masked: str, sentence_start: int, stop: int) -> bool:
    lo = max(sentence_start, stop - _ABBREVIATION_REACH)
    return _TITLE_OR_INITIAL.search(masked, lo, stop + 1) is not None


QUOTE_SENTENCES = SentenceRules(_QUOTE_BOUNDARY, _title_or_initial)
"""The sentences attribution reads in the masked text: a title's period or an initial ends none."""


def mask_quotes(text: str, hosts: list[QuoteSpan]) -> str:
    """``text`` with each quote's words replaced by 'x' (a final . ! ? kept, to end the sentence)."""
    pieces: list[str] = []
    cursor = 0
    for span in hosts:
        if span.start < cursor:
            continue
        pieces.append(text[cursor : span.start])
        body_end = span.end
        keep = text[span.end - 1] if text[span.end - 1] in ".!?…" else ""
        first = "X" if text[span.start].isupper() else "x"  # a capital still starts a sentence
        pieces.append((first + "x" * (body_end - span.start - len(keep) - 1) + keep)[: body_end - span.start])
        cursor = body_end
    pieces.append(text[cursor:])
    return "".join(pieces)


Sentence = tuple[int, int, int]
"""(start, end, index of its paragraph in ``article.paragraphs``)."""


class Sentences(list[Sentence]):
    """The sentences of an article's masked text in text order (boilerplate left out), and which one
    holds an offset. A list (its length and items are read for every quote, at C speed)."""

    __slots__ = ("starts",)

    def __init__(self, sentences: list[Sentence]) -> None:
        super().__init__(sentences)
        self.starts = [s[0] for s in sentences]
        """Where each sentence starts."""

    @classmethod
    def of(
        cls, masked: str, article: Article, paragraphs: list[tuple[int, int, BlockKind]] | None = None
    ) -> Sentences:
        """The sentences of ``masked`` (``article.text`` with its quotes masked); ``paragraphs``: the
        article's ``paragraphs.spans()``, when the caller has them already."""
        stops = char_positions(masked, SENTENCE_STOPS)
        out: list[Sentence] = []
        long_paragraph = False
        if paragraphs is None:
            paragraphs = article.paragraphs.spans()
        k = 0  # paragraphs are in text order: the stops of each follow those of the one before
        for index, (start, end, kind) in enumerate(paragraphs):
            if kind == "boilerplate":
                continue
            long_paragraph = long_paragraph or end - start > MAX_SENTENCE
            # (the stops are in text order: two bisections, not a step per stop)
            first = bisect_left(stops, start, k)
            k = bisect_left(stops, end, first)
            cursor = start
            # most paragraphs hold one stop, at their end, where no sentence can follow it
            if k > first and stops[first] < end - MIN_AFTER_STOP:
                for stop, after in sentence_breaks(masked, start, end, QUOTE_SENTENCES, stops[first:k]):
                    out.append((cursor, stop, index))
                    cursor = after
            if cursor < end:
                out.append((cursor, end, index))
        # no sentence is longer than its paragraph: only a long paragraph needs its sentences bounded
        return cls(bounded(masked, out) if long_paragraph else out)

    def spans(self) -> list[Sentence]:
        return list(self)

    def index_of(self, offset: int) -> int:
        """The index of the sentence holding ``offset`` (the last one starting at or before it; 0 when
        none does)."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def by_quote(self, start: int, end: int, open_at: int, close_at: int) -> bool:
        """Whether a mention from ``start`` to ``end`` stands in the sentence of the end of the quote
        (``open_at`` to ``close_at``) nearest it: its opening where the mention is before it, else its
        last character (a quote may run over several sentences)."""
        quote_at = open_at if end <= open_at else max(open_at, close_at - 1)
        return self.index_of(start) == self.index_of(quote_at)


def bounded(masked: str, sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` with those longer than :data:`MAX_SENTENCE` cut at spaces."""
    if all(end - start <= MAX_SENTENCE for start, end, _ in sentences):
        return sentences
    out: list[Sentence] = []
    for start, end, index in sentences:
        while end - start > MAX_SENTENCE:
            cut = masked.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
            cut = cut + 1 if cut > 0 else start + MAX_SENTENCE
            out.append((start, cut, index))
            start = cut
        out.append((start, end, index))
    return out


@dataclass(frozen=True, slots=True)
class ArticleReading:
    """What attribution reads of one article: its text, the text with its quotes masked, the
    sentences and the cue words of the masked text, and whether it reads as English (the cues are
    English words: in another language they would name nouns as speakers)."""

    text: str
    masked: str
    sentences: Sentences
    cues: Cues
    english: bool

    @classmethod
    def of(cls, article: Article, spans: list[QuoteSpan]) -> ArticleReading:
        """The reading of ``article`` with its quotes ``spans`` (nested ones stay unmasked in their host)."""
        masked = mask_quotes(article.text, [s for s in spans if not s.nested])
        # the paragraphs as tuples, read three times: a Block object made per read costs ten times more
        paragraphs = article.paragraphs.spans()
        cues = Cues(masked, [(start, end) for start, end, _ in paragraphs])
        sentences = Sentences.of(masked, article, paragraphs)
        return cls(article.text, masked, sentences, cues, reads_as_english(article, paragraphs))

    def context(self, span: QuoteSpan) -> QuoteContext:
        """The quote ``span`` in this article, ready for the attribution steps."""
        return QuoteContext.of(self.text, self.masked, span, self.sentences, self.cues)


class QuoteContext(NamedTuple):
    """One quote being attributed and what is read around it."""

    text: str
    """The article's text."""
    masked: str
    """The article's text with its quotes masked."""
    span: QuoteSpan
    open_at: int
    """The offset of the opening mark (``span.open_at``)."""
    close_at: int
    """Just past the closing mark (``span.close_at``)."""
    sentences: Sentences
    cues: Cues
    first: int
    """The index of the sentence the quote opens in."""
    last: int
    """The index of the sentence it closes in."""
    before: int
    """Where the stretch read before the quote starts: its sentence's start, :data:`CUE_WINDOW` at most
    before the opening mark."""
    after: int
    """Where the stretch read after the quote ends: its last sentence's end, :data:`CUE_WINDOW` at most
    after the closing mark."""

    @classmethod
    def of(cls, text: str, masked: str, span: QuoteSpan, sentences: Sentences, cues: Cues) -> QuoteContext:
        # made for every quote: the tuple is built directly, and index_of is written out
        open_at, close_at = span.open_at, span.close_at
        if not sentences:
            fields = (text, masked, span, open_at, close_at, sentences, cues, 0, 0, open_at, close_at)
            return tuple.__new__(cls, fields)
        starts = sentences.starts
        first = bisect_right(starts, open_at) - 1
        if first < 0:
            first = 0
        last = first if close_at - 1 <= open_at else bisect_right(starts, close_at - 1) - 1
        if last < 0:
            last = 0
        before = sentences[first][0]
        if before < open_at - CUE_WINDOW:
            before = open_at - CUE_WINDOW
        after = sentences[last][1]
        if after > close_at + CUE_WINDOW:
            after = close_at + CUE_WINDOW
        fields = (text, masked, span, open_at, close_at, sentences, cues, first, last, before, after)
        return tuple.__new__(cls, fields)
