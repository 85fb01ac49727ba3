"""The share of an article's body its families cover (its "own" share is the rest), read from
its paragraphs' array with binary searches: the same characters a plain count of every
position finds, whatever the spans and paragraphs."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from corpus.ingest.load import article_from_text
from corpus.passages.family_build import BodyParagraphs


def _paragraphs(cuts: list[int]) -> list[tuple[int, int]]:
    """Paragraphs apart and in text order, from sorted distinct cut points (every other gap)."""
    points = sorted(set(cuts))
    return [(a, b) for a, b in zip(points[0::2], points[1::2], strict=False) if a < b]


def _by_position(paragraphs: list[tuple[int, int]], spans: list[tuple[int, int]]) -> int:
    inside = {x for start, end in spans for x in range(start, end)}
    return sum(start <= x < end for start, end in paragraphs for x in inside)


span = st.tuples(st.integers(0, 300), st.integers(0, 300)).map(sorted).map(tuple)


@given(st.lists(st.integers(0, 300), max_size=20), st.lists(span, max_size=8))
def test_covered_characters_are_those_a_count_of_every_position_finds(
    cuts: list[int], spans: list[tuple[int, int]]
) -> None:
    paragraphs = _paragraphs(cuts)
    body = BodyParagraphs(paragraphs)
    assert body.length() == sum(end - start for start, end in paragraphs)
    assert body.covered(spans) == _by_position(paragraphs, spans)


def test_an_articles_body_spans_are_its_body_paragraphs_without_title_or_furniture() -> None:
    text = (
        "Storm closes the coast road\n\n"
        "The coast road was closed on Tuesday after the storm brought down trees.\n\n"
        "Crews expect to open it by Friday, the mayor said.\n\n"
        "Share this article on social media"
    )
    article = article_from_text("storm.txt", Path("storm.txt"), text)
    body = article.body_paragraphs()
    assert [article.text[p.start : p.end] for p in body] == [
        "The coast road was closed on Tuesday after the storm brought down trees.",
        "Crews expect to open it by Friday, the mayor said.",
    ]
    assert body == [p for p in article.paragraphs if p.kind == "body"]
    assert article.paragraphs.spans_of("body") == [(p.start, p.end) for p in body]
    assert article.paragraphs.spans_of("title") == [(0, len("Storm closes the coast road"))]
