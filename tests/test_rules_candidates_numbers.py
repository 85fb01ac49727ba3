""" "The two" ending its noun phrase is a candidate speaker (a group): "“…,” the two write" after two
people were named. Text written for these tests."""

from __future__ import annotations

from corpus.quotes.candidates import read_mentions


def _groups(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in read_mentions(text, 0, len(text)) if kind == "group"]


def test_the_two_before_a_verb_of_saying_or_a_stop_is_a_group() -> None:
    assert _groups("“We object,” the two write. Then they left.") == ["the two"]
    assert "the three" in _groups("In a letter, the three said no.")
    assert "the two" in _groups("Both spoke, and the two, in a letter, objected.")


def test_the_two_before_a_noun_is_no_bare_number() -> None:
    assert _groups("The chair met the two reasons for delay.") == []
    assert "the two" not in _groups("Of the two plans, the first passed.")
