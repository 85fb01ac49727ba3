"""An office a place owns ("Velmora's prime minister", "the country's foreign minister") stands for
the holder of that office named before; a role held towards someone or somewhere else ("ambassador
to the United States", "aide to President Jane Roe") names neither the place nor the person it
serves. Text written for the test."""

from __future__ import annotations

from corpus.quotes.subject_traits import fits_role
from tests.article_reads import spoken


def test_a_country_s_office_is_its_holder_named_before() -> None:
    assert spoken(
        "Foreign Minister Anna Lind met her counterparts on Monday.\n\n"
        "“We agreed on nothing,” the country's foreign minister said afterwards."
    ) == [("We agreed on nothing,", "Anna Lind")]
    assert spoken(
        "Israeli Prime Minister Dan Hollis spoke on Monday. Later, Israel's prime minister said the "
        "files were “an exact copy.”"
    ) == [("an exact copy.", "Dan Hollis")]
    # the place must agree with the role's own, and a person's possessive still names someone else
    assert fits_role("Ohio's governor", "Ohio Gov.")
    assert not fits_role("Ohio's governor", "Texas Gov.")
    assert not fits_role("Israel's prime minister", "Iranian Foreign Minister")
    assert not fits_role("Dorsey's wife", "wife")


def test_a_role_towards_a_place_or_a_person_names_neither_of_them() -> None:
    assert spoken("“It was a smoking gun,” Velmora's ambassador to the United States said.") == [
        ("It was a smoking gun,", None)
    ]
    assert spoken("“It was a smoking gun,” said a former aide to President Jane Roe.") == [
        ("It was a smoking gun,", None)
    ]
    # a person named after the place is the speaker
    assert spoken("“It was a smoking gun,” said Ambassador to France Jane Roe.") == [
        ("It was a smoking gun,", "Jane Roe")
    ]
