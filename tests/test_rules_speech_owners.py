"""A speaker written as the owner of a noun of saying ("Her claim that “…”", "His call for “…”", "the
senator’s response: “…”") is the owner, resolved as a pronoun or a description is: the quote went to
no one when the phrase was read as a description with no one to stand for (issue 15). A possessive
before another noun ("his campaign") is not read so. On text written for these tests."""

from __future__ import annotations

from corpus.quotes.candidates import read_mentions
from tests.quote_texts import speakers_in


def test_a_possessive_pronoun_owning_a_claim_is_its_speaker() -> None:
    body = "Jane Roe spoke to the board on Monday. Her claim that “the books were cooked” shocked the room."
    assert speakers_in(body) == ["Jane Roe"]


def test_a_possessive_pronoun_owning_a_call_is_its_speaker() -> None:
    body = "Tom Hale has not backed down. His call for “a total and complete review” of the agency drew fire."
    assert speakers_in(body) == ["Tom Hale"]
    # a possessive before a noun that says nothing is no speaker's owner
    other = "Tom Hale has not backed down. His campaign called the plan “a complete disaster” on Monday."
    assert speakers_in(other) == [None]


def test_a_description_owning_a_response_is_its_speaker() -> None:
    body = (
        "Senator Tom Hale voted no on the farm bill. The bill failed on Tuesday. "
        "The senator’s response: “We will bring it back next year.”"
    )
    assert speakers_in(body) == ["Tom Hale"]


def test_a_possessive_before_a_call_or_an_admission_is_a_candidate() -> None:
    text = "His call for “x” drew fire, and by her own admission “x” was a mistake."
    pronouns = [text[a:b] for a, b, kind in read_mentions(text, 0, len(text)) if kind == "pronoun"]
    assert pronouns == ["His", "her"]
