"""A participle of saying set off by a comma takes the subject of the clause before it (issue 15),
on sentences written for these tests: that subject said the quote the participle runs on to, not a
noun nearer the quote (a verb's or a preposition's object), whatever the ranker chose."""

from __future__ import annotations

from corpus.quotes.participle_subjects import participle_subject
from tests.article_reads import speakers_and_mentions


def _subject(sentence: str) -> str | None:
    """The participle's subject :func:`participle_subject` reads for the quote closing ``sentence``
    (quote marks masked as the engine masks them: the words inside count for nothing)."""
    found = participle_subject(sentence, 0, sentence.rindex("“"))
    return None if found is None or found[0] is None else sentence[found[0].start : found[0].end]


def test_the_subject_is_the_speaker_not_a_prepositions_object_nearer_the_quote() -> None:
    body = (
        "Tom Doyle has offered to campaign for his colleagues.\n\nBut Sen. Jane Roe (D-Ore.) refused to "
        "entertain the possibility of campaigning alongside Doyle, responding that she is “not going to "
        "go into what my campaign is doing.”"
    )
    assert speakers_and_mentions(body) == [("Jane Roe", "Sen. Jane Roe (D-Ore.)")]


def test_a_pronoun_subject_is_the_speaker_not_a_possessive_in_the_participles_phrase() -> None:
    body = (
        "The lawsuit names the city and its mayor, Jane Roe.\n\nIt goes on to fault the mayor’s use of a "
        "private phone while at city hall, saying any message sent through her personal account was "
        "“compromised” and helped the leak."
    )
    assert speakers_and_mentions(body) == [(None, "It")]


def test_the_rules_reading_of_the_participles_subject_stands_over_a_verbs_object() -> None:
    body = (
        "The mayor spoke on Monday.\n\nJane Roe and other city leaders shunned Tom Doyle during his recent "
        "trips to the capital, claiming that the former governor is “hostile to the city.”"
    )
    assert speakers_and_mentions(body) == [("Jane Roe", "Jane Roe")]  # not Tom Doyle, who is shunned


def test_the_subject_is_read_past_an_opening_adverbial_and_a_party_label() -> None:
    sentence = (
        "In responding Friday, the Roe campaign took the step of criticizing the auditors, accusing "
        "the auditors of “xxxxxxx”"
    )
    assert _subject(sentence) == "the Roe campaign"
    tagged = "Sen. Jane Roe (D-Ore.) refused to campaign alongside Doyle, responding that she is “xxxx”"
    assert _subject(tagged) == "Sen. Jane Roe (D-Ore.)"


def test_no_subject_where_another_clause_is_nearer_the_participle() -> None:
    subordinate = "Jane Roe asks as a waiter walks in front of her, saying he is “xxxxx”"
    assert _subject(subordinate) is None  # the waiter's clause: not read here
    reported = "A top strategist said Roe will have to choose whose side she is on, saying, “xxxxx”"
    assert _subject(reported) is None  # the relative's clause is nearer: not read here
    relative = "Jane Roe spoke near the hall, where about 50 protesters had gathered, chanting “xxxxx”"
    assert _subject(relative) is None


def test_no_subject_where_the_quote_names_a_thing_in_the_participles_phrase() -> None:
    sentence = "Jane Roe has built her brand on this cause, writing a book called “xxxxx”"
    assert _subject(sentence) is None  # the book's name: a term, no one's words


def test_no_subject_where_the_participles_phrase_is_broken_before_the_quote() -> None:
    assert _subject("Jane Roe left early, saying nothing; her aide called it “xxxxx”") is None
    assert _subject("Hours later, Jane Roe returned the call, telling the board “xxxxx”") == "Jane Roe"
