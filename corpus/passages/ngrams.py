"""The 3-gram index of the reprint families: each article's content-word 3-grams, from which
:mod:`corpus.passages.family_plan` finds the pairs of articles worth aligning.

Stop words and attribution words are dropped, the rest are stemmed; 3-grams made only
of names ("Nato Secretary-General Jens") join nothing and are left out. 3-grams found in
too many articles (more than a limit that grows with the square root of the corpus) are
common phrases and make no pairs, which still leaves wire copy run by dozens of outlets.

A 3-gram is a 30-bit hash: ints below 2**30 are one CPython digit, which sorting and
sets handle on their fast paths, and 100,000 articles' hashes fit in about 110 MB as
4-byte arrays. The hashes are kept grouped by hash range ("buckets"), so that the pairs
can be counted one range at a time (see :mod:`corpus.passages.family_plan`) without ever holding a set
of all 3-grams of the corpus.
"""

from __future__ import annotations

import math
import sys
import zlib
from collections.abc import Iterable
from itertools import chain, compress
from typing import Any

from corpus.passages.weights import ATTRIBUTION, STOPWORDS, Memo, chunk_words, word_forms

MIN_SHARED_SHINGLES = 2
"""Articles sharing fewer indexed 3-grams than this are not aligned: one shared 3-gram is
often chance, and chance pairs would chain most of a big corpus together."""
HASH_BITS = 30
_MASK = (1 << HASH_BITS) - 1
NAME_KEYS_FROM = 1 << HASH_BITS
"""Name bigram keys are their hashes' low HASH_BITS bits with this bit set: above every 3-gram,
still 4 bytes (two CPython digits, but about a tenth as many as the 3-grams)."""
ARTICLES_PER_BUCKET = 4000
"""A bucket per this many articles (about 1.1 million 3-grams): the set of one bucket's
3-grams stays near 100 MB however big the corpus."""
_DROP = STOPWORDS | ATTRIBUTION
_NAMES_ONLY = b"\x01\x01\x01"
_TWO_NAMES = b"\x01\x01"


def _chunk_entry(chunk: str) -> tuple[int | bool | str, ...]:
    """What the index takes from a run of text without white space, three items a kept word,
    end to end: the CRC-32 of its stem, whether it is capitalised (a likely name), the word.
    Flat, so that an article's entries are one list cut into the three by slicing at C speed
    (transposing a tuple of three per chunk was a quarter of the index's time).

    Only kept words are counted for document frequencies: a stop or attribution word's weight
    does not depend on how many articles use it (see ``WordWeights.weight``), and leaving them
    out halves the words each article counts. They are interned, so one word written in many
    chunks ("Russia", "Russia's") is one object, and the counting touches less memory.

    The words and their stems are read through the memos the alignment reads them from later
    (``chunk_words``, ``word_forms``): the chunks this process indexes are then found there,
    not read again by the regex and stemmed again (callgrind: the families of 1,000 wire
    articles in one process took 3.4% fewer instructions).
    """
    entry: list[int | bool | str] = []
    for word in chunk_words(chunk):
        key = word_forms(word)[1]  # (as stem(normalize(word)), and as the alignment reads it later)
        if key and key not in _DROP:
            entry += (zlib.crc32(key.encode("utf-8", "surrogatepass")), word[:1].isupper(), sys.intern(word))
    return tuple(entry)


_chunk_entries = Memo(_chunk_entry)


def text_index(text: str) -> tuple[list[int], list[str]]:
    """The sorted distinct 3-gram hashes of ``text`` and its distinct kept words (for document
    frequencies: stop and attribution words are left out, see :func:`_chunk_entry`)."""
    shingles, _, words = text_keys(text)
    return shingles, words


def text_keys(text: str) -> tuple[list[int], list[int], list[str]]:
    """The sorted distinct 3-gram hashes of ``text``, its sorted distinct name bigram keys (from
    NAME_KEYS_FROM up) and its distinct kept words.

    Every step runs at C speed over words looked up by white-space chunk (news repeats its
    chunks). Hashes of tuples of ints are deterministic (only str hashing is salted).
    """
    entries: list[Any] = list(chain.from_iterable(map(_chunk_entries.__getitem__, text.split())))
    if not entries:
        return [], [], []
    codes: list[int] = entries[0::3]
    hashes: Iterable[int] = map(hash, zip(codes, codes[1:], codes[2:], strict=False))
    names = bytes(entries[1::3])
    keys: list[int] = []
    if _TWO_NAMES in names:
        held = int.from_bytes(names, "big")
        two = held & (held << 8)  # byte k: words k and k + 1 both capitalised (bytes are 0 or 1)
        if _NAMES_ONLY in names:
            hashes = compress(hashes, _not_names_only(len(names), two & (held << 16)))
        runs = two.to_bytes(len(names), "big")[:-1]  # a byte a bigram
        # the bigrams' tuples made for the name bigrams only (a tenth of the bigrams)
        paired = zip(compress(codes, runs), compress(codes[1:], runs), strict=True)
        keys = sorted(set(map(NAME_KEYS_FROM.__or__, map(_MASK.__and__, map(hash, paired)))))
    shingles = sorted(set(map(_MASK.__and__, hashes)))
    return shingles, keys, list(set(entries[2::3]))


def _not_names_only(words: int, three: int) -> bytes:
    """A byte a 3-gram of ``words`` words: 0 where all three are capitalised, else 1, from
    ``three``, the big int whose byte k is 1 where words k, k + 1 and k + 2 are capitalised (the
    bytes of the words' capitalisation read as one big int and ANDed with itself shifted by one
    and two bytes, where three maps of a Python operator a 3-gram took 4.7% of the index's
    instructions (1,000 wire articles, callgrind): 196 of 200 of its articles have three
    capitalised words in a row somewhere, not a rare case)."""
    ones = int.from_bytes(b"\x01" * words, "big")
    return ((three ^ ones) & ones).to_bytes(words, "big")[: max(words - 2, 0)]


def posting_limit(articles: int) -> int:
    """Most articles a 3-gram may appear in and still be indexed: grows with the corpus."""
    return max(50, 2 * math.isqrt(articles))


def buckets_for(articles: int) -> int:
    """How many hash ranges the index of a corpus of ``articles`` is cut into."""
    return max(1, -(-articles // ARTICLES_PER_BUCKET))
