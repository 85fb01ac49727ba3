"""The subject of an inverted cue closing a sentence is the name after the cue, not a name before
its comma (a preposition's or a verb's object): "“…” for Vance, said Priya Kunin. “…,” she said."
goes on with Kunin (issue 15, :class:`corpus.quotes.subjects.Subjects`); a place opening a sentence
is not the "he" inside it ("South Carolina, he said, was …"). On sentences written for these tests.
"""

from __future__ import annotations

from tests.quote_texts import speakers_in


def test_she_after_an_inverted_cue_is_the_name_after_the_cue() -> None:
    body = (
        "Ana Vance ran for governor in 2014.\n\n"
        "“This will be a hard race” for Vance, said Priya Kunin. “She can never win the north,” she said."
    )
    assert speakers_in(body) == ["Priya Kunin", "Priya Kunin"]
    # before a cue that is not inverted (no name after it), the subject before it stays
    body = (
        "Ana Vance ran for governor in 2014.\n\n"
        "Priya Kunin backed her, Vance said on Monday. “She can never win the north,” she said."
    )
    assert speakers_in(body) == ["Ana Vance"]


def test_a_place_opening_the_sentence_is_not_the_he_inside_it() -> None:
    body = (
        "Dan Tripp runs the group’s office in Columbia.\n\n"
        "“We will win,” Tripp said. South Carolina, he said, was “where we have a real chance.”"
    )
    assert speakers_in(body) == ["Dan Tripp", "Dan Tripp"]
