"""An "as described by X" aside set off after a quote names its speaker (issue 15), on sentences
written for these tests: "– as described by Governor Mark Holt –", "“…,” as characterised by union
leader Tom Beck,"; not the sentence's subject, nor where "according to" gives the report to another."""

from __future__ import annotations

from corpus.quotes.as_described import agent_as_described
from tests.article_reads import speakers_and_mentions


def _agent(sentence: str) -> str | None:
    """The agent :func:`agent_as_described` reads after the one quote of ``sentence``."""
    found = agent_as_described(sentence, sentence.index("”") + 1)
    return None if found is None else sentence[found[0].start : found[0].end]


def test_a_dashed_aside_after_the_quote_names_the_speaker_not_the_subject() -> None:
    body = (
        "Senator Jane Roe spoke to voters on Tuesday.\n\nCritics have long questioned the senator's record, "
        "pointing to her “reckless handling of the budget” – as described by Governor Mark Holt – during "
        "her first term."
    )
    assert speakers_and_mentions(body) == [("Mark Holt", "Governor Mark Holt")]


def test_a_comma_aside_with_the_comma_inside_the_quote() -> None:
    body = (
        "The vote is next week.\n\nThe deal is “a betrayal of working families,” as characterised by union "
        "leader Tom Beck, and it faces a vote next week."
    )
    assert speakers_and_mentions(body) == [("Tom Beck", "union leader Tom Beck")]


def test_no_agent_where_according_to_follows_or_the_aside_is_no_description() -> None:
    assert _agent("Roe called it “a gift,” as described by the mayor, according to two aides.") is None
    assert _agent("Roe called it “a gift,” as described by the mayor.") == "the mayor"
    assert _agent("Roe called it “a gift,” as the mayor was leaving the hall.") is None
    assert _agent("Roe called it “a gift.” The plan, as described by the mayor, costs $2 million.") is None
