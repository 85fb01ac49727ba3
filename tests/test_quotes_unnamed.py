"""Someone an article does not name: an indefinite determiner before capitalised words ("one Acme
insider"), a party's member ("an Iowa Democrat"). No speaker's name, and no one merged into a
person named elsewhere; but "a Gazette article" is the Gazette's."""

from __future__ import annotations

from tests.quote_texts import speakers_in


def test_a_partys_member_is_no_ones_name() -> None:
    found = speakers_in(
        "“She is too far behind,” said an Iowa Democrat.\n\n"
        "“It is close,” added another New Hampshire Democrat.\n\n"
        "“It is over,” one senior Republican said."
    )
    assert found == [None, None, None]


def test_one_of_a_named_persons_people_is_not_that_person() -> None:
    found = speakers_in(
        "“Jane Roe is bigger than the party,” said one Roe confidant.\n\n"
        "“We will win,” said Jane Roe at the rally."
    )
    assert found == [None, "Jane Roe"]


def test_an_outlets_article_is_the_outlets() -> None:
    found = speakers_in(
        "A Gazette article hailed the mayor as “the comeback kid” of the decade.\n\n"
        "“The mayor has paid back much of his debt,” it added."
    )
    assert found == ["Gazette", "Gazette"]


def test_a_group_is_not_a_narrower_group_of_the_same_people() -> None:
    found = speakers_in(
        "“We will not vote for him,” said Latino Republicans at the meeting.\n\n"
        "At the rally, 75 percent of Republicans said “most people in politics” cannot be trusted."
    )
    assert found == ["Latino Republicans", "Republicans"]
    # (in a poll's sentence the share's words are the poll's: tests/test_rules_poll_sources.py)
