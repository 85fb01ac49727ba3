"""A short given name joins a long one beside the same surname ("Chris" of Christopher, Christine,
Kristen) only when nothing the articles say contradicts it: the pronoun after the name, a gendered
title, else each given name's own sex: text written for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Speaker
from corpus.quotes import find_quotes


def _speakers(*texts: str) -> list[Speaker]:
    articles = [article_from_text(f"{k}.txt", Path(f"{k}.txt"), t) for k, t in enumerate(texts)]
    return find_quotes(articles)[1]


_POLLSTER = (
    "Pollster Reads the Race\n\n"
    "Kristen Marlowe Vale, a Republican pollster, studied the numbers on Monday.\n\n"
    "“The race has tightened in the suburbs this month,” Kristen Marlowe Vale said.\n"
)


def test_a_short_name_the_article_calls_he_is_not_a_woman_s_long_name() -> None:
    other = (
        "Another Pollster Speaks\n\n"
        "Democratic pollster Chris Vale said he expects the gap to close by the fall.\n\n"
        "“Our voters are coming home after the primary,” Chris Vale said.\n"
    )
    # with nothing against it, a short name still joins its long one ("Jim" of James Ostrander)
    jim = (
        "Director Testifies\n\n"
        "The director spoke to the committee on Wednesday.\n\n"
        "“We followed the rules in every case,” Jim Ostrander said.\n"
    )
    james = (
        "Director Returns\n\n"
        "James Ostrander, the director, returned to the committee on Friday.\n\n"
        "“The review is finished and the report is public,” James Ostrander said.\n"
    )
    names = {s.name: s.quotes for s in _speakers(_POLLSTER, other, james, jim)}
    assert names == {"Kristen Marlowe Vale": 1, "Chris Vale": 1, "James Ostrander": 2}


def test_a_gendered_title_keeps_a_short_name_from_the_other_sex_s_long_name() -> None:
    titled = (
        "Council Votes\n\n"
        "Chris Vale spoke to the council on Tuesday, and Mr. Vale stayed for the vote.\n\n"
        "“We need the new school built before winter,” Chris Vale said.\n"
    )
    names = {s.name: s.quotes for s in _speakers(_POLLSTER, titled)}
    assert names == {"Kristen Marlowe Vale": 1, "Chris Vale": 1}


def test_a_short_name_of_one_sex_is_not_a_long_name_of_the_other() -> None:
    sam = (
        "Mayor Opens Bridge\n\n"
        "The bridge opened to traffic on Friday morning.\n\n"
        "“This bridge will carry the town for a century,” Sam Oduya said.\n"
    )
    samantha = (
        "School Board Meets\n\n"
        "The school board met on Thursday evening.\n\n"
        "“Our teachers deserve a raise this year,” Samantha Oduya said.\n"
    )
    names = {s.name: s.quotes for s in _speakers(sam, samantha)}
    assert names == {"Sam Oduya": 1, "Samantha Oduya": 1}
