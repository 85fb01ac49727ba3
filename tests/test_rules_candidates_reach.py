"""A mention that starts within the reach read into the sentence after a quote is a candidate whole,
though it ends beyond that reach ("“…?” Ruiz said at a town hall, according to the Lakeside Gazette.",
"“…” That memorable line, first spoken by Springfield Water Commissioner Dana Whitlock, …"): before,
a mention not lying wholly inside the reach was dropped, and with it the speaker. Text written for
these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.attribution import attribute
from corpus.quotes.context import ArticleReading
from corpus.quotes.features import article_candidates
from corpus.quotes.spans import find_quote_spans
from tests.test_rules_passive_cues import mentions


def _candidates(body: str) -> list[list[str]]:
    """Each quote's candidate mentions as written."""
    article = article_from_text("a.txt", Path("a.txt"), f"Talks resume\n\n{body}")
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans)
    atts = attribute(article, spans, reading).quotes
    ruled = [(a.mention.start, a.mention.end) if a.mention else None for a in atts]
    every = article_candidates(reading, spans, ruled, [a.name for a in atts], [True] * len(spans))
    return [[article.text[c.start : c.end] for c in cands or []] for cands in every]


def test_a_relayer_ending_past_the_reach_is_a_candidate() -> None:
    body = (
        "“Is this a priority for the two of them because it is an election year, or because they "
        "believe in it?” Ruiz said at a crowded town hall, according to the Lakeside Gazette. "
        "The talks went on."
    )
    assert "Lakeside Gazette" in _candidates(body)[0]


def test_a_name_ending_past_the_reach_is_the_speaker() -> None:
    body = (
        "“I would rather lose the race than win it dirty.” That memorable line, first spoken by "
        "Springfield Water Commissioner Dana Whitlock, appeared on the front page of the Gazette in 1980."
    )
    assert "Dana Whitlock" in _candidates(body)[0][-1]
    assert mentions(body) == ["Springfield Water Commissioner Dana Whitlock"]
