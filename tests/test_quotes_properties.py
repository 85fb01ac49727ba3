"""Property tests: for any text, quote extraction never raises and its offsets slice the text."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from corpus.ingest.load import article_from_text
from corpus.model import Article, Block, BlockKind
from corpus.quotes import attribution, find_quotes
from corpus.quotes.attribution import attribute
from corpus.quotes.context import QUOTE_SENTENCES, ArticleReading, Sentences, bounded
from corpus.quotes.cues import CUE, Cues
from corpus.quotes.spans import find_quote_spans

# Text made mostly of the characters quote finding cares about: marks, apostrophes, cue words,
# capitals, punctuation and line breaks, so odd combinations come up often.
_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        "'",
        "„",
        "«",
        "»",
        " said",
        " says ",
        " told",
        " he ",
        " she ",
        "who",
        ", ",
        ". ",
        ": ",
        "\n",
        "\n\n",
        " ",
        "Jens Stoltenberg",
        "Mr. ",
        "NATO",
        "the ",
        "a ",
        "according to ",
        "quoted ",
        " as saying",
        "calling it ",
        "—",
        "x",
        "We",
        "(",
        ")",
        "\x1b[31m",
        "\u202e",
        "Ü",
        "é",
    ]
)
_TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(_PIECES, max_size=80).map("".join),
)


def _check(texts: list[str]) -> None:
    articles = [article_from_text(f"{i}.txt", Path(f"{i}.txt"), t) for i, t in enumerate(texts)]
    by_name = {a.name: a for a in articles}
    for article in articles:
        # find_quotes shields the corpus from a failing article; the steps themselves must not fail
        spans = find_quote_spans(article, include_boilerplate=True)
        assert len(attribute(article, spans).quotes) == len(spans)
    quotes, speakers = find_quotes(articles)
    for q in quotes:
        text = by_name[q.article].text
        assert 0 <= q.start < q.end <= len(text)
        assert q.text == text[q.start : q.end]
        assert q.kind in ("direct", "partial", "term")
        if q.kind == "term":  # quoted words, never attributed
            assert q.speaker is None and q.mention is None and q.cue is None
        assert q.group >= 1
        if q.mention is not None:
            assert 0 <= q.mention.start < q.mention.end <= len(text)
            assert q.mention.text == text[q.mention.start : q.mention.end]
        assert q.speaker is None or q.speaker in {s.name for s in speakers}
    assert sum(s.quotes for s in speakers) == sum(1 for q in quotes if q.speaker is not None)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_any_text_gives_valid_quotes(text: str) -> None:
    _check([text])


_EVERY_STEP = (
    *attribution.ATTRIBUTION_STEPS,
    *attribution.SOURCE_NAMED_STEPS,
    *attribution.OPENING_QUOTE_STEPS,
    *attribution.DIRECT_QUOTE_STEPS,
    *attribution.PARTIAL_QUOTE_STEPS,
    attribution.sentence_before,
    attribution.sentence_after,
    attribution.subject_before,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_every_attribution_step_alone_finds_offsets_into_the_text(text: str) -> None:
    # the steps are called one by one, in any order (as a ranking of every step's candidate would)
    article = article_from_text("a.txt", Path("a.txt"), text)
    spans = find_quote_spans(article, include_boilerplate=True)
    reading = ArticleReading.of(article, spans)
    for span in spans:
        quote = reading.context(span)
        for step in reversed(_EVERY_STEP):
            found = step(quote)
            if found is None:
                continue
            mention, cue = found
            if mention is not None:
                assert 0 <= mention.start < mention.end <= len(article.text)
            if cue is not None:
                assert 0 <= cue[0] < cue[1] <= len(article.text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXTS, min_size=2, max_size=4))
def test_any_corpus_gives_valid_quotes_and_speakers(texts: list[str]) -> None:
    _check(texts)


def _sentences_scanning_each_paragraph(masked: str, article: Article) -> list[tuple[int, int, int]]:
    """What ``Sentences.of`` gave when it ran the boundary regex over each paragraph (it now tries the
    regex only where a . ! ? or … stands, and must find the same sentences)."""
    out: list[tuple[int, int, int]] = []
    for index, para in enumerate(article.paragraphs):
        if para.kind == "boilerplate":
            continue
        cursor = para.start
        for match in QUOTE_SENTENCES.boundary.finditer(masked, para.start, para.end):
            if QUOTE_SENTENCES.is_abbreviation(masked, cursor, match.start()):
                continue
            out.append((cursor, match.start() + len(match.group().rstrip()), index))
            cursor = match.end()
        if cursor < para.end:
            out.append((cursor, para.end, index))
    return bounded(masked, out)


_SENTENCE_PIECES = st.sampled_from(
    [
        *(". ", "! ", "? ", "… ", ".” ", ".\n", ".\n\n", "\n\n", "\n", " “", "“", "”", "(", "[", "A", "Z"),
        *("9", "x", " ", "Mr. ", "U.S. ", "said. ", "Menu\n", "Share this article\n", "Dr."),
        *(". . .", ".\n\n“B", ".", "?", "...", "?!"),
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_SENTENCE_PIECES, max_size=60).map("".join))
@example("Wait... Then Mr. Smith left?! Yes.")
def test_sentences_are_those_of_a_boundary_scan_of_each_paragraph(text: str) -> None:
    article = article_from_text("a.txt", Path("a.txt"), text)
    assert Sentences.of(text, article).spans() == _sentences_scanning_each_paragraph(text, article)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_SENTENCE_PIECES, min_size=1, max_size=40).map("".join),
    st.lists(st.integers(0, 400), max_size=6),
    st.lists(st.sampled_from(["body", "boilerplate", "title"]), min_size=7, max_size=7),
)
@example("A.. B", [2], ["body"] * 7)  # "A." then ". B": the first paragraph's stop runs into the next
@example("One. Two", [5], ["body"] * 7)  # "One. " then "Two": the boundary would read past its paragraph
def test_sentences_of_touching_paragraphs_are_each_paragraph_s_own(
    text: str, cuts: list[int], kinds: list[BlockKind]
) -> None:
    # paragraphs with no line break between them, or opening with punctuation
    bounds = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    paragraphs = [Block(a, b, kinds[i]) for i, (a, b) in enumerate(itertools.pairwise(bounds)) if a < b]
    article = Article("a.txt", Path("a.txt"), text, paragraphs=paragraphs)
    assert Sentences.of(text, article).spans() == _sentences_scanning_each_paragraph(text, article)


_CUE_PIECES = st.sampled_from(["said", " said", "told ", "says", "x", " ", "\n", ",", "“", "-", "adds", "s"])


_CUED_TEXT_CUTS_AND_RANGE = (
    st.lists(_CUE_PIECES, min_size=1, max_size=40).map("".join),
    st.lists(st.integers(0, 200), max_size=4),  # paragraph cuts
    st.integers(0, 200),  # the range's start
    st.integers(0, 200),  # its width
)
"""A text of cue pieces, where its paragraphs are cut, and a range in it."""


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(*_CUED_TEXT_CUTS_AND_RANGE)
@example("x said", [], 0, 4)  # the range ends inside the cue: no cue lies wholly in it
@example("said\nx told", [5], 1, 10)  # the first cue of the range is in the second paragraph
def test_first_cue_is_the_first_of_the_cues_between(text: str, cuts: list[int], lo: int, width: int) -> None:
    bounds = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    cues = Cues(text, [(a, b) for a, b in itertools.pairwise(bounds) if a < b])
    lo = lo % (len(text) + 1)
    hi = min(len(text), lo + width)
    listed = cues.between(lo, hi)
    first = cues.first(lo, hi)
    assert (first.span() if first else None) == (listed[0].span() if listed else None)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(*_CUED_TEXT_CUTS_AND_RANGE)
@example("x said, y told", [], 2, 10)  # one paragraph holds the range, its last cue runs past it
@example("said x\ntold y", [7], 0, 14)  # the range crosses into the next paragraph
@example("said x\ntold y", [7], 0, 7)  # the range ends where its paragraph ends
def test_the_cues_between_are_each_paragraph_s_scan_inside_the_range(
    text: str, cuts: list[int], lo: int, width: int
) -> None:
    bounds = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    paragraphs = [(a, b) for a, b in itertools.pairwise(bounds) if a < b]
    cues = Cues(text, paragraphs)
    lo = lo % (len(text) + 1)
    hi = min(len(text), lo + width)
    scanned = [m.span() for a, b in paragraphs for m in CUE.finditer(text, a, b)]
    assert [m.span() for m in cues.between(lo, hi)] == [(s, e) for s, e in scanned if lo <= s and e <= hi]
