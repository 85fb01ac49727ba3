"""A description heading a relative clause whose pronoun names the person ("A Brooklyn woman who
claims she had a “front-row seat” …"): the pronoun right after the clause's verb of saying is the
description's person, and where it resolves to a named person the speaker keeps that name; not
where the description's head is of the other sex ("a woman who says he …")."""

from __future__ import annotations

from tests.article_reads import speakers_and_mentions as _speakers


def test_a_description_keeps_the_name_its_relative_pronoun_resolves_to() -> None:
    text = (
        "Witness says the driver ran the light\n\n"
        "Maria Lopez says she saw the whole crash from her kitchen window on Elm Street.\n\n"
        "A Brooklyn woman who claims she had a “front-row seat” to the crash on Elm Street says the "
        "driver of the van ran the red light.\n\n"
        "The city council will meet on Monday to discuss a new traffic light at the corner."
    )
    assert ("Maria Lopez", "A Brooklyn woman") in _speakers(text)
    other = (  # "a woman who claims he …": he is someone else
        "Witness says the driver ran the light\n\n"
        "Mark Lopez drove the van down Elm Street on Friday night, the police said on Saturday.\n\n"
        "A Brooklyn woman who claims he had a “heavy foot” that night says the driver of the van ran "
        "the red light.\n\n"
        "The city council will meet on Monday to discuss a new traffic light at the corner."
    )
    assert _speakers(other) == [(None, "A Brooklyn woman")]
