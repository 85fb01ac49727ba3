"""Two outlets sharing a head word are two speakers unless one's name abbreviates the other's
("LA Times" is not the "New York Times", though it is the "Los Angeles Times"): the corpus-wide
name merge (:mod:`corpus.quotes.speakers`), on articles written for these tests."""

from __future__ import annotations

from tests.article_reads import speakers_of

LA = "“I am done,” the mayor said, according to the LA Times."


def test_two_outlets_sharing_a_head_word_stay_two() -> None:
    other = "“We will appeal,” the lawyer said, according to The New York Times."
    assert sorted(s.name for s in speakers_of(LA, other)) == ["LA Times", "New York Times"]


def test_an_outlet_abbreviated_is_the_same_outlet() -> None:
    other = "“We will appeal,” the lawyer said, according to the Los Angeles Times."
    assert [(s.name, s.quotes) for s in speakers_of(LA, other)] == [("Los Angeles Times", 2)]
