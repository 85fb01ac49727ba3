"""Counting which articles the quote finder reads in this process (not taken from a store or the
helper): the quote-readings and helper tests both ask it."""

from __future__ import annotations

import pytest

from corpus.model import Article
from corpus.quotes import article_quotes as article_quotes_module
from corpus.quotes.article_quotes import ArticleQuotes
from corpus.quotes.name_pairs import NamePairs
from corpus.quotes.names import NameTables


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the articles read in this process from here on, in order."""
    read: list[str] = []
    reader = article_quotes_module.article_quotes

    def counted(article: Article, tables: NameTables, pairs: NamePairs) -> ArticleQuotes:
        read.append(article.name)
        return reader(article, tables, pairs)

    monkeypatch.setattr(article_quotes_module, "article_quotes", counted)
    return read
