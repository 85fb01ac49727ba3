"""A name closing an aside between a subject and its cue is the object of a preposition, not the
speaker: `Dana Whitfield, also campaigning in Wisconsin, said …` is Whitfield's."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes


def speakers(body: str) -> list[tuple[str, str | None]]:
    article = article_from_text("a.txt", Path("a.txt"), "Polls tighten in Ohio\n\n" + body)
    quotes, _ = find_quotes([article])
    return [(q.text, q.speaker) for q in quotes]


def test_the_subject_before_an_aside_ending_in_a_place_is_the_speaker() -> None:
    body = (
        "Senator Dana Whitfield, also campaigning in Wisconsin, said the rival was guilty of "
        "“stoking violence at every rally.”\n\nThe count goes on."
    )
    assert speakers(body) == [("stoking violence at every rally.", "Dana Whitfield")]

