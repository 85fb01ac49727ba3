"""The second part of a place written "City, State" is known as a place, not a speaker."""

from __future__ import annotations

from corpus.quotes.place_tails import place_after_city


def at(text: str, mention: str) -> tuple[int, int]:
    start = text.index(mention)
    return start, start + len(mention)


def test_a_state_after_its_city_is_a_place_tail() -> None:
    text = "Speaking at a town hall in Salem, New Hampshire, Dale Ortmann went after his rival."
    assert place_after_city(text, *at(text, "New Hampshire"))
    text = "The rally was held in Orlando, Florida."
    assert place_after_city(text, *at(text, "Florida"))


def test_a_speaker_is_no_place_tail() -> None:
    text = "Speaking at a town hall in Salem, New Hampshire, Dale Ortmann went after his rival."
    assert not place_after_city(text, *at(text, "Dale Ortmann"))  # after the place, not in it
    text = "Asked about it, Ortmann said no."
    assert not place_after_city(text, *at(text, "Ortmann"))  # "it," is no city
    text = "In Salem, Ortmann said no."
    assert not place_after_city(text, *at(text, "Ortmann"))  # a verb follows: a subject
