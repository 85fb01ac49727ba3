"""Whom a pronoun of the body stands for (issue 15), on articles written for these tests.

- A headline in title case runs its words into a name ("Roe Claims Doyle Most …", "The Pinocchio
  Test."): it is no antecedent, except for a name it writes plainly ("Jane Roe Featured In …" is Jane
  Roe's; "Hacker Roe: …").
- "he", "she" and "who" never stand for an organisation, an outlet, an acronym, a place or a party
  in the plural, even where the name tables take two capitalised words for a person's name.
- "who" after a comma stands for the common noun before it ("activists, who"): no one named,
  unless that noun is the appositive of a name ("Jane Roe, the group's strategist, who").
"""

from __future__ import annotations

from corpus.quotes.antecedents import not_a_person
from tests.quote_texts import speakers_in


def test_a_title_case_headline_is_no_antecedent() -> None:
    body = (
        'One claim of the speech does not hold up.\n\nHe told the crowd: "Nobody is more qualified than me."'
    )
    assert speakers_in(body, headline="Roe Claims Doyle Most Qualified Candidate Ever, But ….") == [None]


def test_a_title_case_subhead_with_a_stop_is_no_antecedent() -> None:
    body = (
        "Paul Rusk said the rule was clear.\n\nThe Pinocchio Test.\n\n"
        'She clearly erred in calling the figure "the board\'s own count" last week.'
    )
    assert "Pinocchio Test" not in speakers_in(body)


def test_a_plain_name_opening_a_title_case_headline_is_read() -> None:
    body = 'A clip of her speech opens the new video.\n\nShe says: "We will not go back to the old ways."'
    assert speakers_in(body, headline="Jane Roe Featured In Streamify Video.") == ["Jane Roe"]
    colon = 'The hacker spoke from prison.\n\nHe said the server was "like an open door."'
    assert speakers_in(colon, headline="Hacker Doyle: The Server Was Wide Open.") == ["Doyle"]


def test_he_or_she_never_stands_for_an_organisation_or_a_place() -> None:
    body = (
        "Tom Doyle, a pastor, spoke on his radio show, Right Wing Watch first reported.\n\n"
        'He then said that "the scouts have lost their way."'
    )
    assert speakers_in(body) == ["Tom Doyle"]
    for name in ("Right Wing Watch", "Streamify Music Group", "IMF", "New Hampshire", "Republicans"):
        assert not_a_person(name), name
    for name in ("Jane Roe", "Hope Hicks", "Will Doyle", "Page", "Tom Doyle"):
        assert not not_a_person(name), name


def test_who_after_a_common_noun_names_no_one() -> None:
    body = (
        "Streamify dropped the rule on Friday. The move was praised by activists, who said it was "
        '"a principled stand."'
    )
    assert speakers_in(body) == [None]


def test_who_after_the_appositive_of_a_name_is_that_name() -> None:
    body = (
        '"The money is there," said Jane Roe, the group\'s chief strategist, who added that the '
        'group will focus on issues "like roads and schools."'
    )
    assert speakers_in(body) == ["Jane Roe", "Jane Roe"]


def test_he_never_stands_for_a_newspaper_named_by_its_masthead_word() -> None:
    body = (
        "Tom Doyle at the Lakeside Review agreed with Roe about the debate.\n\n"
        "“If the governor meant to make his rival defend the old deal, he succeeded,” he wrote."
    )
    assert speakers_in(body) == ["Tom Doyle"]
    for name in ("Lakeside Review", "Miami Herald", "Denver Gazette", "Sunday Telegraph", "Rome Courier"):
        assert not_a_person(name), name
    for name in ("Jane Press", "Tom Ledger", "Ann Star"):  # surnames too: no masthead word of theirs
        assert not not_a_person(name), name


def test_it_stands_for_a_newspaper_named_by_its_masthead_word() -> None:
    body = (
        "The Lakeside Herald reported on Monday that the club had made an offer to the pitcher. Though "
        "the newspaper does not name its source, it stated that the offer is “believed to be for at "
        "least six years.”"
    )
    assert speakers_in(body) == ["Lakeside Herald"]
