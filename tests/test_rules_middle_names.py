"""A lone surname is a person's where the article writes it after a given name and a middle name
that is no given name of one sex ("Hillary Rodham Clinton", "Deborah Jordan Reynolds") or one of the
given name's sex ("Norbert Leo Butz"): a later "he" or "she" stands for it, not for someone named
before it (issue 15, :class:`corpus.quotes.subjects.Subjects`). On sentences written for these tests.
"""

from __future__ import annotations

from tests.quote_texts import speakers_in


def test_a_surname_after_a_given_and_a_middle_name_is_a_person() -> None:
    body = (
        "Elvis Costello praised the tenor Norbert Rodham Okonkwo on Friday.\n\n"
        "Okonkwo worked on the songs for a year. “I wanted something new,” he said."
    )
    assert speakers_in(body) == ["Norbert Rodham Okonkwo"]


def test_a_middle_given_name_of_the_same_sex_is_a_middle_name() -> None:
    # "Leo" is a given name itself, of the same sex as "Norbert": a middle name, one person
    body = (
        "Elvis Costello praised the tenor Norbert Leo Okonkwo on Friday.\n\n"
        "Okonkwo worked on the songs for a year. “I wanted something new,” he said."
    )
    assert speakers_in(body) == ["Norbert Leo Okonkwo"]


def test_a_middle_given_name_of_the_other_sex_is_no_middle_name() -> None:
    # "Margaret Daniel Okonkwo" in a caption with no comma: two people's names run together, so
    # "Okonkwo" is no person of its own here and the "he" is the singer named before
    body = (
        "Elvis Costello sang at the gala on Friday. Pictured: Margaret Daniel Okonkwo.\n\n"
        "Okonkwo hosted the evening. “I wanted something new,” he said."
    )
    assert speakers_in(body) == ["Elvis Costello"]
