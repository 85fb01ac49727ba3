"""Quoted words inside an "Asked whether …" clause are the question's, said by no one; the quote
after the clause's comma is the answer, its speaker's (:mod:`corpus.quotes.asked_words`). On
sentences written for these tests."""

from __future__ import annotations

from corpus.quotes.asked_words import in_a_question
from tests.article_reads import quotes_and_speakers as quotes_of


def test_a_polls_wording_is_no_ones() -> None:
    quotes, speakers = quotes_of(
        "The survey of 900 adults closed on Sunday.\n\n"
        "Asked whether Mayor Ruiz is “honest enough to lead the city for four more years,” 61 percent "
        "of residents said yes."
    )
    assert [(q.kind, q.speaker, q.mention) for q in quotes] == [("term", None, None)]
    assert speakers == []
    # the answer after the clause's comma keeps its speaker
    quotes, _ = quotes_of(
        "Asked if the strike had rattled her, Nora Kell said, “Not one bit. We planned for it.”"
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Nora Kell")]


def test_words_inside_a_when_asked_clause_are_not_the_answerers() -> None:
    quotes, _ = quotes_of(
        "Nora Kell runs the depot. When asked to confirm that it “will stay open through the winter,” "
        "Kell nodded and left."
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("term", None)]


def test_only_a_sentence_opening_asked_clause_counts() -> None:
    text = "He was asked whether “the plan” works. Asked about it, she said “maybe.”"
    assert not in_a_question(text, text.index("“the"))  # "asked" inside its sentence, with a subject
    assert not in_a_question(text, text.index("“maybe"))  # after the clause's comma: the answer
    opener = "Rain fell. Asked why the “deal” failed, Roe shrugged."
    assert in_a_question(opener, opener.index("“"))
