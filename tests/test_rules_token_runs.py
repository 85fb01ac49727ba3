"""Tokens listed in a stretch and read on from those already listed (``token_runs``), the stretch
memo's blank margins, and the phrase after a cue ended at its first token where nothing after it can
make one (``after_cue``): each the same as the longer reading it replaces, on invented text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.quotes.after_cue import TOKEN, opens_no_phrase, phrase_after
from corpus.quotes.stretch_memo import MARGIN, blank_beside
from corpus.quotes.token_runs import tokens_in, tokens_on

_PIECES = st.sampled_from(
    [
        *"aZé ,.;:“”\"'’-–—()[]/0\n\t",
        "the ",
        "a ",
        "Jane Roe",
        "spokesman ",
        "of ",
        "in ",
        "that ",
        "ß",
        "Łódź",
    ]
)
_TEXT = st.lists(_PIECES, max_size=40).map("".join)


def _scan(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m[0]) for m in TOKEN().finditer(text, lo, hi)]


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 40), st.integers(1, 8), st.integers(1, 14))
def test_tokens_read_on_are_those_a_fresh_scan_gives(text: str, at: int, read: int, count: int) -> None:
    lo = min(at, len(text))
    fresh = _scan(text, lo, len(text))
    if not fresh:
        return
    assert tokens_on(TOKEN(), text, fresh[:read], len(text), count) == fresh[:count]


@settings(max_examples=500, deadline=None)
@given(_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_tokens_listed_in_a_stretch_are_those_a_scan_finds(text: str, at: int, span: int) -> None:
    lo = min(at, len(text))
    hi = min(len(text), lo + span)
    assert tokens_in(text, lo, hi) == _scan(text, lo, hi)


def test_tokens_listed_keep_their_places_across_runs_of_blanks() -> None:
    text = "“We will,” the  mayor’s\u00a0aide (a former  judge)\n\tsaid   of the plan, \t "
    listed = tokens_in(text, 0, len(text))
    assert [t[2] for t in listed][:6] == ["“", "We", "will", ",", "”", "the"]
    assert ("(a former  judge)", text.index("("), text.index(")") + 1) == (
        listed[8][2],
        listed[8][0],
        listed[8][1],
    )
    assert all(text[a:b] == token for a, b, token in listed)
    assert listed[-1][2] == ","  # the blanks after the last token end no token
    cut = text.index("aide") + 2
    assert tokens_in(text, 0, cut)[-1] == (cut - 2, cut, "ai")  # the bound cuts the word


def test_tokens_read_on_stop_at_the_bound() -> None:
    text = "said the longtime spokesman of the city council, Jane Roe-Smith’s aide"
    hi = text.index(" council")
    fresh = _scan(text, 5, hi)
    assert tokens_on(TOKEN(), text, fresh[:2], hi, 12) == fresh  # fewer than asked: the bound
    assert fresh[-1][2] == "city"
    assert tokens_on(re.compile(r"\w+"), text, [(0, 4, "said")], len(text), 3) == [
        (0, 4, "said"),
        (5, 8, "the"),
        (9, 17, "longtime"),
    ]


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 200), st.integers(0, 200))
def test_a_blank_margin_is_found_as_slicing_both_margins_finds_it(body: str, lo: int, span: int) -> None:
    text = body * 8
    lo = min(lo, len(text))
    hi = min(len(text), lo + span)
    blanks = " \t\u00a0\n\r“\"‘'(["
    base, after = lo - MARGIN, hi + MARGIN
    sliced = (base > 0 and not text[base:lo].strip(blanks)) or (
        after < len(text) and not text[hi:after].strip(blanks)
    )
    assert blank_beside(text, lo, hi) == sliced


def test_a_margin_of_blanks_and_marks_is_blank_a_word_in_it_is_not() -> None:
    words = "The council met to discuss the roads and the budget for the year. "
    text = words + " " * MARGIN + "Roe said" + " " * (MARGIN + 1) + words
    lo = text.index("Roe")
    hi = lo + len("Roe")
    assert blank_beside(text, lo, hi)  # blanks before: read in place
    before = words * 2 + "Roe said" + words * 2
    lo = before.index("Roe")
    assert not blank_beside(before, lo, lo + 3)


def test_marks_and_function_words_after_a_cue_open_no_phrase() -> None:
    for opener in (":", "“", ".", "—", "that", "when", "because"):
        assert opens_no_phrase(opener), opener
    for opener in ("Jane", "spokesman", "2016", "aides", "GOP", "I"):
        assert not opens_no_phrase(opener), opener


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([":", "“", ".", "—", "that", "when", ",", "!"]), _TEXT)
def test_after_a_token_that_opens_no_phrase_no_phrase_is_read(opener: str, rest: str) -> None:
    text = "Officials said " + opener + " " + rest
    lo = len("Officials said ")
    assert opens_no_phrase(opener)
    assert phrase_after(text, lo, len(text)) is None
