"""New kinds of candidate speaker: a possessive before a noun of saying ("her promise to be “neutral”"),
resolved as a pronoun is, and a quantifier alone beside a cue ("“…,” tweeted another"): PolNeAR marks
both as the Source where the grammar gave no candidate before."""

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


def groups(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in read_mentions(text, 0, len(text)) if kind == "group"]


def test_a_quantifier_alone_beside_a_cue_is_a_group_candidate() -> None:
    assert groups("“Vote them out,” tweeted another.") == ["another"]
    assert groups("Voters were worried; most said they were afraid.") == ["most"]
    assert groups("One message read “go home.”") == ["One message"]  # a noun after it: a description
    assert groups("He bought one for the trip.") == []  # no cue beside it


def test_a_quantifier_saying_a_quote_is_its_mention_with_no_name() -> None:
    body = (
        "Supporters of Anna Berg flooded the forum on Monday.\n\n"
        "“Better watch out for the mayor, since he said the vote is rigged,” tweeted another."
    )
    article = article_from_text("a.txt", Path("a.txt"), "Talks resume in Brussels\n\n" + body)
    quotes, _ = find_quotes([article])
    assert [(q.speaker, q.mention.text if q.mention else None) for q in quotes] == [(None, "another")]
