"""The 3-gram index the families find candidate pairs with: what it leaves out, and how common a
3-gram may be before it stops making candidates."""

from __future__ import annotations

from corpus.passages.ngrams import posting_limit, text_index


def test_name_only_and_stop_word_ngrams_are_not_indexed() -> None:
    names_and_stop_words = "Jens Stoltenberg Dmitry Peskov Olaf Scholz said that it was the way it is."
    shingles, words = text_index(names_and_stop_words)
    assert shingles == []  # three names in a row, or stop words: nothing two reports share by content
    assert "Stoltenberg" in words and "the" not in words  # names still count towards word rarity
    content, _ = text_index("The harbour authority closed the northern container terminal on Tuesday.")
    assert content  # content words make 3-grams


def test_the_posting_limit_grows_with_the_corpus() -> None:
    assert posting_limit(60) == 50
    assert posting_limit(100_000) > posting_limit(10_000) > 50 - 1
