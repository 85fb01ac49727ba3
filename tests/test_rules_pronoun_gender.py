"""A pronoun stands for no one whose given name the census gives to the other sex
(``subject_traits.gender_of``, ``given_name_genders.json`` by ``train/name_genders.py``): "she" is
never a Milton named before, "he" never an Ada; a surname alone says nothing ("Clinton")."""

from __future__ import annotations

from corpus.quotes.subject_traits import gender_of
from tests.article_reads import names_read


def test_the_census_gives_given_names_a_sex() -> None:
    assert (gender_of("Milton"), gender_of("Ada"), gender_of("Kelly")) == ("he", "she", None)


def test_she_is_not_the_man_named_just_before() -> None:
    text = (
        "Donors weigh in\n\n"
        "Rachel Bergson has given to many candidates. Along with her husband, Milton Bergson, a money"
        " manager, she plans to narrow her support to one.\n\n"
        "“I feel bad to say it,” she said.\n"
    )
    assert names_read(text) == ["Rachel Bergson"]


def test_a_surname_alone_says_nothing_of_sex() -> None:
    text = (
        "Talks in Indiana\n\n"
        "Hillary Clinton spoke to the mayors. Clinton acknowledged on Sunday that the vote mattered.\n\n"
        "But, she told the mayors, “no one should be confused about our commitment to Europe.”\n"
    )
    assert names_read(text) == ["Hillary Clinton"]
