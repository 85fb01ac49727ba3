"""``places_as_a_word`` finds a name where the ``\\b name \\b`` pattern it replaced did: names with
periods, apostrophes and spaces in them, words inside longer words, overlapping writings."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.quotes.word_places import places_as_a_word


def _by_pattern(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\b" + re.escape(word) + r"\b", text)]


def test_a_name_is_found_where_it_stands_as_words() -> None:
    text = "Jane Roe said. Roe’s aide, Roebuck and Roe_2 did not; Jr. Roe Jr. spoke."
    assert places_as_a_word(text, "Roe") == [5, 15, 58]
    assert places_as_a_word(text, "Jane Roe") == [0]
    # a name that ends in a period ends no word: \b then wants a word character after it
    assert places_as_a_word(text, "Roe Jr.") == []
    assert places_as_a_word(text + "x", "spoke.") == [text.index("spoke.")]


_ALPHABET = st.sampled_from(list("aAb _.-’'é1\n"))


@settings(max_examples=500, deadline=None)
@given(word=st.text(_ALPHABET, min_size=1, max_size=4), text=st.text(_ALPHABET, max_size=40))
def test_the_same_places_as_the_word_boundary_pattern(word: str, text: str) -> None:
    assert places_as_a_word(text, word) == _by_pattern(text, word)


@settings(max_examples=60, deadline=None)
@given(word=st.text(_ALPHABET, min_size=1, max_size=3), text=st.text(_ALPHABET, min_size=1, max_size=30))
def test_a_long_text_read_through_its_index_gives_the_same_places(word: str, text: str) -> None:
    long_text = text * (20_000 // len(text) + 1)  # from 20,000 characters its words are indexed
    assert places_as_a_word(long_text, word) == _by_pattern(long_text, word)
