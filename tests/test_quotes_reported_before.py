"""A quote right after a sentence that quotes someone with a cue of its own goes on in that speaker's
words: `Biden “has roles to play,” said Doyle. “He has that appeal.”` is Doyle's, not Biden's
(the subject of the sentence before speaks only where that sentence reports no one)."""

from __future__ import annotations

from tests.quote_texts import speakers_in


def test_a_quote_after_a_sentence_quoting_someone_is_that_speakers() -> None:
    body = "Anna Berg “has a lot of good roles to play,” said Tom Doyle. “She deservedly has that appeal.”"
    assert speakers_in(body) == ["Tom Doyle", "Tom Doyle"]


def test_a_quote_after_a_sentence_about_someone_is_its_subjects() -> None:
    body = "Senator Anna Berg spoke for an hour about the budget. “We will not sign it.”"
    assert speakers_in(body) == ["Anna Berg"]
