"""A name inside a description of an unnamed person ("one Obama insider", "the Lopez supporter", "One
Garza confidant said") is that person's side, not the speaker: the mention is the whole description
and no one is named, whichever reader found it (the cue's subject, the ranker's choice, a noun of
saying's object); a name after the noun is still the speaker ("the Lopez campaign spokesman Omar
Reyes")."""

from __future__ import annotations

from tests.article_reads import quotes_and_speakers

_LEAD = "The county board met on Tuesday to vote on the new budget for the roads and the bridge.\n\n"


def _mentions(body: str) -> list[tuple[str | None, str | None]]:
    quotes, _ = quotes_and_speakers(_LEAD + body)
    return [(q.speaker, q.mention.text if q.mention else None) for q in quotes if q.kind != "term"]


def test_a_name_before_a_noun_of_people_after_a_determiner_names_no_one() -> None:
    body = (
        "Mayor Ana Garza spoke first. At the hall on Monday, the Garza supporter retorted: "
        "“There is no money left for the roads, and everyone here knows it.”"
    )
    assert _mentions(body) == [(None, "the Garza supporter")]


def test_a_capitalised_determiner_opening_the_sentence_is_the_descriptions() -> None:
    body = (
        "Mayor Ana Garza has lost the vote on the bridge twice this year.\n\n"
        "One Garza confidant said, “She will try a third time before the summer is out.”"
    )
    assert _mentions(body) == [(None, "One Garza confidant")]


def test_the_noun_after_an_inverted_cue_ends_the_description() -> None:
    body = (
        "Mayor Ana Garza has lost the vote on the bridge twice this year.\n\n"
        "“She will try a third time before the summer is out,” said one Garza confidant."
    )
    assert _mentions(body) == [(None, "one Garza confidant")]


def test_adjectives_between_the_determiner_and_the_name_belong_to_the_description() -> None:
    body = (
        "Mayor Ana Garza has lost the vote on the bridge twice this year.\n\n"
        "“We should have counted the votes before the meeting,” said a longtime Garza ally.\n\n"
        "A longtime Garza ally told reporters the mayor was “too tired to fight.”"
    )
    assert _mentions(body) == [(None, "a longtime Garza ally"), (None, "A longtime Garza ally")]


def test_a_name_after_the_noun_is_still_the_speaker() -> None:
    body = (
        "At the hall on Monday, the Garza supporter retorted: “There is no money left for the roads.”\n\n"
        "“We will win the county,” said the Lopez campaign spokesman Omar Reyes.\n\n"
        "“The council will vote again,” said Garza aide Nora Pike."
    )
    assert _mentions(body) == [
        (None, "the Garza supporter"),
        ("Omar Reyes", "the Lopez campaign spokesman Omar Reyes"),
        ("Nora Pike", "Garza aide Nora Pike"),
    ]
