"""A nationality's or a title's word in a name: a surname after a given name ("Mark Cuban", "Billy
King"); and a nationality makes one name with the single capitalised word after it ("Saudi
Arabia", "the American Legion"), not a role."""

from __future__ import annotations

from corpus.quotes.roles import trailing_name
from tests.quote_texts import speakers_in


def test_a_nationality_after_a_given_name_is_a_surname() -> None:
    found = speakers_in(
        "Mark Cuban, the billionaire owner of the team, says he is open to running.\n\n"
        "“It is too early to tell,” Cuban said.\n\n"
        "“I would consider it,” said Mark Cuban."
    )
    assert found == ["Mark Cuban", "Mark Cuban"]


def test_a_nationality_after_a_word_that_is_no_given_name_stays_a_qualifier() -> None:
    assert trailing_name(["South", "African"]) == 2
    assert trailing_name(["Native", "American"]) == 2


def test_a_nationality_before_one_capitalised_word_makes_one_name() -> None:
    found = speakers_in(
        "The American Legion asked the campaign to “cease and desist” from using its emblem.\n\n"
        "The Federal Reserve said the economy was “on a solid footing.”"
    )
    assert found == ["American Legion", "Federal Reserve"]


def test_a_party_word_before_a_surname_stays_the_persons_role() -> None:
    assert trailing_name(["Republican", "Roe"]) == 1
    assert trailing_name(["Russian", "President", "Putin"]) == 2
    assert trailing_name(["The", "Democratic", "National", "Convention"]) == 1


def test_a_surname_with_a_nationalitys_ending_is_a_surname() -> None:
    # "-ian" makes "Petrosian" look like a nationality; after a name's first word it is a surname
    assert trailing_name(["Zorvan", "Petrosian"]) == 0
    assert trailing_name(["South", "Sudanese"]) == 2
    found = speakers_in(
        "“The old quarter will not be sold,” said Zorvan Petrosian, who runs the bakery.\n\n"
        "“We have been here for a century,” Petrosian said."
    )
    assert found == ["Zorvan Petrosian", "Zorvan Petrosian"]


def test_a_title_word_after_a_given_name_is_a_surname() -> None:
    # "King" is a title ("King Charles"); after "Billy" in the article it is Billy King's surname
    found = speakers_in(
        "Team president Billy King spoke on Monday.\n\n"
        "“We owe it to our fans,” King said.\n\n"
        "The Capitol Police arrested two men. “They were armed,” Police said."
    )
    assert found == ["Billy King", None]
