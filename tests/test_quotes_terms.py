"""Quote marks that are not speech: nicknames, titles and scare quotes are terms, said by no one."""

from __future__ import annotations

from tests.article_reads import quotes_and_speakers as quotes_of


def test_a_nickname_and_a_title_are_terms_with_no_speaker() -> None:
    quotes, speakers = quotes_of(
        "Anna Berg arrived in Rome on Monday. She is known as “the Iron Nun” at home.\n\n"
        "Her next film, “Blue Harbour,” opens next week."
    )
    assert [(q.text, q.kind, q.speaker, q.mention) for q in quotes] == [
        ("the Iron Nun", "term", None, None),
        ("Blue Harbour,", "term", None, None),
    ]
    assert speakers == []


def test_a_scare_quote_no_one_in_its_sentence_could_have_said_is_a_term() -> None:
    quotes, _ = quotes_of("After weeks of “hysteria” in the capital, the vote was put off.")
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("hysteria", "term", None)]


def test_a_cue_gives_few_quoted_words_to_their_speaker() -> None:
    quotes, speakers = quotes_of("The plan is “pure fantasy,” said Anna Berg, the union's leader.")
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("pure fantasy,", "partial", "Anna Berg")]
    assert [(s.name, s.quotes) for s in speakers] == [("Anna Berg", 1)]


def test_longer_quoted_words_are_not_terms() -> None:
    quotes, _ = quotes_of("The report warned of “a long and costly war in the north” this year.")
    assert [q.kind for q in quotes] == ["partial"]
