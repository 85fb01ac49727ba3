"""A description before its cue is read from its determiner, through lower-case and capitalised
modifiers, to its head: "A longtime GOP data expert said" was the mention "expert", "The minority
leader told reporters" was "leader" (a mention cut short, whose holder a later pronoun or a name
titled elsewhere is then read against); a role before a name reads as before ("Clinton aide Nora Pike")."""

from __future__ import annotations

from tests.article_reads import quotes_and_speakers

_LEAD = "The county board met on Tuesday to vote on the new budget for the roads and the bridge.\n\n"


def _mentions(body: str) -> list[tuple[str | None, str | None]]:
    quotes, _ = quotes_and_speakers(_LEAD + body)
    return [(q.speaker, q.mention.text if q.mention else None) for q in quotes if q.kind != "term"]


def test_capitalised_modifiers_before_the_head_belong_to_the_description() -> None:
    body = (
        "A longtime GOP data expert said the mayor would “lose the county by a mile.”\n\n"
        "One former Ohio leadership aide called the plan “a disaster for the roads.”"
    )
    assert _mentions(body) == [
        (None, "A longtime GOP data expert"),
        (None, "One former Ohio leadership aide"),
    ]


def test_a_definite_description_read_whole_still_names_the_titled_holder() -> None:
    body = (
        "Senate Minority Leader Harry Reid spoke on Monday. The minority leader told reporters the "
        "plan was “a disaster for the roads.”\n\n"
        "A longtime aide said, “The county will pay for it.” Clinton aide Nora Pike said the vote was "
        "“a farce.”"
    )
    assert _mentions(body) == [
        ("Harry Reid", "The minority leader"),
        (None, "A longtime aide"),
        ("Nora Pike", "Clinton aide Nora Pike"),
    ]
