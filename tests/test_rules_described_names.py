"""A name an article introduces with a description noun before it ("trade publication Variety") is a
name though it is an ordinary word too; "the paper", "the network" stand for the outlet named just
before. Text written for the test."""

from __future__ import annotations

from tests.article_reads import spoken


def test_an_ordinary_word_after_a_description_noun_is_a_name() -> None:
    assert spoken("“The film will open in May,” trade publication Variety reported.") == [
        ("The film will open in May,", "Variety")
    ]
    # the word alone, with no description, stays no one's name
    assert spoken("“The film will open in May,” Variety reported.") == [("The film will open in May,", None)]


def test_the_paper_and_the_network_are_the_outlets_named_before() -> None:
    assert spoken(
        "Centre-left daily Kalimera warned of unrest on Monday.\n\n"
        "“If nothing is done, the anger will sweep everything away,” the paper said."
    ) == [("If nothing is done, the anger will sweep everything away,", "Kalimera")]
    assert spoken(
        "Harbor News Network pushed back after the senator blamed the network. In a statement, the "
        "network said the claim was “false from start to finish.”"
    ) == [("false from start to finish.", "Harbor News Network")]
    # a paper no outlet's name stands before is no one named
    assert spoken(
        "A paper published on Monday found the drug works. “The effect is large,” the paper said."
    ) == [("The effect is large,", None)]
