""" "In the words of X" beside a quote names its speaker (issue 15), on sentences written for these
tests: before the quote ("was, in the words of Governor Mark Holt, “…”"), after it ("“…,” in the
words of council member Ann Pike"), "to use the words of"; not the sentence's subject."""

from __future__ import annotations

from corpus.quotes.words_of import words_of_agent
from tests.article_reads import speakers_and_mentions


def _agent(sentence: str) -> str | None:
    found = words_of_agent(sentence, sentence.index("“"), sentence.index("”") + 1)
    return None if found is None else sentence[found[0].start : found[0].end]


def test_in_the_words_of_before_or_after_the_quote_names_its_speaker() -> None:
    body = (
        "The mayor defended the plan on Monday.\n\nThe tax was, in the words of Governor Mark Holt, “a "
        "burden on every family.”\n\nThe plan is “a gift to the banks,” in the words of council member Ann "
        "Pike.\n\nThe deal is “a betrayal” – to use the words of union leader Tom Beck – and faces a vote."
    )
    assert speakers_and_mentions(body) == [
        ("Mark Holt", "Governor Mark Holt"),
        ("Ann Pike", "council member Ann Pike"),
        ("Tom Beck", "union leader Tom Beck"),
    ]


def test_no_agent_across_a_paragraph_or_before_according_to() -> None:
    assert _agent("It is “a gift,” in the words of the mayor, according to two aides.") is None
    assert _agent("It is “a gift,” in the words of the mayor.") == "the mayor"
    assert _agent("It is “a gift,” in the words\n\nof the mayor.") is None
    assert _agent("In the words of the mayor and the people who followed him, “…”") is None
