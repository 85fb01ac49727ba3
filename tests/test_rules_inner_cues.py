"""A cue inside an aside set off between a name and its own cue ("Jon Berg, who was in Oslo when
Anna Lund announced the cuts, said …") is not the quote's: the name before the aside is the
speaker. Text written for the test."""

from __future__ import annotations

from tests.article_reads import names_read


def test_the_subject_before_an_aside_holding_another_cue_says_the_quote() -> None:
    text = (
        "Talks resume in Brussels\n\n"
        "The defence minister, Jon Berg, who was in Oslo when Anna Lund announced the cuts, said "
        "the plan was “not enough” for the navy."
    )
    assert names_read(text) == ["Jon Berg"]


def test_a_cue_with_no_aside_before_it_keeps_its_own_subject() -> None:
    text = (
        "Talks resume in Brussels\n\n"
        "Jon Berg was in Oslo when Anna Lund announced the cuts and said the plan was “not enough.”"
    )
    assert names_read(text) == ["Anna Lund"]
