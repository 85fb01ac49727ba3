"""A sentence's subject after a long opening phrase with an aside in parentheses, and a role of two
jobs ("co-founder and CEO") before a name: the person a later "he" stands for. Text written for the
test."""

from __future__ import annotations

from corpus.quotes.openings import skip_adverbial
from corpus.quotes.phrases import phrase_after
from tests.article_reads import names_read


def test_a_long_participial_opening_with_a_parenthetical_aside_is_stepped_over() -> None:
    text = (
        "Speaking at a trade fair this week in his first interview since taking the firm public and "
        "becoming rich (on paper, at least), Acme's chief executive Jon Berg pointed to the market."
    )
    assert text[skip_adverbial(text, 0, len(text)) :].startswith("Acme's chief executive Jon Berg")


def test_two_jobs_joined_by_and_before_a_name_are_its_role() -> None:
    text = "Acme's co-founder and CEO Jon Berg pointed to the market."
    phrase = phrase_after(text, 0, len(text))
    assert phrase is not None
    assert (phrase.name, phrase.role) == ("Jon Berg", "Acme's co-founder and CEO")


def test_he_stands_for_the_subject_after_a_long_opening() -> None:
    text = (
        "Talks resume in Brussels\n\n"
        "Speaking at a trade fair this week in his first interview since taking the firm public and "
        "becoming rich (on paper, at least), Acme's co-founder and CEO Jon Berg pointed to the market. "
        "“There is too much doubt about the plan,” he said."
    )
    assert names_read(text) == ["Jon Berg"]


def test_an_opening_clause_holding_a_title_s_period_is_stepped_over() -> None:
    text = "As he held out the prospect of a deal with Mr. Lund, Mr. Berg repeated his threat."
    assert text[skip_adverbial(text, 0, len(text)) :].startswith("Mr. Berg repeated")
    text = (
        "Talks resume in Brussels\n\n"
        "As he held out the prospect of a deal with Mr. Lund, Mr. Jon Berg repeated his threat. "
        "“I will leave the table,” he said."
    )
    assert names_read(text) == ["Jon Berg"]
