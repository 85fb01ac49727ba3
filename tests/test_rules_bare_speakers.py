"""A bare "another" or "one" after an inverted cue is the quote's speaker (issue 15), on words written
for these tests: "“…,” tweeted another." is not the supporter quoted before it, nor the nearest name."""

from __future__ import annotations

from corpus.quotes.bare_speakers import bare_speaker
from tests.article_reads import speakers_and_mentions


def test_another_after_an_inverted_cue_is_not_the_previous_speaker() -> None:
    body = (
        "Fans of the club were angry.\n\n"
        '"We were robbed by the referee tonight," one longtime supporter wrote on the club\'s forum.\n\n'
        '"Better watch out for the league office, they never punish anyone," tweeted another.'
    )
    assert speakers_and_mentions(body)[1] == (None, "another")


def test_one_after_read_is_the_message_not_the_name_before() -> None:
    body = (
        "As the parade rolled through Dover, Channel 5 reported that planes wrote messages in the sky.\n\n"
        "“The mayor must go now!” read one. The crowd cheered."
    )
    assert speakers_and_mentions(body) == [(None, "one")]


def test_only_a_bare_word_ending_the_clause() -> None:
    assert bare_speaker("” said another.", 0) is not None
    assert bare_speaker("” said a third, laughing.", 0) is not None
    assert bare_speaker("” said one Democrat.", 0) is None  # a description the rules read
    assert bare_speaker("” said one of them.", 0) is None
