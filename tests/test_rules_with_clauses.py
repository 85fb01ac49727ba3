"""The subject of an absolute "with" clause whose participle holds a quote said it (issue 15,
:mod:`corpus.quotes.with_clauses`): not the sentence's subject, a pair of names before, or a place
named in the sentence. On sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.attribution import attribute
from corpus.quotes.spans import find_quote_spans
from tests.quote_texts import speakers_in


def rules_mentions(body: str) -> list[str | None]:
    """The mention the rules give each quote, as written."""
    article = article_from_text("a.txt", Path("a.txt"), f"Talks resume\n\n{body}")
    text = article.text
    return [
        None if a.mention is None else text[a.mention.start : a.mention.end]
        for a in attribute(article, find_quote_spans(article)).quotes
    ]


def test_the_with_clause_subject_said_the_quote_not_the_pair_before() -> None:
    body = (
        "Senator Tom Kessler and Governor Ana Ruiz have used the harshest words about the strikes, "
        "with Kessler recently promising to “flatten their camps.” Neither gave any details."
    )
    assert rules_mentions(body) == ["Kessler"]
    assert speakers_in(body) == ["Tom Kessler"]


def test_a_with_clause_participle_need_not_be_a_cue() -> None:
    body = (
        "The Ruiz campaign has denied the account, with campaign manager Dale Porter taking to "
        "Twitter to call the reporter “plainly confused” about the night."
    )
    assert rules_mentions(body) == ["campaign manager Dale Porter"]
    shouted = (
        "At a rally in Dayton, Ohio, on Saturday, some of the crowd pushed a heckler, with Ruiz "
        "reportedly shouting: “Get him out of here!”"
    )
    assert rules_mentions(shouted) == ["Ruiz"]


def test_a_with_phrase_that_is_no_clause_names_no_one() -> None:
    # "with Kessler" and no participle: a companion, not a clause with a subject of its own
    body = "Ruiz toured the plant with Kessler on Monday and called the deal “a fine start.”"
    assert rules_mentions(body) == ["Ruiz"]
    # the clause ends before the quote: the quote is the next sentence's subject's
    ended = "The crowd cheered, with Kessler waving from the stage. Ruiz said the deal was “a fine start.”"
    assert rules_mentions(ended) == ["Ruiz"]
