"""A reprinted quote's candidates come from the memo of reprinted text (:mod:`corpus.quotes.reprints`)
and are the same, in every feature and their order, as read afresh; what the rest of the article says
(a lone surname it writes with a given name elsewhere, how often it names someone) is its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest.load import article_from_text
from corpus.quotes import features, reprints
from corpus.quotes.attribution import attribute
from corpus.quotes.context import ArticleReading
from corpus.quotes.features import article_candidates
from corpus.quotes.rerank import reading_kind
from corpus.quotes.roles import Phrase
from corpus.quotes.spans import find_quote_spans

WIRE = (
    "The club's owner spoke after the vote on Tuesday. “We will build the new stadium by 2030, "
    "whatever the council says,” Cuban said at the meeting. He added that the city had “no plan "
    "at all” for the land, and a spokesman for the council, Jane Roe, said the vote “settles nothing.”\n\n"
    "“It is a good day for the fans,” said Roe's deputy, Tom Fox, who voted for it.\n\n"
)
LEAD = (
    "Mark Cuban has owned the club for more than twenty years, and the stadium it plays in is older "
    "than most of its fans; the vote on a new one was the council's third in a decade.\n\n"
)
"""The paragraph before the wire copy, in both outlets (the stretch read reaches into it)."""
FILLER = "The weather in the valley stayed mild all week, and the roads were quiet. " * 20


def _read(name: str, body: str) -> list[tuple[object, ...]]:
    """Every candidate of every quote of an article (every quote asked), as comparable tuples."""
    article = article_from_text(name, Path(name), "Stadium vote\n\n" + body)
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans)
    atts = attribute(article, spans, reading).quotes
    mentions = [(a.mention.start, a.mention.end) if a.mention else None for a in atts]
    every = article_candidates(
        reading, spans, mentions, [a.name for a in atts], [True] * len(spans), [reading_kind(a) for a in atts]
    )
    return [
        (span.start, c.start, c.end, c.kind, tuple(c.ids), c.log_distance, c.phrase, c.cue)
        for span, cands in zip(spans, every, strict=True)
        for c in cands or []
    ]


@pytest.fixture
def hits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many quotes were read from the memo (the memo emptied first)."""
    reprints.forget()
    found: list[int] = []
    keep = features.remembered

    def counted(key: reprints.Key, masked: str, known: dict[str, bool]) -> list[reprints.Template] | None:
        templates = keep(key, masked, known)
        found.append(templates is not None)
        return templates

    monkeypatch.setattr(features, "remembered", counted)
    return found


def test_a_reprinted_quote_is_read_from_the_memo_and_reads_as_afresh(hits: list[int]) -> None:
    first = _read("a.txt", LEAD + WIRE)
    assert not any(hits)
    # the same wire copy lower in another outlet's article: other offsets, other words before it
    body = "Local news in brief from the valley, and more.\n\n" + FILLER + "\n\n" + LEAD + WIRE
    reprinted = _read("b.txt", body)
    assert sum(hits) >= 3  # the wire copy's quotes came from the memo
    reprints.forget()
    assert reprinted == _read("b.txt", body)  # afresh: the same candidates, features in order
    assert len(reprinted) == len(first) > 10
    assert {c[3] for c in reprinted} >= {"name", "phrase", "pronoun", "description"}


def test_a_lone_surname_is_read_from_each_article_not_the_memo(hits: list[int]) -> None:
    # "Cuban said" names Mark Cuban where the article writes his full name (far from the quote), and
    # is a nationality's word where it does not: the cue grammar reads the two apart
    named = _read("a.txt", "Mark Cuban bought the club in 2000.\n\n" + FILLER + "\n\n" + WIRE)
    unnamed_body = "The club was bought in 2000.\n\n" + FILLER + "\n\n" + WIRE
    unnamed = _read("b.txt", unnamed_body)
    reprints.forget()
    assert unnamed == _read("b.txt", unnamed_body)

    def cuban(rows: list[tuple[object, ...]]) -> set[tuple[object, object]]:
        return {
            (row[6].name, row[6].role)
            for row in rows
            if isinstance(row[6], Phrase) and "Cuban" in str(row[6])
        }

    assert cuban(named) == {("Cuban", None)}
    assert cuban(unnamed) == {(None, "Cuban")}  # a nationality's word: a description
