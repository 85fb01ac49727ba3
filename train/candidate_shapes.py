"""How often each shape of mention the candidate stage does not propose is a quote's gold Source, on
ALL of PolNeAR train (every quote the shipped finder matches to a gold quote, not only the wrong
ones): ``python train/no_candidate.py --shapes``.

A shape is a way to find one more mention for a quote, beyond what :mod:`corpus.quotes.candidates`
reads (its sentence, the one before within ``WINDOW`` characters, the one after within
``NEXT_SENTENCE_REACH``, colon heads, the previous quote's mention):

- ``lead``: a quote whose paragraphs hold no words outside its quote marks: the first mention of the
  first sentence of the nearest earlier paragraph that does, the person a run of quote-only
  paragraphs was introduced by ("Trump spoke only in bromides. // “…” // “…”"), read as h-para29's
  experiment ``corpus/quotes/paragraph_leads.py`` read it (commit c77500c, left out: see
  :func:`lead`). Variants counted first, on a looser reading (any first mention, "I" and "we" too):
  the first mention of the lead paragraph's last sentence (3 gold held by no candidate before, 59 /
  38 gold / not among those already candidates), every mention of the lead paragraph (6 gold new, 58
  new not gold: 8 times the candidates).
- ``next``: the same quote-only paragraph: the first mention after the first closing mark of the next
  paragraph ("“…” // “…,” Viguerie notes.").
- ``document owner``: a possessive before a document noun in the quote's paragraph before it ("with
  one of <her> ads asking, “…”", "the governor's letter").
- ``document``: a document noun phrase as a cue's subject in the quote's paragraph ("<The photo>
  quotes Romans: “…”", "the statement said").

For each: the quotes that have the shape, whether its mention is the gold Source (overlap, as the
ranker's labels), and whether the candidate stage proposes it already.

Counted at 34e04c7 (6,633 quotes, 90 whose gold Source no candidate holds): ``lead`` 91 quotes, gold
61 (4 new, all 4 held by no candidate before), not gold 30 (4 new); ``next`` 85, gold 13 (2 new),
not gold 72 (13 new); ``document owner`` 64, gold 4 (none new), not gold 60 (7 new); ``document``
67, gold 48 (1 new), not gold 19 (6 new). Of the 90: 47 stand in the quote's paragraph within the
window (a relative, "it", a document, a bare "some", the cue verb marked as the Source), 15 in the
sentence after; ~12 the same person as the rules' mention, another mention of it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from corpus.ingest.load import load_corpus
from corpus.quotes.candidates import read_mentions
from corpus.quotes.context import ArticleReading
from corpus.quotes.cues import Cues
from corpus.quotes.lexicon import DOCUMENT_NOUNS, FINITE_CUES
from corpus.quotes.spans import QuoteSpan, find_quote_spans
from train.polnear_examples import SHARED, Example

Span = tuple[int, int]
LEAD_REACH = 5
"""How many quote-only paragraphs the ``lead`` shape steps over up to the lead paragraph."""
ATTRIBUTION_LINE = 80
"""At most this many characters in a sentence below a quote-only paragraph that says who spoke it."""
_DOUBLE_MARK = re.compile(r'[“”"]')
_PROSE_WORD = re.compile(r"\b(?![Xx]x*\b)[A-Za-z]{2,}")
"""A word outside quote marks (a quote's words are masked as "xxx")."""
_OWNER = re.compile(r"\b(his|her|their|its|[A-Z][\w.-]*[’']s)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
"""An owner and the (at most three) lower-case words after it, its noun among them."""
_DOCUMENT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?"
    r"([a-z][\w-]*)\s+(?:that\s+|which\s+)?([a-z]+)\b"
)


class Reading:
    """One article as the shapes read it: its masked text, paragraphs and cues."""

    def __init__(self, reading: ArticleReading, spans: list[QuoteSpan]) -> None:
        self.reading = reading
        self.spans = {(s.start, s.end): s for s in spans}
        self.masked = reading.masked
        self.paragraphs = reading.cues.paragraphs
        self.cues: Cues = reading.cues

    def paragraph_of(self, at: int) -> int:
        return max(i for i, (start, _) in enumerate(self.paragraphs) if start <= at)

    def prose(self, k: int) -> bool:
        """Whether paragraph ``k`` holds words outside quote marks."""
        start, end = self.paragraphs[k]
        return _PROSE_WORD.search(self.masked, start, end) is not None

    def first_sentence(self, k: int) -> Span | None:
        """The first sentence of paragraph ``k`` (None for a paragraph with none: boilerplate)."""
        sentences, (start, end) = self.reading.sentences, self.paragraphs[k]
        if not sentences:
            return None
        first = sentences[sentences.index_of(start)]
        return (first[0], first[1]) if start <= first[0] < end else None

    def mentions(self, lo: int, hi: int) -> list[Span]:
        return [(a, b) for a, b, kind in read_mentions(self.masked, lo, hi) if kind != "group"]


def lead(r: Reading, e: Example) -> list[Span]:
    """The first mention of the run's lead paragraph, as the experiment read it: only where the
    quote's closing mark is there, the rules' mention is not after the quote, no short sentence with
    a cue opens the paragraph below it (an attribution line), the paragraph before the lead does not
    end inside a quote, and the lead paragraph opens no quote's continuation; a name, a description,
    "he" or "she" (on train every pronoun that led was one of these)."""
    span = r.spans.get(e.quote)
    text, masked, paragraphs = r.reading.text, r.masked, r.paragraphs
    if span is None or (e.rules is not None and e.rules[0] >= span.close_at):
        return []
    if text[span.close_at - 1] not in '”"' or _attributed_below(r, span.end_paragraph):
        return []
    if any(r.prose(k) for k in range(span.paragraph, span.end_paragraph + 1)):
        return []
    for j in range(span.paragraph - 1, max(-1, span.paragraph - 2 - LEAD_REACH), -1):
        if not r.prose(j):
            continue
        start, end = paragraphs[j]
        if j > 0 and _left_open(text, paragraphs[j - 1]):
            return []
        mark = _DOUBLE_MARK.search(text, start, end)
        if mark is not None and mark[0] != "“" and (mark[0] == "”" or not text[mark.start() - 1].isspace()):
            return []
        sentence = r.first_sentence(j)
        if sentence is None:
            return []
        for a, b, kind in read_mentions(masked, *sentence):
            if kind in ("name", "description") or (kind == "pronoun" and text[a:b].lower() in ("he", "she")):
                return [(a, b)]
        return []
    return []


def _attributed_below(r: Reading, para: int) -> bool:
    sentence = r.first_sentence(para + 1) if para + 1 < len(r.paragraphs) else None
    if sentence is None or sentence[1] - sentence[0] > ATTRIBUTION_LINE:
        return False
    return bool(r.cues.between(*sentence)) and _DOUBLE_MARK.search(r.reading.text, *sentence) is None


def _left_open(text: str, paragraph: Span) -> bool:
    start, end = paragraph
    last = max(text.rfind("“", start, end), text.rfind("”", start, end))
    return text[last] == "“" if last >= 0 else text.count('"', start, end) % 2 == 1


def after(r: Reading, e: Example) -> list[Span]:
    quote = e.quote
    k = r.paragraph_of(quote[0])
    if r.prose(k) or k + 1 >= len(r.paragraphs) or not r.prose(k + 1):
        return []
    start, end = r.paragraphs[k + 1]
    found = r.mentions(start, min(end, start + 400))
    return found[:1]


def document_owner(r: Reading, e: Example) -> list[Span]:
    quote = e.quote
    start = r.paragraphs[r.paragraph_of(quote[0])][0]
    for m in _OWNER.finditer(r.masked, max(start, quote[0] - 300), quote[0]):
        if not DOCUMENT_NOUNS.isdisjoint(m.group(2).split()):
            return [m.span(1)]
    return []


def document(r: Reading, e: Example) -> list[Span]:
    quote = e.quote
    start, end = r.paragraphs[r.paragraph_of(quote[0])]
    for m in _DOCUMENT.finditer(r.masked, max(start, quote[0] - 300), min(end, quote[1] + 100)):
        if m.group(1) in DOCUMENT_NOUNS and m.group(2) in FINITE_CUES:
            return [(m.start(), m.end(1))]
    return []


SHAPES: dict[str, Callable[[Reading, Example], list[Span]]] = {
    "lead": lead,
    "next": after,
    "document owner": document_owner,
    "document": document,
}


def overlaps(span: Span, others: list[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in others)


def read_train(train: list[Example]) -> Iterator[tuple[ArticleReading, list[QuoteSpan], list[Example]]]:
    """Each PolNeAR train article some of ``train`` is from, read as the engine reads it, with them."""
    by_article: dict[str, list[Example]] = {}
    for e in train:
        by_article.setdefault(e.article, []).append(e)
    for article in load_corpus(SHARED / "polnear-train" / "text"):
        examples = by_article.get(article.name)
        if examples:
            spans = find_quote_spans(article)
            yield ArticleReading.of(article, spans), spans, examples


def count_shape(counter: Counter[str], span: Span, e: Example) -> str:
    """Count ``span``, a shape's candidate for ``e``, as (gold or not) x (a candidate already or new),
    and whether it holds a gold no candidate held; the first of these keys is given back."""
    gold = "gold" if overlaps(span, e.source) else "not gold"
    new = "a candidate already" if overlaps(span, e.spans) else "new"
    counter[f"{gold}, {new}"] += 1
    if gold == "gold" and not any(e.labels):
        counter["gold held by no candidate before"] += 1
    return f"{gold}, {new}"


def count_shapes(train: list[Example]) -> dict[str, Counter[str]]:
    """Per shape: quotes with it, by (gold it or not) x (a candidate already or new), and how many
    of the quotes whose gold is no candidate it would hold."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in SHAPES}
    for article_reading, spans, examples in read_train(train):
        reading = Reading(article_reading, spans)
        for e in examples:
            for name, shape in SHAPES.items():
                for span in shape(reading, e):
                    count_shape(counts[name], span, e)
    return counts


def print_shapes(train: list[Example]) -> None:
    unheld = sum(1 for e in train if e.has_source and not any(e.labels))
    print(f"train quotes {len(train)}; gold Source no candidate {unheld}")
    for name, counter in count_shapes(train).items():
        print(f"  {name}: {sum(v for k, v in counter.items() if not k.startswith('gold held'))} quotes")
        for key, value in sorted(counter.items()):
            print(f"      {key:40} {value}")
