"""A title in title case of a few words, its small words in lower case ("About a Boy"), quoted
with no cue, is a term: said by no one. Text written for the test."""

from __future__ import annotations

from corpus.quotes.terms import is_term, titled
from tests.article_reads import quotes_and_speakers as quotes_of


def test_a_title_with_small_words_after_a_comma_is_a_term_not_the_director_s_words() -> None:
    quotes, speakers = quotes_of(
        "Anna Berg has adapted novels before -- “Days of a Quiet Harbour,” from the Tom Lund novel, "
        "won her an award."
    )
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("Days of a Quiet Harbour,", "term", None)]
    assert speakers == []


def test_a_quoted_title_heading_a_line_of_a_headline_is_a_term() -> None:
    quotes, _ = quotes_of("Anna Berg: “Queen of the Silver Lake” Singer Dies Aged 91.\n\nShe died on Monday.")
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("Queen of the Silver Lake", "term", None)]


def test_a_title_case_quote_a_cue_gives_to_someone_stays_theirs() -> None:
    quotes, _ = quotes_of("“Thank You All Very Much,” Anna Berg said as she left the stage.")
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("Thank You All Very Much,", "direct", "Anna Berg")
    ]


def test_title_case_reads_a_title_s_small_words_but_not_a_sentence() -> None:
    assert titled("Lord of the Rings".split())
    assert titled("Days of a Quiet Harbour".split())
    assert not titled("Days of a quiet harbour".split())
    assert not titled("Lord of the".split())
    # a quoted sentence ends with its stop: speech, though every word is capitalised
    assert not is_term("Thank You All Very Much.", "direct", nobody=True)
    assert is_term("Thank You All Very Much,", "direct", nobody=True)
    # longer than a title: speech
    assert not is_term("We Will Build The Wall And Mexico Will Pay", "direct", nobody=True)


def test_a_title_in_the_description_of_a_speaker_whose_cue_reported_a_quote_is_a_term() -> None:
    quotes, speakers = quotes_of(
        "“We start shooting on Monday,” said Anna Berg, the director whose latest film, “Night Train,” "
        "opens next week."
    )
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("We start shooting on Monday,", "direct", "Anna Berg"),
        ("Night Train,", "term", None),
    ]
    assert [(s.name, s.quotes) for s in speakers] == [("Anna Berg", 1)]
