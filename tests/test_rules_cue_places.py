"""A cue beside a name read by hand (``cue_places``) answers as the two patterns holding the trie of
every cue word did, on invented text."""

from __future__ import annotations

import random
import re

import pytest

from corpus.quotes.cue_places import a_cue_after, a_cue_before
from corpus.quotes.lexicon import CUE_WORDS, trie_pattern
from corpus.quotes.name_evidence import name_evidence
from corpus.quotes.names import shipped_tables

_CUE = trie_pattern(sorted(CUE_WORDS))
_THEN_A_CUE = re.compile(
    r"(?:’s?|'s?)?(?:,[^,.\n]{1,80},| +(?:and|&) +[A-Z][\w’'-]*)? +(?:(?!(?:and|or|but|nor) )\w+ +)?"
    + _CUE
    + r"\b"
)
_A_CUE_BEFORE = re.compile(r"\b(?:" + _CUE + r"|according to) +(?:[A-Z][\w’'.-]* +){0,3}$")

_PIECES = [
    "said", " said", "  ", " ", "Roe", "’s", "'s", "’", "'", ", the host,", ",", ".", "\n", " and ",
    " & ", "Doe", "and", "or ", "but ", "pointed out", " out", "points", "hits back", "according to",
    "according", " to", "Rep.", "G.K.", "x", "X", "é", "_", "-", "told", "aide ", "saidX", "1",
    "y" * 79, "y" * 81, ", " + "z" * 78 + ",", "Said", "saying", " said\n",
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Roe said it.", 3, True),
        ("Roe’s aide said it.", 3, True),
        ("Roe, the host, said it.", 3, True),
        ("Roe and Doe added that.", 3, True),
        ("Roe  pointed out that.", 3, True),
        ("from Mexico and demands that", 11, False),  # a conjunction and the sentence's verb
        ("Roe saidX it.", 3, False),
        ("Roe sat down.", 3, False),
    ],
)
def test_a_cue_after_a_name(text: str, end: int, expected: bool) -> None:
    assert a_cue_after(text, end) is expected
    assert (_THEN_A_CUE.match(text, end) is not None) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was good, said Roe", True),
        ("It was good, said Rep. G.K. Roe", True),
        ("It was good, according to Acme Corp Roe", True),
        ("It was good, said One Two Three Four Roe", False),  # four capitalised words: too far
        ("It was good, resaid Roe", False),
        ("It was good, said the Roe", False),
    ],
)
def test_a_cue_before_a_name(text: str, expected: bool) -> None:
    end = len(text) - len("Roe")
    assert a_cue_before(text, 0, end) is expected
    assert (_A_CUE_BEFORE.search(text, 0, end) is not None) is expected


def test_both_agree_with_their_patterns_on_invented_text() -> None:
    rng = random.Random(11)
    for _ in range(30_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 10)))
        end = rng.randint(0, len(text))
        lo = rng.randint(0, end)
        assert a_cue_after(text, end) == (_THEN_A_CUE.match(text, end) is not None), (text, end)
        before = _A_CUE_BEFORE.search(text, lo, end) is not None
        assert a_cue_before(text, lo, end) == before, (text, lo, end)


def test_a_name_by_a_cue_is_evidence_of_a_speaker() -> None:
    tables = shipped_tables()
    text = "Quillon said the plan works. Later, said Marwick, it failed. Brennt sat down."
    assert "cue_subject" in set(name_evidence("Quillon", text, tables))
    assert "cue_subject" in set(name_evidence("Marwick", text, tables))
    assert "cue_subject" not in set(name_evidence("Brennt", text, tables))
