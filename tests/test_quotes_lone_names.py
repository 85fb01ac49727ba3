"""A speaker quoted by the first word of a full name the article writes ("Kim" of "Kim Jong Un") is
known by that name, when the article writes one such name and nothing contradicts it. Text written
for the test."""

from __future__ import annotations

from corpus.model import Speaker
from tests.article_reads import speakers_of


def names(speakers: list[Speaker]) -> set[str]:
    return {s.name for s in speakers}


def test_a_lone_word_that_opens_one_full_name_takes_it() -> None:
    found = speakers_of(
        "North Korean leader Kim Jong Un met the envoy on Monday.\n\n“We will talk again,” Kim said.",
        "The talks with President Tsai Ing-wen went on.\n\n“Our island stays free,” President Tsai said.",
    )
    assert names(found) == {"Kim Jong Un", "Tsai Ing-wen"}
    kim = next(s for s in found if s.name == "Kim Jong Un")
    assert "Kim" in kim.aliases


def test_a_place_or_an_organisation_the_word_opens_is_no_full_name() -> None:
    found = speakers_of(
        "The Trump Organization and Trump Foundation staff paid.\n\n“It went well,” Trump said.",
        "Python Software Foundation members met.\n\n“Python is easy to read,” Guido said.",
    )
    assert "Trump" in names(found)
    assert not any(n.startswith(("Trump ", "Python ")) for n in names(found))


def test_two_full_names_or_a_given_name_before_the_word_leave_it_alone() -> None:
    # two people the word could be: no choice is made
    two = speakers_of("Kim Jong Un and Kim Yo Jong arrived.\n\n“We are ready,” Kim said.")
    assert names(two) == {"Kim"}
    # the article writes the word as someone's surname too: that person, not the run
    surname = speakers_of("Jane Kim met Kim Jong Un at noon.\n\n“It was short,” Kim said.")
    assert "Kim Jong Un" not in names(surname)
