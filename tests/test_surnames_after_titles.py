"""The surnames an article writes after a personal title: two patterns (titles opening with a capital,
and the lower-case ones) read as one pattern of every title reads them."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corpus.quotes.lexicon import ORG_WORDS, TITLED_NAME_WORDS, trie_pattern
from corpus.quotes.surnames_after_titles import may_be_titled, person_surnames

_ONE_PATTERN = re.compile(
    trie_pattern(TITLED_NAME_WORDS, word_start=True) + r"\.?\s+(?:[A-Z][\w’'-]+\s+){0,2}([A-Z][\w’'-]+)"
)
"""Every title in one pattern, as the surnames were read before the titles were split in two."""


def _one_pattern_surnames(text: str) -> frozenset[str]:
    return frozenset(
        m.group(1).lower() for m in _ONE_PATTERN.finditer(text) if m.group(1).lower() not in ORG_WORDS
    )


def test_surnames_after_capital_and_lower_case_titles() -> None:
    text = (
        "Talks resumed on Monday. President Anna Okonkwo met Mr. Dalloway at the border, and the "
        "ministry's spokeswoman Jane Brill said the two agreed. Secretary-General Tomas Vey was absent."
    )
    assert person_surnames(text) == {"okonkwo", "dalloway", "brill", "vey"}


def test_a_title_inside_a_word_or_after_one_is_no_title() -> None:
    # "Amr" holds "Mr", "prospokesman" holds "spokesman": neither opens a word
    assert person_surnames("Amr Dalloway and prospokesman Jane Brill spoke.") == frozenset()


def test_a_title_read_inside_another_title_s_name_is_not_read_again() -> None:
    # the spokesman's name runs over "Senator Mary Ann": the senator's title is inside it, as one
    # pattern's matches never overlap
    text = "The campaign spokesman Senator Mary Ann Okonkwo said so."
    assert person_surnames(text) == _one_pattern_surnames(text)
    assert "okonkwo" not in person_surnames(text)


_PIECES = [
    *TITLED_NAME_WORDS,
    "OKONKWO",
    "(",
    "\u00a0",
    "spokes",
    "Mr.",
    "Anna",
    "Okonkwo",
    "Brill",
    "the",
    "x",
    " ",
    "  ",
    "\n",
    ".",
    "-",
    "’s",
    ",",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_the_two_patterns_read_what_one_pattern_of_every_title_reads(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert person_surnames(text) == _one_pattern_surnames(text)


def test_a_name_titled_nowhere_is_told_so_from_the_words_before_each_writing() -> None:
    text = (
        "Okonkwo said the border would reopen. Anna Okonkwo met Mr. Dalloway there, and Dalloway "
        "agreed; the ministry's spokeswoman Jane Brill said so. The talks ran late into the night at "
        "the old customs house, and Vey left before they ended."
    )
    assert [name for name in ("okonkwo", "dalloway", "brill", "vey") if may_be_titled(text, name)] == [
        "dalloway",
        "brill",
    ]
    assert person_surnames(text) == {"dalloway", "brill"}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
@example(["Mr.", " ", "Anna", "  ", "Anna", "\n", "Okonkwo"])  # the title three words back
def test_a_surname_of_the_titled_ones_may_be_titled(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert all(may_be_titled(text, word) for word in person_surnames(text))
