"""The ask gate (``corpus.quotes.ask_gate``): the speaker ranker is also asked about quotes the rules
read with a cue near them where what the rules read says it is worth it (a speaker carried over a
paragraph break while someone else speaks in the quote's own sentence). On articles written for
these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes


def _speakers(text: str) -> list[tuple[str, str | None]]:
    article = article_from_text("a.txt", Path("a.txt"), text)
    quotes, _ = find_quotes([article])
    return [(q.text, q.speaker) for q in quotes]


OPENING = "Rally in Dover\n\nSenator Jane Roe spoke first at the town hall in Dover on Monday.\n\n"


def test_a_quote_inside_the_sentence_of_someone_else_is_theirs_not_the_carried_speaker() -> None:
    said = _speakers(
        OPENING + "“We will fix the roads,” Roe said.\n\n"
        "When Mayor Tom Hale finally wrapped up — “I will fight for you, and I will win for you!” — "
        "the crowd cheered.\n"
    )
    assert said[0][1] == "Jane Roe"
    assert said[1] == ("I will fight for you, and I will win for you!", "Tom Hale")


def test_a_question_put_by_another_speaker_after_a_quote_is_theirs() -> None:
    said = _speakers(
        OPENING + "“We will fix the roads and the bridges,” Roe said.\n\n"
        "But Mayor Tom Hale wanted to know, “How will you pay for all of it, and when will the work start?”\n"
    )
    assert [speaker for _, speaker in said] == ["Jane Roe", "Tom Hale"]


def test_a_reply_opening_its_paragraph_is_the_replier_s() -> None:
    said = _speakers(
        OPENING + "“We will fix the roads,” she said. “The bridges too.”\n\n"
        "“The roads will always be the roads,” an angry Hale retaliated. “They never give up, because the "
        "town still holds its ideals, its values and its people.”\n"
    )
    assert [speaker for _, speaker in said] == ["Jane Roe", "Jane Roe", "Hale", "Hale"]
