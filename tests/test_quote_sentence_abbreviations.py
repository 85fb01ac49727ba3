"""Where the sentences attribution reads do not end: after a title's abbreviation or an initial
("said Brig. Gen. Jane Roe", "John F. Kennedy"); text written for these tests."""

from __future__ import annotations

from corpus.quotes.context import QUOTE_SENTENCES


def test_a_rank_s_or_a_title_s_period_or_an_initial_ends_no_sentence() -> None:
    text = "“It holds,” said Brig. Gen. Dana Whitford of the U.S. Army and Msgr. Jo F. Kelly. He left."
    ends = [i for i, c in enumerate(text) if c == "."]
    abbreviated = [QUOTE_SENTENCES.is_abbreviation(text, 0, i) for i in ends]
    # Brig. Gen. (the "U." and "S." of "U.S." are initials) Msgr. F. end none; "Kelly." and "left." do
    assert abbreviated == [True, True, True, True, True, True, False, False]
    assert not QUOTE_SENTENCES.is_abbreviation("the pvt. left", 0, 7)  # written lower case: no title
    assert not QUOTE_SENTENCES.is_abbreviation("It was Pvt. He", 9, 10)  # the word starts before the sentence
