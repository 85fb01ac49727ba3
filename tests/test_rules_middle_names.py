"""A lone surname is a person's where the article writes it after a given name and a middle name
that is no given name of one sex ("Hillary Rodham Clinton", "Deborah Jordan Reynolds"): a later "he"
or "she" stands for it, not for someone named before it (issue 15,
:class:`corpus.quotes.subjects.Subjects`). On sentences written for these tests.
"""

from __future__ import annotations

from tests.quote_texts import speakers_in


def test_a_surname_after_a_given_and_a_middle_name_is_a_person() -> None:
    body = (
        "Elvis Costello praised the tenor Norbert Rodham Okonkwo on Friday.\n\n"
        "Okonkwo worked on the songs for a year. “I wanted something new,” he said."
    )
    assert speakers_in(body) == ["Norbert Rodham Okonkwo"]
