"""A description after a cue runs on through capitalised modifiers (a party's, an organisation's or a
place's name) to its noun: "said a longtime GOP data expert" is a description naming no one, neither
"a longtime" nor a speaker called "GOP"; a name after such a role, or an organisation's own word
("the Sanders campaign", "the French foreign ministry"), reads as before."""

from __future__ import annotations

from tests.article_reads import quotes_and_speakers

_LEAD = "The county board met on Tuesday to vote on the new budget for the roads.\n\n"


def _mentions(body: str) -> list[tuple[str | None, str | None]]:
    quotes, _ = quotes_and_speakers(_LEAD + body)
    return [(q.speaker, q.mention.text if q.mention else None) for q in quotes if q.kind != "term"]


def test_a_party_name_inside_a_description_does_not_cut_it_short() -> None:
    body = "“We have no plan for the roads this year,” said a longtime GOP strategist who lives in the town."
    assert _mentions(body) == [(None, "a longtime GOP strategist")]


def test_a_party_name_inside_a_description_is_not_the_speaker() -> None:
    body = (
        "“The vote will be close for both of them,” said one former GOP leadership aide. "
        "“Nobody knows how the members will go.”"
    )
    assert _mentions(body) == [(None, "one former GOP leadership aide")] * 2


def test_several_capitalised_modifiers_and_lower_case_nouns_make_one_description() -> None:
    body = (
        "“There is no advantage for either of them,” said one unaligned Ohio Republican strategist.\n\n"
        "“It was handled too lightly,” said a former U.S. law enforcement official who oversaw the case."
    )
    assert _mentions(body) == [
        (None, "one unaligned Ohio Republican strategist"),
        (None, "a former U.S. law enforcement official"),
    ]


def test_a_name_after_the_role_and_an_organisation_read_as_before() -> None:
    body = (
        "“We will win the county,” said the Sanders campaign.\n\n"
        "“We will win the state,” said the Sanders campaign spokesman Michael Briggs.\n\n"
        "“We will lose the city,” said the leading Ohio Democratic organizer."
    )
    assert _mentions(body) == [
        ("Sanders campaign", "the Sanders campaign"),
        ("Michael Briggs", "the Sanders campaign spokesman Michael Briggs"),
        (None, "the leading Ohio Democratic organizer"),
    ]


def test_a_name_after_a_determiners_adjectives_is_the_speaker() -> None:
    body = (
        "“She was the heart of our town,” said a tearful Maria Lopez, who had trouble speaking.\n\n"
        "“We should stop saying the valley is safe,” said the prophetic Dr Azm Haddad: “It is not.”"
    )
    assert _mentions(body) == [
        ("Maria Lopez", "Maria Lopez"),
        ("Azm Haddad", "Dr Azm Haddad"),
        ("Azm Haddad", "Dr Azm Haddad"),
    ]
