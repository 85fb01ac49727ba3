"""The agent of a passive of naming is the speaker of the quote that names the thing (issue 15), on
sentences written for these tests: "labeled as a “…” by Democrats", "known by some Republicans as a
“…”"; not the sentence's subject, nor where "according to" gives the whole report to another."""

from __future__ import annotations

from corpus.quotes.naming_agents import naming_agent
from tests.article_reads import speakers_and_mentions


def _agent(sentence: str) -> str | None:
    """The agent :func:`naming_agent` reads for the one quote of ``sentence``."""
    found = naming_agent(sentence, sentence.index("“"), sentence.index("”") + 1)
    return None if found is None else sentence[found[0].start : found[0].end]


def test_the_agent_after_the_quote_said_it_not_the_sentences_subject() -> None:
    body = (
        "The inquiry ran for two years.\n\nWhile the council has faced criticism for the long inquiry into "
        "the flood, often labeled as a “witch hunt” by the opposition, it seems Jane Roe was right about "
        "the missing records."
    )
    assert speakers_and_mentions(body) == [(None, "the opposition")]


def test_the_agent_before_an_as_said_it() -> None:
    body = (
        "Tom Doyle toured the damage with the governor.\n\nThey shook hands and Doyle put his hand on Jane "
        "Roe’s shoulder in what would come to be derisively known by some Republicans as a “hug” that "
        "cost her the primary."
    )
    assert speakers_and_mentions(body) == [("Republicans", "some Republicans")]


def test_no_agent_where_according_to_gives_the_report_to_another() -> None:
    sentence = "Roe sent emails later labeled “top secret” by the state office, according to two sources."
    assert _agent(sentence) is None
    assert _agent("Roe sent emails later labeled “top secret” by the state office.") == "the state office"


def test_no_agent_without_a_passive_of_naming() -> None:
    assert _agent("Roe blamed the “poison pill” measures added by the council.") is None
    assert _agent("The town is called the “Crossroads” by its oldest residents.") == "its oldest residents"
