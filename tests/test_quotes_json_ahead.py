"""``storydiff quotes --json`` writes each quote's row but its speaker and group as the quote finder
reads the articles (``QuoteRows``), and puts the rows together once the speakers step has given them
speakers and groups: the bytes must be those written all at the end, on any quote."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus.ingest.load import article_from_text
from corpus.model import Article, Quote
from corpus.quotes import find_quotes, quote_helper
from storydiff.cli_quotes import QuoteRows, quotes_json
from storydiff.output import inert_json
from tests.quote_strategies import optional_text, quotes

settled = st.tuples(optional_text, st.integers(min_value=0, max_value=99))


@given(st.lists(st.tuples(quotes, settled), max_size=4))
def test_rows_written_before_the_speakers_are_settled_are_those_written_after(
    made: list[tuple[Quote, tuple[str | None, int]]],
) -> None:
    read = [q for q, _ in made]
    plain, inert = QuoteRows(), QuoteRows(inert_json)
    plain.add(read)
    inert.add(read)
    for q, (speaker, group) in made:  # what the speakers step changes once all is read
        q.speaker, q.group = speaker, group
    assert quotes_json(read, None, plain) == quotes_json(read)
    assert quotes_json(read, inert_json, inert) == quotes_json(read, inert_json)
    # rows made through another ``part`` are not used
    assert quotes_json(read, inert_json, plain) == quotes_json(read, inert_json)


def _articles(copies: int) -> list[Article]:
    """``copies`` of two articles, each of its own day (no twins), one quote with a zero-width space."""
    texts = [
        "Roads\n\n“We will fix the roads,” said Jane Roe, the mayor. Roe said more.\n",
        "Budget\n\n“It is late,” Roe said. “We are sorry\u200b,” said Sam Doe, according to Ann Lee.\n",
    ]
    return [
        article_from_text(
            f"{n:02}.txt",
            Path(f"{n:02}.txt"),
            texts[n % 2].replace("Doe", f"Doe{n % 3}") + f"It was day {n}.\n",
        )
        for n in range(2 * copies)
    ]


def test_the_quote_finder_gives_each_articles_quotes_as_they_are_read_with_its_helper(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = _articles(6)
    alone = find_quotes(_articles(6), arrived=lambda read: pytest.fail("no helper: nothing is given"))
    monkeypatch.setattr(quote_helper, "PARALLEL_FROM", 2)
    helper = quote_helper.start_quote_helper(len(articles))
    assert helper is not None
    rows = QuoteRows(inert_json)
    given: list[list[Quote]] = []

    def arrived(read: list[Quote]) -> None:
        given.append(read)
        rows.add(read)

    found = find_quotes(articles, helper, arrived=arrived)
    assert found == alone
    assert sorted(id(q) for read in given for q in read) == sorted(id(q) for q in found[0])
    assert {q.speaker for q in found[0]} >= {"Jane Roe"}  # (given speakers after they came)
    written = quotes_json(found[0], inert_json, rows)
    assert written == quotes_json(found[0], inert_json)
    assert "\\u200b" in written and "\u200b" not in written
