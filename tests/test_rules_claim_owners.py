"""The owner of a noun of saying whose "that" clause holds a quote said it (issue 15), on sentences
written for these tests: "Mayor Jane Roe's conclusion that the plan was “deeply flawed”", "a
fact-check on Senator Tom Beck's claim that …"; not where a cue inside the clause or before the
owner gives the words to someone else."""

from __future__ import annotations

from tests.article_reads import speakers_and_mentions


def test_two_quoted_words_in_a_conclusion_are_its_owners_not_a_term() -> None:
    body = (
        "The council met on Monday.\n\nThe plan's backers were stung by Mayor Jane Roe's conclusion that "
        "the plan was “deeply flawed.”"
    )
    assert speakers_and_mentions(body) == [("Jane Roe", "Mayor Jane Roe")]


def test_the_claims_owner_not_the_subject_who_checks_it() -> None:
    body = (
        "The race is close.\n\nFair Count seized on Senator Tom Beck's claim that there have been "
        "“thousands of lost jobs” in the county."
    )
    assert speakers_and_mentions(body) == [("Tom Beck", "Senator Tom Beck")]


def test_a_possessive_pronouns_claim_with_a_day_before_that() -> None:
    body = (
        "Governor Ann Pike spoke in Dover.\n\nAfter the debate, Pike's rivals seized on her assertion on "
        "Monday that the state “has never been safer than it is today.”"
    )
    assert speakers_and_mentions(body) == [("Ann Pike", "her")]


def test_a_cue_in_the_clause_or_before_the_owner_keeps_its_subject() -> None:
    owned = "The race is close.\n\nFair Count seized on Senator Tom Beck's claim that the plan was “a sham.”"
    assert speakers_and_mentions(owned) == [("Tom Beck", "Senator Tom Beck")]
    inside = (
        "The race is close.\n\nVoters have not forgotten Senator Tom Beck's claim that Mayor Jane Roe said "
        "the plan was “a gift to the banks and nothing else.”"
    )
    assert speakers_and_mentions(inside) == [("Jane Roe", "Mayor Jane Roe")]
    before = (
        "The race is close.\n\nA spokeswoman for the mayor, Lisa Grant, said Thursday that Senator Tom "
        "Beck's claim that the plan failed is “simply not true, and he knows it.”"
    )
    assert speakers_and_mentions(before) == [("Lisa Grant", "Lisa Grant")]
