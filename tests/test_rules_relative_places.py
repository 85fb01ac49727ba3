"""A relative "who" after a town and its state ("Lena Marsh of Dayton, Ohio, who", "Omar Reyes, 52,
a welder from Gary, Indiana, who") stands for the person the town is said of, not for the state
right before it nor for whoever spoke last (:mod:`corpus.quotes.relative_antecedents`)."""

from __future__ import annotations

from tests.article_reads import speakers_and_mentions as _speakers

_OPENING = (
    "Voters weigh the new budget\n\n"
    "Ruth Calder is winning applause as she keeps talking about “the power of working together” on the "
    "campaign trail this week.\n\n"
)


def test_who_after_of_a_town_and_state_stands_for_the_person() -> None:
    text = _OPENING + (
        "The crowd cheered Lena Marsh of Dayton, Ohio, who called the plan “a fair deal for the "
        "smaller towns.”\n\nThe vote comes next week."
    )
    assert ("Lena Marsh", "who") in _speakers(text)
    # a description with no name before the town: no one's name is reached, nor the town's
    nameless = _OPENING + (
        "The plan drew fire from a teacher at a charter school in Toledo, Ohio, who said it was “a "
        "slap in the face of every teacher.”\n\nThe vote comes next week."
    )
    assert all(speaker not in ("Ohio", "Toledo") for speaker, _ in _speakers(nameless))


def test_who_after_a_description_from_a_town_and_state_stands_for_the_person() -> None:
    text = _OPENING + (
        "The plan drew fire from Omar Reyes, 52, a welder from Gary, Ind., who said it was “a slap "
        "in the face of every worker.”\n\nThe vote comes next week."
    )
    assert "Omar Reyes" in [speaker for speaker, _ in _speakers(text)][1:]
