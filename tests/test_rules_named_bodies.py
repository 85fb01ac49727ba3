"""A bare description of a body ("the agency", "the board", "the navy") stands for the body the
article named just before with that word, whether or not that name was a sentence's subject; a
description whose word no name holds stays no one's. Text written for the test."""

from __future__ import annotations

from corpus.quotes.named_bodies import body_named
from tests.article_reads import spoken


def test_the_agency_is_the_agency_named_before_though_no_subject_named_it() -> None:
    body = (
        "And the Nordic Maritime Safety Agency showed member states charts of the strait as far back "
        "as 2008.\n\n"
        "In a statement on Tuesday, the agency said the charts “remain accurate to the metre.”"
    )
    assert spoken(body) == [("remain accurate to the metre.", "Nordic Maritime Safety Agency")]


def test_a_board_named_with_what_it_is_of_and_a_nationality_s_navy() -> None:
    body = (
        "The Vermont Board of Canal Pilots ruled on Monday.\n\n"
        "“The licence stands,” the board said.\n\n"
        "The Danish navy said it had towed the barge to port.\n\n"
        "“Nobody was hurt on board,” the navy said."
    )
    assert spoken(body) == [
        ("The licence stands,", "Vermont Board of Canal Pilots"),
        ("Nobody was hurt on board,", "Danish navy"),
    ]
    # no name holds the word: no body named (the word alone, capitalised or not, is a description)
    text = "The Agency met. The agency said no. A news agency reported it."
    assert body_named(text, "agency", 0, len(text)) is None
