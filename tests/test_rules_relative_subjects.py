"""A restrictive relative right before a verb of saying ("signs which said “…”", "a message that said
“…”", "critics who say") is a candidate speaker that names no one: the mention is the relative, and a
reader sees no name rather than the person named last; a relative set off by a comma ("Jane Roe, who
said") still stands for the name before it."""

from __future__ import annotations

from tests.article_reads import quotes_and_speakers

_LEAD = "The county board met on Tuesday to vote on the new budget for the roads and the bridge.\n\n"


def _mentions(body: str) -> list[tuple[str | None, str | None]]:
    quotes, _ = quotes_and_speakers(_LEAD + body)
    return [(q.speaker, q.mention.text if q.mention else None) for q in quotes if q.kind != "term"]


def test_things_that_say_words_are_the_relative_not_the_people_carrying_them() -> None:
    body = (
        "Protesters carried signs which said “Save the bridge” outside the hall.\n\n"
        "Mayor Jane Roe, who said “the count is not over,” stayed home."
    )
    assert _mentions(body) == [(None, "which"), ("Jane Roe", "who")]


def test_a_message_that_said_is_the_relative() -> None:
    body = (
        "The site was replaced on Thursday morning by a message that said, "
        "“Sorry, but the page you have requested is no longer here.”"
    )
    assert _mentions(body) == [(None, "that")]
