"""A possessive before a noun of people ("her team", "his supporters") owns a group, and the group
speaks: "what her team calls “…”", "Her team calls it “…”" are the group's words, with no named
speaker, as "officials said" is; not the owner's, as "her claim that “…”" is (issue 15). A noun of
saying after a singular "campaign" stays the owner's ("his campaign promise"). On sentences written
for these tests.
"""

from __future__ import annotations

from corpus.quotes.candidates import read_mentions
from tests.quote_texts import speakers_in
from tests.test_rules_passive_cues import rules_mentions


def _candidates(text: str) -> list[str]:
    return [f"{text[a:b]}/{kind}" for a, b, kind in read_mentions(text, 0, len(text))]


def test_a_possessive_before_a_noun_of_people_is_a_group_candidate() -> None:
    team = 'Jane Roe spoke in Ohio on Monday, in what her team calls her "listening tour."'
    assert "her team/description" in _candidates(team)
    assert "her/pronoun" not in _candidates(team)
    supporters = 'Tom Bell has long opposed what his supporters disparagingly call "catch and release."'
    assert "his supporters/group" in _candidates(supporters)
    assert "his/pronoun" not in _candidates(supporters)
    # a singular "campaign" makes one noun with the noun of saying: the owner's words
    promise = 'Tom Bell has long kept his campaign promise to be "a friend of the farmers."'
    assert "his/pronoun" in _candidates(promise)


def test_the_group_said_it_not_the_owner() -> None:
    body = 'Jane Roe spoke in Ohio on Monday. Her team calls it "a listening tour of the whole state."'
    assert rules_mentions(body) == ["Her team"]
    assert speakers_in(body) == [None]
    owner = 'Jane Roe spoke in Ohio on Monday. Her claim that "the state is ours" drew boos from the crowd.'
    assert speakers_in(owner) == ["Jane Roe"]
