"""A bug met while reading one article's quotes loses only what the failing step adds: where the
ranker fails the rules' speakers stand, where the rules fail the quotes are kept said by no one,
where a name cannot be cleaned the quote stays without it (``article_reading._read_what_can_be``)."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import pytest

from corpus.ingest.load import load_corpus
from corpus.model import Article
from corpus.quotes import article_quotes as article_quotes_module
from corpus.quotes import article_reading
from corpus.quotes.name_pairs import NamePairs
from corpus.quotes.names import shipped_tables

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _fails(*_args: object, **_kwargs: object) -> NoReturn:
    raise RuntimeError("a bug met on one odd article")


@pytest.fixture
def quoted() -> Article:
    """The seed article with the most quotes."""
    tables = shipped_tables()
    articles = [a for a in load_corpus(SEEDS) if a.paragraphs]
    return max(
        articles, key=lambda a: len(article_quotes_module.article_quotes(a, tables, NamePairs(tables))[0])
    )


def _reading(article: Article) -> article_quotes_module.ArticleQuotes:
    tables = shipped_tables()
    return article_quotes_module.article_quotes(article, tables, NamePairs(tables))


def _spans(reading: article_quotes_module.ArticleQuotes) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in reading[0]]


def test_a_failing_ranker_leaves_the_rules_speakers(quoted: Article, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _reading(quoted)
    assert len(whole[0]) >= 5
    monkeypatch.setattr(article_reading, "rerank", _fails)
    read = _reading(quoted)
    assert _spans(read) == _spans(whole)
    named = [n for n in read[1] if n]
    assert len(named) >= len(read[1]) // 2  # the rules name most speakers on their own


def test_failing_rules_keep_the_quotes_said_by_no_one(
    quoted: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _reading(quoted)
    monkeypatch.setattr(article_reading, "attribute", _fails)
    read = _reading(quoted)
    assert _spans(read) == _spans(whole)
    assert read[1] == [None] * len(whole[0]) and all(q.mention is None for q in read[0])


def test_a_name_that_cannot_be_cleaned_leaves_its_quote(
    quoted: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = _reading(quoted)
    monkeypatch.setattr(article_reading, "reader_name", _fails)
    read = _reading(quoted)
    assert _spans(read) == _spans(whole)
    assert read[1] == [None] * len(whole[0]) and read[2] == [None] * len(whole[0])
    assert [q.mention for q in read[0]] == [q.mention for q in whole[0]]  # the mention is still shown


def test_no_quote_marks_read_gives_no_quotes(quoted: Article, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(article_reading, "find_quote_spans", _fails)
    read = _reading(quoted)
    assert read[0] == [] and read[3]  # the name pairs are the article's own, read apart
