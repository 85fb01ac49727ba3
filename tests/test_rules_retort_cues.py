"""A reply or an interruption written as a verb and a particle (issue 15): "shot back", "fired
back", "chimed in", "interjected" are the cue of the words after them, on sentences written for
these tests. The one answered, the subject of the cue before, is not the speaker."""

from __future__ import annotations

from tests.article_reads import spoken


def test_shot_back_gives_the_answer_to_the_one_who_answered() -> None:
    body = (
        "The debate turned sharp in its second hour.\n\n"
        "After Maria Lindqvist criticized the tax plan during the debate, Oskar Brandt shot back, "
        "\u201cI could have stayed quiet, but I chose to defend the budget.\u201d"
    )
    assert spoken(body) == [("I could have stayed quiet, but I chose to defend the budget.", "Oskar Brandt")]


def test_interjected_before_a_colon_is_a_cue() -> None:
    body = (
        "The two candidates clashed over the banks.\n\n"
        "Lindqvist said experts had judged her proposals strong, to which Brandt interjected: "
        "\u201cThat is just not true.\u201d"
    )
    assert spoken(body) == [("That is just not true.", "Brandt")]


def test_fired_back_after_a_question_names_the_one_who_replied() -> None:
    body = (
        "The chairman opened the hearing at noon.\n\n"
        "When Maria Lindqvist suggested the port would sue the city, Oskar Brandt fired back "
        "forcefully: \u201cIf they sue us in our own court, they are going to lose.\u201d"
    )
    assert spoken(body) == [("If they sue us in our own court, they are going to lose.", "Oskar Brandt")]
