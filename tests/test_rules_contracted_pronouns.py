"""A pronoun with a verb contracted onto it (issue 15): "He’s", "She's", "They’ve" are the pronoun
as a subject, resolved as pronouns are, on sentences written for these tests. Read as one word,
"He’s" named no one and its quote had no speaker."""

from __future__ import annotations

from tests.article_reads import spoken

_OPENING = (
    "Oskar Brandt toured three factories in Lyon on Monday. "
    "\u201cWe will win this region,\u201d Brandt said at the last stop.\n\n"
)


def test_a_contracted_pronoun_opening_a_sentence_is_the_pronoun() -> None:
    body = _OPENING + "He\u2019s predicting he will do \u201cvery, very well\u201d in the next contest."
    assert spoken(body)[1] == ("very, very well", "Oskar Brandt")


def test_a_contracted_pronoun_before_its_cue_is_the_cues_subject() -> None:
    body = _OPENING + "She's said the race is \u201cnot over\u201d for her party, and he's said it too."
    body = body.replace("Oskar Brandt", "Ingrid Brandt")
    assert spoken(body)[1] == ("not over", "Ingrid Brandt")


def test_a_time_before_the_cue_is_not_the_reporting_subject() -> None:
    # (the pronoun read out of "he’d asked" is read as "he had asked" was)
    body = _OPENING + (
        "A supporter was charged with assault. Brandt at the time said he had asked his "
        "\u201cpeople\u201d to \u201clook into\u201d paying the fees."
    )
    assert spoken(body)[1:] == [("people", "Oskar Brandt"), ("look into", "Oskar Brandt")]
