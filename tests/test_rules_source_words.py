"""The steps that read a source a sentence names outright (`according to X`, `as X put it`, `per X`)
are asked only where one of their words is written (``attribution.SOURCE_WORDS`` in the sentence,
``SOURCE_WORDS_AFTER`` after the quote): a quote with none of them goes straight to the cue steps,
and one with them still gets its source."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.ingest.load import article_from_text
from corpus.quotes import attribution
from corpus.quotes.context import ArticleReading, QuoteContext
from corpus.quotes.spans import find_quote_spans


def _contexts(text: str) -> tuple[str, list[QuoteContext]]:
    article = article_from_text("a.txt", Path("a.txt"), text)
    spans = find_quote_spans(article, include_boilerplate=True)
    reading = ArticleReading.of(article, spans)
    return article.text, [reading.context(span) for span in spans if not span.nested]


def _mention(text: str, quote: QuoteContext) -> str | None:
    found = attribution.same_sentence(quote)
    if found is None or found[0] is None:
        return None
    return text[found[0].start : found[0].end]


def _no_source_word(quote: QuoteContext) -> bool:
    start, after = quote.sentences[quote.first][0], quote.after
    anywhere = all(quote.masked.find(w, start, after) < 0 for w in attribution.SOURCE_WORDS)
    return anywhere and all(
        quote.masked.find(w, quote.close_at, after) < 0 for w in attribution.SOURCE_WORDS_AFTER
    )


def test_a_source_named_outright_is_still_read() -> None:
    text = (
        "The budget talks stalled again on Monday.\n\n"
        "According to Reuters, the governor called the plan “a slow-motion disaster” for the state.\n\n"
        "The vote was “never going to happen this week,” per the speaker’s office.\n\n"
        "The cuts would be “a gift to nobody,” as one county treasurer put it.\n\n"
        "Officials expect “a long winter,” the mayor said.\n"
    )
    text_, quotes = _contexts(text)
    assert [_mention(text_, q) for q in quotes] == [
        "Reuters",
        "the speaker’s office",
        "one county treasurer",
        "the mayor",
    ]
    assert [_no_source_word(q) for q in quotes] == [False, False, False, True]


def test_a_sentence_with_no_source_word_reads_its_cue() -> None:
    text_, quotes = _contexts("Jane Roe, a nurse in the county, said the shifts were “brutal and long.”\n")
    assert _no_source_word(quotes[0])
    assert _mention(text_, quotes[0]) == "Jane Roe"


_PIECES = st.sampled_from(
    [
        "“",
        "”",
        '"',
        ", ",
        ". ",
        ": ",
        "\n\n",
        " ",
        "According to ",
        "according to ",
        "ccording",
        " reported",
        " a report by ",
        " as ",
        " put it",
        "put",
        " it",
        " per ",
        "Per ",
        "per",
        "Reuters",
        "the Times",
        "Jane Roe",
        " said",
        "the plan",
        "x",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_no_source_step_finds_a_source_where_no_source_word_is_written(text: str) -> None:
    _, quotes = _contexts(text)
    for quote in quotes:
        if not quote.sentences or not _no_source_word(quote):
            continue
        assert all(step(quote) is None for step in attribution.SOURCE_NAMED_STEPS)
