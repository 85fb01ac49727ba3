"""``storydiff quotes --json`` writes each quote's row but its speaker and group as the quote finder
reads the articles (``QuoteRows``), and puts the rows together once the speakers step has given them
speakers and groups: the bytes must be those written all at the end, on any quote."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from corpus.ingest.load import article_from_text
from corpus.model import Quote
from corpus.quotes import find_quotes
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


def test_the_quote_finder_gives_each_articles_quotes_as_they_are_read() -> None:
    texts = [
        "Roads\n\n“We will fix the roads,” said Jane Roe, the mayor. Roe said more.\n",
        "Budget\n\n“It is late,” Roe said. “We are sorry\u200b,” said Sam Doe, according to Ann Lee.\n",
    ]
    articles = [article_from_text(f"{n}.txt", Path(f"{n}.txt"), t) for n, t in enumerate(texts)]
    rows = QuoteRows(inert_json)
    given: list[list[Quote]] = []

    def arrived(read: list[Quote]) -> None:
        given.append(read)
        rows.add(read)

    found, _ = find_quotes(articles, arrived=arrived)
    assert [q for read in given for q in read] == found
    assert {q.speaker for q in found} >= {"Jane Roe"}  # (given speakers after they came)
    written = quotes_json(found, inert_json, rows)
    assert written == quotes_json(found, inert_json)
    assert "\\u200b" in written and "\u200b" not in written
