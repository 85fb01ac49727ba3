""" "it" as the subject of a verb of saying is a candidate speaker also after "now" or the "do" of
emphasis ("“…,” it now says", "although it does say that …"): text written for these tests."""

from __future__ import annotations

from corpus.quotes.candidates import read_mentions


def _pronouns(text: str) -> list[str]:
    return [text[a:b] for a, b, kind in read_mentions(text, 0, len(text)) if kind == "pronoun"]


def test_it_before_now_or_does_and_a_verb_of_saying_is_a_candidate() -> None:
    assert _pronouns("The site changed. “Join us,” it now says, over a photo.") == ["it"]
    assert _pronouns("The charter is short, although it does say that members vote.") == ["it"]
    assert _pronouns("The memo was leaked, and it did say that the plan had failed.") == ["it"]


def test_it_before_now_or_does_and_another_verb_is_no_candidate() -> None:
    assert _pronouns("The plant is old, and it now needs repairs.") == []
    assert _pronouns("The fund is small, but it does help the town.") == []
