"""An article with the same text and blocks as one before it (the same page saved twice) is read
once: the other's reading is copied for it (``article_quotes.quotes_by_article``), in this
process or when the helper read the first while the corpus loaded (``ReadingAhead``); its quotes are
its own objects and carry its name, and the corpus's quotes and speakers are those of reading both."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from corpus.ingest.load import article_from_text, load_corpus
from corpus.model import Article
from corpus.quotes import QuoteReadings, find_quotes
from corpus.quotes.readings import same_reading
from tests.article_reads import count_reads, found_json, read_ahead_by_helper

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _copy(article: Article, name: str) -> Article:
    """The article as the loader gives the same file saved under another name."""
    again = article_from_text(name, Path(name), article.text)
    assert again.text == article.text and again.paragraphs == article.paragraphs
    return again


@pytest.fixture
def seeds() -> list[Article]:
    return [a for a in load_corpus(SEEDS) if a.paragraphs]


def _read_apart(articles: list[Article], monkeypatch: pytest.MonkeyPatch) -> str:
    """The quotes and speakers with every article read on its own (no twin found)."""
    with monkeypatch.context() as patched:
        patched.setattr("corpus.quotes.readings.same_reading", lambda a, b: False)
        return found_json(find_quotes(articles))


def test_a_page_saved_twice_is_read_once_and_gives_what_reading_both_gives(
    seeds: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = seeds[0]
    corpus = [*seeds, _copy(first, "copy.txt")]
    apart = _read_apart(corpus, monkeypatch)
    read = count_reads(monkeypatch)
    quotes, speakers = find_quotes(corpus)
    assert sorted(read) == sorted(a.name for a in seeds)  # the copy is not read
    assert found_json((quotes, speakers)) == apart
    mine = [q for q in quotes if q.article == first.name]
    copied = [q for q in quotes if q.article == "copy.txt"]
    assert len(copied) == len(mine) >= 3
    assert [(q.start, q.end, q.speaker) for q in copied] == [(q.start, q.end, q.speaker) for q in mine]
    assert all(a is not b for a, b in zip(copied, mine, strict=True))  # its own quotes
    assert any(first.name in s.articles and "copy.txt" in s.articles for s in speakers)


def test_the_same_text_with_other_blocks_is_read_on_its_own(
    seeds: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = seeds[0]
    other = _copy(first, "other.txt")
    other.paragraphs = [replace(p, kind="boilerplate") if p.kind == "title" else p for p in other.paragraphs]
    assert other.text == first.text and not same_reading(other, first)
    read = count_reads(monkeypatch)
    find_quotes([first, other])
    assert read == [first.name, "other.txt"]
    text = "Talks resume\n\n“The port is closed,” Jane Roe said."
    a, b = article_from_text("a.txt", Path("a.txt"), text), article_from_text("b.txt", Path("b.txt"), text)
    assert same_reading(a, b)
    b.problem = "could not be read"
    assert not same_reading(a, b)


def test_a_twin_of_an_article_the_helper_read_while_loading_takes_its_reading(
    seeds: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    first = seeds[1]
    corpus = [*seeds, _copy(first, "copy.txt")]
    apart = _read_apart(corpus, monkeypatch)
    pool, ahead = read_ahead_by_helper(corpus, monkeypatch)
    read = count_reads(monkeypatch)
    pool.shutdown()
    assert found_json(find_quotes(corpus, None, QuoteReadings(None, ahead))) == apart
    assert read == []  # every reading from the helper, the copy's from its first one's
