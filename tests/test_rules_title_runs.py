"""The sex a gendered title gives a surname ("Mr. Roe", "Ms. Jane Roe") is read from each article's
titles, found once, and the words after each: no pattern compiled per surname asked about. The
titles counted are those the one regex per surname counted: each title before the surname with up to
two capitalised words between, left to right, none inside another's match."""

from __future__ import annotations

import re
from pathlib import Path
from unittest import mock

from corpus.model import Article
from corpus.quotes import sighting_genders
from corpus.quotes.sighting_genders import ArticleGenders


def _article(name: str, text: str) -> Article:
    return Article(name=name, path=Path("/nowhere") / name, text=text)


def _genders(*texts: str) -> ArticleGenders:
    return ArticleGenders([_article(f"a{n}.txt", text) for n, text in enumerate(texts)])


def _no_pattern_per_surname() -> mock._patch[mock.MagicMock]:
    return mock.patch.object(
        sighting_genders.re, "finditer", side_effect=AssertionError("compiled per surname")
    )


def test_a_title_before_the_surname_says_the_sex() -> None:
    genders = _genders(
        "The mayor, Ms. Dana Pellworth, opened the bridge. Ms. Pellworth thanked the crews.",
        "Mr. Tomas Evring runs the bakery; Mr. Evring said the ferry matters.",
        "Pellworth and Evring were both there, with no title given.",
    )
    with _no_pattern_per_surname():
        assert genders.of("a0.txt", "Dana Pellworth") == "she"
        assert genders.of("a1.txt", "Tomas Evring") == "he"
        assert genders.of("a2.txt", "Pellworth") is None
    pronoun_only = _genders("Ilse Marwick said she would stay. The engineer left at noon.")
    with _no_pattern_per_surname():
        assert pronoun_only.of("a0.txt", "Ilse Marwick") == "she"


def test_up_to_two_capitalised_words_between_and_whole_surnames_only() -> None:
    genders = _genders(
        "Mrs. Ada Jo Marwick spoke. Miss Marwickson did not. Mr. A B C Marwick neither.",
        "Mr. Marwick-Lee spoke first, then Ms. Marwick.",
    )
    with _no_pattern_per_surname():
        assert (
            genders.of("a0.txt", "Ada Marwick") == "she"
        )  # one "Mrs." only: the rest too far or another name
        assert genders.of("a1.txt", "Jo Marwick") == "she"  # "Marwick-Lee" is no "Marwick"


def test_titles_are_counted_without_overlaps_as_the_regex_counted_them() -> None:
    # "Mr. Miss Roe": one match from "Mr." (with "Miss" as a word between): the "Miss" inside it
    # opens none of its own, so the article says "he" once, not "he" and "she"
    text = "Mr. Miss Roe arrived. Later Mr. Roe left."
    genders = _genders(text)
    with _no_pattern_per_surname():
        assert genders.of("a0.txt", "Jo Roe") == "he"
    titled = r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w’'-]*\s+){0,2}Roe\b"
    assert [m.group(1) for m in re.finditer(titled, text)] == ["Mr", "Mr"]


def test_a_title_counts_only_as_a_word_of_its_own() -> None:
    # read as the pattern opening with a word boundary read them: not inside a longer word ("HMs.",
    # a ship's prefix run into it), at the very start of a text, and after a hyphen or a quote mark
    genders = _genders(
        "The ferry HMs. Roe docked at noon.",
        "Mr. Roe spoke first.",
        "The ex-Mrs. Roe declined to comment.",
        "“Ms. Roe,” the clerk called.",
        "Mister Roe and Mrsolo Roe waved.",
    )
    with _no_pattern_per_surname():
        assert genders.of("a0.txt", "Roe") is None
        assert genders.of("a1.txt", "Roe") == "he"
        assert genders.of("a2.txt", "Roe") == "she"
        assert genders.of("a3.txt", "Roe") == "she"
        assert genders.of("a4.txt", "Roe") is None
