"""A relative "who" stands for the name right before it, not for the sentence's subject nor the
article's last speaker ("The plan drew fire from Ana Pereira, who described it as “…”": Ana
Pereira's words), also across an appositive or an age; a place closing "of Madison, Alabama, who"
is no one it stands for (:mod:`corpus.quotes.relative_antecedents`)."""

from __future__ import annotations

from tests.article_reads import speakers_and_mentions as _speakers

_OPENING = (
    "Senators argue over the budget\n\n"
    "Ruth Calder is winning applause as she keeps talking about “the power of working together” on the "
    "campaign trail this week.\n\n"
)


def test_who_after_a_preposition_s_object_stands_for_that_name() -> None:
    text = _OPENING + (
        "The new tax plan drew fire from Ana Pereira, who described it as “a gift to the richest "
        "families in the state.”\n\nThe vote comes next week."
    )
    assert ("Ana Pereira", "who") in _speakers(text)


def test_who_after_an_appositive_stands_for_the_name_before_it() -> None:
    text = _OPENING + (
        "The critics point to a study written by Dr. Tomas Heller, a longtime budget analyst, who wrote "
        "that the plan would be “a disaster for the smaller towns.”\n\nThe vote comes next week."
    )
    assert ("Tomas Heller", "who") in _speakers(text)
    # a place closing "of Madison, Alabama," is no one the relative stands for
    placed = _OPENING + (
        "The crowd cheered Donald Hartley of Madison, Alabama, who called the plan “a fair deal.”\n\n"
        "The vote comes next week."
    )
    relatives = [speaker for speaker, mention in _speakers(placed) if mention == "who"]
    assert relatives and all(speaker not in ("Alabama", "Ruth Calder") for speaker in relatives)


def test_who_after_an_age_stands_for_the_name() -> None:
    text = _OPENING + (
        "The plan drew fire from Tariq Osman, 61, who called it “a slap in the face” on Friday.\n\n"
        "The vote comes next week."
    )
    assert ("Tariq Osman", "who") in _speakers(text)
