"""The 3-gram index the families find candidate pairs with: what it leaves out, and how common a
3-gram may be before it stops making candidates."""

from __future__ import annotations

import random
import zlib

from corpus.passages.ngrams import HASH_BITS, posting_limit, text_index
from corpus.passages.weights import normalize, stem


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


def test_exactly_the_3grams_of_three_capitalised_words_are_left_out() -> None:
    """Against the index's definition written out word by word: the CRC-32 3-grams of the kept
    words' stems, less those whose three words are all capitalised, on texts mixing names and
    content words at random (runs of one to five names, at the start, middle and end)."""
    rng = random.Random(8)
    names = "Kuleba Warsaw Nato Peskov Brussels Scholz Kremlin".split()
    content = "harbour terminal closed northern container shipments refrigerated wholesalers".split()
    for _ in range(200):
        words = [rng.choice(names if rng.random() < 0.5 else content) for _ in range(rng.randint(0, 14))]
        kept = [(stem(normalize(w)), w[0].isupper()) for w in words]
        codes = [zlib.crc32(key.encode()) for key, _ in kept]
        expected = {
            hash((codes[k], codes[k + 1], codes[k + 2])) & ((1 << HASH_BITS) - 1)
            for k in range(len(kept) - 2)
            if not (kept[k][1] and kept[k + 1][1] and kept[k + 2][1])
        }
        assert text_index(" ".join(words))[0] == sorted(expected)
