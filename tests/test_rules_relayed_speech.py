"""Words a sentence says it has from a relayer (`“…,” Roe said, according to Vance.`, `…, reports
the Ledger.`, `According to the Ledger, Roe praised …`) are the relayer's as the article gives them:
the relayer is the speaker, whoever it says first spoke the words. Where no relay is written, the
one who spoke is read as before (issue 15). On sentences written for these tests."""

from __future__ import annotations

from tests.quote_texts import speakers_in
from tests.test_rules_passive_cues import rules_mentions


def test_according_to_after_a_cue_clause_names_the_relayer() -> None:
    body = "“She will spend a fortune on the race,” Roe said, according to Marta Vance. He denied it."
    assert rules_mentions(body) == ["Marta Vance"]
    assert speakers_in(body) == ["Marta Vance"]
    unrelayed = "“She will spend a fortune on the race,” Roe said at the hall on Monday. Vance denied it."
    assert rules_mentions(unrelayed) == ["Roe"]


def test_an_account_relaying_the_words_is_their_source() -> None:
    body = "“We will not back down on the levy,” Roe said at the hall, according to an account by a clerk."
    assert rules_mentions(body) == ["an account"]  # the head of the phrase: "by a clerk" tells whose


def test_an_inverted_reports_names_the_outlet_relaying_the_words() -> None:
    body = (
        "“The plan shuts us out,” said Jon Roe, director of the guild, reports the Valley Ledger. Roe left."
    )
    assert rules_mentions(body) == ["the Valley Ledger"]
    # a report of the sentence before, not an inverted relay of this one
    other = "“The plan shuts us out,” Roe said. The move was first reported by the Valley Ledger on Monday."
    assert rules_mentions(other) == ["Roe"]


def test_a_sentence_opening_with_according_to_gives_every_quote_of_it_to_the_relayer() -> None:
    body = "According to the Valley Ledger, Mayor Jon Roe praised her “tireless work for the county.”"
    assert rules_mentions(body) == ["the Valley Ledger"]


def test_according_to_after_another_quote_relays_that_one() -> None:
    body = "“The levy is dead,” Roe said on Monday, and “no one will miss it,” according to Marta Vance."
    assert rules_mentions(body) == ["Roe", "Marta Vance"]


def test_an_aside_after_the_relayer_keeps_the_relay() -> None:
    said = "“I greeted him and nothing more,” the bishop told reporters"
    assert rules_mentions(f"{said}, according to the Valley Ledger, during a visit.") == ["the Valley Ledger"]
    # a clause of its own after "according to X," tells what X says, not who relays the quote
    assert rules_mentions(f"{said}, according to Vance, the visit was short.") == ["the bishop"]
    assert rules_mentions(f"{said}, adding that, according to Vance, it was short.") == ["the bishop"]


def test_a_relative_clause_closing_the_sentence_does_not_take_the_opening_relay() -> None:
    body = (
        "According to the Valley Ledger, Roe said “the dam will hold” at the plant, which he called “a fort.”"
    )
    assert rules_mentions(body) == ["the Valley Ledger", "the Valley Ledger"]
