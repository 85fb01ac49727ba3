"""A quote's words as statement groups read them (``statements.said_and_words``): one pass over the
text gives what two passes gave (the words joined, lowered as a text; the set of words, each lowered
on its own, less stop words) wherever the two lowerings agree, and nothing is guessed where they may
not ("İ" lowers to two characters, a Greek sigma by its neighbours)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from corpus.quotes.lexicon import STATEMENT_STOP_WORDS
from corpus.quotes.statements import said_and_words

_WORD = re.compile(r"\w+")


def _said(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text)) - STATEMENT_STOP_WORDS


NEWS_PIECES = [*"AaBbZz09 _-.,'\"’‘“”–—…\u00a0\n", "The ", " and ", "We ", "Said "]
"""Letters, digits and the marks news text quotes with, and some stop words."""
OTHER_PIECES = [*"AaZz ’.", "İ", "Σ", "ΟΔΟΣ ", "ß", "ﬁ", "É", "\u0307", "\u212a", "ǅ"]
"""Characters whose lower case may differ in a word and in a text (or be no single letter)."""
news_text = st.lists(st.sampled_from(NEWS_PIECES), max_size=40).map("".join)
any_text = st.lists(st.sampled_from(OTHER_PIECES), max_size=30).map("".join)


@given(news_text)
def test_news_text_is_read_in_one_pass_as_in_two(text: str) -> None:
    said, words = said_and_words(text)
    assert said == _said(text)
    assert words == _words(text)


@given(any_text)
def test_other_text_gives_the_same_or_leaves_the_words_to_be_read_apart(text: str) -> None:
    said, words = said_and_words(text)
    assert said == _said(text)
    assert words is None or words == _words(text)


def test_a_dotted_capital_i_is_read_apart_and_curly_marks_are_not() -> None:
    assert said_and_words("İstanbul, Roe said")[1] is None
    assert _WORD.findall("İstanbul".lower()) == ["i", "stanbul"]  # why: lowered as a text it splits
    said, words = said_and_words("Roe’s “Build it” — now…")
    assert said == "roe s build it now"
    assert words == frozenset({"roe", "s", "build", "it", "now"}) - STATEMENT_STOP_WORDS
