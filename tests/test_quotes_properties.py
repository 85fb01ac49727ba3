"""Property tests: for any text, quote extraction never raises and its offsets slice the text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.attribution import attribute
from corpus.load import article_from_text
from corpus.quote_spans import find_quote_spans
from corpus.quotes import find_quotes

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
        assert q.kind in ("direct", "partial")
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


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXTS, min_size=2, max_size=4))
def test_any_corpus_gives_valid_quotes_and_speakers(texts: list[str]) -> None:
    _check(texts)
