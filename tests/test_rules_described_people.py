"""A definite description of the person just named ("Dana Whitfield said …. “…,” the Ohio senator
said") stands for that person where its role names no one: the most recent person, when they open
their sentence close by or are named in the description's paragraph; not a person the article titles
with another office ("Mayor Tom Brandt" is not "the Republican presidential candidate"), nor one of
the other sex, nor for a head that stands for someone beside the person ("the spokesman")."""

from __future__ import annotations

from tests.article_reads import speakers_and_mentions as _speakers

_HEADLINE = "Senate race heats up in Ohio\n\n"
_TAIL = "\n\nThe primary will be held in May, and early voting begins in April across the state."


def test_a_description_stands_for_the_person_who_opens_the_sentence_before() -> None:
    text = (
        _HEADLINE + "Dana Whitfield spoke to a crowd of farmers in Dayton on Tuesday afternoon.\n\n"
        "“We will fix the roads before winter comes,” the Ohio senator told the crowd." + _TAIL
    )
    assert ("Dana Whitfield", "the Ohio senator") in _speakers(text)


def test_not_a_person_titled_with_another_office_nor_a_head_beside_the_person() -> None:
    named = (
        _HEADLINE + "Dana Whitfield spoke to a crowd of farmers in Dayton on Tuesday afternoon.\n\n"
        "“We will fix the roads before winter comes,” the Republican presidential candidate told the "
        "crowd." + _TAIL
    )
    assert ("Dana Whitfield", "the Republican presidential candidate") in _speakers(named)
    titled = (
        _HEADLINE + "Dana Whitfield asked Mayor Tom Brandt to close the old bridge. Brandt closed it "
        "in April.\n\n"
        "“The bridge is a danger to every family in this town,” the Republican presidential candidate "
        "told the crowd." + _TAIL
    )
    assert (None, "the Republican presidential candidate") in _speakers(titled)
    beside = (
        _HEADLINE + "Dana Whitfield spoke to a crowd of farmers in Dayton on Tuesday afternoon.\n\n"
        "“We will fix the roads before winter comes,” the spokesman told the crowd." + _TAIL
    )
    assert (None, "the spokesman") in _speakers(beside)
