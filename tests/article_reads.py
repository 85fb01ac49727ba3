"""Counting which articles the quote finder reads in this process (not taken from a store or the
helper), the helper reading a corpus ahead as while it loads, and the quotes and speakers found as
the CLI writes them: the quote-readings, twins and helper tests all ask them; and a quote as the
speaker ranker reads it (:func:`ranker_read`), for the tests of its guards."""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import NamedTuple

import pytest

from corpus.ingest.load import article_from_text
from corpus.model import Article, Quote, Speaker
from corpus.quotes import ReadingAhead, find_quotes
from corpus.quotes import article_quotes as article_quotes_module
from corpus.quotes import quote_helper as quote_helper_module
from corpus.quotes.article_quotes import ArticleQuotes, read_article
from corpus.quotes.attribution import Attribution, attribute
from corpus.quotes.candidates import Candidate
from corpus.quotes.context import ArticleReading
from corpus.quotes.features import article_candidates
from corpus.quotes.name_pairs import NamePairs
from corpus.quotes.names import NameTables
from corpus.quotes.quote_helper import start_quote_helper
from corpus.quotes.rerank import reading_kind
from corpus.quotes.spans import QuoteSpan, find_quote_spans
from storydiff.cli_quotes import quote_row, speaker_row


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the articles read in this process from here on, in order."""
    read: list[str] = []
    reader = article_quotes_module.article_quotes

    def counted(article: Article, tables: NameTables, pairs: NamePairs) -> ArticleQuotes:
        read.append(article.name)
        return reader(article, tables, pairs)

    monkeypatch.setattr(article_quotes_module, "article_quotes", counted)
    return read


def found_json(found: tuple[list[Quote], list[Speaker]]) -> str:
    """The quotes and speakers of ``find_quotes`` as the CLI writes them, to compare two runs."""
    quotes, speakers = found
    return json.dumps([[quote_row(q) for q in quotes], [speaker_row(s) for s in speakers]])


def read_ahead_by_helper(
    corpus: list[Article], monkeypatch: pytest.MonkeyPatch
) -> tuple[ProcessPoolExecutor, ReadingAhead]:
    """A helper started for ``corpus`` (small as it is), every article sent to it as the loader sends
    them, and read by the time this returns (the helper reads in order)."""
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 2)
    pool = start_quote_helper(len(corpus))
    assert pool is not None
    ahead = ReadingAhead(lambda: pool)
    for article in corpus:
        ahead.parsed(article)
    ahead.send()
    pool.submit(int).result()  # the runs sent before it are read by now
    return pool, ahead


def names_read(text: str) -> list[str | None]:
    """Each quote's speaker as the rules and the ranker name it, in one article of ``text``."""
    _spans, said, _terms = read_article(article_from_text("a.txt", Path("a.txt"), text))
    return [att.name for att in said]


def speakers_of(*bodies: str, headline: str = "Talks resume in Brussels") -> list[Speaker]:
    """The speakers ``find_quotes`` lists for articles of ``bodies``, each under ``headline``."""
    articles = [
        article_from_text(f"{i}.txt", Path(f"{i}.txt"), headline + "\n\n" + body)
        for i, body in enumerate(bodies)
    ]
    return find_quotes(articles)[1]


def quotes_and_speakers(body: str) -> tuple[list[Quote], list[Speaker]]:
    """``find_quotes`` of one article of ``body`` under a plain headline."""
    return find_quotes([article_from_text("a.txt", Path("a.txt"), "Talks resume in Brussels\n\n" + body)])


def spoken(body: str) -> list[tuple[str, str | None]]:
    """Each quote of one article of ``body`` (terms left out): its words and its speaker's name."""
    quotes, _ = quotes_and_speakers(body)
    return [(q.text, q.speaker) for q in quotes if q.kind != "term"]


def speakers_and_mentions(body: str) -> list[tuple[str | None, str | None]]:
    """Each quote of one article of ``body`` (terms left out): its speaker's name and the mention
    read for it."""
    quotes, _ = quotes_and_speakers(body)
    return [(q.speaker, q.mention.text if q.mention else None) for q in quotes if q.kind != "term"]


class RankerRead(NamedTuple):
    text: str
    reading: ArticleReading
    spans: list[QuoteSpan]
    rules: list[Attribution]
    cands: list[Candidate]


def ranker_read(body: str, k: int = 0) -> RankerRead:
    """An article of ``body`` as the ranker reads its ``k``-th quote: its candidates, asked about."""
    article = article_from_text("a.txt", Path("a.txt"), "Title\n\n" + body)
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans)
    rules = attribute(article, spans, reading).quotes
    mentions = [(a.mention.start, a.mention.end) if a.mention else None for a in rules]
    routes = [reading_kind(a) for a in rules]
    cands = article_candidates(
        reading, spans, mentions, [a.name for a in rules], [True] * len(spans), routes
    )[k]
    assert cands is not None
    return RankerRead(article.text, reading, spans, rules, cands)
