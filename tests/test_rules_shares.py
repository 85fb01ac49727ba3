"""A share written "four in 10" is the subject of its cue, a group with no named speaker ("About four
in 10 voters say", "one in five said"), and the word opening the sentence before a number names no
one (issue 15): the rules had read "in 10" as a time ("who in 2010 said") and given "About" as the
speaker. On sentences written for these tests.
"""

from __future__ import annotations

from corpus.quotes.names import shipped_tables
from corpus.quotes.no_one import names_no_one
from corpus.quotes.phrases import phrase_before
from tests.quote_texts import speakers_in
from tests.test_rules_passive_cues import rules_mentions


def _subject(text: str) -> str | None:
    cue = text.rindex(" ")
    found = phrase_before(text, 0, cue)
    return None if found is None else text[found.start : found.end]


def test_a_share_in_ten_is_the_subject_of_its_cue() -> None:
    assert _subject("Most were happy. About four in 10 said") == "About four in 10"
    assert _subject("Most were happy. One in five Ohio voters said") == "One in five Ohio voters"
    assert _subject("Roe, who in 2010 said") == "Roe"  # a time between a subject and its verb


def test_the_share_not_the_word_opening_the_sentence_said_it() -> None:
    body = 'Tom Bell spoke on Monday. About four in 10 said they were "angry" with the way the city is run.'
    assert rules_mentions(body) == ["About four in 10"]
    assert speakers_in(body) == [None]
    body = (
        "Tom Bell spoke on Monday. About four in 10 Ohio Republican primary voters say that an "
        'important quality in a candidate is that they "share my values."'
    )
    assert rules_mentions(body) == ["About four in 10 Ohio Republican primary voters"]


def test_a_word_opening_a_sentence_before_a_number_names_no_one() -> None:
    text = "Polls closed. About four in 10 voters said so. Nearly 60 percent agreed. Roe said so."
    tables = shipped_tables()
    for word in ("About", "Nearly"):
        at = text.index(word)
        assert names_no_one(text, at, at + len(word), tables) == "opener", word
    roe = text.index("Roe")
    assert names_no_one(text, roe, roe + 3, tables) is None
    numbered = "The treaty was signed. Article 33 affirms it. Line 10 said so."
    for word in ("Article", "Line"):  # a noun before a number is a numbered name, no share
        at = numbered.index(word)
        assert names_no_one(numbered, at, at + len(word), tables) is None, word


def test_a_polls_respondents_are_the_subject_of_their_cue() -> None:
    assert _subject("The poll was taken in May. While those surveyed said") == "those surveyed"
    assert _subject("The poll was taken in May. Those polled say") == "Those polled"
    body = (
        "The poll was taken in May. While those surveyed said former Ohio governor Tom Bell has the "
        '"best experience," Jane Roe is the one voters trust most.'
    )
    assert rules_mentions(body) == ["those surveyed"]
    assert speakers_in(body) == [None]
