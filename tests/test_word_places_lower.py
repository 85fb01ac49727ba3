"""``written_lower`` finds a word written on its own, as the word-boundary pattern it replaced did."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.quotes.word_places import written_lower


def _by_pattern(word: str, text: str) -> bool:
    return word.isalpha() and re.search(r"(?<![\w’'-])" + re.escape(word) + r"(?![\w’'-])", text) is not None


def test_a_word_inside_a_longer_one_is_not_written() -> None:
    text = "The game-changer, gamey games and ‘games’ of endgame: a game."
    assert written_lower("game", text)
    assert not written_lower("game", "The game-changer, gamey games and endgame_ ’game")
    assert not written_lower("mezcal", "Mezcal Soup, mezcal's cousin, mezcalero")
    assert written_lower("mezcal", "The Mezcal Soup (which has no mezcal)")
    assert not written_lower("a1", "a1 a1")  # only words of letters are asked about


_ALPHABET = st.sampled_from(list("gamez GAME-_’'.,(1é\n"))


@settings(max_examples=400, deadline=None)
@given(word=st.sampled_from(["game", "ga", "é", "mez", "g"]), text=st.text(_ALPHABET, max_size=40))
def test_the_same_answer_as_the_word_boundary_pattern(word: str, text: str) -> None:
    assert written_lower(word, text) == _by_pattern(word, text)


def test_a_long_text_read_through_its_index_gives_the_same_answers() -> None:
    # from 20,000 characters the text's words are indexed once; the joiners are still refused
    filler = "Plain words fill the page. " * 800
    for tail, word, expected in [
        (" the game-changer and endgame_", "game", False),
        (" it was a ‘game’ of chance", "game", False),
        (" a game, at last", "game", True),
    ]:
        text = filler + tail
        assert written_lower(word, text) is expected
        assert _by_pattern(word, text) is expected
