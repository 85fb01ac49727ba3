"""The articles the helper was reading when the quotes were asked for (sent while the corpus loaded)
are read in this process last, and only those whose readings have not come in by then: read first,
as they once were, each was read by both processes."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from corpus.ingest.load import article_from_text
from corpus.model import Article
from corpus.quotes import find_quotes
from corpus.quotes import quote_helper as quote_helper_module
from corpus.quotes.article_quotes import ArticleQuotes, article_quotes
from corpus.quotes.name_pairs import NamePairs
from corpus.quotes.names import shipped_tables
from corpus.quotes.reading_codec import reading_bytes
from tests.article_reads import count_reads, found_json

_TEXT = """Harbour plan {n} wins a vote

The council of Tellmouth voted on Monday to rebuild pier {n}.

"We have waited long enough for this pier," said Mayor Ilse Varga{n}.

Opponents were not convinced. "The money would be better spent on the schools," said Omar Quist, a
teacher who leads the residents' group.

Varga{n} said the work would start in the spring.
"""


def _articles(count: int) -> list[Article]:
    return [article_from_text(f"{n:02}.txt", Path(f"{n:02}.txt"), _TEXT.format(n=n)) for n in range(count)]


class _Racing:
    """A reading store with no reading made before, for which the helper was reading ``coming``
    when the quotes were asked for; of those, the readings of ``arrived`` came in meanwhile."""

    def __init__(self, coming: Sequence[Article], arrived: dict[str, bytes]) -> None:
        self.coming_names = {a.name for a in coming}
        self.arrived = arrived
        self.kept: dict[str, ArticleQuotes] = {}

    def readings(self, articles: Sequence[Article]) -> list[ArticleQuotes | None]:
        return [None] * len(articles)

    def coming(self, article: Article) -> bool:
        return article.name in self.coming_names

    def late(self, article: Article) -> bytes | None:
        return self.arrived.get(article.name) if article.name in self.coming_names else None

    def keep(self, article: Article, reading: ArticleQuotes, data: bytes | None = None) -> None:
        self.kept[article.name] = reading


def test_articles_the_helper_is_reading_are_read_here_last_if_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _articles(8)
    alone = found_json(find_quotes(articles))
    assert alone.count('"speaker": "Omar Quist"') == 8
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 100)  # no helper: this process reads
    tables = shipped_tables()
    readings = {a.name: reading_bytes(article_quotes(a, tables, NamePairs(tables))) for a in articles}
    coming = articles[:3]  # the helper was reading the first ones (the loader sends them first)
    store = _Racing(coming, {"01.txt": readings["01.txt"]})  # one of them came in
    read = count_reads(monkeypatch)
    assert found_json(find_quotes(articles, None, store)) == alone
    assert read == [a.name for a in articles[3:]] + ["00.txt", "02.txt"]
    assert sorted(store.kept) == [a.name for a in articles]  # every reading kept, the one sent too
