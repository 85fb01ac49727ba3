"""The name cleaner's searches of an article's text, made with ``str.find`` instead of a regex built
per word (whose compilation cost a sixth of the quote finder's time): they answer as the regexes
they replace, on the seed articles and on text written to catch their edges."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.quotes.word_places import (
    opens_a_line,
    written_after_capitalised,
    written_after_one_of,
    written_inside_a_sentence,
)

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
_PREPOSITIONS = frozenset(("to", "of", "in", "from", "for", "at"))
_DATELINE = re.compile(r"\b[ ,]*(?:[A-Z][\w.]*[ ,]*)?(?:—|–|-|\()")


def _after_capitalised(word: str, text: str) -> bool:
    return re.search(r"\b[A-Z][\w’'.-]*[\"”’]? " + re.escape(word) + r"\b", text) is not None


def _after_preposition(word: str, text: str) -> bool:
    return re.search(r"\b(?:to|of|in|from|for|at) +" + re.escape(word) + r"\b", text) is not None


def _inside(word: str, after: str, text: str) -> bool:
    return re.search(r"[\w,] +" + re.escape(word) + r" +" + re.escape(after), text) is not None


def _dateline(word: str, text: str) -> bool:
    return re.search(r"(?m)^\s*" + re.escape(word) + _DATELINE.pattern, text) is not None


EDGES = [
    # (text, word): a capital after a mark inside a word, a closing quote, a word ending in a
    # period or a mark, a line opened after blanks, a preposition inside a longer word
    ("said O’Neil Smith. Jean-luc Roe", "Smith"),
    ("the “Big” Roe and “Small” Roe", "Roe"),
    ('Mr. "Jones" Lee', "Lee"),
    ("into Paris, to  Paris, from_Paris", "Paris"),
    ("Sen. Roe’s aide Roe’s", "Roe’s"),
    ("and U.S. officials said", "U.S."),
    ("  \n  WASHINGTON, D.C. - The", "WASHINGTON"),
    ("x WASHINGTON - The\nSALEM (AP)", "SALEM"),
    ("Ask  Jane Doe, Jane  Doe", "Jane"),
    ("", "Roe"),
]


@pytest.mark.parametrize(("text", "word"), EDGES)
def test_edges_answer_as_the_regexes(text: str, word: str) -> None:
    assert written_after_capitalised(word, text) == _after_capitalised(word, text)
    assert written_after_one_of(word, _PREPOSITIONS, text) == _after_preposition(word, text)
    assert opens_a_line(word, text, _DATELINE) == _dateline(word, text)
    for after in ("Doe", "Smith", "Roe", "-"):
        assert written_inside_a_sentence(word, after, text) == _inside(word, after, text)


def test_edges_hold_both_answers() -> None:
    # the edges are worth something only if each search says yes somewhere and no somewhere
    for search in (_after_capitalised, _after_preposition, _dateline):
        answers = {search(word, text) for text, word in EDGES}
        assert answers == {True, False}, search.__name__


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_words_answer_as_the_regexes(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    words = sorted({w.strip(',;:“”"()') for w in text.split()} - {""})[:400]
    found = 0
    for word, after in zip(words, words[1:] + words[:1], strict=True):
        expected = _after_capitalised(word, text)
        found += expected
        assert written_after_capitalised(word, text) == expected, word
        assert written_after_one_of(word, _PREPOSITIONS, text) == _after_preposition(word, text), word
        assert written_inside_a_sentence(word, after, text) == _inside(word, after, text), word
        if word.isupper():
            assert opens_a_line(word, text, _DATELINE) == _dateline(word, text), word
    assert found > 0  # the seeds write names after capitalised words: the search says yes too
