"""A surname that is also a title's or a role's word ("King", "White", "Judge", "Justice", "Prince")
names its speaker after a first name or a form of address, alone too where the article gave the
full name; a title after an ordinary word or a nationality stays a title. Text written for the test."""

from __future__ import annotations

from tests.article_reads import quotes_and_speakers, spoken


def test_a_first_name_the_tables_do_not_know_before_king_names_the_speaker_and_later_king_alone() -> None:
    body = (
        "Loreta King says she watched the whole thing from her window.\n\n"
        "“He had nothing in his hands,” King told reporters.\n\n"
        "“The officers just kept firing,” said Loreta King, a neighbour."
    )
    assert spoken(body) == [
        ("He had nothing in his hands,", "Loreta King"),
        ("The officers just kept firing,", "Loreta King"),
    ]
    _, speakers = quotes_and_speakers(body)
    assert [(s.name, s.quotes) for s in speakers] == [("Loreta King", 2)]


def test_title_surnames_after_given_names_titles_and_forms_of_address_not_after_ordinary_words() -> None:
    assert spoken("“We were misled,” said Jack White.") == [("We were misled,", "Jack White")]
    assert spoken("“We were misled,” Gov. Jim Justice said.") == [("We were misled,", "Jim Justice")]
    assert spoken("“We were misled,” said Billie Jean King.") == [("We were misled,", "Billie Jean King")]
    assert spoken("Dara Prince runs the shelter. “We are full,” Ms. Prince said.") == [
        ("We are full,", "Dara Prince")
    ]
    # after an ordinary word or a nationality the word is a title, no one's surname
    assert spoken("“We were misled,” the Saudi King said.") == [("We were misled,", None)]
    assert spoken("“We were misled,” said Crown Prince.") == [("We were misled,", None)]
    assert spoken("“The ruling stands,” Federal Judge said.") == [("The ruling stands,", None)]
