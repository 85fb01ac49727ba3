"""The role a reader sees beside a speaker's name: one person's, as a reader writes it."""

from __future__ import annotations

from corpus.quotes.names import reader_role


def test_a_group_s_description_is_no_one_person_s_role() -> None:
    assert reader_role("Producers") is None  # "Producers Jane Roe and John Doe called …"
    assert reader_role("his girlfriends") is None  # "one of his girlfriends, Jane Roe"
    assert reader_role("Oscar producer") == "Oscar producer"
    assert reader_role("a former vice president of global sales") == "a former vice president of global sales"
    assert reader_role("New York Times") == "New York Times"  # a name's last word, not a plural
    assert reader_role("head of news") == "head of news"


def test_a_possessive_that_opened_the_sentence_is_written_lower_case() -> None:
    assert reader_role("His sister") == "his sister"
    assert reader_role("Their lawyer") == "their lawyer"
    assert reader_role("Her") is None  # a determiner alone is a sentence's word, no role
