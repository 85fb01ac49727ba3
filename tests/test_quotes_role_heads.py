"""A role noun before a name ("front-runner", "mogul", "neurosurgeon") belongs to the speaker's
role; the name after it is the speaker, and a later pronoun stands for that person."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.quotes.after_cue import ROLE_HEADS, VERBS, phrase_after
from tests.quote_texts import speakers_in


def speakers(body: str) -> list[str | None]:
    return speakers_in(body, "Debate night")


def test_the_name_after_a_learned_role_noun_is_the_speaker() -> None:
    found = speakers("“We will win this state by a lot,” said GOP front-runner Jane Roe at the rally.")
    assert found == ["Jane Roe"]


def test_a_pronoun_stands_for_the_subject_named_after_a_role_noun() -> None:
    found = speakers(
        "Democratic presidential front-runner Mary Major stretched the truth during the debate.\n\n"
        "“The plan pays for itself within ten years,” she said."
    )
    assert found == ["Mary Major"]


def test_a_modifier_and_a_role_after_a_role_word_make_one_role() -> None:
    phrase = phrase_after("Roe’s top foreign policy aide John Doe said", 0, 44)
    assert phrase is not None and (phrase.name, phrase.role) == ("John Doe", "Roe’s top foreign policy aide")


def test_a_verb_between_two_names_is_no_role() -> None:
    phrase = phrase_after("Roe beat rival John Doe in the primary", 0, 38)
    assert phrase is not None and phrase.name == "Roe"


def test_the_learned_words_are_nouns_not_verbs_or_function_words() -> None:
    shipped = json.loads(
        (Path(__file__).parents[1] / "corpus" / "quotes" / "role_heads.json").read_text(encoding="utf-8")
    )
    assert set(shipped["words"]) == ROLE_HEADS and "front-runner" in ROLE_HEADS
    assert ROLE_HEADS.isdisjoint({"told", "said", "beat", "against", "with", "and", "shows", "especially"})


def test_a_role_between_a_place_and_a_full_name_goes_to_the_name() -> None:
    found = speakers(
        "“The bridge has to be rebuilt before winter,” said Millbrook resident Jane Roe.\n\n"
        "“We cannot wait for the state,” said Harlow County road-maintenance supervisor John Doe, who "
        "has run the crews for a decade.\n\n"
        "“It was close,” said Ashford College political scientist Mary Major."
    )
    assert found == ["Jane Roe", "John Doe", "Mary Major"]


def test_a_role_after_a_lower_case_word_and_a_name_goes_on_to_the_person() -> None:
    found = speakers("“Work hard and stay humble,” said former TV network anchor Mary Major at the ceremony.")
    assert found == ["Mary Major"]


def test_a_verb_the_data_knows_between_two_names_is_no_role() -> None:
    # "beat" is a verb in PolNeAR train's text, and the capitalised word before it is the subject
    assert "beat" in VERBS and "resident" not in VERBS
    phrase = phrase_after("Roe beat challenger John Doe in the primary", 0, 43)
    assert phrase is not None and phrase.name == "Roe"


def test_a_time_word_is_no_role() -> None:
    phrase = phrase_after("Roe Tuesday night John Doe", 0, 26)
    assert phrase is None or phrase.name != "John Doe"
