"""A person's name goes on past a particle written lower case ("Bill de Blasio", "Alex van der
Zwaan") and an Arabic article joined to the surname ("Bashar al-Assad")."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes
from corpus.quotes.roles import trailing_name
from corpus.quotes.short_names import short_name
from tests.quote_texts import speakers_in


def test_a_particle_inside_a_name_keeps_the_whole_name() -> None:
    found = speakers_in(
        "“We will rebuild the pier,” said Mayor Joan de Castro.\n\n"
        "“The harbour stays open,” Piet van der Molen said.\n\n"
        "“The talks will go on,” said Faisal al-Rashid."
    )
    assert found == ["Joan de Castro", "Piet van der Molen", "Faisal al-Rashid"]


def test_a_bare_surname_with_its_particle_is_the_same_person() -> None:
    found = speakers_in(
        "“We will rebuild the pier,” said Mayor Joan de Castro.\n\n"
        "“It will take a year,” de Castro said.\n\n"
        "“We will not leave,” said Faisal al-Rashid.\n\n"
        "“Not this year,” Rashid added."
    )
    assert found == ["Joan de Castro", "Joan de Castro", "Faisal al-Rashid", "Faisal al-Rashid"]


def test_a_particle_with_no_capitalised_word_after_it_ends_no_name() -> None:
    assert trailing_name(["Joan", "de", "Castro"]) == 0
    assert trailing_name(["the", "Castro", "van"]) == 3


def test_the_short_name_keeps_the_particle() -> None:
    assert short_name("Joan de Castro") == "de Castro"
    assert short_name("Osama bin Laden") == "bin Laden"


def test_surnames_written_with_other_particles_are_other_people() -> None:
    # "dos Santis" alone in one article is not "Ron DeSantos" of another, one letter apart
    articles = [
        article_from_text(
            "a.txt", Path("a.txt"), "Bill signed\n\n“The bill will pass,” said Gov. Ron DeSantos."
        ),
        article_from_text("b.txt", Path("b.txt"), "Group sues\n\n“It is unconstitutional,” dos Santis said."),
    ]
    quotes, _ = find_quotes(articles)
    assert [q.speaker for q in quotes] == ["Ron DeSantos", "dos Santis"]
