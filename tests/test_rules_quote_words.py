"""The quote-word traits ``train/quote_word_features.py`` tries as ranker features
(``train/quote_word_reading.py``), read on invented text as the experiment reads PolNeAR: a
candidate named inside the quote, a name the quote addresses, the quote's person against a group or
a person, the sex of its third-person pronouns against the candidate's."""

from __future__ import annotations

from train.quote_word_reading import read_quote, sex_of, traits_of


def _quote(text: str) -> tuple[int, int]:
    start = text.index("“") + 1
    return start, text.index("”", start)


def _traits(text: str, mention: str, kind: str, organisation: bool = False) -> list[str]:
    at = text.index(mention)
    return traits_of(read_quote(text, *_quote(text)), text, at, at + len(mention), kind, organisation)


def test_a_name_inside_the_quote_is_read_for_that_candidate_only() -> None:
    text = "“Roe’s plan is wrong,” Jane Doe said, and Mark Roe left."
    assert "named_in_quote" in _traits(text, "Mark Roe", "name")
    assert "named_in_quote" not in _traits(text, "Jane Doe", "name")


def test_a_name_addressed_at_the_start_or_the_end_of_the_quote() -> None:
    opening = "“Senator Roe, you are wrong,” Doe said to Ann Roe."
    closing = "“You are wrong, Mr. Roe!” Doe told Ann Roe."
    fronted = "“Today, we vote,” Doe said to Ann Roe at Today Hall."
    assert "addressed_in_quote" in _traits(opening, "Ann Roe", "name")
    assert "addressed_in_quote" in _traits(closing, "Ann Roe", "name")
    assert "addressed_in_quote" not in _traits(fronted, "Today Hall", "name")


def test_the_quote_s_person_against_a_group_and_a_person() -> None:
    plural = "“We will not stop,” the union said, and Ann Roe agreed."
    singular = "“I will not stop,” the union said."
    assert "we_quote&group" in _traits(plural, "the union", "group")
    assert "we_quote&person" in _traits(plural, "Ann Roe", "name")
    assert "i_quote&group" in _traits(singular, "the union", "description", organisation=True)


def test_the_sex_of_the_quote_s_third_person_against_the_candidate_s() -> None:
    text = "“She lied to us,” Mark Doe said of Ms. Roe."
    assert sex_of(text, text.index("Mark Doe"), text.index("Mark Doe") + 8, "name") == "he"
    assert sex_of(text, text.index("Roe"), text.index("Roe") + 3, "name") == "she"
    assert "quote_third_other_sex" in _traits(text, "Mark Doe", "name")
    assert "quote_third_same_sex" in _traits(text, "Roe", "name")
