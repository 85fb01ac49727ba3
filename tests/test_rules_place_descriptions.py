"""A description and the place its holder is in ("A British government spokeswoman in Washington
said") names no one: the place is not the speaker. "No-one" names no one; "Del." is a delegate's
title. Text written for the test."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.article_quotes import read_article


def read(body: str) -> list[tuple[str | None, str | None]]:
    article = article_from_text("a.txt", Path("a.txt"), "Talks resume in Brussels\n\n" + body)
    _spans, said, _terms = read_article(article)
    return [(a.name, article.text[a.mention.start : a.mention.end] if a.mention else None) for a in said]


def test_a_description_in_a_place_is_no_one_named_not_the_place() -> None:
    said = read("A Danish government spokeswoman in Oslo said the delay was “welcome,” but no more.")
    assert said == [(None, "A Danish government spokeswoman in Oslo")]
    said = read("A spokesman for Acme in Lisbon said the plan was “sound.”")
    assert said == [(None, "A spokesman for Acme in Lisbon")]


def test_no_one_opening_a_sentence_is_no_speaker() -> None:
    said = read("No-one was hurt in the blaze, which police are treating as “potentially suspicious”.")
    assert [name for name, _ in said] == [None]


def test_a_delegate_s_abbreviated_title_is_no_name() -> None:
    said = read("“This is a waste of time,” said Del. Stacey Lund of the Virgin Islands.")
    assert [name for name, _ in said] == ["Stacey Lund"]
