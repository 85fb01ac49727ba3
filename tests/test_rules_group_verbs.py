"""A name's own verb before a plural noun of people is no modifier of a group (issue 15): "Jane Roe
met donors", "Tom Bell won voters over" keep the person as the speaker, where a verb with no verb
ending ("met", "won", "show") had been read as the group's adjective ("Roe economic advisers"). On
sentences written for these tests.
"""

from __future__ import annotations

from corpus.quotes.name_groups import group_end
from tests.quote_texts import speakers_in


def test_a_names_own_verb_before_a_plural_is_no_group() -> None:
    text = (
        "Roe met donors. Findings show voters left. Fury among supporters grew. Roe economic advisers left."
    )
    for before in ("Roe met", "Findings show", "Fury among"):
        at = text.index(before)
        name = before.split()[0]
        assert group_end(text, at, at + len(name)) is None, before
    at = text.index("Roe economic")
    assert group_end(text, at, at + 3) == text.index(" left.", at)


def test_the_person_who_met_a_group_is_the_speaker() -> None:
    body = (
        'Jane Roe met donors in Ohio on Monday, telling them "we will win this state and the next one too."'
    )
    assert speakers_in(body) == ["Jane Roe"]
    body = 'Tom Bell won voters over in Ohio, saying "we will win this state and the next one too."'
    assert speakers_in(body) == ["Tom Bell"]
