"""A possessive before a noun of saying is a candidate speaker ("her promise to be “neutral”"): PolNeAR
marks it as the Source, and it stands for the person it refers to, as a pronoun does."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes
from corpus.quotes.candidates import read_mentions


def pronouns(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in read_mentions(text, 0, len(text)) if kind == "pronoun"]


def test_a_possessive_before_a_noun_of_saying_is_a_pronoun_candidate() -> None:
    assert pronouns("The union cheered her promise to be neutral.") == ["her"]
    assert pronouns("Given his past comments on the plant, the union waits.") == ["his"]
    assert pronouns("The union cheered their March statement on wages.") == ["their"]


def test_a_possessive_before_any_other_noun_is_no_candidate() -> None:
    assert pronouns("The union met at her house on Monday.") == []
    assert pronouns("The union praised his long and careful work on wages.") == []


def test_the_owner_of_a_promise_said_the_words_quoted_from_it() -> None:
    body = (
        "Anna Berg arrived in Dayton on Monday.\n\n"
        "But while her past statements, including her promise to be “neutral” in the talks, have won"
        " praise, the union is unconvinced."
    )
    article = article_from_text("a.txt", Path("a.txt"), "Talks resume in Brussels\n\n" + body)
    quotes, speakers = find_quotes([article])
    assert [(q.text, q.speaker, q.mention.text if q.mention else None) for q in quotes] == [
        ("neutral", "Anna Berg", "her")
    ]
    assert [s.name for s in speakers] == ["Anna Berg"]
