"""A poll's respondents are no speaker: the poll written earlier in the quote's sentence is ("In a
March poll, 64 percent of Republicans said “…”"), read after the ranker over its answer
(:mod:`corpus.quotes.poll_sources`). On text written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes


def _mentions(body: str) -> list[str | None]:
    article = article_from_text("a.txt", Path("a.txt"), f"Voters weigh in\n\n{body}")
    quotes, _ = find_quotes([article])
    return [q.mention.text if q.mention else None for q in quotes]


def test_a_share_of_those_a_poll_asked_is_the_poll_s_answer() -> None:
    body = (
        "Voters remain sour. In a March Gallup poll, 64 percent of Republicans said Congress was "
        "“out of touch.”"
    )
    assert _mentions(body) == ["a March Gallup poll"]
    ten = "A fresh state survey shows the mood: Six in 10 voters said the governor should “step aside now.”"
    assert _mentions(ten) == ["A fresh state survey"]
    # a poll in the sentence before is not the one the share answers
    before = "A fresh state survey is out. Six in 10 voters said the governor should “step aside now.”"
    assert _mentions(before) == ["Six in 10 voters"]


def test_a_poll_that_finds_a_share_saying_something() -> None:
    body = "The survey also found that 22 percent say the mayor is “not at all honest.”"
    assert _mentions(body) == ["The survey"]


def test_a_speaker_after_a_poll_s_figures_keeps_their_words() -> None:
    # the share is the candidate's standing, not respondents saying anything: the candidate said it
    body = "A new poll puts Jane Roe at 40 percent, and Roe said it was “a good start.”"
    assert _mentions(body) == ["Roe"]
    # a share after the cue is what the speaker talks about
    budget = "A poll came out on Monday. Jane Roe said 40 percent of the budget is “wasted on consultants.”"
    assert _mentions(budget) == ["Jane Roe"]


def test_a_poll_written_between_two_quotes_answers_the_later_one() -> None:
    # the poll words are looked for before the last quote's mark: one written just before it counts
    body = (
        "“We hear the voters,” the mayor said on Monday.\n\nIn a new city survey, 58 percent of residents "
        "said the council was “asleep at the wheel.”"
    )
    assert _mentions(body) == ["the mayor", "a new city survey"]
